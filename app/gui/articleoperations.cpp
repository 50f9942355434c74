#include "articleoperations.h"

#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>

#include <limits>

namespace offprint::gui {

using storage::ArticleSelection;
using storage::BulkChange;
using storage::BulkOperations;

namespace {

// A tag change re-indexes each article's text (its tags are a column of the full-text index): about as
// much work per article as changing the state of this many articles. Counted so, 50 articles are
// enough to send a tag change to the worker.
constexpr qsizetype kTagCost = 40;

// What undoing `change` did, for the listeners: the same articles, the other way.
BulkChange inverseOf(const BulkChange &change)
{
    using Kind = BulkChange::Kind;
    BulkChange inverse = change;
    inverse.previous.clear();
    inverse.value = !change.value;
    switch (change.kind) {
    case Kind::AddTag: inverse.kind = Kind::RemoveTag; break;
    case Kind::RemoveTag: inverse.kind = Kind::AddTag; break;
    case Kind::Delete: inverse.kind = Kind::Restore; break;
    case Kind::Restore: inverse.kind = Kind::Delete; break;
    case Kind::None:
    case Kind::Read:
    case Kind::Starred: break;
    }
    return inverse;
}

} // namespace

// Runs operations on its own connection to the library, in a thread of its own, one after another.
class BulkWorker final : public QObject
{
public:
    explicit BulkWorker(QString folder) : m_folder(std::move(folder)) {}

    Result<BulkChange> run(const ArticleOperations::Job &job)
    {
        if (!m_library) {
            auto opened = storage::Library::open(m_folder);
            if (!opened)
                return opened.error();
            m_library = std::move(*opened);
        }
        BulkOperations ops(*m_library);
        return job(ops);
    }

private:
    QString m_folder;
    std::unique_ptr<storage::Library> m_library;
};

// One bulk operation on the undo stack. The first redo runs the operation; undo reverts exactly what it
// changed; a later redo does it again on the same articles. The change lives in shared state written
// only by the job that runs (operations run one at a time, in order).
class BulkCommand final : public QUndoCommand
{
public:
    BulkCommand(ArticleOperations &ops, const QString &text, ArticleOperations::Job first, qsizetype size,
                QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_ops(ops), m_first(std::move(first)), m_size(size)
    {
    }

    void redo() override
    {
        const auto state = m_change;
        ArticleOperations::Job job;
        if (m_first) {
            job = [state, first = std::move(m_first)](BulkOperations &ops) {
                auto result = first(ops);
                if (result)
                    *state = *result;
                return result;
            };
            m_first = {};
        } else {
            job = [state](BulkOperations &ops) {
                auto result = ops.redo(*state);
                if (result)
                    *state = *result;
                return result;
            };
        }
        m_ops.run(job, m_size, text());
    }

    void undo() override
    {
        const auto state = m_change;
        m_ops.run(
            [state](BulkOperations &ops) -> Result<BulkChange> {
                if (auto undone = ops.undo(*state); !undone)
                    return undone.error();
                return inverseOf(*state);
            },
            m_size, QCoreApplication::translate("offprint::gui::ArticleOperations", "Undoing: %1").arg(text()));
    }

private:
    ArticleOperations &m_ops;
    ArticleOperations::Job m_first;
    qsizetype m_size;
    std::shared_ptr<BulkChange> m_change = std::make_shared<BulkChange>();
};

ArticleOperations::ArticleOperations(storage::Library &library, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_library(library), m_undo(undoStack)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("bulk operations"));
    m_worker = new BulkWorker(library.folder());
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ArticleOperations::~ArticleOperations()
{
    m_thread->quit(); // after the queued operations
    m_thread->wait();
    delete m_worker;
}

void ArticleOperations::attachStatusBar(QStatusBar *bar)
{
    m_statusBar = bar;
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, 0); // one statement: busy, without steps
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    bar->addPermanentWidget(m_progress);
}

void ArticleOperations::run(const Job &job, qsizetype size, const QString &what,
                            const std::function<void(const BulkChange &)> &done)
{
    if (m_pending == 0 && size < m_backgroundThreshold) {
        BulkOperations ops(m_library);
        finish(job(ops), done);
        return;
    }
    // On the worker, behind what is already queued there.
    if (m_pending++ == 0) {
        emit busyChanged(true);
        if (m_progress)
            m_progress->show();
    }
    if (m_statusBar)
        m_statusBar->showMessage(what + QStringLiteral("…"));
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, job, done] {
        const Result<BulkChange> result = worker->run(job);
        QMetaObject::invokeMethod(this, [this, result, done] {
            finish(result, done);
            if (--m_pending == 0) {
                if (m_progress)
                    m_progress->hide();
                if (m_statusBar)
                    m_statusBar->clearMessage();
                emit busyChanged(false);
                emit idle();
            }
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ArticleOperations::finish(const Result<BulkChange> &result, const std::function<void(const BulkChange &)> &done)
{
    if (!result) {
        emit failed(result.error().localizedMessage());
        return;
    }
    if (done)
        done(*result);
    if (!result->ids.isEmpty())
        emit applied(*result);
}

void ArticleOperations::push(const QString &text, const Job &first, qsizetype size)
{
    m_undo->push(new BulkCommand(*this, text, first, size));
}

bool ArticleOperations::toggleStarred(const QList<ArticleId> &ids)
{
    if (ids.isEmpty())
        return false;
    const auto selection = ArticleSelection::of(ids);
    push(tr("Star or unstar %n article(s)", nullptr, int(ids.size())),
         [selection](BulkOperations &ops) { return ops.toggleStarred(selection); }, ids.size());
    return true;
}

bool ArticleOperations::toggleRead(const QList<ArticleId> &ids)
{
    if (ids.isEmpty())
        return false;
    const auto selection = ArticleSelection::of(ids);
    push(tr("Mark %n article(s) read or unread", nullptr, int(ids.size())),
         [selection](BulkOperations &ops) { return ops.toggleRead(selection); }, ids.size());
    return true;
}

bool ArticleOperations::setRead(const QList<ArticleId> &ids, bool read)
{
    if (ids.isEmpty())
        return false;
    const auto selection = ArticleSelection::of(ids);
    push(read ? tr("Mark %n article(s) read", nullptr, int(ids.size()))
              : tr("Mark %n article(s) unread", nullptr, int(ids.size())),
         [selection, read](BulkOperations &ops) { return ops.setRead(selection, read); }, ids.size());
    return true;
}

bool ArticleOperations::markAllRead(const ArticleSelection &view)
{
    push(tr("Mark All as Read"), [view](BulkOperations &ops) { return ops.setRead(view, true); },
         std::numeric_limits<qsizetype>::max());
    return true;
}

bool ArticleOperations::setTags(ArticleId id, const QStringList &tags)
{
    const QStringList current = m_library.tags().tagsOf(id);
    QStringList removed;
    for (const QString &t : current)
        if (!tags.contains(t, Qt::CaseInsensitive))
            removed << t;
    QStringList added;
    for (const QString &t : tags)
        if (!current.contains(t, Qt::CaseInsensitive) && !t.trimmed().isEmpty())
            added << t;
    if (removed.isEmpty() && added.isEmpty())
        return true;
    const auto selection = ArticleSelection::of({id});
    m_undo->beginMacro(tr("Edit tags"));
    for (const QString &tag : std::as_const(removed))
        push(tr("Remove tag %1").arg(tag), [selection, tag](BulkOperations &ops) { return ops.removeTag(selection, tag); }, 1);
    for (const QString &tag : std::as_const(added))
        push(tr("Add tag %1").arg(tag), [selection, tag](BulkOperations &ops) { return ops.addTag(selection, tag); }, 1);
    m_undo->endMacro();
    return true;
}

bool ArticleOperations::addTags(const QList<ArticleId> &ids, const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags)
        if (!tag.trimmed().isEmpty())
            clean << tag;
    if (ids.isEmpty() || clean.isEmpty())
        return false;
    const auto selection = ArticleSelection::of(ids);
    m_undo->beginMacro(tr("Tag %n article(s)", nullptr, int(ids.size())));
    for (const QString &tag : std::as_const(clean))
        push(tr("Add tag %1").arg(tag), [selection, tag](BulkOperations &ops) { return ops.addTag(selection, tag); },
             ids.size() * kTagCost);
    m_undo->endMacro();
    return true;
}

bool ArticleOperations::remove(const QList<ArticleId> &ids)
{
    if (ids.isEmpty())
        return false;
    const auto selection = ArticleSelection::of(ids);
    push(tr("Delete %n article(s)", nullptr, int(ids.size())),
         [selection](BulkOperations &ops) { return ops.remove(selection); }, ids.size());
    return true;
}

bool ArticleOperations::confirmDeletion(QWidget *parent, qsizetype count)
{
    if (count <= kConfirmAbove)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Delete Articles"),
                    tr("Delete %n article(s)?", nullptr, int(count)), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("You can undo this with %1.")
                               .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == del;
}

} // namespace offprint::gui
