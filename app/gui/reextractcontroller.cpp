#include "reextractcontroller.h"

#include "storage/library.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace offprint::gui {

ReextractController::ReextractController(QString libraryFolder, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_folder(std::move(libraryFolder))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReextractController::onFinished);
    m_indicator = new QWidget(statusBar);
    m_indicator->setObjectName(QStringLiteral("reextractProgress"));
    auto *layout = new QHBoxLayout(m_indicator);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(m_indicator);
    m_bar = new QProgressBar(m_indicator);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancelButton = new QToolButton(m_indicator);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setToolTip(tr("Stop updating; the rest is updated the next time the library is opened"));
    connect(m_cancelButton, &QToolButton::clicked, this, &ReextractController::cancel);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    statusBar->addPermanentWidget(m_indicator);
    m_indicator->hide();
}

ReextractController::~ReextractController()
{
    // Not cancel(): the status bar, and the indicator in it, may be destroyed already (the window
    // deletes its status bar before this controller).
    if (m_cancel)
        m_cancel->store(true);
    wait();
}

bool ReextractController::isRunning() const
{
    return m_watcher.isRunning();
}

bool ReextractController::startIfNeeded(storage::Library &library)
{
    // Counting is an index lookup: cheap enough for every start.
    if (isRunning() || library.isReadOnly() || import::countOutdatedArticles(library) == 0)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_outcomes.clear();
    m_label->setText(tr("Updating articles for this version of Offprint…"));
    m_bar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_indicator->show();
    const QString folder = m_folder;
    const auto cancelFlag = m_cancel;
    ReextractController *self = this; // the destructor waits for the worker, so this outlives it
    m_watcher.setFuture(QtConcurrent::run([folder, cancelFlag, self]() -> QList<import::ReextractOutcome> {
        // A connection of its own: SQLite connections must not cross threads.
        auto library = storage::Library::open(folder);
        if (!library.ok()) {
            import::ReextractOutcome failed;
            failed.reason = library.errorMessage();
            return {failed};
        }
        const QList<ArticleId> ids = import::outdatedArticles(**library);
        import::ReextractOptions options;
        options.threads = 1; // two cores shared with the window: keep the UI responsive
        const auto progress = [self](const import::ReextractOutcome &outcome, int done, int total) {
            QMetaObject::invokeMethod(
                self, [self, outcome, done, total] { self->onProgress(outcome, done, total); }, Qt::QueuedConnection);
        };
        return import::reextractArticles(**library, ids, options, progress, cancelFlag.get());
    }));
    return true;
}

void ReextractController::cancel()
{
    if (!m_cancel || !isRunning())
        return;
    m_cancel->store(true);
    m_label->setText(tr("Stopping after the current article…"));
    m_cancelButton->setEnabled(false);
}

void ReextractController::wait()
{
    m_watcher.waitForFinished();
}

void ReextractController::onProgress(const import::ReextractOutcome &outcome, int done, int total)
{
    if (!m_cancel->load()) {
        m_label->setText(tr("Updating articles for this version of Offprint: %1 of %2").arg(done).arg(total));
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    }
    if (outcome.kind == import::ReextractOutcome::Kind::Reextracted)
        emit articleChanged(outcome.id);
    emit progress(done, total);
}

void ReextractController::onFinished()
{
    m_outcomes = m_watcher.result();
    m_indicator->hide();
    emit finished();
}

QString ReextractController::summary() const
{
    int changed = 0, failed = 0;
    for (const import::ReextractOutcome &o : m_outcomes) {
        changed += o.kind == import::ReextractOutcome::Kind::Reextracted;
        failed += o.kind == import::ReextractOutcome::Kind::Failed;
    }
    QString text = tr("Updated %n article(s) for this version of Offprint.", nullptr, changed);
    if (failed > 0)
        text += QLatin1Char(' ')
            + tr("%n could not be read again from the stored original and kept their content.", nullptr, failed);
    if (m_cancel && m_cancel->load())
        text += QLatin1Char(' ') + tr("Stopped; the rest is updated the next time the library is opened.");
    return text;
}

} // namespace offprint::gui
