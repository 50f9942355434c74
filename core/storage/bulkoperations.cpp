#include "storage/bulkoperations.h"

#include "storage/articlefiltersql.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "storage/statement.h"
#include "storage/tagsql.h"

#include <QDateTime>

#include <functional>

namespace offprint::storage {

ArticleSelection ArticleSelection::of(const QList<ArticleId> &ids)
{
    ArticleSelection selection;
    selection.ids = ids;
    return selection;
}

ArticleSelection ArticleSelection::allOf(const ArticleFilter &view)
{
    ArticleSelection selection;
    selection.view = view;
    return selection;
}

ArticleSelection ArticleSelection::matching(const QString &query)
{
    ArticleSelection selection;
    selection.query = query;
    return selection;
}

namespace {

// The working set of one operation: a temporary table of this connection (never written to the
// library file), filled from the selection, narrowed to the articles the operation changes, then
// joined by the UPDATE/INSERT/DELETE that does the work.
const char kCreateWorkingSet[] = "CREATE TEMP TABLE IF NOT EXISTS bulk_set (id INTEGER PRIMARY KEY, value TEXT)";
#define OFFPRINT_IN_SET "IN (SELECT id FROM temp.bulk_set)"

Result<void> clearSet(Database &db)
{
    if (auto r = db.exec(kCreateWorkingSet); !r)
        return r;
    return db.cached("DELETE FROM temp.bulk_set").run();
}

// Fills the working set with ids (and, when given, a value per id).
Result<void> insertIds(Database &db, const QList<ArticleId> &ids, const QStringList &values = {})
{
    Statement insert = db.cached("INSERT OR IGNORE INTO temp.bulk_set(id, value) VALUES (?1, ?2)");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        insert.reset();
        insert.bind(1, ids.at(i));
        if (i < values.size() && !values.at(i).isNull())
            insert.bind(2, values.at(i));
        else
            insert.bindNull(2);
        if (auto r = insert.run(); !r)
            return r;
    }
    return {};
}

enum class Deleted { Exclude, Only };

// The selection's articles into the working set: live ones, or (Only) deleted ones.
Result<void> fillSet(Database &db, Library &library, const ArticleSelection &selection, Deleted deleted)
{
    if (auto r = clearSet(db); !r)
        return r;
    if (selection.view) {
        // articleFilterWhere never selects a deleted article.
        Statement stmt = db.cached("INSERT INTO temp.bulk_set(id) SELECT a.id FROM " + articlesFrom(*selection.view)
                                   + articleFilterWhere(*selection.view));
        bindArticleFilter(stmt, *selection.view);
        return stmt.run();
    }
    if (selection.query) {
        auto hits = library.search().search(*selection.query, -1);
        if (!hits)
            return hits.error();
        QList<ArticleId> ids;
        ids.reserve(hits->size());
        for (const SearchHit &hit : *hits)
            ids << hit.article.id;
        return insertIds(db, ids);
    }
    if (auto r = insertIds(db, selection.ids); !r)
        return r;
    return db.cached(deleted == Deleted::Exclude
                         ? "DELETE FROM temp.bulk_set WHERE id NOT IN (SELECT id FROM articles) "
                           "OR id IN (SELECT article_id FROM deleted_articles)"
                         : "DELETE FROM temp.bulk_set WHERE id NOT IN (SELECT article_id FROM deleted_articles)")
        .run();
}

// Narrows the working set to the rows `sql` selects from it ("SELECT id FROM … WHERE id IN set AND …").
Result<void> keepOnly(Database &db, const std::string &sql, const std::function<void(Statement &)> &bind = {})
{
    Statement stmt = db.cached("DELETE FROM temp.bulk_set WHERE id NOT IN (" + sql + ")");
    if (bind)
        bind(stmt);
    return stmt.run();
}

// The working set's ids (and values) into the change, ascending.
Result<void> readSet(Database &db, BulkChange &change, bool withValues)
{
    Statement stmt = db.cached("SELECT id, value FROM temp.bulk_set ORDER BY id");
    while (stmt.step()) {
        change.ids << stmt.int64(0);
        if (withValues)
            change.previous << (stmt.isNull(1) ? QString() : stmt.text(1));
    }
    if (!stmt.ok())
        return stmt.error(QStringLiteral("reading the articles to change"));
    return {};
}

Result<qint64> tagIdFor(Database &db, const QString &name, bool create)
{
    if (create) {
        auto ids = tagsql::ensureTags(db, {name});
        if (!ids)
            return ids.error();
        return ids->value(0);
    }
    Statement stmt = db.cached("SELECT id FROM tags WHERE name = ?1");
    stmt.bind(1, name);
    return stmt.step() ? stmt.int64(0) : qint64(0);
}

QString storedTagName(Database &db, qint64 id)
{
    Statement stmt = db.cached("SELECT name FROM tags WHERE id = ?1");
    stmt.bind(1, id);
    return stmt.step() ? stmt.text(0) : QString();
}

Error emptyTag(const Database &db)
{
    return makeError(QStringLiteral("%1: the tag name is empty").arg(db.path()));
}

} // namespace

BulkOperations::BulkOperations(Library &library) : m_library(library), m_db(databaseOf(library)) {}

Result<BulkChange> BulkOperations::setFlag(const ArticleSelection &selection, BulkChange::Kind kind,
                                           std::optional<bool> wanted)
{
    if (m_library.isReadOnly())
        return m_library.readOnlyError();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = fillSet(m_db, m_library, selection, Deleted::Exclude); !r)
        return r.error();
    const bool read = kind == BulkChange::Kind::Read;
    if (!wanted) {
        Statement any = m_db.cached(read ? "SELECT EXISTS (SELECT 1 FROM article_state WHERE article_id " OFFPRINT_IN_SET " AND read = 0)"
                                         : "SELECT EXISTS (SELECT 1 FROM article_state WHERE article_id " OFFPRINT_IN_SET
                                           " AND starred = 0)");
        if (!any.step())
            return any.error(QStringLiteral("reading the articles' state"));
        wanted = any.boolean(0);
    }
    const bool value = *wanted;
    // Only the articles not already so; their read time goes into the working set for the undo.
    if (auto r = keepOnly(m_db, read ? "SELECT article_id FROM article_state WHERE article_id " OFFPRINT_IN_SET " AND read <> ?1"
                                     : "SELECT article_id FROM article_state WHERE article_id " OFFPRINT_IN_SET " AND starred <> ?1",
                          [&](Statement &s) { s.bind(1, value); });
        !r)
        return r.error();
    if (read && !value) {
        if (auto r = m_db.cached("UPDATE temp.bulk_set SET value = (SELECT read_at FROM article_state s WHERE s.article_id = "
                                 "bulk_set.id)")
                         .run();
            !r)
            return r.error();
    }
    BulkChange change;
    change.kind = kind;
    change.value = value;
    if (auto r = readSet(m_db, change, read && !value); !r)
        return r.error();
    // Marking read keeps nothing of an earlier read time (an unread article has none).
    Statement update = m_db.cached(read ? "UPDATE article_state SET read = ?1, read_at = CASE WHEN ?1 THEN ?2 ELSE NULL END "
                                          "WHERE article_id " OFFPRINT_IN_SET
                                        : "UPDATE article_state SET starred = ?1 WHERE article_id " OFFPRINT_IN_SET);
    update.bind(1, value);
    if (read)
        update.bind(2, QDateTime::currentDateTimeUtc());
    if (auto r = update.run(); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return change;
}

Result<BulkChange> BulkOperations::setRead(const ArticleSelection &selection, bool read)
{
    return setFlag(selection, BulkChange::Kind::Read, read);
}

Result<BulkChange> BulkOperations::setStarred(const ArticleSelection &selection, bool starred)
{
    return setFlag(selection, BulkChange::Kind::Starred, starred);
}

Result<BulkChange> BulkOperations::toggleRead(const ArticleSelection &selection)
{
    return setFlag(selection, BulkChange::Kind::Read, std::nullopt);
}

Result<BulkChange> BulkOperations::toggleStarred(const ArticleSelection &selection)
{
    return setFlag(selection, BulkChange::Kind::Starred, std::nullopt);
}

Result<BulkChange> BulkOperations::changeTag(const ArticleSelection &selection, BulkChange::Kind kind,
                                             const QString &tag)
{
    if (m_library.isReadOnly())
        return m_library.readOnlyError();
    const QStringList clean = tagsql::cleanNames({tag});
    if (clean.isEmpty())
        return emptyTag(m_db);
    const bool add = kind == BulkChange::Kind::AddTag;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = fillSet(m_db, m_library, selection, Deleted::Exclude); !r)
        return r.error();
    BulkChange change;
    change.kind = kind;
    auto tagId = tagIdFor(m_db, clean.first(), add);
    if (!tagId)
        return tagId.error();
    if (*tagId == 0) { // removing a tag nobody has
        change.tag = clean.first();
        return change;
    }
    change.tag = storedTagName(m_db, *tagId);
    // Only the articles without the tag (adding) or with it (removing).
    if (auto r = keepOnly(m_db,
                          add ? "SELECT id FROM temp.bulk_set WHERE id NOT IN "
                                "(SELECT article_id FROM article_tags WHERE tag_id = ?1)"
                              : "SELECT article_id FROM article_tags WHERE tag_id = ?1",
                          [&](Statement &s) { s.bind(1, *tagId); });
        !r)
        return r.error();
    if (auto r = readSet(m_db, change, false); !r)
        return r.error();
    Statement links = m_db.cached(add ? "INSERT INTO article_tags(article_id, tag_id) SELECT id, ?1 FROM temp.bulk_set"
                                      : "DELETE FROM article_tags WHERE tag_id = ?1 AND article_id " OFFPRINT_IN_SET);
    links.bind(1, *tagId);
    if (auto r = links.run(); !r)
        return r.error();
    if (!add) {
        if (auto r = tagsql::removeUnusedTags(m_db); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return change;
}

Result<BulkChange> BulkOperations::addTag(const ArticleSelection &selection, const QString &tag)
{
    return changeTag(selection, BulkChange::Kind::AddTag, tag);
}

Result<BulkChange> BulkOperations::removeTag(const ArticleSelection &selection, const QString &tag)
{
    return changeTag(selection, BulkChange::Kind::RemoveTag, tag);
}

Result<BulkChange> BulkOperations::remove(const ArticleSelection &selection)
{
    if (m_library.isReadOnly())
        return m_library.readOnlyError();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = fillSet(m_db, m_library, selection, Deleted::Exclude); !r)
        return r.error();
    BulkChange change;
    change.kind = BulkChange::Kind::Delete;
    if (auto r = readSet(m_db, change, false); !r)
        return r.error();
    Statement insert = m_db.cached("INSERT INTO deleted_articles(article_id, deleted_at) SELECT id, ?1 FROM temp.bulk_set");
    insert.bind(1, QDateTime::currentDateTimeUtc());
    if (auto r = insert.run(); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return change;
}

Result<BulkChange> BulkOperations::restore(const ArticleSelection &selection)
{
    if (m_library.isReadOnly())
        return m_library.readOnlyError();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = fillSet(m_db, m_library, selection, Deleted::Only); !r)
        return r.error();
    if (auto r = m_db.cached("UPDATE temp.bulk_set SET value = (SELECT deleted_at FROM deleted_articles d "
                             "WHERE d.article_id = bulk_set.id)")
                     .run();
        !r)
        return r.error();
    BulkChange change;
    change.kind = BulkChange::Kind::Restore;
    if (auto r = readSet(m_db, change, true); !r)
        return r.error();
    if (auto r = m_db.cached("DELETE FROM deleted_articles WHERE article_id " OFFPRINT_IN_SET).run(); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return change;
}

Result<void> BulkOperations::undo(const BulkChange &change)
{
    if (change.kind == BulkChange::Kind::None || change.ids.isEmpty())
        return {};
    if (m_library.isReadOnly())
        return m_library.readOnlyError();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = clearSet(m_db); !r)
        return r;
    if (auto r = insertIds(m_db, change.ids, change.previous); !r)
        return r;
    Result<void> done;
    switch (change.kind) {
    case BulkChange::Kind::Read:
        // Back to unread (no read time), or to read at the time each had been read.
        done = m_db.cached(change.value ? "UPDATE article_state SET read = 0, read_at = NULL WHERE article_id " OFFPRINT_IN_SET
                                        : "UPDATE article_state SET read = 1, read_at = (SELECT value FROM temp.bulk_set b "
                                          "WHERE b.id = article_state.article_id) WHERE article_id " OFFPRINT_IN_SET)
                   .run();
        break;
    case BulkChange::Kind::Starred: {
        Statement stmt = m_db.cached("UPDATE article_state SET starred = ?1 WHERE article_id " OFFPRINT_IN_SET);
        stmt.bind(1, !change.value);
        done = stmt.run();
        break;
    }
    case BulkChange::Kind::AddTag:
    case BulkChange::Kind::RemoveTag: {
        const bool wasAdded = change.kind == BulkChange::Kind::AddTag;
        // A tag removed from its last articles was dropped: it comes back with the same spelling.
        auto tagId = tagIdFor(m_db, change.tag, !wasAdded);
        if (!tagId)
            return tagId.error();
        if (*tagId == 0)
            break;
        Statement links = m_db.cached(wasAdded
                                          ? "DELETE FROM article_tags WHERE tag_id = ?1 AND article_id " OFFPRINT_IN_SET
                                          : "INSERT OR IGNORE INTO article_tags(article_id, tag_id) "
                                            "SELECT id, ?1 FROM temp.bulk_set WHERE id IN (SELECT id FROM articles)");
        links.bind(1, *tagId);
        if (auto r = links.run(); !r)
            return r;
        if (wasAdded)
            done = tagsql::removeUnusedTags(m_db);
        break;
    }
    case BulkChange::Kind::Delete:
        done = m_db.cached("DELETE FROM deleted_articles WHERE article_id " OFFPRINT_IN_SET).run();
        break;
    case BulkChange::Kind::Restore:
        done = m_db.cached("INSERT OR REPLACE INTO deleted_articles(article_id, deleted_at) "
                           "SELECT id, value FROM temp.bulk_set WHERE id IN (SELECT id FROM articles)")
                   .run();
        break;
    case BulkChange::Kind::None:
        break;
    }
    if (!done)
        return done;
    return transaction.commit();
}

Result<BulkChange> BulkOperations::redo(const BulkChange &change)
{
    const ArticleSelection selection = ArticleSelection::of(change.ids);
    switch (change.kind) {
    case BulkChange::Kind::Read:
        return setRead(selection, change.value);
    case BulkChange::Kind::Starred:
        return setStarred(selection, change.value);
    case BulkChange::Kind::AddTag:
        return addTag(selection, change.tag);
    case BulkChange::Kind::RemoveTag:
        return removeTag(selection, change.tag);
    case BulkChange::Kind::Delete:
        return remove(selection);
    case BulkChange::Kind::Restore:
        return restore(selection);
    case BulkChange::Kind::None:
        break;
    }
    return change;
}

QList<ArticleId> BulkOperations::deletedIds()
{
    QList<ArticleId> ids;
    Statement stmt = m_db.cached("SELECT article_id FROM deleted_articles ORDER BY deleted_at DESC, article_id DESC");
    while (stmt.step())
        ids << stmt.int64(0);
    return ids;
}

Result<int> BulkOperations::purgeDeleted(std::chrono::seconds age, int limit)
{
    if (m_library.isReadOnly())
        return m_library.readOnlyError();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    // The article rows go, and with them (ON DELETE CASCADE, triggers) their tag links, asset rows,
    // highlights, index entries and the deleted_articles row; their stored files are released.
    Statement purge = m_db.cached("DELETE FROM articles WHERE id IN (SELECT article_id FROM deleted_articles "
                                  "WHERE deleted_at < ?1 ORDER BY deleted_at, article_id LIMIT ?2)");
    purge.bind(1, QDateTime::currentDateTimeUtc().addSecs(-qint64(age.count()))).bind(2, qint64(limit));
    if (auto r = purge.run(); !r)
        return r.error();
    const int purged = m_db.changes();
    if (purged > 0) {
        if (auto r = tagsql::removeUnusedTags(m_db); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return purged;
}

} // namespace offprint::storage
