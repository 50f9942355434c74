#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace offprint::gui {

class ImportController;
class LibraryPreferences;

// Folders the user saves pages into (kept in the library): at start and whenever one changes, pages saved there since the
// last look are imported quietly (duplicates are recognised by the importer anyway).
class WatchedFolders final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSettleMs = 3000; // browsers write a page and its folder in several steps

    WatchedFolders(LibraryPreferences &prefs, ImportController &importer, QObject *parent = nullptr);

    void scanSoon();
    QStringList folders() const;

private:
    void rewatch();
    void scan();

    LibraryPreferences &m_prefs;
    ImportController &m_importer;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace offprint::gui
