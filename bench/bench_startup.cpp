// startup benchmark: runs the real window (offscreen) on a generated library. The app, started with
// --benchmark, prints one line "benchmark: first-paint-ms=N view-switch-ms=N scroll-peak-rss-kb=N ..."
// after painting the first list, switching sidebar views and scrolling the whole list; the runner also
// times, from the process start, the line "benchmark-event: first-paint" that the window prints at once.
#include "benchmarks.h"
#include "benchutil.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>

namespace offprint::bench {

int benchStartup(const BenchOptions &options, QTextStream &out)
{
    out << "== startup (offscreen window)\n";
    if (!QFileInfo(options.guiBinary).isExecutable()) {
        out << "the offprint executable was not found at " << options.guiBinary << "\n";
        return 1;
    }
    for (const int size : options.sizes) {
        const QString folder = ensureGeneratedLibrary(options, size, out);
        if (folder.isEmpty())
            return 1;
        QHash<QString, QList<double>> values;
        for (int r = 0; r < options.rounds; ++r) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            process.setProcessEnvironment(env);
            QElapsedTimer wall;
            wall.start();
            process.start(options.guiBinary, {QStringLiteral("--library"), folder, QStringLiteral("--benchmark")});
            // Time from starting the process (exec, libraries, library open) to its first painted list.
            QByteArray output;
            bool painted = false;
            while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
                if (!process.waitForReadyRead(300000) && process.state() != QProcess::NotRunning) {
                    process.kill();
                    out << "  the window did not finish its benchmark run\n";
                    return 1;
                }
                const qsizetype before = output.size();
                output += process.readAllStandardOutput();
                if (before == output.size() && process.state() == QProcess::NotRunning)
                    break;
                if (!painted && output.contains("benchmark-event: first-paint")) {
                    painted = true;
                    values[QStringLiteral("first-paint-from-exec-ms")] << double(wall.elapsed());
                }
            }
            process.waitForFinished(300000);
            values[QStringLiteral("process-ms")] << double(wall.elapsed());
            for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
                if (!line.startsWith(QLatin1String("benchmark:")))
                    continue;
                for (const QString &field : line.mid(10).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    const QStringList kv = field.split(QLatin1Char('='));
                    if (kv.size() == 2)
                        values[kv.at(0)] << kv.at(1).toDouble();
                }
            }
        }
        if (!values.contains(QStringLiteral("first-paint-ms"))) {
            out << "  the window printed no benchmark line\n";
            return 1;
        }
        out << QStringLiteral("  %1 articles (median of %2 runs):\n").arg(size).arg(options.rounds);
        QStringList keys = values.keys();
        keys.sort();
        for (const QString &key : keys)
            out << QStringLiteral("    %1 %2\n").arg(key, -24).arg(median(values.value(key)), 0, 'f', 1);
        out.flush();
    }
    return 0;
}

} // namespace offprint::bench
