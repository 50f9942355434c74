#pragma once

#include "import/importer.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace offprint::gui {

// Imports files and folders in the background. The worker opens its own Library connection in its
// thread (connections are per thread); the window keeps reading meanwhile. A progress dialog offers
// cancel, and a report dialog tells what came in, what was a duplicate and what failed and why.
class ImportController final : public QObject
{
    Q_OBJECT
public:
    ImportController(QString libraryFolder, QWidget *window);
    ~ImportController() override;

    bool isRunning() const;
    // Starts an import; false when one is already running. Files last modified before
    // `modifiedAfter` are left out (watched folders); a quiet import shows no dialogs.
    bool start(const QStringList &paths, const QDateTime &modifiedAfter = {}, bool quiet = false);
    void cancel();
    // Waits for a running import to end (tests, closing the window).
    void wait();
    void setShowReport(bool show) { m_showReport = show; }
    const QList<import::ImportOutcome> &lastOutcomes() const { return m_outcomes; }

    static QString summary(const QList<import::ImportOutcome> &outcomes);

signals:
    void progress(int done, int total, const QString &file);
    void finished(int imported);

private:
    void onProgress(int done, int total, const QString &file);
    void onFinished();
    void showReport();

    QString m_folder;
    QWidget *m_window;
    QFutureWatcher<QList<import::ImportOutcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_dialog;
    QList<import::ImportOutcome> m_outcomes;
    bool m_showReport = true;
    bool m_quiet = false;
};

} // namespace offprint::gui
