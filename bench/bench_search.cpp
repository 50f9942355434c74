// search benchmark over generated libraries, and the library cache shared with the startup benchmark.
#include "benchmarks.h"
#include "benchutil.h"
#include "generator.h"
#include "queries.h"

#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/librarystats.h"
#include "storage/searchrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QStandardPaths>

namespace offprint::bench {

QString ensureGeneratedLibrary(const BenchOptions &options, int size, QTextStream &out, double *buildSeconds)
{
    QString cache = options.cacheFolder;
    if (cache.isEmpty())
        cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/offprint-bench");
    const QString folder = QStringLiteral("%1/generated-%2-seed%3").arg(cache).arg(size).arg(options.seed);
    {
        auto existing = storage::Library::open(folder);
        if (existing && (*existing)->articles().count(storage::ArticleFilter{}) == size) {
            if (buildSeconds)
                *buildSeconds = -1;
            return folder;
        }
    }
    QDir(folder).removeRecursively();
    auto library = storage::Library::open(folder);
    if (!library) {
        out << "cannot create " << folder << ": " << library.errorMessage() << "\n";
        return {};
    }
    GeneratorOptions generator;
    generator.count = size;
    generator.seed = options.seed;
    QElapsedTimer timer;
    timer.start();
    const auto generated = generateLibrary(**library, generator, [&](int done, int total) {
        if (done % 10000 == 0 || done == total) {
            out << QStringLiteral("  generating %1: %2/%3\n").arg(folder).arg(done).arg(total);
            out.flush();
        }
    });
    if (!generated) {
        out << "generation failed: " << generated.errorMessage() << "\n";
        return {};
    }
    if (auto optimized = storage::optimizeSearchIndex(**library); !optimized)
        out << "optimize failed: " << optimized.errorMessage() << "\n";
    if (buildSeconds)
        *buildSeconds = timer.nsecsElapsed() / 1e9;
    return folder;
}

namespace {

// Runs each query options.rounds times (top 20) and prints p50/p99 of the wall and CPU times.
void measureQueries(storage::SearchRepository &search, const QStringList &queries, const BenchOptions &options,
                    const QString &label, QTextStream &out)
{
    QList<double> latencies;
    QList<double> cpuTimes;
    QHash<QString, QList<double>> perQuery;
    int failures = 0;
    for (int r = 0; r < options.rounds; ++r) {
        for (const QString &query : queries) {
            QElapsedTimer timer;
            const double cpuStart = processCpuMs();
            timer.start();
            const auto result = search.search(query, 20);
            latencies << timer.nsecsElapsed() / 1e6;
            cpuTimes << processCpuMs() - cpuStart;
            perQuery[query] << latencies.last();
            if (!result)
                ++failures;
        }
    }
    out << QStringLiteral("  %1p50 %2 ms  p99 %3 ms  max %4 ms  (%5 runs, %6 failed)\n")
               .arg(label.isEmpty() ? QString() : label + QStringLiteral(": "))
               .arg(percentile(latencies, 0.5), 0, 'f', 2)
               .arg(percentile(latencies, 0.99), 0, 'f', 2)
               .arg(percentile(latencies, 1.0), 0, 'f', 2)
               .arg(latencies.size())
               .arg(failures);
    out << QStringLiteral("    CPU time, all threads: p50 %1 ms  p99 %2 ms  (what the query costs when the machine is busy)\n")
               .arg(percentile(cpuTimes, 0.5), 0, 'f', 2)
               .arg(percentile(cpuTimes, 0.99), 0, 'f', 2);
    if (options.verbose) {
        for (const QString &query : queries)
            out << QStringLiteral("      %1 ms  %2\n").arg(median(perQuery.value(query)), 8, 'f', 2).arg(query);
    }
}

} // namespace

int benchSearch(const BenchOptions &options, QTextStream &out)
{
    out << "== search (top-20, fixed query set of " << searchQueries().size() << " queries)\n";
    for (const int size : options.sizes) {
        double buildSeconds = -1;
        const QString folder = ensureGeneratedLibrary(options, size, out, &buildSeconds);
        if (folder.isEmpty())
            return 1;
        auto library = storage::Library::open(folder);
        if (!library)
            return 1;
        const storage::LibraryStats stats = storage::libraryStats(**library);
        storage::SearchRepository &search = (*library)->search();

        for (const QString &query : searchQueries() + prefixQueries()) // warm the page cache once
            (void)search.search(query, 20);
        measureQueries(search, searchQueries(), options, QStringLiteral("%1 articles").arg(size), out);
        out << QStringLiteral("    text %1 MB, index %2 MB, index/text %3, database %4 MB\n")
                   .arg(stats.indexedTextBytes / 1e6, 0, 'f', 1)
                   .arg(stats.indexBytes / 1e6, 0, 'f', 1)
                   .arg(double(stats.indexBytes) / qMax<qint64>(1, stats.indexedTextBytes), 0, 'f', 2)
                   .arg(stats.databaseBytes / 1e6, 0, 'f', 1);
        measureQueries(search, prefixQueries(), options,
                       QStringLiteral("word prefixes (%1 more queries)").arg(prefixQueries().size()), out);
        if (buildSeconds > 0)
            out << QStringLiteral("    indexing: %1 articles/s, %2 MB/s of text (generate + insert + index + optimize)\n")
                       .arg(size / buildSeconds, 0, 'f', 0)
                       .arg(stats.indexedTextBytes / 1e6 / buildSeconds, 0, 'f', 2);
        else
            out << "    (library reused from the cache; delete it to measure indexing)\n";
        out.flush();
    }
    return 0;
}

} // namespace offprint::bench
