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
// the source tree; empty when absent.
QString sharedPagesFolder(const QString &dataset);

// Resident set size and its peak (VmRSS, VmHWM) of this process in KiB, from /proc.
qint64 residentKiB();
// CPU time of the calling thread in milliseconds (CLOCK_THREAD_CPUTIME_ID).
double threadCpuMs();
qint64 peakResidentKiB();

} // namespace offprint::bench
