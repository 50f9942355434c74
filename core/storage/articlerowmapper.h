#pragma once

#include "domain/article.h"

namespace offprint::storage {

class Statement;

// Columns of an article row without its body (for lists and search results), in the order
// mapListRow() reads them; prefixed with the alias "a" of the articles table.
#define OFFPRINT_ARTICLE_LIST_COLUMNS                                                                          \
    "a.id, a.title, a.author, a.site_name, a.url, a.canonical_url, a.published, a.saved, a.imported, "        \
    "a.language, a.text_length, a.read, a.read_at, a.starred, a.reading_position, a.source_file, "            \
    "a.source_format, a.encoding, a.content_hash, a.original_blob, a.confidence, a.excerpt, a.lead_image, "   \
    "a.tags_text, a.reading_minutes, a.link_only"
inline constexpr int kArticleListColumnCount = 26;
// The list columns followed by the body (markdown, text) and how it was made (extractor_version,
// encoding_override).
#define OFFPRINT_ARTICLE_FULL_COLUMNS                                                                          \
    OFFPRINT_ARTICLE_LIST_COLUMNS ", a.markdown, a.text, a.extractor_version, a.encoding_override, a.direction"

// Reads the list columns starting at column 0.
Article mapListRow(const Statement &row);
// Reads the full columns (list columns, then markdown, text, extractor_version, encoding_override,
// direction).
Article mapFullRow(const Statement &row);

// Tag names as stored in articles.tags_text (joined by '\n').
QStringList splitTagsText(const QString &tagsText);

} // namespace offprint::storage
