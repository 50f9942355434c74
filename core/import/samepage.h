#pragma once

#include "domain/article.h"
#include "import/importer.h"

#include <QString>

#include <optional>

namespace offprint::storage {
class Library;
}

// The same page saved twice (wget .html and "complete" NAME.html + NAME_files, .mhtml and .html, …)
// is one article. Used by importer.cpp's duplicate check.
namespace offprint::import {

// Two texts of one page: nearly the same words, in nearly the same amount (character 8-gram
// shingles, Jaccard similarity ≥ 0.8 and lengths within 20%).
bool nearIdenticalText(const QString &a, const QString &b);

// The stored article this page is a copy of: by normalised URL (canonical, then page URL), by the
// exact text (content hash), or, without URL evidence, by the same title and near-identical text.
std::optional<ArticleId> findSamePage(storage::Library &library, const Article &article, const QString &text);

// Brings the article back when it is soft-deleted (storage/bulkoperations.h): an import of its page,
// or of its entry in another reader's export, restores it with its id, tags, state and highlights.
// True when it was deleted.
Result<bool> restoreIfDeleted(storage::Library &library, ArticleId id);

// The images saved with a stored article (its asset blobs but the folder manifest).
qsizetype savedImageCount(storage::Library &library, ArticleId id);

// Words of a text as a word processor counts them: runs of letters and digits, and every Chinese,
// Japanese or Korean character on its own (字数).
qint64 wordCount(const QString &text);

// What the stored article `id` and the new copy have; nullopt when `id` is not stored.
std::optional<SameCopies> compareCopies(storage::Library &library, ArticleId id, const PreparedArticle &copy);

// Whether the new copy is better than the stored one: more saved images, or as many and clearly
// more text (10% and at least 200 characters). A better copy replaces the poorer one.
bool isBetterCopy(const SameCopies &copies);

} // namespace offprint::import
