#pragma once

#include "domain/extracted.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace offprint::extract {

// Maps an image reference found in the page (already resolved against the base URL where
// possible) to the URL the stored Markdown should use, normally a library blob path. An empty
// return means the image was not saved with the page.
using ImageResolver = std::function<QString(const QString &src)>;

struct ExtractInput
{
    QByteArray html;   // UTF-8 (the decoder has already run)
    QString baseUrl;   // original URL of the page, to make links absolute; may be empty
    ImageResolver resolveImage; // may be empty: images keep their (absolute) URL
};

// Finds the article in a page and returns its metadata and clean body as GFM Markdown.
// Never throws, never crashes on any input; an unusable page gives an empty body, confidence 0.
ExtractedArticle extractArticle(const ExtractInput &input);

} // namespace offprint::extract
