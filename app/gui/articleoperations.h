#pragma once

#include "domain/article.h"
#include "storage/bulkoperations.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QProgressBar;
class QStatusBar;
class QThread;
class QUndoStack;
class QWidget;

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

class BulkWorker;

// What the user does to articles (one or many, or a whole view): star, read, tags, delete, each with
// undo and redo. Every change is one core bulk operation (storage/bulkoperations.h), one transaction;
// the undo stack holds what it changed, and undo restores exactly that (a delete is soft: undo brings
// back the same ids with their tags, state and highlights).
//
// Small selections run at once on the window's connection. Large ones, whole views and searches run on
// a worker thread with its own connection, in the order asked, so that the window never waits; the
// status bar shows what runs (attachStatusBar), and listeners refresh from the signals when it is done.
class ArticleOperations final : public QObject
{
    Q_OBJECT
public:
    ArticleOperations(storage::Library &library, QUndoStack *undoStack, QObject *parent = nullptr);
    ~ArticleOperations() override;

    // Stars all when any is unstarred, else unstars all (the usual multi-selection toggle).
    bool toggleStarred(const QList<ArticleId> &ids);
    bool toggleRead(const QList<ArticleId> &ids);
    bool setRead(const QList<ArticleId> &ids, bool read);
    bool setTags(ArticleId id, const QStringList &tags);
    bool addTags(const QList<ArticleId> &ids, const QStringList &tags);
    // Soft delete, undoable. Callers ask confirmDeletion() first.
    bool remove(const QList<ArticleId> &ids);
    // "Mark All as Read" for a whole view or search, resolved in the database.
    bool markAllRead(const storage::ArticleSelection &view);

    // Asks before deleting more than kConfirmAbove articles (a dialog naming how many); true to go on.
    static constexpr int kConfirmAbove = 3;
    static bool confirmDeletion(QWidget *parent, qsizetype count);

    // Selections of at least this many articles run on the worker (tests lower it).
    void setBackgroundThreshold(int articles) { m_backgroundThreshold = articles; }
    // True while work runs on the worker (further changes queue behind it).
    bool isBusy() const { return m_pending > 0; }
    // Shows the running operation in the status bar (message and a busy bar).
    void attachStatusBar(QStatusBar *bar);

    // One operation for the undo stack: runs `job` (on the window's connection or the worker) and
    // reports its change. Used by the undo commands.
    using Job = std::function<Result<storage::BulkChange>(storage::BulkOperations &)>;
    void run(const Job &job, qsizetype size, const QString &what,
             const std::function<void(const storage::BulkChange &)> &done = {});

signals:
    // An operation (or its undo or redo) changed these articles: the list, the sidebar and the reader
    // update from what it says (its kind and ids), without reading the whole view again.
    void applied(const storage::BulkChange &change);
    void failed(const QString &message);
    void busyChanged(bool busy);
    void idle(); // the last queued operation finished

private:
    void push(const QString &text, const Job &first, qsizetype size);
    void finish(const Result<storage::BulkChange> &result, const std::function<void(const storage::BulkChange &)> &done);

    storage::Library &m_library;
    QUndoStack *m_undo;
    int m_backgroundThreshold = 2000;
    int m_pending = 0;
    QThread *m_thread = nullptr;
    BulkWorker *m_worker = nullptr;
    QProgressBar *m_progress = nullptr;
    QStatusBar *m_statusBar = nullptr;
};

} // namespace offprint::gui
