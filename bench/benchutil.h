#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace offprint::bench {

// Median and percentiles of timings (the value at rank ceil(p*n)); 0 for an empty list.
double median(QList<double> values);
double percentile(QList<double> values, double p);

struct PageSet
{
    QStringList paths;
    QList<QByteArray> bytes;
    qint64 totalBytes = 0;
};

// The .html/.htm files directly in `folder` (sorted), read into memory.
PageSet loadPages(const QString &folder, int maxPages = -1);

// ../shared/bench/pages/<dataset> found from the environment (OFFPRINT_SHARED_DIR), the current folder or
// a folder `shared` beside one of the executable's ancestors (build/app/cli/offprint-cli in a checkout
// next to ../shared); empty when absent. No path is compiled in.
QString sharedPagesFolder(const QString &dataset);
// The project's sample pages (resources/samples) when the executable runs from a build tree inside the
// source tree, or under $OFFPRINT_SOURCE_DIR; empty otherwise (an installed offprint-cli: pass --pages).
QString samplePagesFolder();

// Resident set size and its peak (VmRSS, VmHWM) of this process in KiB, from /proc.
qint64 residentKiB();
// CPU time of the calling thread in milliseconds (CLOCK_THREAD_CPUTIME_ID).
double threadCpuMs();
// CPU time of the whole process (all threads, user + system) in milliseconds.
double processCpuMs();
qint64 peakResidentKiB();

} // namespace offprint::bench
