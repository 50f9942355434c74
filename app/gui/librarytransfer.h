#pragma once

#include "domain/article.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

// File ▸ Export as EPUB…, Back Up Library… and Restore Library…: asks for the file or folder, then
// does the work on a thread of its own with its own connection to the library (core/export), so the
// window stays responsive; the outcome arrives as message() (and finished() for tests).
class LibraryTransfer final : public QObject
{
    Q_OBJECT
public:
    LibraryTransfer(storage::Library &library, QWidget *window);
    ~LibraryTransfer() override;

    // With dialogs.
    void exportEpub(const QList<ArticleId> &ids, const QString &title);
    void backUp();
    void restore();

    // Without dialogs (the menus end here; tests call them directly).
    void startEpub(const QList<ArticleId> &ids, const QString &title, const QString &path);
    void startBackup(const QString &path);
    void startRestore(const QString &archive, const QString &folder);
    bool busy() const { return m_busy; }

signals:
    void message(const QString &text);
    // ok: the work succeeded; text: what message() said.
    void finished(bool ok, const QString &text);
    // A restore succeeded into this folder (the window offers to open it).
    void restored(const QString &folder);

private:
    struct Outcome
    {
        bool ok = false;
        QString text;
    };
    void run(const QString &starting, std::function<Outcome()> work, std::function<void(const Outcome &)> then = {});

    storage::Library &m_library;
    QWidget *m_window;
    bool m_busy = false;
    class QThread *m_thread = nullptr;
};

} // namespace offprint::gui
