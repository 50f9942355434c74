#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace offprint::bench {

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qBound<qsizetype>(1, qsizetype(std::ceil(p * double(values.size()))), values.size());
    return values.at(rank - 1);
}

PageSet loadPages(const QString &folder, int maxPages)
{
    PageSet set;
    QStringList names = QDir(folder).entryList({QStringLiteral("*.html"), QStringLiteral("*.htm")}, QDir::Files, QDir::Name);
    if (maxPages >= 0 && names.size() > maxPages)
        names = names.mid(0, maxPages);
    for (const QString &name : names) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        set.paths << file.fileName();
        set.bytes << file.readAll();
        set.totalBytes += set.bytes.last().size();
    }
    return set;
}

// The executable's folder and its ancestors, nearest first (at most `levels`).
static QStringList executableAncestors(int levels)
{
    QStringList folders;
    QDir dir(QCoreApplication::applicationDirPath());
    for (int i = 0; i < levels && !dir.isRoot(); ++i) {
        folders << dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return folders;
}

QString sharedPagesFolder(const QString &dataset)
{
    QStringList roots;
    if (qEnvironmentVariableIsSet("OFFPRINT_SHARED_DIR"))
        roots << qEnvironmentVariable("OFFPRINT_SHARED_DIR");
    roots << QStringLiteral("../shared");
    for (const QString &ancestor : executableAncestors(5))
        roots << ancestor + QStringLiteral("/../shared");
    for (const QString &root : roots) {
        const QString folder = root + QStringLiteral("/bench/pages/") + dataset;
        if (QFileInfo(folder).isDir())
            return QFileInfo(folder).canonicalFilePath();
    }
    return {};
}

QString samplePagesFolder()
{
    QStringList roots;
    if (qEnvironmentVariableIsSet("OFFPRINT_SOURCE_DIR"))
        roots << qEnvironmentVariable("OFFPRINT_SOURCE_DIR");
    roots << executableAncestors(5);
    for (const QString &root : roots) {
        const QString folder = root + QStringLiteral("/resources/samples");
        if (QFileInfo::exists(folder + QStringLiteral("/en-sqlite-wal.html")))
            return QFileInfo(folder).canonicalFilePath();
    }
    return {};
}

static qint64 procStatusKiB(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix(key);
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 residentKiB()
{
    return procStatusKiB("VmRSS:");
}

qint64 peakResidentKiB()
{
    return procStatusKiB("VmHWM:");
}

} // namespace offprint::bench
