#include "bulkbenchmark.h"

#include "actions.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "articleoperations.h"
#include "mainwindow.h"
#include "reextractcontroller.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace offprint::gui {

namespace {

class BulkBenchmark final : public QObject
{
public:
    explicit BulkBenchmark(MainWindow &window) : QObject(&window), m_window(window)
    {
        const Actions &a = window.actions();
        ArticleOperations *ops = window.operations();
        m_steps = {
            {"select-all", [this] { m_window.list()->selectAll(); }},
            // The confirmation is the user's time, not the window's: the operation itself.
            {"delete", [this, ops] { ops->remove(allIds()); }},
            {"undo-delete", [a] { a.undo->trigger(); }},
            {"select-all-again", [this] { m_window.list()->selectAll(); }},
            {"mark-read", [a] { a.read->trigger(); }},
            {"undo-mark-read", [a] { a.undo->trigger(); }},
            // A reloaded list has no selection any more.
            {"select-all-for-star", [this] { m_window.list()->selectAll(); }},
            {"star", [a] { a.star->trigger(); }},
            {"undo-star", [a] { a.undo->trigger(); }},
            {"mark-all-read", [a] { a.markAllRead->trigger(); }},
            {"undo-mark-all-read", [a] { a.undo->trigger(); }},
            {"tag", [this, ops] { ops->addTags(allIds(), {QStringLiteral("bench-bulk")}); }},
            {"undo-tag", [a] { a.undo->trigger(); }},
        };
        // A step that fails would look fast: say so.
        connect(ops, &ArticleOperations::failed, this, [this](const QString &message) {
            std::printf("benchmark-bulk-failed: %s: %s\n", m_index >= 0 ? m_steps.at(m_index).first : "",
                        qPrintable(message));
            std::fflush(stdout);
        });
        connect(ops, &ArticleOperations::idle, this, [this] { QTimer::singleShot(0, this, [this] { next(); }); });
        m_beat.setInterval(5);
        connect(&m_beat, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_stepGap = qMax(m_stepGap, now - m_lastBeat);
            m_lastBeat = now;
        });
    }

    void start()
    {
        // A re-extraction of the library's older articles would write beside the operations measured.
        m_window.reextractor()->cancel();
        m_window.reextractor()->wait();
        m_clock.start();
        m_lastBeat = 0;
        m_beat.start();
        QTimer::singleShot(0, this, [this] { next(); });
    }

private:
    QList<ArticleId> allIds() const
    {
        QList<ArticleId> ids;
        const int rows = m_window.model()->rowCount();
        ids.reserve(rows);
        for (int row = 0; row < rows; ++row)
            ids << m_window.model()->idAt(row);
        return ids;
    }

    void next()
    {
        // A step ends when the list shows its result: the ids of a view read again on the library
        // reader's thread arrive after the operation.
        if (m_window.model()->isReloading()) {
            QTimer::singleShot(2, this, [this] { next(); });
            return;
        }
        const double now = double(m_clock.nsecsElapsed()) / 1e6;
        if (m_index >= 0) {
            // The gap up to now counts for the step that just ended.
            const double gap = qMax(m_stepGap, now - m_lastBeat);
            m_maxGap = qMax(m_maxGap, gap);
            m_fields << QStringLiteral("%1-ms=%2 %1-gap-ms=%3")
                            .arg(QLatin1String(m_steps.at(m_index).first))
                            .arg(now - m_stepStart, 0, 'f', 1)
                            .arg(gap, 0, 'f', 1);
            // Each step as it ends, for a run that is watched (the tag steps take long on big libraries).
            std::printf("benchmark-bulk-step: %s\n", qPrintable(m_fields.last()));
            std::fflush(stdout);
        }
        if (++m_index >= m_steps.size()) {
            std::printf("benchmark-bulk: rows=%d max-gap-ms=%.1f %s\n", m_window.model()->rowCount(), m_maxGap,
                        qPrintable(m_fields.join(QLatin1Char(' '))));
            std::fflush(stdout);
            m_beat.stop();
            m_window.close();
            QApplication::quit();
            return;
        }
        m_stepStart = now;
        m_lastBeat = now;
        m_stepGap = 0;
        m_steps.at(m_index).second();
        if (!m_window.operations()->isBusy()) // done at once, on the window's thread
            QTimer::singleShot(0, this, [this] { next(); });
    }

    MainWindow &m_window;
    QList<std::pair<const char *, std::function<void()>>> m_steps;
    QTimer m_beat;
    QElapsedTimer m_clock;
    int m_index = -1;
    double m_stepStart = 0;
    double m_lastBeat = 0;
    double m_stepGap = 0;
    double m_maxGap = 0;
    QStringList m_fields;
};

} // namespace

void runBulkBenchmark(MainWindow &window)
{
    auto *benchmark = new BulkBenchmark(window);
    // Once the window shows its list.
    QTimer::singleShot(500, benchmark, [benchmark] { benchmark->start(); });
}

} // namespace offprint::gui
