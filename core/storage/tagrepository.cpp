#include "storage/tagrepository.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/tagsql.h"

#include <QSet>

namespace offprint::storage {

namespace tagsql {

QStringList cleanNames(const QStringList &names)
{
    QStringList clean;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString simplified = name.simplified();
        if (simplified.isEmpty())
            continue;
        const QString key = simplified.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        clean << simplified;
    }
    return clean;
}

Result<QList<qint64>> ensureTags(Database &db, const QStringList &names)
{
    QList<qint64> ids;
    for (const QString &name : names) {
        Statement insert = db.cached("INSERT INTO tags(name) VALUES (?1) ON CONFLICT(name) DO NOTHING");
        insert.bind(1, name);
        if (auto r = insert.run(); !r)
            return r.error();
        Statement select = db.cached("SELECT id FROM tags WHERE name = ?1");
        select.bind(1, name);
        if (!select.step())
            return select.ok() ? makeError(ErrorCode::CannotWrite, QT_TRANSLATE_NOOP("offprint::Error", "%1: tag '%2' could not be stored"), db.path(), {name})
                               : select.error();
        if (!ids.contains(select.int64(0)))
            ids << select.int64(0);
    }
    return ids;
}

Result<void> removeUnusedTags(Database &db)
{
    return db.cached("DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id)").run();
}

} // namespace tagsql

namespace {

Error noSuchArticle(const Database &db, ArticleId id)
{
    return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("offprint::Error", "%1: there is no article with id %2"), db.path(), {QString::number(id)});
}

Error noSuchTag(const QString &name)
{
    return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("offprint::Error", "tag '%1': no such tag"), name);
}

bool articleExists(Database &db, ArticleId id)
{
    Statement stmt = db.cached("SELECT 1 FROM articles WHERE id = ?1");
    stmt.bind(1, id);
    return stmt.step();
}

// 0 when there is no such tag (names compare case-insensitively).
qint64 tagId(Database &db, const QString &name)
{
    Statement stmt = db.cached("SELECT id FROM tags WHERE name = ?1");
    stmt.bind(1, name);
    return stmt.step() ? stmt.int64(0) : 0;
}

} // namespace

TagRepository::TagRepository(Database &db) : m_db(db) {}

QList<TagCount> TagRepository::list()
{
    QList<TagCount> tags;
    // Counts leave deleted articles out; a tag only deleted articles carry is not listed (it comes back
    // with them on a restore, and goes with them on a purge).
    Statement stmt = m_db.cached("SELECT t.name, count(at.article_id) AS n FROM tags t "
                                 "JOIN article_tags at ON at.tag_id = t.id "
                                 "WHERE at.article_id NOT IN (SELECT article_id FROM deleted_articles) "
                                 "GROUP BY t.id ORDER BY t.name COLLATE NOCASE");
    while (stmt.step())
        tags.append({stmt.text(0), stmt.int64(1)});
    return tags;
}

QStringList TagRepository::tagsOf(ArticleId id)
{
    QStringList names;
    Statement stmt = m_db.cached("SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                 "WHERE at.article_id = ?1 ORDER BY t.name COLLATE NOCASE");
    stmt.bind(1, id);
    while (stmt.step())
        names << stmt.text(0);
    return names;
}

Result<void> TagRepository::addTags(ArticleId id, const QStringList &names)
{
    const QStringList clean = tagsql::cleanNames(names);
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (!articleExists(m_db, id))
        return noSuchArticle(m_db, id);
    auto ids = tagsql::ensureTags(m_db, clean);
    if (!ids)
        return ids.error();
    for (const qint64 tag : *ids) {
        Statement link = m_db.cached("INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES (?1, ?2)");
        link.bind(1, id).bind(2, tag);
        if (auto r = link.run(); !r)
            return r;
    }
    return transaction.commit();
}

Result<void> TagRepository::removeTags(ArticleId id, const QStringList &names)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (!articleExists(m_db, id))
        return noSuchArticle(m_db, id);
    for (const QString &name : tagsql::cleanNames(names)) {
        Statement unlink = m_db.cached("DELETE FROM article_tags WHERE article_id = ?1 "
                                       "AND tag_id = (SELECT id FROM tags WHERE name = ?2)");
        unlink.bind(1, id).bind(2, name);
        if (auto r = unlink.run(); !r)
            return r;
    }
    if (auto r = tagsql::removeUnusedTags(m_db); !r)
        return r;
    return transaction.commit();
}

Result<void> TagRepository::rename(const QString &from, const QString &to)
{
    const QStringList cleanTo = tagsql::cleanNames({to});
    if (cleanTo.isEmpty())
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("offprint::Error", "tag '%1': the new name is empty"), from);
    const QString newName = cleanTo.first();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const qint64 fromId = tagId(m_db, from.simplified());
    if (fromId == 0)
        return noSuchTag(from);
    const qint64 toId = tagId(m_db, newName);
    if (toId == 0 || toId == fromId) {
        // A plain rename, or a change of case only.
        Statement update = m_db.cached("UPDATE tags SET name = ?2 WHERE id = ?1");
        update.bind(1, fromId).bind(2, newName);
        if (auto r = update.run(); !r)
            return r;
    } else {
        Statement merge = m_db.cached("INSERT OR IGNORE INTO article_tags(article_id, tag_id) "
                                      "SELECT article_id, ?2 FROM article_tags WHERE tag_id = ?1");
        merge.bind(1, fromId).bind(2, toId);
        if (auto r = merge.run(); !r)
            return r;
        Statement drop = m_db.cached("DELETE FROM tags WHERE id = ?1");
        drop.bind(1, fromId);
        if (auto r = drop.run(); !r)
            return r;
    }
    return transaction.commit();
}

Result<void> TagRepository::remove(const QString &name)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const qint64 id = tagId(m_db, name.simplified());
    if (id == 0)
        return noSuchTag(name);
    Statement drop = m_db.cached("DELETE FROM tags WHERE id = ?1");
    drop.bind(1, id);
    if (auto r = drop.run(); !r)
        return r;
    return transaction.commit();
}

} // namespace offprint::storage
