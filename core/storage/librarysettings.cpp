#include "storage/librarysettings.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace offprint::storage {

namespace {
const QString kPrefix = QStringLiteral("app.");

Error emptyName(const Database &db, const char *what)
{
    return makeError(QStringLiteral("%1: a saved search needs a %2").arg(db.path(), QLatin1String(what)));
}
} // namespace

LibrarySettings::LibrarySettings(Database &db) : m_db(db) {}

QList<SavedSearchRecord> LibrarySettings::savedSearches()
{
    QList<SavedSearchRecord> result;
    Statement stmt = m_db.cached("SELECT id, name, query FROM saved_searches ORDER BY position, id");
    while (stmt.step())
        result.append({stmt.int64(0), stmt.text(1), stmt.text(2)});
    return result;
}

Result<qint64> LibrarySettings::addSavedSearch(const QString &name, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return emptyName(m_db, "query");
    const QString n = name.trimmed().isEmpty() ? q : name.trimmed();
    Statement insert = m_db.cached(
        "INSERT INTO saved_searches(name, query, position) "
        "VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM saved_searches)) "
        "ON CONFLICT(query) DO UPDATE SET name = excluded.name");
    insert.bind(1, n).bind(2, q);
    if (auto r = insert.run(); !r)
        return makeError(QStringLiteral("%1: could not save the search “%2” (%3)").arg(m_db.path(), q, r.errorMessage()));
    Statement select = m_db.cached("SELECT id FROM saved_searches WHERE query = ?1");
    select.bind(1, q);
    if (!select.step())
        return select.error(QStringLiteral("reading the saved search"));
    return select.int64(0);
}

Result<void> LibrarySettings::renameSavedSearch(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return emptyName(m_db, "name");
    Statement stmt = m_db.cached("UPDATE saved_searches SET name = ?2 WHERE id = ?1");
    stmt.bind(1, id).bind(2, name.trimmed());
    return stmt.run();
}

Result<void> LibrarySettings::setSavedSearchQuery(qint64 id, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return emptyName(m_db, "query");
    Statement clash = m_db.cached("SELECT name FROM saved_searches WHERE query = ?1 AND id <> ?2");
    clash.bind(1, q).bind(2, id);
    if (clash.step())
        return makeError(QStringLiteral("%1: the saved search “%2” already has the query “%3”")
                             .arg(m_db.path(), clash.text(0), q));
    Statement stmt = m_db.cached("UPDATE saved_searches SET query = ?2 WHERE id = ?1");
    stmt.bind(1, id).bind(2, q);
    return stmt.run();
}

Result<void> LibrarySettings::removeSavedSearch(qint64 id)
{
    Statement stmt = m_db.cached("DELETE FROM saved_searches WHERE id = ?1");
    stmt.bind(1, id);
    return stmt.run();
}

QStringList LibrarySettings::watchedFolders()
{
    QStringList folders;
    Statement stmt = m_db.cached("SELECT path FROM watched_folders ORDER BY position, path");
    while (stmt.step())
        folders << stmt.text(0);
    return folders;
}

Result<void> LibrarySettings::setWatchedFolders(const QStringList &folders)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = m_db.cached("DELETE FROM watched_folders").run(); !r)
        return r;
    int position = 0;
    for (const QString &folder : folders) {
        if (folder.trimmed().isEmpty())
            continue;
        Statement insert = m_db.cached("INSERT OR IGNORE INTO watched_folders(path, position) VALUES (?1, ?2)");
        insert.bind(1, folder).bind(2, ++position);
        if (auto r = insert.run(); !r)
            return r;
    }
    return transaction.commit();
}

QString LibrarySettings::value(const QString &key)
{
    Statement stmt = m_db.cached("SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, kPrefix + key);
    return stmt.step() ? stmt.text(0) : QString();
}

Result<void> LibrarySettings::setValue(const QString &key, const QString &value)
{
    Statement stmt = m_db.cached("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, kPrefix + key).bind(2, value);
    return stmt.run();
}

} // namespace offprint::storage
