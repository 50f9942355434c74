#pragma once

#include "domain/article.h"

namespace offprint {

// The result of extracting one page: metadata plus the clean body.
struct ExtractedArticle
{
    ArticleMetadata meta;
    QString markdown;    // GFM
    QString text;        // plain text of the body (what is indexed and scored)
    double confidence = 0;
    QStringList warnings; // e.g. "tiny extraction", "images not saved"
};

} // namespace offprint
