// extract, import and re-extraction benchmarks over a folder of real saved pages.
#include "benchmarks.h"
#include "benchutil.h"

#include "encoding/decoder.h"
#include "extract/extractor.h"
#include "html/document.h"
#include "import/importer.h"
#include "import/reextract.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/writetransaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QThread>

namespace offprint::bench {

namespace {

// Pages per second of gumbo parsing alone (on already decoded UTF-8), median over rounds.
double parseOnlyRate(const QList<QByteArray> &utf8Pages, int rounds)
{
    QList<double> rates;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &page : utf8Pages) {
            auto doc = html::Document::parse(page);
            Q_UNUSED(doc);
        }
        rates << utf8Pages.size() / (timer.nsecsElapsed() / 1e9);
    }
    return median(rates);
}

QList<QByteArray> decodeAll(const PageSet &pages)
{
    QList<QByteArray> utf8;
    for (const QByteArray &bytes : pages.bytes)
        utf8 << encoding::decodeHtml(bytes).text.toUtf8();
    return utf8;
}

PageSet pagesFor(const BenchOptions &options, QTextStream &out)
{
    QString folder = options.pagesFolder;
    if (folder.isEmpty())
        folder = sharedPagesFolder(QStringLiteral("scrapinghub-aeb"));
    if (folder.isEmpty()) {
        out << "no pages: ../shared/bench/pages/scrapinghub-aeb is absent; pass --pages DIR\n";
        return {};
    }
    PageSet pages = loadPages(folder, options.maxPages);
    if (pages.paths.isEmpty())
        out << "no .html pages in " << folder << "\n";
    else
        out << "pages: " << pages.paths.size() << " from " << folder << " ("
            << QString::number(pages.totalBytes / 1e6, 'f', 1) << " MB)\n";
    return pages;
}

} // namespace

int benchExtract(const BenchOptions &options, QTextStream &out)
{
    out << "== extract (one thread)\n";
    const PageSet pages = pagesFor(options, out);
    if (pages.paths.isEmpty())
        return 1;
    const double mb = pages.totalBytes / 1e6;
    const QList<QByteArray> utf8 = decodeAll(pages);
    const double parseRate = parseOnlyRate(utf8, options.rounds);

    QList<double> rates;
    for (int r = 0; r < options.rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &bytes : pages.bytes) {
            extract::ExtractInput input;
            input.html = encoding::decodeHtml(bytes).text.toUtf8();
            const ExtractedArticle article = extract::extractArticle(input);
            Q_UNUSED(article);
        }
        rates << pages.paths.size() / (timer.nsecsElapsed() / 1e9);
    }
    const double extractRate = median(rates);
    const double perPage = mb / pages.paths.size();
    out << QStringLiteral("  gumbo parse only        %1 pages/s  %2 MB/s\n")
               .arg(parseRate, 7, 'f', 1)
               .arg(parseRate * perPage, 6, 'f', 1);
    out << QStringLiteral("  decode+parse+extract    %1 pages/s  %2 MB/s\n")
               .arg(extractRate, 7, 'f', 1)
               .arg(extractRate * perPage, 6, 'f', 1);
    out << QStringLiteral("  ratio extract/parse     %1   (median of %2 rounds)\n")
               .arg(extractRate / parseRate, 0, 'f', 2)
               .arg(options.rounds);
    out.flush();
    return 0;
}

int benchImport(const BenchOptions &options, QTextStream &out)
{
    out << "== import (end to end into a fresh library)\n";
    const PageSet pages = pagesFor(options, out);
    if (pages.paths.isEmpty())
        return 1;
    const double parseRate = parseOnlyRate(decodeAll(pages), qMax(1, options.rounds));
    const int cores = QThread::idealThreadCount();
    const int rounds = qMax(1, options.rounds / 2 + 1);

    // Wall-clock pages/s, and pages per CPU-second (all threads): what one core does when it is not shared.
    QHash<int, QList<double>> perCpuSecond;
    auto runWith = [&](int threads) {
        QList<double> rates;
        for (int r = 0; r < rounds; ++r) {
            QTemporaryDir dir;
            auto library = storage::Library::open(dir.filePath(QStringLiteral("lib")));
            if (!library)
                return 0.0;
            import::ImportOptions importOptions;
            importOptions.threads = threads;
            QElapsedTimer timer;
            const double cpuStart = processCpuMs();
            timer.start();
            const auto outcomes = import::importFiles(**library, pages.paths, importOptions);
            rates << outcomes.size() / (timer.nsecsElapsed() / 1e9);
            perCpuSecond[threads] << outcomes.size() / ((processCpuMs() - cpuStart) / 1e3);
        }
        return median(rates);
    };
    const double single = runWith(1);
    const double all = runWith(cores);
    out << QStringLiteral("  gumbo parse only (1 thread)  %1 pages/s\n").arg(parseRate, 7, 'f', 1);
    out << QStringLiteral("  import, 1 thread             %1 pages/s   (%2 x parse-only; %3 pages per CPU-second)\n")
               .arg(single, 7, 'f', 1)
               .arg(single / parseRate, 0, 'f', 2)
               .arg(median(perCpuSecond.value(1)), 0, 'f', 1);
    out << QStringLiteral("  import, %1 workers + writer   %2 pages/s   (scaling %3x on %1 cores)\n")
               .arg(cores)
               .arg(all, 7, 'f', 1)
               .arg(all / single, 0, 'f', 2);
    out << QStringLiteral("  (median of %1 rounds each)\n").arg(rounds);
    out.flush();
    return 0;
}

namespace {

// Every article as an older extractor would have left it: version 1 and, unless `sameContent`, other
// Markdown and text (so that re-extraction rewrites the row and its index entry, as after an upgrade).
bool makeOutdated(storage::Library &library, bool sameContent)
{
    storage::WriteTransaction transaction(library);
    if (!transaction.ok())
        return false;
    storage::ArticleRepository &articles = library.articles();
    for (const ArticleId id : articles.ids({})) {
        if (sameContent) {
            if (!articles.setExtractorVersion(id, 1))
                return false;
            continue;
        }
        std::optional<Article> a = articles.get(id);
        if (!a)
            return false;
        a->markdown = a->text = QStringLiteral("Old extraction of article %1.").arg(id);
        a->extractorVersion = 1;
        if (!articles.replaceContent(id, *a, articles.assetsOf(id)))
            return false;
    }
    return transaction.commit().ok();
}

} // namespace

int benchReextract(const BenchOptions &options, QTextStream &out)
{
    out << "== reextract (a library of the pages, from the stored originals)\n";
    const PageSet pages = pagesFor(options, out);
    if (pages.paths.isEmpty())
        return 1;
    QTemporaryDir dir;
    auto library = storage::Library::open(dir.filePath(QStringLiteral("lib")));
    if (!library) {
        out << "cannot create a library: " << library.errorMessage() << "\n";
        return 1;
    }
    import::importFiles(**library, pages.paths, {});
    const int cores = QThread::idealThreadCount();
    const int rounds = qMax(1, options.rounds / 2 + 1);
    auto runWith = [&](int threads, bool sameContent) {
        QList<double> rates;
        for (int r = 0; r < rounds; ++r) {
            if (!makeOutdated(**library, sameContent))
                return 0.0;
            import::ReextractOptions reextractOptions;
            reextractOptions.threads = threads;
            QElapsedTimer timer;
            timer.start();
            const auto outcomes =
                import::reextractArticles(**library, import::outdatedArticles(**library), reextractOptions);
            rates << outcomes.size() / (timer.nsecsElapsed() / 1e9);
        }
        return median(rates);
    };
    const qint64 articles = (*library)->articles().count({});
    const double changed = runWith(1, false);
    const double changedAll = runWith(cores, false);
    const double unchanged = runWith(1, true);
    out << QStringLiteral("  %1 articles\n").arg(articles);
    out << QStringLiteral("  new content, 1 thread               %1 articles/s\n").arg(changed, 7, 'f', 1);
    out << QStringLiteral("  new content, %1 workers + writer     %2 articles/s   (scaling %3x on %1 cores)\n")
               .arg(cores)
               .arg(changedAll, 7, 'f', 1)
               .arg(changedAll / changed, 0, 'f', 2);
    out << QStringLiteral("  same content (unchanged), 1 thread  %1 articles/s\n").arg(unchanged, 7, 'f', 1);
    out << QStringLiteral("  (median of %1 rounds each)\n").arg(rounds);
    out.flush();
    return 0;
}

} // namespace offprint::bench
