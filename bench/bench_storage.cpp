// storage and tokenizer timings: what tst_storageperf and tst_tokenizer::throughput printed "for the
// record" without asserting anything. They are benchmarks: `offprint-cli bench storage|tokenizer`.
#include "benchmarks.h"
#include "benchutil.h"

#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "text/tokenizer.h"

#include <QElapsedTimer>

#include <functional>
#include <utility>

namespace offprint::bench {

namespace {

// Runs `fn` twice: cold (statements prepared, pages read into the cache) and warm; prints both.
void measure(QTextStream &out, const char *what, const std::function<qsizetype()> &fn)
{
    QElapsedTimer timer;
    timer.start();
    const qsizetype rows = fn();
    const double cold = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    fn();
    const double warm = double(timer.nsecsElapsed()) / 1e6;
    out << QStringLiteral("  %1 %2 rows %3 ms cold %4 ms warm\n")
               .arg(QLatin1String(what), -36)
               .arg(rows, 7)
               .arg(cold, 9, 'f', 2)
               .arg(warm, 9, 'f', 2);
}

} // namespace

int benchStorage(const BenchOptions &options, QTextStream &out)
{
    out << "== storage (list, count and lookup queries on generated libraries)\n";
    for (const int size : options.sizes) {
        const QString folder = ensureGeneratedLibrary(options, size, out);
        if (folder.isEmpty())
            return 1;
        auto library = storage::Library::open(folder);
        if (!library) {
            out << "cannot open " << folder << ": " << library.errorMessage() << "\n";
            return 1;
        }
        storage::ArticleRepository &repo = (*library)->articles();
        out << "library of " << size << " articles\n";
        storage::ArticleFilter page;
        page.limit = 50;
        measure(out, "list first page (saved)", [&] { return repo.list(page).size(); });
        storage::ArticleFilter middle = page;
        middle.offset = size / 2;
        measure(out, "list middle page (saved)", [&] { return repo.list(middle).size(); });
        storage::ArticleFilter unread = page;
        unread.readState = storage::ArticleFilter::ReadState::Unread;
        measure(out, "list unread first page", [&] { return repo.list(unread).size(); });
        storage::ArticleFilter byTitle = page;
        byTitle.sort = storage::ArticleFilter::Sort::Title;
        measure(out, "list by title first page", [&] { return repo.list(byTitle).size(); });
        measure(out, "count all", [&] { return qsizetype(repo.count({})); });
        measure(out, "count unread", [&] { return qsizetype(repo.count(unread)); });
        QList<ArticleId> ids;
        measure(out, "ids all", [&] {
            ids = repo.ids({});
            return ids.size();
        });
        measure(out, "getMany 200", [&] { return repo.getMany(ids.mid(ids.size() / 3, 200)).size(); });
        measure(out, "sites", [&] { return repo.sites().size(); });
        measure(out, "search 'kernel' top 50", [&] {
            const auto hits = (*library)->search().search(QStringLiteral("kernel"), 50);
            return hits ? hits->size() : qsizetype(-1);
        });
    }
    out.flush();
    return 0;
}

int benchTokenizer(const BenchOptions &options, QTextStream &out)
{
    out << "== tokenizer (indexing path: MB/s and million tokens/s on ~3 KB articles)\n";
    const QString zh = QStringLiteral("英伟达在台北发布了新一代GPU芯片RTX5090，性能提升明显；国产芯片产业链正在加速发展。"
                                      "这款笔记本的续航达到16小时，比上一代多了两小时。");
    const QString en = QStringLiteral("Nvidia announced the RTX 5090 graphics card on Tuesday, claiming a 30% "
                                      "performance uplift over the previous generation at the same power. ");
    const QString accented = QStringLiteral("Ｌｅ café déjà vu, naïve Straße; Ｒｅｎｔｒéｅ １６ ｉＰｈｏｎｅ résumé. ");
    // --tiny: a smoke run; otherwise each sample runs for about a second per round.
    const qint64 budgetMs = options.tiny ? 50 : 1000;
    for (const auto &[name, sample] :
         {std::pair{"zh", zh}, std::pair{"en", en}, std::pair{"accented (ICU path)", accented}}) {
        QByteArray article;
        while (article.size() < 3000)
            article += sample.toUtf8();
        QList<double> mbPerSecond;
        QList<double> tokensPerSecond;
        for (int round = 0; round < options.rounds; ++round) {
            text::SearchTokenizer tokenizer;
            long long tokens = 0;
            auto count = [](void *context, int, const char *, int, int, int) {
                ++*static_cast<long long *>(context);
                return 0;
            };
            QElapsedTimer timer;
            timer.start();
            long long bytes = 0;
            while (timer.elapsed() < budgetMs) {
                tokenizer.tokenize(article.constData(), int(article.size()), text::TokenizeMode::Document, count,
                                   &tokens);
                bytes += article.size();
            }
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            mbPerSecond << double(bytes) / seconds / 1e6;
            tokensPerSecond << double(tokens) / seconds / 1e6;
        }
        out << QStringLiteral("  %1 %2 MB/s %3 M tokens/s (median of %4)\n")
                   .arg(QLatin1String(name), -20)
                   .arg(median(mbPerSecond), 7, 'f', 1)
                   .arg(median(tokensPerSecond), 6, 'f', 2)
                   .arg(options.rounds);
    }
    out.flush();
    return 0;
}

} // namespace offprint::bench
