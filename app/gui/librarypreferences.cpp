#include "librarypreferences.h"

#include "settings.h"
#include "storage/library.h"

namespace offprint::gui {

namespace {
const QString kLastRead = QStringLiteral("lastReadArticle");
const QString kLastWatchScan = QStringLiteral("lastWatchScan");
} // namespace

LibraryPreferences::LibraryPreferences(storage::Library &library, QObject *parent)
    : QObject(parent), m_library(library)
{
}

bool LibraryPreferences::report(const Result<void> &result)
{
    if (!result.ok())
        emit message(result.error().localizedMessage());
    return result.ok();
}

int LibraryPreferences::adoptFrom(Settings &settings)
{
    const QList<SavedSearch> searches = settings.savedSearches();
    const QStringList folders = settings.watchedFolders();
    if ((searches.isEmpty() && folders.isEmpty()) || m_library.isReadOnly())
        return 0;
    auto &store = m_library.settings();
    int moved = 0;
    for (const SavedSearch &search : searches)
        if (store.addSavedSearch(search.name, search.query).ok())
            ++moved;
    if (!folders.isEmpty()) {
        QStringList merged = store.watchedFolders();
        for (const QString &folder : folders)
            if (!merged.contains(folder))
                merged << folder;
        if (store.setWatchedFolders(merged).ok())
            moved += int(folders.size());
        if (settings.lastWatchScan().isValid() && store.value(kLastWatchScan).isEmpty())
            report(store.setValue(kLastWatchScan, settings.lastWatchScan().toString(Qt::ISODateWithMs)));
    }
    settings.forgetLibraryEntries();
    emit savedSearchesChanged();
    emit watchedFoldersChanged();
    return moved;
}

QList<storage::SavedSearchRecord> LibraryPreferences::savedSearches() const
{
    return m_library.settings().savedSearches();
}

storage::SavedSearchRecord LibraryPreferences::savedSearch(const QString &query) const
{
    for (const storage::SavedSearchRecord &record : savedSearches())
        if (record.query == query)
            return record;
    return {};
}

bool LibraryPreferences::addSavedSearch(const QString &name, const QString &query)
{
    const auto added = m_library.settings().addSavedSearch(name, query);
    if (!added) {
        emit message(added.error().localizedMessage());
        return false;
    }
    emit savedSearchesChanged();
    return true;
}

bool LibraryPreferences::renameSavedSearch(qint64 id, const QString &name)
{
    if (!report(m_library.settings().renameSavedSearch(id, name)))
        return false;
    emit savedSearchesChanged();
    return true;
}

bool LibraryPreferences::setSavedSearchQuery(qint64 id, const QString &query)
{
    if (!report(m_library.settings().setSavedSearchQuery(id, query)))
        return false;
    emit savedSearchesChanged();
    return true;
}

bool LibraryPreferences::removeSavedSearch(qint64 id)
{
    if (!report(m_library.settings().removeSavedSearch(id)))
        return false;
    emit savedSearchesChanged();
    return true;
}

QStringList LibraryPreferences::watchedFolders() const
{
    return m_library.settings().watchedFolders();
}

void LibraryPreferences::setWatchedFolders(const QStringList &folders)
{
    if (folders == watchedFolders())
        return;
    if (report(m_library.settings().setWatchedFolders(folders)))
        emit watchedFoldersChanged();
}

QDateTime LibraryPreferences::lastWatchScan() const
{
    return QDateTime::fromString(m_library.settings().value(kLastWatchScan), Qt::ISODateWithMs);
}

void LibraryPreferences::setLastWatchScan(const QDateTime &when)
{
    report(m_library.settings().setValue(kLastWatchScan, when.toString(Qt::ISODateWithMs)));
}

ArticleId LibraryPreferences::lastRead() const
{
    return m_library.settings().value(kLastRead).toLongLong();
}

void LibraryPreferences::setLastRead(ArticleId id)
{
    if (id == lastRead() || m_library.isReadOnly())
        return;
    report(m_library.settings().setValue(kLastRead, QString::number(id)));
}

} // namespace offprint::gui
