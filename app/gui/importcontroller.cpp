#include "importcontroller.h"

#include "import/collect.h"
#include "import/exportimport.h"
#include "storage/library.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace offprint::gui {

ImportController::ImportController(QString libraryFolder, QWidget *window)
    : QObject(window), m_folder(std::move(libraryFolder)), m_window(window)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    cancel();
    wait();
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning();
}

bool ImportController::start(const QStringList &paths, const QDateTime &modifiedAfter, bool quiet)
{
    if (isRunning() || paths.isEmpty())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_outcomes.clear();
    m_quiet = quiet;
    if (m_window && m_showReport && !quiet) {
        m_dialog = new QProgressDialog(tr("Looking for saved pages…"), tr("Cancel"), 0, 0, m_window);
        m_dialog->setWindowTitle(tr("Import"));
        m_dialog->setMinimumDuration(300);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumWidth(420);
        connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    }
    const QString folder = m_folder;
    const auto cancelFlag = m_cancel;
    ImportController *self = this; // the destructor waits for the worker, so this outlives it
    m_watcher.setFuture(QtConcurrent::run([folder, paths, modifiedAfter, cancelFlag, self]() -> QList<import::ImportOutcome> {
        import::FileList list = import::collectFiles(paths);
        QList<import::ImportOutcome> outcomes;
        if (modifiedAfter.isValid()) {
            list.files.removeIf([&](const QString &f) { return QFileInfo(f).lastModified() <= modifiedAfter; });
            list.exports.removeIf([&](const QString &f) { return QFileInfo(f).lastModified() <= modifiedAfter; });
        } else {
            outcomes = list.skipped;
        }
        if (cancelFlag->load() || (list.files.isEmpty() && list.exports.isEmpty()))
            return outcomes;
        // A connection of its own: SQLite connections must not cross threads.
        auto library = storage::Library::open(folder);
        if (!library.ok()) {
            import::ImportOutcome failed;
            failed.kind = import::ImportOutcome::Kind::Failed;
            failed.file = folder;
            failed.reason = library.errorMessage();
            outcomes.append(failed);
            return outcomes;
        }
        import::ImportOptions options;
        options.threads = 1; // two cores shared with the window: keep the UI responsive
        const auto progress = [self](const import::ImportOutcome &outcome, int done, int total) {
            QMetaObject::invokeMethod(
                self, [self, done, total, file = outcome.file] { self->onProgress(done, total, file); },
                Qt::QueuedConnection);
        };
        outcomes += import::importFiles(**library, list.files, options, progress, cancelFlag.get());
        // Other readers' exports (Pocket, Instapaper, bookmarks): the same core call as the CLI's.
        for (const QString &file : list.exports) {
            if (cancelFlag->load())
                break;
            outcomes += import::importExport(**library, file, progress, cancelFlag.get()).outcomes;
        }
        return outcomes;
    }));
    return true;
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_dialog)
        m_dialog->setLabelText(tr("Stopping after the current file…"));
}

void ImportController::wait()
{
    m_watcher.waitForFinished();
}

void ImportController::onProgress(int done, int total, const QString &file)
{
    if (m_dialog && !m_cancel->load()) {
        m_dialog->setMaximum(total);
        m_dialog->setValue(done);
        m_dialog->setLabelText(tr("Importing %1 of %2\n%3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
    }
    emit progress(done, total, file);
}

void ImportController::onFinished()
{
    m_outcomes = m_watcher.result();
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
    }
    int imported = 0;
    for (const import::ImportOutcome &o : m_outcomes)
        if (o.kind == import::ImportOutcome::Kind::Imported || o.kind == import::ImportOutcome::Kind::Updated
            || o.kind == import::ImportOutcome::Kind::Filled)
            ++imported;
    emit finished(imported);
    if (m_showReport && m_window && !m_quiet)
        showReport();
}

QString ImportController::summary(const QList<import::ImportOutcome> &outcomes)
{
    int counts[6] = {0, 0, 0, 0, 0, 0};
    for (const import::ImportOutcome &o : outcomes)
        ++counts[int(o.kind)];
    using K = import::ImportOutcome::Kind;
    QStringList parts;
    parts << tr("%n imported", nullptr, counts[int(K::Imported)]);
    if (counts[int(K::Updated)])
        parts << tr("%n updated", nullptr, counts[int(K::Updated)]);
    if (counts[int(K::Filled)])
        parts << tr("%n filled in", nullptr, counts[int(K::Filled)]);
    if (counts[int(K::Duplicate)])
        parts << tr("%n already in the library", nullptr, counts[int(K::Duplicate)]);
    if (counts[int(K::Failed)])
        parts << tr("%n failed", nullptr, counts[int(K::Failed)]);
    if (counts[int(K::Skipped)])
        parts << tr("%n skipped", nullptr, counts[int(K::Skipped)]);
    return parts.join(QStringLiteral(", "));
}

void ImportController::showReport()
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import report"));
    dialog->resize(640, 380);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(summary(m_outcomes) + QLatin1Char('.'), dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *tree = new QTreeWidget(dialog);
    tree->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    using K = import::ImportOutcome::Kind;
    for (const import::ImportOutcome &o : m_outcomes) {
        QString kind;
        switch (o.kind) {
        case K::Imported: kind = tr("Imported"); break;
        case K::Updated: kind = tr("Updated"); break;
        case K::Duplicate: kind = tr("Duplicate"); break;
        case K::Failed: kind = tr("Failed"); break;
        case K::Skipped: kind = tr("Skipped"); break;
        case K::Filled: kind = tr("Filled in"); break;
        }
        QString details = o.reason;
        if (!o.warnings.isEmpty())
            details += (details.isEmpty() ? QString() : QStringLiteral("; ")) + o.warnings.join(QStringLiteral("; "));
        auto *item = new QTreeWidgetItem(tree, {QFileInfo(o.file).fileName(), kind, details});
        item->setToolTip(0, o.file);
        item->setToolTip(2, details);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree->setColumnWidth(0, 240);
    tree->setColumnWidth(1, 100);
    tree->setSortingEnabled(true);
    layout->addWidget(tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->show();
}

} // namespace offprint::gui
