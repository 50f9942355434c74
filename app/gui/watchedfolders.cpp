#include "watchedfolders.h"

#include "importcontroller.h"
#include "librarypreferences.h"

#include <QDir>
#include <QFileInfo>

namespace offprint::gui {

WatchedFolders::WatchedFolders(LibraryPreferences &prefs, ImportController &importer, QObject *parent)
    : QObject(parent), m_prefs(prefs), m_importer(importer)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &WatchedFolders::scan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &WatchedFolders::scanSoon);
    connect(&m_prefs, &LibraryPreferences::watchedFoldersChanged, this, [this] {
        rewatch();
        scanSoon();
    });
    rewatch();
}

QStringList WatchedFolders::folders() const
{
    QStringList existing;
    for (const QString &folder : m_prefs.watchedFolders())
        if (QFileInfo(folder).isDir())
            existing << QDir(folder).absolutePath();
    return existing;
}

void WatchedFolders::rewatch()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    const QStringList dirs = folders();
    if (!dirs.isEmpty())
        m_watcher.addPaths(dirs);
}

void WatchedFolders::scanSoon()
{
    if (!folders().isEmpty())
        m_settle.start();
}

void WatchedFolders::scan()
{
    const QStringList dirs = folders();
    if (dirs.isEmpty())
        return;
    if (m_importer.isRunning()) {
        m_settle.start(); // try again when the running import is done
        return;
    }
    const QDateTime since = m_prefs.lastWatchScan();
    const QDateTime now = QDateTime::currentDateTime();
    if (m_importer.start(dirs, since.isValid() ? since : QDateTime::fromSecsSinceEpoch(0), true))
        m_prefs.setLastWatchScan(now);
}

} // namespace offprint::gui
