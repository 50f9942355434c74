// SearchRepository against a real library: ranking, snippets, filters, paging, and the index
// following inserts, edits, deletes and tag changes.
#include "storagefixtures.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "storage/tagrepository.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;
using search::CompiledQuery;
using search::Filter;
using storagefixtures::at;
using Spec = storagefixtures::SearchSpec;

namespace {

Filter filter(Filter::Kind kind, const QString &value = {}, bool negated = false)
{
    Filter f;
    f.kind = kind;
    f.value = value;
    f.negated = negated;
    return f;
}

Filter dateFilter(Filter::Kind kind, const QDate &date, bool negated = false)
{
    Filter f;
    f.kind = kind;
    f.date = date;
    f.negated = negated;
    return f;
}

} // namespace

class TestSearchRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void titleOutranksBody();
    void tieBreaksByNewestImport();
    void textAndFilters();
    void filtersOnly_data();
    void filtersOnly();
    void paging();
    void indexFollowsChanges();
    void errorsAreForUsers();
    void queryLanguageEndToEnd();
    void onePhraseRankingEqualsGeneralRanking();
    void exclusionsOnlyListTheRest();
    void filteredPagesMatchTheFullRanking();
    void parallelSearchEqualsSequentialSearch();

private:
    ArticleId add(const Spec &spec);
    QStringList titles(const Result<QList<SearchHit>> &hits);
    QStringList run(const QString &match, const QList<Filter> &filters);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    QHash<QString, ArticleId> m_ids;
};

void TestSearchRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Library::open(m_dir->path());
    QVERIFY(opened.ok());
    m_lib = std::move(*opened);
    m_ids.clear();
    // A small library: English and Chinese tech news with varied state, sites, authors and dates.
    add({"Kubernetes networking deep dive", "How pods talk to each other through the CNI plugins and services.",
         "Émile Durand", "LWN.net", "https://lwn.net/Articles/900001/", "en", at(2024, 3, 10), at(2024, 3, 9),
         {"Kubernetes", "Networking"}});
    add({"Weekly roundup", "This week: a kubernetes release, a new Rust compiler and SQLite news.",
         "Editorial Team", "Hacker Weekly", "https://weekly.example.com/issue/12", "en", at(2024, 3, 12),
         QDateTime(), {"roundup"}});
    add({"SQLite WAL mode explained", "Write-ahead logging lets readers continue while a writer commits.",
         "Richard Hipp", "sqlite.org", "https://www.sqlite.org/wal.html", "en", at(2023, 11, 2), at(2010, 7, 1),
         {"databases", "sqlite"}});
    add({"华为发布新款芯片", "华为 今天 发布 新款 芯片 ，性能 提升 明显 。", "张伟", "36氪", "https://36kr.com/p/2001",
         "zh-CN", at(2024, 2, 1), at(2024, 1, 31), {"硬件", "芯片"}});
    add({"Rust 1.77 released", "The Rust team announces C-string literals and async recursion.", "The Rust Team",
         "blog.rust-lang.org", "https://blog.rust-lang.org/2024/03/21/Rust-1.77.0.html", "en", at(2024, 3, 21),
         at(2024, 3, 21), {"rust", "Programming Languages"}});
    QVERIFY(m_lib->articles().setRead(m_ids["SQLite WAL mode explained"], true).ok());
    QVERIFY(m_lib->articles().setRead(m_ids["Weekly roundup"], true).ok());
    QVERIFY(m_lib->articles().setStarred(m_ids["Rust 1.77 released"], true).ok());
}

void TestSearchRepository::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

ArticleId TestSearchRepository::add(const Spec &spec)
{
    auto id = m_lib->articles().insert(storagefixtures::articleFrom(spec));
    if (!id.ok())
        qFatal("insert failed: %s", qPrintable(id.errorMessage()));
    m_ids.insert(spec.title, *id);
    return *id;
}

QStringList TestSearchRepository::titles(const Result<QList<SearchHit>> &hits)
{
    if (!hits.ok())
        return {QStringLiteral("error: ") + hits.errorMessage()};
    QStringList out;
    for (const SearchHit &hit : *hits)
        out << hit.article.meta.title;
    return out;
}

QStringList TestSearchRepository::run(const QString &match, const QList<Filter> &filters)
{
    CompiledQuery query;
    query.match = match;
    query.filters = filters;
    return titles(m_lib->search().run(query, 50));
}

void TestSearchRepository::titleOutranksBody()
{
    auto hits = m_lib->search().search(QStringLiteral("kubernetes"), 10);
    QVERIFY(hits.ok());
    QCOMPARE(titles(hits), (QStringList{"Kubernetes networking deep dive", "Weekly roundup"}));
    QVERIFY(hits->at(0).score > hits->at(1).score);
    QVERIFY(hits->at(1).score > 0);
    QVERIFY(hits->at(0).article.markdown.isEmpty()); // list rows only
    QCOMPARE(hits->at(0).article.tags, (QStringList{"Kubernetes", "Networking"}));

    // Tags are indexed: "databases" only appears as a tag.
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("databases"), 10)),
             QStringList{"SQLite WAL mode explained"});
    // Author and site columns too.
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("hipp"), 10)), QStringList{"SQLite WAL mode explained"});
    // Words are ANDed.
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("rust compiler"), 10)), QStringList{"Weekly roundup"});
}

void TestSearchRepository::tieBreaksByNewestImport()
{
    // Equal scores: the more recently imported first, whatever the saved dates, and the pages fetched
    // with offsets (as the article list does) add up to the whole list, no article twice or missing.
    QRandomGenerator random(5);
    QList<ArticleId> imported;
    for (int i = 0; i < 30; ++i)
        imported << add({QStringLiteral("Same words %1").arg(i), "identical body about zig", "x", "s",
                         "https://s/z" + QString::number(i), "en",
                         at(2015 + int(random.bounded(10)), 1 + int(random.bounded(12)), 1 + int(random.bounded(28))),
                         {}, {}});
    const auto all = m_lib->search().search(QStringLiteral("zig"), -1);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 30);
    QList<ArticleId> paged;
    for (int offset = 0; offset < 30; offset += 7) {
        const auto page = m_lib->search().search(QStringLiteral("zig"), 7, offset);
        QVERIFY(page.ok());
        for (const SearchHit &hit : *page)
            paged << hit.article.id;
    }
    QList<ArticleId> expected(imported.rbegin(), imported.rend());
    QList<ArticleId> listed;
    for (const SearchHit &hit : *all)
        listed << hit.article.id;
    QCOMPARE(listed, expected);
    QCOMPARE(paged, expected);
}

void TestSearchRepository::textAndFilters()
{
    QCOMPARE(run(QStringLiteral("\"kubernetes\""), {filter(Filter::Kind::Unread)}),
             QStringList{"Kubernetes networking deep dive"});
    QCOMPARE(run(QStringLiteral("\"kubernetes\""), {filter(Filter::Kind::Read)}), QStringList{"Weekly roundup"});
    QCOMPARE(run(QStringLiteral("\"kubernetes\""), {filter(Filter::Kind::Site, QStringLiteral("lwn"), true)}),
             QStringList{"Weekly roundup"});
}

void TestSearchRepository::filtersOnly_data()
{
    QTest::addColumn<QList<Filter>>("filters");
    QTest::addColumn<QStringList>("expected"); // newest saved first

    QTest::newRow("unread") << QList<Filter>{filter(Filter::Kind::Unread)}
                            << QStringList{"Rust 1.77 released", "Kubernetes networking deep dive", "华为发布新款芯片"};
    QTest::newRow("read") << QList<Filter>{filter(Filter::Kind::Read)}
                          << QStringList{"Weekly roundup", "SQLite WAL mode explained"};
    QTest::newRow("starred") << QList<Filter>{filter(Filter::Kind::Starred)} << QStringList{"Rust 1.77 released"};
    QTest::newRow("not starred") << QList<Filter>{filter(Filter::Kind::Starred, {}, true)}
                                 << QStringList{"Weekly roundup", "Kubernetes networking deep dive", "华为发布新款芯片",
                                                "SQLite WAL mode explained"};
    QTest::newRow("tag exact, any case") << QList<Filter>{filter(Filter::Kind::Tag, "SQLITE")}
                                         << QStringList{"SQLite WAL mode explained"};
    QTest::newRow("tag substring") << QList<Filter>{filter(Filter::Kind::Tag, "program")}
                                   << QStringList{"Rust 1.77 released"};
    QTest::newRow("tag chinese") << QList<Filter>{filter(Filter::Kind::Tag, "芯片")} << QStringList{"华为发布新款芯片"};
    QTest::newRow("tag negated") << QList<Filter>{filter(Filter::Kind::Tag, "rust", true),
                                                  filter(Filter::Kind::Unread)}
                                 << QStringList{"Kubernetes networking deep dive", "华为发布新款芯片"};
    QTest::newRow("site name substring") << QList<Filter>{filter(Filter::Kind::Site, "weekly")}
                                         << QStringList{"Weekly roundup"};
    QTest::newRow("site by host") << QList<Filter>{filter(Filter::Kind::Site, "36kr.com")}
                                  << QStringList{"华为发布新款芯片"};
    QTest::newRow("site host not path") << QList<Filter>{filter(Filter::Kind::Site, "articles")} << QStringList{};
    QTest::newRow("author substring") << QList<Filter>{filter(Filter::Kind::Author, "hipp")}
                                      << QStringList{"SQLite WAL mode explained"};
    QTest::newRow("author non-ascii case") << QList<Filter>{filter(Filter::Kind::Author, "émile")}
                                           << QStringList{"Kubernetes networking deep dive"};
    QTest::newRow("author chinese") << QList<Filter>{filter(Filter::Kind::Author, "张")} << QStringList{"华为发布新款芯片"};
    QTest::newRow("lang zh matches zh-CN") << QList<Filter>{filter(Filter::Kind::Language, "zh")}
                                           << QStringList{"华为发布新款芯片"};
    QTest::newRow("lang z is not zh") << QList<Filter>{filter(Filter::Kind::Language, "z")} << QStringList{};
    QTest::newRow("not english") << QList<Filter>{filter(Filter::Kind::Language, "en", true)}
                                 << QStringList{"华为发布新款芯片"};
    // Saved 2023-11-02 but published 2010: before:2011 matches through the published date.
    QTest::newRow("before via published") << QList<Filter>{dateFilter(Filter::Kind::Before, QDate(2011, 1, 1))}
                                          << QStringList{"SQLite WAL mode explained"};
    QTest::newRow("before via saved") << QList<Filter>{dateFilter(Filter::Kind::Before, QDate(2024, 2, 15))}
                                      << QStringList{"华为发布新款芯片", "SQLite WAL mode explained"};
    QTest::newRow("after, day included") << QList<Filter>{dateFilter(Filter::Kind::After, QDate(2024, 3, 12))}
                                         << QStringList{"Rust 1.77 released", "Weekly roundup"};
    QTest::newRow("not after") << QList<Filter>{dateFilter(Filter::Kind::After, QDate(2024, 3, 1), true)}
                               << QStringList{"华为发布新款芯片", "SQLite WAL mode explained"};
    QTest::newRow("range") << QList<Filter>{dateFilter(Filter::Kind::After, QDate(2024, 3, 1)),
                                            dateFilter(Filter::Kind::Before, QDate(2024, 3, 15))}
                           << QStringList{"Weekly roundup", "Kubernetes networking deep dive"};
}

void TestSearchRepository::filtersOnly()
{
    QFETCH(QList<Filter>, filters);
    QFETCH(QStringList, expected);
    CompiledQuery query;
    query.filters = filters;
    auto hits = m_lib->search().run(query, 50);
    QCOMPARE(titles(hits), expected);
    for (const SearchHit &hit : *hits) {
        QCOMPARE(hit.score, 0.0);
        QVERIFY(!hit.snippet.isEmpty());
    }
}

void TestSearchRepository::paging()
{
    for (int i = 0; i < 7; ++i)
        add({QStringLiteral("Paged %1").arg(i), "common term gopher", "a", "s", "https://s/" + QString::number(i),
             "en", at(2020, 1, i + 1), {}, {}});
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("gopher"), 3)),
             (QStringList{"Paged 6", "Paged 5", "Paged 4"}));
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("gopher"), 3, 3)),
             (QStringList{"Paged 3", "Paged 2", "Paged 1"}));
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("gopher"), 3, 6)), QStringList{"Paged 0"});
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("gopher"), -1)).size(), 7);
    CompiledQuery filtersOnly;
    filtersOnly.filters = {filter(Filter::Kind::Unread)};
    QCOMPARE(m_lib->search().run(filtersOnly, 2, 1)->size(), 2);
}

void TestSearchRepository::indexFollowsChanges()
{
    auto &articles = m_lib->articles();
    auto &search = m_lib->search();
    const ArticleId wal = m_ids["SQLite WAL mode explained"];

    // replaceContent: old words leave the index, new ones arrive.
    Article replacement = *articles.get(wal);
    replacement.meta.title = QStringLiteral("SQLite checkpoints");
    replacement.text = QStringLiteral("Checkpointing moves pages from the journal back into the database file.");
    QVERIFY(articles.replaceContent(wal, replacement).ok());
    QCOMPARE(titles(search.search(QStringLiteral("readers"), 10)), QStringList{});
    QCOMPARE(titles(search.search(QStringLiteral("checkpointing"), 10)), QStringList{"SQLite checkpoints"});
    QCOMPARE(titles(search.search(QStringLiteral("databases"), 10)), QStringList{"SQLite checkpoints"}); // tag kept

    // Tag changes reach the tags column.
    QVERIFY(m_lib->tags().addTags(wal, {QStringLiteral("storage-engines")}).ok());
    QCOMPARE(titles(search.search(QStringLiteral("engines"), 10)), QStringList{"SQLite checkpoints"});
    QVERIFY(m_lib->tags().rename(QStringLiteral("databases"), QStringLiteral("persistence")).ok());
    QCOMPARE(titles(search.search(QStringLiteral("databases"), 10)), QStringList{});
    QCOMPARE(titles(search.search(QStringLiteral("persistence"), 10)), QStringList{"SQLite checkpoints"});
    QVERIFY(m_lib->tags().remove(QStringLiteral("persistence")).ok());
    QCOMPARE(titles(search.search(QStringLiteral("persistence"), 10)), QStringList{});

    // State changes do not disturb the index.
    QVERIFY(articles.setRead(wal, false).ok());
    QCOMPARE(titles(search.search(QStringLiteral("checkpointing"), 10)), QStringList{"SQLite checkpoints"});

    // Deleted articles are gone from results.
    QVERIFY(articles.remove(wal).ok());
    QCOMPARE(titles(search.search(QStringLiteral("checkpointing"), 10)), QStringList{});

    // The external-content index still agrees with its content table.
    QVERIFY(databaseOf(*m_lib).exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)").ok());
}

void TestSearchRepository::errorsAreForUsers()
{
    auto empty = m_lib->search().search(QStringLiteral("   "), 10);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.errorMessage(), QStringLiteral("empty query")); // the compiler's message, as it is

    CompiledQuery broken;
    broken.match = QStringLiteral("\"unbalanced AND (");
    broken.terms = {QStringLiteral("unbalanced")};
    auto failed = m_lib->search().run(broken, 10);
    QVERIFY(!failed.ok());
    const QString message = failed.errorMessage();
    QVERIFY2(!message.contains(QStringLiteral("fts5"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("syntax error")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("unbalanced")), qPrintable(message));

    // Punctuation-heavy input: the compiler either reads it or explains; FTS5 syntax never surfaces.
    const QStringList tricky = {QStringLiteral("C++ \"quoted\" (paren) AND OR NOT *"), QStringLiteral("\"unclosed"),
                                QStringLiteral("NEAR(a b)"), QStringLiteral("title:x:y"), QStringLiteral("* ^ - \""),
                                QStringLiteral("a OR"), QStringLiteral("tag:"), QStringLiteral("before:notadate")};
    for (const QString &input : tricky) {
        auto hits = m_lib->search().search(input, 10);
        if (hits.ok())
            continue;
        const QString why = hits.errorMessage();
        QVERIFY2(!why.contains(QStringLiteral("fts5"), Qt::CaseInsensitive), qPrintable(input + ": " + why));
        QVERIFY2(!why.contains(QStringLiteral("syntax error")), qPrintable(input + ": " + why));
        QVERIFY2(!why.contains(QStringLiteral("could not be run")), qPrintable(input + ": " + why));
        QVERIFY2(!why.isEmpty(), qPrintable(input));
    }
}

void TestSearchRepository::queryLanguageEndToEnd()
{
    // Through the real compiler and tokenizer: Chinese substrings, filters in the query text.
    auto &search = m_lib->search();
    QCOMPARE(titles(search.search(QStringLiteral("新款芯片"), 10)), QStringList{"华为发布新款芯片"});
    const auto chinese = search.search(QStringLiteral("新款芯片"), 10);
    // The phrase is only in the title (the body has spaces inside it): the title snippet, one marked run.
    QCOMPARE(chinese->first().snippet, QStringLiteral("华为发布\x02新款芯片\x03"));
    const auto body = search.search(QStringLiteral("性能"), 10);
    QVERIFY2(body->first().snippet.contains(QStringLiteral("\x02性能\x03")), qPrintable(body->first().snippet));
    QCOMPARE(titles(search.search(QStringLiteral("芯片 is:unread"), 10)), QStringList{"华为发布新款芯片"});
    QCOMPARE(titles(search.search(QStringLiteral("芯片 is:read"), 10)), QStringList{});
    QCOMPARE(titles(search.search(QStringLiteral("kubernetes -tag:networking"), 10)), QStringList{"Weekly roundup"});
    QCOMPARE(titles(search.search(QStringLiteral("is:starred"), 10)), QStringList{"Rust 1.77 released"});
    QCOMPARE(titles(search.search(QStringLiteral("site:sqlite.org"), 10)), QStringList{"SQLite WAL mode explained"});
    QCOMPARE(titles(search.search(QStringLiteral("lang:zh"), 10)), QStringList{"华为发布新款芯片"});
    QCOMPARE(titles(search.search(QStringLiteral("after:2024-03 before:2024-04 is:unread"), 10)),
             (QStringList{"Rust 1.77 released", "Kubernetes networking deep dive"}));
}

void TestSearchRepository::exclusionsOnlyListTheRest()
{
    // "-word" alone lists every article without the word, newest saved first; with filters, the
    // filtered articles without it.
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("-kubernetes"), 50)),
             (QStringList{"Rust 1.77 released", "华为发布新款芯片", "SQLite WAL mode explained"}));
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("-kubernetes -rust"), 50)),
             (QStringList{"华为发布新款芯片", "SQLite WAL mode explained"}));
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("-kubernetes is:read"), 50)),
             QStringList{"SQLite WAL mode explained"});
    QCOMPARE(titles(m_lib->search().search(QStringLiteral("-芯片 lang:zh"), 50)), QStringList{});
    const auto paged = m_lib->search().search(QStringLiteral("-kubernetes"), 1, 1);
    QVERIFY(paged.ok());
    QCOMPARE(titles(paged), QStringList{"华为发布新款芯片"});
    QVERIFY(!paged->front().snippet.isEmpty()); // the excerpt stands in for a snippet
}

void TestSearchRepository::onePhraseRankingEqualsGeneralRanking()
{
    // A one-phrase query is ranked in one walk (the idf applied afterwards from the rows the walk
    // counted); the general path counts every phrase first. Both must give the same order and scores.
    QRandomGenerator random(7);
    for (int i = 0; i < 60; ++i) {
        QString text;
        const int times = int(random.bounded(1, 7));
        for (int t = 0; t < times; ++t)
            text += QStringLiteral("数据中心 walrus ");
        text += QStringLiteral("filler words %1").arg(i);
        add({QStringLiteral("Doc %1%2").arg(i).arg(i % 9 == 0 ? QStringLiteral(" walrus 数据中心") : QString()), text,
             "a", "s", "https://s/w" + QString::number(i), "en", at(2021, 1, 1 + i % 28), {}, {}});
    }
    for (int i = 0; i < 40; ++i) // rows without the phrase: the idf is not trivial
        add({QStringLiteral("Other %1").arg(i), "nothing to see", "a", "s", "https://s/o" + QString::number(i), "en",
             at(2021, 2, 1 + i % 28), {}, {}});
    for (const QString &text : {QStringLiteral("walrus"), QStringLiteral("数据中心"), QStringLiteral("title:walrus")}) {
        const auto compiled = search::compileQuery(text);
        QVERIFY(compiled.ok());
        QCOMPARE(compiled->phrases.size(), 1);
        CompiledQuery general = *compiled;
        general.phrases.clear(); // as a hand-built query: counts first
        for (const QList<Filter> &filters : {QList<Filter>{}, QList<Filter>{filter(Filter::Kind::Unread)}}) {
            CompiledQuery one = *compiled, all = general;
            one.filters = all.filters = filters;
            const auto fast = m_lib->search().run(one, 25);
            const auto slow = m_lib->search().run(all, 25);
            QVERIFY(fast.ok() && slow.ok());
            QVERIFY(!fast->isEmpty());
            QCOMPARE(fast->size(), slow->size());
            for (qsizetype i = 0; i < fast->size(); ++i) {
                QCOMPARE(fast->at(i).article.id, slow->at(i).article.id);
                QVERIFY2(qAbs(fast->at(i).score - slow->at(i).score) < 1e-9 * qMax(1.0, qAbs(slow->at(i).score)),
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(text).arg(fast->at(i).score).arg(slow->at(i).score)));
                QVERIFY(fast->at(i).score > 0);
            }
        }
    }
}

void TestSearchRepository::filteredPagesMatchTheFullRanking()
{
    // Filters are checked on a window of the best matches sized from a sampled pass rate. Here the
    // sample misleads on purpose: a quarter of the library is starred, but none of the 700 best
    // "walrus" matches is, so the window must widen until the page is full. Every page must equal the
    // same slice of the complete filtered ranking. (Equal scores are paged in import order, which is
    // the saved order here as it is for most libraries.)
    {
        Transaction transaction(databaseOf(*m_lib));
        QVERIFY(transaction.ok());
        for (int i = 0; i < 2100; ++i) {
            const bool matches = i < 900;
            // The first 700 matches say "walrus" often (best ranked), the last 200 once.
            const QString text = matches ? (i < 700 ? QStringLiteral("walrus walrus walrus walrus %1").arg(i)
                                                    : QStringLiteral("walrus once %1").arg(i))
                                         : QStringLiteral("plain article %1").arg(i);
            const ArticleId id = add({QStringLiteral("Bulk %1").arg(i), text, "a", "s",
                                      "https://s/b" + QString::number(i), "en", at(2022, 1, 1).addSecs(60 * i), {}, {}});
            const bool starred = (matches && i >= 700 && i % 4 == 0) || (!matches && i % 2 == 0);
            if (starred)
                QVERIFY(m_lib->articles().setStarred(id, true).ok());
        }
        QVERIFY(transaction.commit().ok());
    }
    for (const QString &text : {QStringLiteral("walrus is:starred"), QStringLiteral("walrus -is:starred"),
                                QStringLiteral("walrus once is:starred")}) {
        const auto everything = m_lib->search().search(text, -1);
        QVERIFY(everything.ok());
        QVERIFY(everything->size() >= 50);
        for (const int offset : {0, 20, 45}) {
            const auto page = m_lib->search().search(text, 20, offset);
            QVERIFY(page.ok());
            QCOMPARE(page->size(), qMin<qsizetype>(20, everything->size() - offset));
            for (qsizetype i = 0; i < page->size(); ++i)
                QCOMPARE(page->at(i).article.id, everything->at(offset + i).article.id);
        }
    }
}

void TestSearchRepository::parallelSearchEqualsSequentialSearch()
{
    // A large library is searched as two rowid halves on two connections at once (phrase counts, the
    // ranking walk and the snippets). Lowering the threshold runs that path on a small library: every
    // page must equal the one-connection search, ids, scores and snippets.
    if (QThread::idealThreadCount() < 2)
        QSKIP("one core: searches never split");
    const QStringList words = {"芯片", "英伟达", "数据中心", "华为", "手机", "开源", "社区", "GPU", "Rust", "Python",
                               "linux", "kernel", "database", "compiler", "walrus", "的", "年", "云"};
    QRandomGenerator random(11);
    {
        Transaction transaction(databaseOf(*m_lib));
        QVERIFY(transaction.ok());
        for (int i = 0; i < 400; ++i) {
            QStringList body;
            const int length = int(random.bounded(5, 40));
            for (int w = 0; w < length; ++w)
                body << words.at(int(random.bounded(qsizetype(words.size()))));
            const QString title = words.at(int(random.bounded(qsizetype(words.size())))) + QStringLiteral(" news %1").arg(i);
            const ArticleId id = add({title, body.join(QLatin1Char(' ')), "a", i % 3 ? "Kernel Times" : "36氪",
                                      "https://s/p" + QString::number(i), i % 2 ? "en" : "zh",
                                      at(2023, 1, 1).addSecs(3600 * i), {}, {}});
            if (random.bounded(4) == 0)
                QVERIFY(m_lib->articles().setStarred(id, true).ok());
        }
        QVERIFY(transaction.commit().ok());
    }
    const QStringList queries = {"芯片", "数据中心", "芯", "walrus", "GPU", "华为 手机", "开源 社区 -rust",
                                 "Rust OR Python", "title:linux kernel", "compil*", "的 年", "is:starred 芯片",
                                 "site:\"Kernel Times\" linux", "lang:en database", "云 -is:starred", "nothingmatches"};
    SearchRepository &search = m_lib->search();
    for (const QString &text : queries) {
        for (const int offset : {0, 7}) {
            search.setParallelThreshold(-1);
            const auto sequential = search.search(text, 15, offset);
            search.setParallelThreshold(0);
            const qint64 walksBefore = search.parallelWalks();
            const auto parallel = search.search(text, 15, offset);
            QVERIFY2(sequential.ok() && parallel.ok(), qPrintable(text));
            QVERIFY2(search.parallelWalks() > walksBefore, qPrintable(text + QStringLiteral(": did not split")));
            QCOMPARE(parallel->size(), sequential->size());
            for (qsizetype i = 0; i < parallel->size(); ++i) {
                const SearchHit &a = parallel->at(i), &b = sequential->at(i);
                QVERIFY2(a.article.id == b.article.id, qPrintable(QStringLiteral("%1 #%2").arg(text).arg(i)));
                QVERIFY2(qAbs(a.score - b.score) <= 1e-9 * qMax(1.0, qAbs(b.score)), qPrintable(text));
                QCOMPARE(a.snippet, b.snippet);
            }
        }
    }
    search.setParallelThreshold(SearchRepository::kDefaultParallelThreshold);
}

QTEST_GUILESS_MAIN(TestSearchRepository)
#include "tst_searchrepository.moc"
