#pragma once

#include "common/result.h"
#include "domain/article.h"

#include <QList>
#include <QStringList>

namespace offprint::storage {

class Database;

// Tag bookkeeping shared by ArticleRepository and TagRepository. Callers hold a transaction.
namespace tagsql {

// Trimmed, inner whitespace collapsed (tags_text joins names with '\n'), empty names dropped,
// case-insensitive duplicates dropped (first spelling wins).
QStringList cleanNames(const QStringList &names);

// Ids of the tags with these (clean) names, creating the missing ones; an existing tag keeps its spelling.
Result<QList<qint64>> ensureTags(Database &db, const QStringList &names);

// articles.tags_text for a set of tag ids (names sorted case-insensitively, joined by '\n').
Result<QString> tagsTextFor(Database &db, const QList<qint64> &tagIds);

// Articles carrying the tag.
Result<QList<ArticleId>> articlesWithTag(Database &db, qint64 tagId);

// Recomputes articles.tags_text of these articles from their tags (rows whose text is unchanged are
// not rewritten, so their index entries are not touched).
Result<void> refreshTagsText(Database &db, const QList<ArticleId> &articleIds);

// Drops tags no article uses any more.
Result<void> removeUnusedTags(Database &db);

} // namespace tagsql
} // namespace offprint::storage
