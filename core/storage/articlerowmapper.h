#pragma once

#include "domain/article.h"

namespace offprint::storage {

class Statement;

// The article's tag names, sorted case-insensitively and joined by '\n' (an expression over `a`).
#define OFFPRINT_ARTICLE_TAG_NAMES                                                                             \
    "(SELECT group_concat(name, char(10)) FROM (SELECT t.name AS name FROM article_tags at "                    \
    "JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name COLLATE NOCASE))"

// Columns of an article row without its body (for lists and search results), in the order
// mapListRow() reads them; selected FROM OFFPRINT_ARTICLES_WITH_STATE (storage/articlefiltersql.h).
#define OFFPRINT_ARTICLE_LIST_COLUMNS                                                                          \
    "a.id, a.title, a.author, a.site_name, a.url, a.canonical_url, a.published, a.saved, a.imported, "        \
    "a.language, a.text_length, s.read, s.read_at, s.starred, a.reading_position, a.source_file, "            \
    "a.source_format, a.encoding, a.content_hash, a.original_blob, a.confidence, a.excerpt, a.lead_image, "   \
    OFFPRINT_ARTICLE_TAG_NAMES ", a.reading_minutes, a.link_only"
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

// Tag names as OFFPRINT_ARTICLE_TAG_NAMES gives them (joined by '\n').
QStringList splitTagsText(const QString &tagsText);

} // namespace offprint::storage
