#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

namespace offprint::bench {

struct BenchOptions
{
    QString pagesFolder;   // extract/import: folder of .html pages (default scrapinghub-aeb)
    int maxPages = -1;     // -1: all
    int rounds = 5;        // repetitions; medians are reported
    QList<int> sizes;      // search/startup: generated library sizes
    QString cacheFolder;   // where generated libraries are kept between runs
    quint64 seed = 42;
    bool verbose = false;  // per-query / per-item figures
    bool tiny = false;     // a smoke run (CI): shortest timings
    QString guiBinary;     // startup: the offprint executable
};

// Each prints a small table of medians and ratios; returns 0, or 1 when it could not run.
int benchExtract(const BenchOptions &options, QTextStream &out);
int benchImport(const BenchOptions &options, QTextStream &out);
// A Pocket CSV ZIP of 10,000 generated links (300 with --tiny) imported as link entries: the median
// of 3 imports into fresh libraries, against the 10 s bar; 1 when slower.
int benchImportLinks(const BenchOptions &options, QTextStream &out);
// Select-all mark read/unread, star, tag and delete with their undo (storage/bulkoperations.h) on the
// generated libraries, then the same in the window (`offprint --benchmark-bulk`, the longest stretch its
// thread did not answer); marks what is over the budgets (1 s, 100 ms). 1 only when it could not run.
int benchBulk(const BenchOptions &options, QTextStream &out);
// Re-extraction of a library of the pages from their stored originals (articles/s).
int benchReextract(const BenchOptions &options, QTextStream &out);
int benchSearch(const BenchOptions &options, QTextStream &out);
int benchStartup(const BenchOptions &options, QTextStream &out);
// Timings of the list/count/lookup queries and of the search tokenizer (no assertions: numbers only).
int benchStorage(const BenchOptions &options, QTextStream &out);
int benchTokenizer(const BenchOptions &options, QTextStream &out);
// The original-page view on a generated 2 MB hostile page and a 300 KB ordinary one: decode, parse +
// sanitise, and (through the offscreen window) setHtml + layout.
int benchOriginal(const BenchOptions &options, QTextStream &out);

// The generated library of `size` articles in the cache folder, built when missing (prints progress).
QString ensureGeneratedLibrary(const BenchOptions &options, int size, QTextStream &out, double *buildSeconds = nullptr);

} // namespace offprint::bench
