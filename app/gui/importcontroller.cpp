#include "importcontroller.h"

#include "import/collect.h"
#include "import/exportimport.h"
#include "storage/library.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QProgressBar>
#include <QRegularExpression>
#include <QKeyEvent>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace offprint::gui {

ImportController::ImportController(QString libraryFolder, QWidget *window)
    : QObject(window), m_folder(std::move(libraryFolder)), m_window(window)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
}

void ImportController::buildPanel()
{
    auto *mainWindow = qobject_cast<QMainWindow *>(m_window);
    if (!mainWindow)
        return;
    QStatusBar *statusBar = mainWindow->statusBar();
    m_panel = new QWidget(statusBar);
    m_panel->setObjectName(QStringLiteral("importProgress"));
    auto *layout = new QHBoxLayout(m_panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(m_panel);
    m_bar = new QProgressBar(m_panel);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancelButton = new QToolButton(m_panel);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setFocusPolicy(Qt::StrongFocus);
    m_cancelButton->setToolTip(tr("Stop importing after the current file (Escape)"));
    connect(m_cancelButton, &QToolButton::clicked, this, &ImportController::cancel);
    // Escape while the progress has the focus cancels, as it did on the old progress window; the
    // window's own Escape (leaving a search) is untouched elsewhere.
    // (The key is taken before the window's shortcuts see it: see eventFilter.)
    m_cancelButton->installEventFilter(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    statusBar->addPermanentWidget(m_panel);
    m_panel->hide();
}

ImportController::~ImportController()
{
    // Not cancel(): the status bar, and the panel in it, may be destroyed already (the window deletes
    // its status bar before this controller).
    if (m_cancel)
        m_cancel->store(true);
    wait();
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning();
}

bool ImportController::start(const QStringList &paths, const QDateTime &modifiedAfter, bool quiet)
{
    return startImport(paths, modifiedAfter, quiet, false);
}

bool ImportController::replaceWith(const QStringList &files)
{
    return startImport(files, {}, false, true);
}

bool ImportController::startImport(const QStringList &paths, const QDateTime &modifiedAfter, bool quiet, bool update)
{
    if (isRunning() || paths.isEmpty())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_outcomes.clear();
    m_quiet = quiet;
    m_cancelled = false;
    m_update = update;
    if (!m_panel && !quiet)
        buildPanel(); // on first use: the status bar holds nothing of imports until one runs
    if (m_panel && !quiet) {
        m_label->setText(tr("Looking for saved pages…"));
        m_bar->setRange(0, 0);
        m_cancelButton->setEnabled(true);
        m_panel->show();
    }
    const QString folder = m_folder;
    const auto cancelFlag = m_cancel;
    ImportController *self = this; // the destructor waits for the worker, so this outlives it
    m_watcher.setFuture(QtConcurrent::run([folder, paths, modifiedAfter, cancelFlag, self, update]() -> QList<import::ImportOutcome> {
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
        options.update = update;
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

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cancelButton && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && isRunning()) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            cancel();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void ImportController::cancel()
{
    if (!m_cancel || !isRunning())
        return;
    m_cancel->store(true);
    m_cancelled = true;
    if (m_panel) {
        m_label->setText(tr("Stopping after the current file…"));
        m_cancelButton->setEnabled(false);
    }
}

void ImportController::wait()
{
    m_watcher.waitForFinished();
}

void ImportController::onProgress(int done, int total, const QString &file)
{
    if (m_panel && !m_quiet && !m_cancel->load()) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_label->setText(tr("Importing %1 of %2").arg(done).arg(total));
        m_label->setToolTip(QFileInfo(file).fileName());
    }
    emit progress(done, total, file);
}

void ImportController::onFinished()
{
    m_outcomes = m_watcher.result();
    if (m_panel)
        m_panel->hide();
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
    // Skipped files by kind of reason: the reason up to its parenthesis ("not a saved page").
    QMap<QString, int> skippedBy;
    for (const import::ImportOutcome &o : outcomes) {
        ++counts[int(o.kind)];
        if (o.kind == import::ImportOutcome::Kind::Skipped)
            ++skippedBy[reasonText(o).section(QRegularExpression(QStringLiteral("\\s*[(\uFF08]")), 0, 0)];
    }
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
    if (counts[int(K::Skipped)]) {
        QStringList reasons;
        for (auto it = skippedBy.cbegin(); it != skippedBy.cend(); ++it)
            reasons << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        parts << tr("%n skipped", nullptr, counts[int(K::Skipped)]) + QStringLiteral(" (%1)").arg(reasons.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(", "));
}

QString ImportController::headline(const QList<import::ImportOutcome> &outcomes, bool cancelled)
{
    return (cancelled ? tr("Import cancelled: %1") : tr("Import finished: %1")).arg(summary(outcomes));
}

QString ImportController::reasonText(const import::ImportOutcome &outcome)
{
    if (!outcome.error.isEmpty())
        return outcome.error.localizedMessage();
    return outcome.reason;
}

} // namespace offprint::gui
