#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace offprint::gui {

class ImportController;
class Settings;

// Folders the user saves pages into: at start and whenever one changes, pages saved there since the
// last look are imported quietly (duplicates are recognised by the importer anyway).
class WatchedFolders final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSettleMs = 3000; // browsers write a page and its folder in several steps

    WatchedFolders(Settings &settings, ImportController &importer, QObject *parent = nullptr);

    void scanSoon();
    QStringList folders() const;

private:
    void rewatch();
    void scan();

    Settings &m_settings;
    ImportController &m_importer;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace offprint::gui
