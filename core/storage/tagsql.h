#pragma once

#include "common/result.h"
#include "domain/article.h"

#include <QList>
#include <QStringList>

namespace offprint::storage {

class Database;

// Tag bookkeeping shared by ArticleRepository and TagRepository. Callers hold a transaction.
namespace tagsql {

// Trimmed, inner whitespace collapsed (lists join names with '\n'), empty names dropped,
// case-insensitive duplicates dropped (first spelling wins).
QStringList cleanNames(const QStringList &names);

// Ids of the tags with these (clean) names, creating the missing ones; an existing tag keeps its spelling.
Result<QList<qint64>> ensureTags(Database &db, const QStringList &names);

// Drops tags no article uses any more.
Result<void> removeUnusedTags(Database &db);

} // namespace tagsql
} // namespace offprint::storage
