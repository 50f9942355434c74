#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace offprint::gui {

// What the original-page view shows: the stored original made inert, or its text.
struct OriginalPage
{
    QString content; // sanitised rich text when isHtml, else plain text
    bool isHtml = false;
};

struct OriginalSource
{
    QByteArray bytes;   // the stored original file
    QString suffix;     // its extension, lower case
    QString encoding;   // the charset the article was decoded with (tried first)
    QString articleText; // shown for container formats (MHTML, web archives)
    QUrl pageUrl;       // relative links resolve against it
};

// Decodes, parses and sanitises (html::sanitizedHtml) an HTML original; Markdown and text originals
// are shown as text, containers as the article's extracted text. Pure and thread-safe: the reader
// runs it on a worker thread so that a hostile page never blocks the window.
OriginalPage prepareOriginal(const OriginalSource &source);

} // namespace offprint::gui
