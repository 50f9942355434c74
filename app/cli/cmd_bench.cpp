// bench: the benchmark suite (README "Benchmarks"). Run on purpose, never as a unit test; CI runs
// `bench all --tiny` once so that it does not rot.
#include "cli.h"

#include "benchmarks.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace offprint::cli {

int cmdBench(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("tiny"), QStringLiteral("verbose")},
                       {QStringLiteral("pages"), QStringLiteral("max-pages"), QStringLiteral("rounds"),
                        QStringLiteral("sizes"), QStringLiteral("cache"), QStringLiteral("seed")});
    if (!opts.ok())
        return usageError(opts.error());
    const QString which = opts.positionals().value(0, QStringLiteral("all"));
    static const QStringList known = {QStringLiteral("bulk"), QStringLiteral("extract"), QStringLiteral("import"), QStringLiteral("import-links"), QStringLiteral("original"), QStringLiteral("reextract"),
                                      QStringLiteral("search"),
                                      QStringLiteral("startup"), QStringLiteral("storage"),
                                      QStringLiteral("tokenizer"), QStringLiteral("all")};
    if (!known.contains(which) || opts.positionals().size() > 1)
        return usageError(QStringLiteral("usage: bench [bulk|extract|import|import-links|original|reextract|search|startup|storage|tokenizer|all] [--pages DIR] [--max-pages N] "
                                         "[--rounds N] [--sizes 10000,100000] [--cache DIR] [--seed N] [--tiny]"));

    bench::BenchOptions options;
    options.guiBinary = QCoreApplication::applicationDirPath() + QStringLiteral("/../gui/offprint");
    options.sizes = {10000, 100000};
    QTemporaryDir tinyCache;
    if (opts.flag(QStringLiteral("tiny"))) {
        // A smoke run on tiny input: the project's own sample pages (when this is a build tree, or
        // --pages) and a 300-article library.
        options.pagesFolder = bench::samplePagesFolder();
        options.tiny = true;
        options.rounds = 1;
        options.sizes = {300};
        options.cacheFolder = tinyCache.path();
    }
    options.pagesFolder = opts.value(QStringLiteral("pages"), options.pagesFolder);
    options.maxPages = opts.value(QStringLiteral("max-pages"), QStringLiteral("-1")).toInt();
    options.rounds = qMax(1, opts.value(QStringLiteral("rounds"), QString::number(options.rounds)).toInt());
    options.cacheFolder = opts.value(QStringLiteral("cache"), options.cacheFolder);
    options.verbose = opts.flag(QStringLiteral("verbose"));
    options.seed = opts.value(QStringLiteral("seed"), QStringLiteral("42")).toULongLong();
    if (opts.has(QStringLiteral("sizes"))) {
        options.sizes.clear();
        for (const QString &size : opts.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int n = size.trimmed().toInt();
            if (n <= 0)
                return usageError(QStringLiteral("--sizes takes numbers, e.g. 10000,100000"));
            options.sizes << n;
        }
    }

    int failures = 0;
    if (which == QLatin1String("extract") || which == QLatin1String("all"))
        failures += bench::benchExtract(options, out());
    if (which == QLatin1String("import") || which == QLatin1String("all"))
        failures += bench::benchImport(options, out());
    if (which == QLatin1String("import-links") || which == QLatin1String("all"))
        failures += bench::benchImportLinks(options, out());
    if (which == QLatin1String("original") || which == QLatin1String("all"))
        failures += bench::benchOriginal(options, out());
    if (which == QLatin1String("reextract") || which == QLatin1String("all"))
        failures += bench::benchReextract(options, out());
    if (which == QLatin1String("bulk") || which == QLatin1String("all"))
        failures += bench::benchBulk(options, out());
    if (which == QLatin1String("search") || which == QLatin1String("all"))
        failures += bench::benchSearch(options, out());
    if (which == QLatin1String("storage") || which == QLatin1String("all"))
        failures += bench::benchStorage(options, out());
    if (which == QLatin1String("tokenizer") || which == QLatin1String("all"))
        failures += bench::benchTokenizer(options, out());
    if (which == QLatin1String("startup") || which == QLatin1String("all")) {
        // The window benchmark runs on the largest library only.
        bench::BenchOptions startup = options;
        startup.sizes = {options.sizes.last()};
        failures += bench::benchStartup(startup, out());
    }
    return failures > 0 ? InputFailed : Success;
}

} // namespace offprint::cli
