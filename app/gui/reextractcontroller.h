#pragma once

#include "import/reextract.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

// Brings a library up to the current extractor (extract/version.h) in the background when it is
// opened: the articles an older extractor made are re-extracted from their stored originals on a
// worker thread with its own connection (the one writer of this work), with progress and a Cancel
// button in the status bar. The window keeps working meanwhile.
class ReextractController final : public QObject
{
    Q_OBJECT
public:
    ReextractController(QString libraryFolder, QStatusBar *statusBar, QObject *parent = nullptr);
    ~ReextractController() override;

    // Starts when `library` (the window's) has outdated articles and can be written; false otherwise
    // or when a run is going on.
    bool startIfNeeded(storage::Library &library);
    bool isRunning() const;
    void cancel();
    // Waits for a running re-extraction to end (tests, closing the window).
    void wait();
    const QList<import::ReextractOutcome> &lastOutcomes() const { return m_outcomes; }
    // "Updated 12 articles for this version…", for the status bar.
    QString summary() const;

signals:
    void progress(int done, int total);
    // An article got new content (its list row and, when open, the reader show it again).
    void articleChanged(qint64 id);
    void finished();

private:
    void onProgress(const import::ReextractOutcome &outcome, int done, int total);
    void onFinished();

    QString m_folder;
    QFutureWatcher<QList<import::ReextractOutcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<import::ReextractOutcome> m_outcomes;
    QWidget *m_indicator = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace offprint::gui
