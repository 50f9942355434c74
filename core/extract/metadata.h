#pragma once

#include "domain/article.h"
#include "html/document.h"

#include <QString>

namespace offprint::extract {

// Metadata read from the page itself: <meta> tags, JSON-LD, <title>, <h1>, <time>, rel=author
// and bylines/dates written near the title. Excerpt and lead image fall back to the body later.
ArticleMetadata readMetadata(const html::Document &doc, const QString &baseUrl);

} // namespace offprint::extract
