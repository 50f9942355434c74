// bench import-links: a Pocket export (ZIP of part_*.csv) of 10,000 links imported into a fresh
// library as link entries (import/exportimport.h). The bar: under 10 s.
#include "benchmarks.h"
#include "benchutil.h"

#include "archive/zipwriter.h"
#include "import/exportimport.h"
#include "storage/articlerepository.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace offprint::bench {

namespace {

constexpr double kLimitSeconds = 10.0;

// One Pocket CSV part: Latin and Chinese titles, quoted fields with commas and quotes, tags joined
// by '|', unread and archived rows, tracking parameters on some URLs.
QByteArray pocketPart(int from, int count, QRandomGenerator &random)
{
    static const char *const words[] = {"river", "flood", "council", "design", "compiler", "garden", "market",
                                        "深度", "学习", "城市", "历史", "技术", "读书", "旅行"};
    static const char *const tags[] = {"news", "tech", "later", "读书", "技术", "long read", "recipes"};
    QByteArray csv = "title,url,time_added,tags,status\n";
    for (int i = from; i < from + count; ++i) {
        QByteArray title;
        const int n = 3 + int(random.bounded(6));
        for (int w = 0; w < n; ++w)
            title += QByteArray(w ? " " : "") + words[random.bounded(int(std::size(words)))];
        if (i % 7 == 0)
            title = "\"" + title + ", \"\"quoted\"\" part\"";
        QByteArray url = "https://site" + QByteArray::number(i % 97) + ".example/articles/" + QByteArray::number(i);
        if (i % 5 == 0)
            url += "?utm_source=pocket&id=" + QByteArray::number(i);
        QByteArray tagList;
        for (int t = 0, m = int(random.bounded(4)); t < m; ++t)
            tagList += (t ? "|" : "") + QByteArray(tags[random.bounded(int(std::size(tags)))]);
        csv += title + "," + url + "," + QByteArray::number(1500000000 + i * 60) + "," + tagList + ","
               + (i % 3 == 0 ? "archive" : "unread") + "\n";
    }
    return csv;
}

} // namespace

int benchImportLinks(const BenchOptions &options, QTextStream &out)
{
    const int links = options.tiny ? 300 : 10000;
    const int rounds = options.tiny ? 1 : 3;
    out << "== import-links (a Pocket CSV ZIP of " << links << " links into a fresh library)\n";
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("pocket.zip"));
    {
        QRandomGenerator random(quint32(options.seed));
        auto zip = archive::ZipWriter::create(zipPath);
        if (!zip) {
            out << "  cannot write the export: " << zip.errorMessage() << "\n";
            return 1;
        }
        // Pocket writes 10,000 rows per part.
        for (int from = 0, part = 0; from < links; from += 10000, ++part) {
            const QString name = QStringLiteral("part_%1.csv").arg(part, 6, 10, QLatin1Char('0'));
            if (auto added = zip->addData(name, pocketPart(from, qMin(10000, links - from), random)); !added) {
                out << "  cannot write the export: " << added.errorMessage() << "\n";
                return 1;
            }
        }
        if (auto finished = zip->finish(); !finished) {
            out << "  cannot write the export: " << finished.errorMessage() << "\n";
            return 1;
        }
    }
    QList<double> seconds;
    for (int r = 0; r < rounds; ++r) {
        QTemporaryDir libraryDir;
        auto library = storage::Library::open(libraryDir.filePath(QStringLiteral("lib")));
        if (!library) {
            out << "  " << library.errorMessage() << "\n";
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const import::ExportImport result = import::importExport(**library, zipPath);
        seconds << timer.nsecsElapsed() / 1e9;
        if (result.summary.imported != links || (*library)->articles().count({}) != links) {
            out << "  wrong result: " << result.summary.line() << "\n";
            return 1;
        }
        if (options.verbose)
            out << "  round " << r + 1 << ": " << seconds.last() << " s  " << result.summary.line() << "\n";
    }
    const double med = median(seconds);
    const bool ok = med < kLimitSeconds;
    out << QStringLiteral("  import %1 links   %2 s   (%3 links/s; median of %4; limit %5 s: %6)\n")
               .arg(links)
               .arg(med, 0, 'f', 2)
               .arg(links / med, 0, 'f', 0)
               .arg(rounds)
               .arg(kLimitSeconds, 0, 'f', 0)
               .arg(ok ? QStringLiteral("ok") : QStringLiteral("TOO SLOW"));
    out.flush();
    return ok ? 0 : 1;
}

} // namespace offprint::bench
