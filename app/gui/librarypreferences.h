#pragma once

#include "domain/article.h"
#include "storage/librarysettings.h"

#include <QDateTime>
#include <QObject>

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

class Settings;

// The window's view of the settings stored in the library (storage/librarysettings.h): saved
// searches, watched folders, when those were last scanned, and the article read last. Emits a signal
// when one of them changes, and a message when the library refuses a change.
class LibraryPreferences final : public QObject
{
    Q_OBJECT
public:
    LibraryPreferences(storage::Library &library, QObject *parent = nullptr);

    // Earlier versions kept saved searches and watched folders in the application's settings: the
    // first library opened takes them over, and they leave the application's settings (so that a new
    // library starts without them). Returns how many entries moved.
    int adoptFrom(Settings &settings);

    QList<storage::SavedSearchRecord> savedSearches() const;
    bool addSavedSearch(const QString &name, const QString &query);
    bool renameSavedSearch(qint64 id, const QString &name);
    bool setSavedSearchQuery(qint64 id, const QString &query);
    bool removeSavedSearch(qint64 id);
    // The saved search with this query, or an empty record.
    storage::SavedSearchRecord savedSearch(const QString &query) const;

    QStringList watchedFolders() const;
    void setWatchedFolders(const QStringList &folders);
    QDateTime lastWatchScan() const;
    void setLastWatchScan(const QDateTime &when);

    // The article the user opened last (0: none), shown again on the next start.
    ArticleId lastRead() const;
    void setLastRead(ArticleId id);

signals:
    void savedSearchesChanged();
    void watchedFoldersChanged();
    void message(const QString &text);

private:
    bool report(const Result<void> &result);

    storage::Library &m_library;
};

} // namespace offprint::gui
