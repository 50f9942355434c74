#include "benchmarkrun.h"

#include "articlelistmodel.h"
#include "mainwindow.h"
#include "sidebar.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include "articlelistview.h"
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace offprint::gui {

namespace {

// Peak resident set size of this process (VmHWM), in kB; 0 where /proc is unavailable.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

class FirstPaint final : public QObject
{
public:
    FirstPaint(const QElapsedTimer &since, std::function<void(qint64)> done) : m_since(since), m_done(std::move(done)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            const qint64 ms = m_since.elapsed();
            // Said at once, so that `offprint-cli bench startup` can time it from the process start.
            std::printf("benchmark-event: first-paint\n");
            std::fflush(stdout);
            auto done = std::move(m_done);
            m_done = nullptr;
            QTimer::singleShot(0, watched, [done, ms] { done(ms); });
        }
        return false;
    }

private:
    const QElapsedTimer &m_since;
    std::function<void(qint64)> m_done;
};

void measureRest(MainWindow &window, qint64 firstPaint)
{
    QListView *list = window.list();
    QElapsedTimer timer;

    // Switching views: Unread, Starred, All, each reloaded and painted.
    timer.start();
    const QList<SidebarEntry> views = {{SidebarEntry::Kind::Unread, {}},
                                       {SidebarEntry::Kind::Starred, {}},
                                       {SidebarEntry::Kind::All, {}}};
    for (const SidebarEntry &view : views) {
        window.sidebar()->select(view);
        list->viewport()->repaint();
    }
    const double switchMs = double(timer.elapsed()) / views.size();

    timer.restart();
    window.selectRow(qMin(1, window.model()->rowCount() - 1));
    QApplication::processEvents();
    const qint64 openMs = timer.elapsed();

    // Star and unstar the open article: the write, the row, the reader and the sidebar counts.
    timer.restart();
    window.actions().star->trigger();
    window.actions().star->trigger();
    const double starMs = timer.elapsed() / 2.0;

    // Scroll the whole list a screen at a time, painting each screen (loads every page once).
    timer.restart();
    QScrollBar *bar = list->verticalScrollBar();
    const int step = qMax(1, bar->pageStep());
    for (int value = 0; value <= bar->maximum(); value += step) {
        bar->setValue(value);
        list->viewport()->repaint();
    }
    const qint64 scrollMs = timer.elapsed();

    std::printf("benchmark: first-paint-ms=%lld view-switch-ms=%.1f open-article-ms=%lld scroll-ms=%lld "
                "scroll-peak-rss-kb=%lld rows=%d cached-pages=%d star-toggle-ms=%.1f\n",
                static_cast<long long>(firstPaint), switchMs, static_cast<long long>(openMs),
                static_cast<long long>(scrollMs), static_cast<long long>(peakRssKb()), window.model()->rowCount(),
                window.model()->cachedPageCount(), starMs);
    std::fflush(stdout);
    window.close();
    QApplication::quit();
}

} // namespace

void runBenchmark(MainWindow &window, const QElapsedTimer &sinceStart)
{
    auto *filter = new FirstPaint(sinceStart, [&window](qint64 ms) { measureRest(window, ms); });
    filter->setParent(&window);
    window.list()->viewport()->installEventFilter(filter);
    window.list()->viewport()->update();
}

} // namespace offprint::gui
