#pragma once

#include "common/result.h"
#include "domain/article.h"

#include <QList>

namespace offprint::storage {

class Database;

struct TagCount
{
    QString name;
    qint64 count = 0;
};

// Tags: case-insensitive unique names, many per article.
class TagRepository final
{
public:
    explicit TagRepository(Database &db);

    QList<TagCount> list();
    QStringList tagsOf(ArticleId id);
    Result<void> addTags(ArticleId id, const QStringList &names);
    Result<void> removeTags(ArticleId id, const QStringList &names);
    // Renaming onto an existing name merges the two tags.
    Result<void> rename(const QString &from, const QString &to);
    Result<void> remove(const QString &name);

private:
    Database &m_db;
};

} // namespace offprint::storage
