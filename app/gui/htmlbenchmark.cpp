#include "htmlbenchmark.h"

#include "readerview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace offprint::gui {

namespace {

// CPU time of this thread: the figure that stays meaningful on a busy machine.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int runHtmlBenchmark(const QStringList &files)
{
    const int rounds = qMax(1, qEnvironmentVariableIntValue("OFFPRINT_BENCH_ROUNDS") > 0
                                   ? qEnvironmentVariableIntValue("OFFPRINT_BENCH_ROUNDS")
                                   : 5);
    ReaderView view;
    ReaderColors colors;
    colors.background = Qt::white;
    colors.text = Qt::black;
    colors.muted = Qt::gray;
    colors.link = Qt::blue;
    colors.codeBackground = QColor(0xf0, 0xf0, 0xf0);
    colors.border = Qt::lightGray;
    colors.quote = Qt::darkGray;
    colors.chip = Qt::lightGray;
    colors.chipText = Qt::black;
    colors.highlight = Qt::yellow;
    view.setAppearance(colors, ReaderFont{}, 38);
    view.resize(1000, 800);
    view.show();
    QApplication::processEvents();
    int failures = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read: %s\n", qPrintable(path), qPrintable(file.errorString()));
            ++failures;
            continue;
        }
        const QString html = QString::fromUtf8(file.readAll());
        QList<double> times;
        QList<double> cpu;
        for (int round = 0; round < rounds; ++round) {
            view.showMessage(QStringLiteral("-"), QStringLiteral("-")); // start from a small page each time
            QApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            view.showOriginal(Article{}, html, true);
            view.document()->documentLayout()->documentSize(); // the whole page laid out
            view.viewport()->repaint();
            times << timer.nsecsElapsed() / 1e6;
            cpu << threadCpuMs() - cpuStart;
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("benchmark-html: file=%s chars=%lld median-ms=%.1f cpu-ms=%.1f max-ms=%.1f\n",
                    qPrintable(QFileInfo(path).fileName()), static_cast<long long>(html.size()),
                    times.at(times.size() / 2), cpu.at(cpu.size() / 2), times.last());
        std::fflush(stdout);
    }
    return failures > 0 ? 1 : 0;
}

} // namespace offprint::gui
