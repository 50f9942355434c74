// bulk: select-all operations with their undo on a generated library (issue 16): mark read, star, tag
// and delete, each one transaction over every article (storage/bulkoperations.h); the budget is 1 s.
// The library ends as it began (every operation is undone).
#include "benchmarks.h"
#include "benchutil.h"

#include "storage/articlerepository.h"
#include "storage/bulkoperations.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <functional>

namespace offprint::bench {

namespace {

constexpr double kBudgetMs = 1000;
constexpr double kGapBudgetMs = 100;

struct Timing
{
    QList<double> doMs;
    QList<double> undoMs;
    qsizetype changed = 0;
    QString error;
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs the operation and its undo `rounds` times.
Timing measure(storage::BulkOperations &ops, int rounds,
               const std::function<Result<storage::BulkChange>()> &operation)
{
    Timing timing;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto change = operation();
        timing.doMs << msSince(timer);
        if (!change) {
            timing.error = change.errorMessage();
            return timing;
        }
        timing.changed = change->count();
        timer.restart();
        if (auto undone = ops.undo(*change); !undone) {
            timing.error = undone.errorMessage();
            return timing;
        }
        timing.undoMs << msSince(timer);
    }
    return timing;
}

// The same operations in the real window (offscreen, `offprint --benchmark-bulk`): how long each takes
// until the list is updated, and the longest time the window's thread did not answer.
int benchWindow(const BenchOptions &options, const QString &folder, QTextStream &out)
{
    if (!QFileInfo(options.guiBinary).isExecutable()) {
        out << "  window: the offprint executable was not found at " << options.guiBinary << "\n";
        return 1;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(options.guiBinary, {QStringLiteral("--library"), folder, QStringLiteral("--benchmark-bulk")});
    if (!process.waitForFinished(30 * 60 * 1000)) {
        process.kill();
        out << "  window: the benchmark run did not finish\n";
        return 1;
    }
    QString line;
    for (const QString &each : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (each.startsWith(QLatin1String("benchmark-bulk:")))
            line = each.mid(15);
    if (line.isEmpty()) {
        out << "  window: no benchmark line (exit code " << process.exitCode() << ")\n";
        return 1;
    }
    double maxGap = -1;
    out << "  window (offscreen; ms until the list is updated / longest unanswered stretch of its thread):\n";
    for (const QString &field : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList kv = field.split(QLatin1Char('='));
        if (kv.size() != 2)
            continue;
        if (kv.at(0) == QLatin1String("max-gap-ms"))
            maxGap = kv.at(1).toDouble();
        out << QStringLiteral("    %1 %2\n").arg(kv.at(0), -28).arg(kv.at(1));
    }
    const bool within = maxGap >= 0 && maxGap < kGapBudgetMs;
    out << "  window thread blocked at most " << maxGap << " ms: "
        << (within ? QStringLiteral("ok") : QStringLiteral("OVER BUDGET")) << " (budget " << kGapBudgetMs << " ms)\n";
    out.flush();
    return 0;
}

} // namespace

// Times each operation and its undo in this process.
static int benchLibrary(const QString &folder, int size, int rounds, QTextStream &out);

int benchBulk(const BenchOptions &options, QTextStream &out)
{
    out << "== bulk (select-all operations and their undo, one transaction each; budget "
        << kBudgetMs << " ms)\n";
    int failures = 0;
    const int rounds = options.tiny ? 1 : qMin(options.rounds, 3); // --rounds 1: a quick look
    for (const int size : options.sizes) {
        const QString folder = ensureGeneratedLibrary(options, size, out);
        if (folder.isEmpty())
            return 1;
        failures += benchLibrary(folder, size, rounds, out);
        failures += benchWindow(options, folder, out);
    }
    out.flush();
    return failures;
}

static int benchLibrary(const QString &folder, int size, int rounds, QTextStream &out)
{
    int failures = 0;
    {
        auto library = storage::Library::open(folder);
        if (!library) {
            out << "cannot open " << folder << ": " << library.errorMessage() << "\n";
            return 1;
        }
        storage::BulkOperations ops(**library);
        // Select all as the window has it: the ids of the view (rows are paged in lazily).
        QElapsedTimer timer;
        timer.start();
        const QList<ArticleId> all = (*library)->articles().ids({});
        const double idsMs = msSince(timer);
        const auto selection = storage::ArticleSelection::of(all);
        out << "library of " << size << " articles (ids of the view: " << QString::number(idsMs, 'f', 1)
            << " ms); median of " << rounds << "\n";
        out << QStringLiteral("  %1 %2 %3 %4\n").arg(QStringLiteral("operation"), -24).arg(QStringLiteral("changed"), 8)
                   .arg(QStringLiteral("do ms"), 9).arg(QStringLiteral("undo ms"), 9);
        const std::pair<const char *, std::function<Result<storage::BulkChange>()>> operations[] = {
            {"delete", [&] { return ops.remove(selection); }},
            {"mark read", [&] { return ops.setRead(selection, true); }},
            {"mark unread", [&] { return ops.setRead(selection, false); }},
            {"star", [&] { return ops.setStarred(selection, true); }},
            {"mark view read (SQL)", [&] { return ops.setRead(storage::ArticleSelection::allOf({}), true); }},
            {"add tag", [&] { return ops.addTag(selection, QStringLiteral("bench-bulk")); }},
        };
        for (const auto &[name, operation] : operations) {
            const Timing timing = measure(ops, rounds, operation);
            if (!timing.error.isEmpty()) {
                out << "  " << name << " failed: " << timing.error << "\n";
                ++failures;
                continue;
            }
            const double doMs = median(timing.doMs);
            const double undoMs = median(timing.undoMs);
            const bool within = doMs < kBudgetMs && undoMs < kBudgetMs;
            out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                       .arg(QLatin1String(name), -24)
                       .arg(timing.changed, 8)
                       .arg(doMs, 9, 'f', 1)
                       .arg(undoMs, 9, 'f', 1)
                       .arg(within ? QStringLiteral("ok") : QStringLiteral("OVER BUDGET"));
            out.flush();
        }
    }
    return failures;
}

} // namespace offprint::bench
