#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace offprint::storage {

class Database;

struct SavedSearchRecord
{
    qint64 id = 0;
    QString name;
    QString query;
};

// Settings that belong to one library rather than to the user: saved searches, watched folders and a
// few values (the article read last, when the watched folders were last looked at). A second library
// starts without the first one's. Stored in the library file (schema 11 and the meta table).
class LibrarySettings final
{
public:
    explicit LibrarySettings(Database &db);

    // In the order they were saved.
    QList<SavedSearchRecord> savedSearches();
    // A query that is already saved gets the new name; returns the saved search's id.
    Result<qint64> addSavedSearch(const QString &name, const QString &query);
    Result<void> renameSavedSearch(qint64 id, const QString &name);
    // Another saved search with that query is refused (the sidebar tells them apart by query).
    Result<void> setSavedSearchQuery(qint64 id, const QString &query);
    Result<void> removeSavedSearch(qint64 id);

    QStringList watchedFolders();
    Result<void> setWatchedFolders(const QStringList &folders);

    // Free-form values of the application, kept apart from storage's own meta keys by a prefix.
    QString value(const QString &key);
    Result<void> setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace offprint::storage
