#pragma once

#include "import/importer.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace offprint::gui {

// Imports files and folders in the background. The worker opens its own Library connection in its
// thread (connections are per thread); the window keeps reading meanwhile. Progress shows in the
// window's status bar (never over the text) with a Cancel button (Escape on it cancels too); the
// report says whether the import finished or was cancelled, counts every outcome and lists what
// came in, what was a duplicate, what was skipped and what failed, and why; duplicates show what
// both copies have and can be replaced by their files on request.
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
    // Imports exactly these files again with ImportOptions::update: each replaces the article it is
    // the same page as, which keeps its id, tags, read/starred state and highlights (the report's
    // "Replace with These Copies"). False when an import is already running.
    bool replaceWith(const QStringList &files);
    void cancel();
    // Waits for a running import to end (tests, closing the window).
    void wait();
    void setShowReport(bool show) { m_showReport = show; }
    const QList<import::ImportOutcome> &lastOutcomes() const { return m_outcomes; }

    bool lastWasCancelled() const { return m_cancelled; }
    // Whether the last import was a replaceWith (its Updated pages replaced on request).
    bool lastWasReplace() const { return m_update; }

    // "2 imported, 1 already in the library, 3 skipped (2 not a saved page, 1 empty file)".
    static QString summary(const QList<import::ImportOutcome> &outcomes);
    // "Import finished: …" or "Import cancelled: …" (the summary after it).
    static QString headline(const QList<import::ImportOutcome> &outcomes, bool cancelled);
    // The reason shown for one outcome, in the interface's language where core gave a typed error.
    static QString reasonText(const import::ImportOutcome &outcome);
    // The report's details of one outcome: for a duplicate of a saved page what both copies have ("The
    // same page as #12, … (stored: 1,234 words, 0 images; this file: 1,180 words, 3 images)").
    // `replacedOnRequest`: the outcome is of a replaceWith import.
    static QString details(const import::ImportOutcome &outcome, bool replacedOnRequest);
    // "1,234 words, 3 images" in the interface's language.
    static QString copyCounts(const import::CopyCounts &counts);
    QWidget *progressPanel() const { return m_panel; }
    QToolButton *cancelButton() const { return m_cancelButton; }

signals:
    void progress(int done, int total, const QString &file);
    void finished(int imported);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProgress(int done, int total, const QString &file);
    void onFinished();
    bool startImport(const QStringList &paths, const QDateTime &modifiedAfter, bool quiet, bool update);
    void showReport(); // importreport.cpp
    void buildPanel();

    QString m_folder;
    QWidget *m_window;
    QFutureWatcher<QList<import::ImportOutcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QWidget> m_panel; // in the status bar
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QList<import::ImportOutcome> m_outcomes;
    bool m_showReport = true;
    bool m_quiet = false;
    bool m_cancelled = false;
    bool m_update = false;
};

} // namespace offprint::gui
