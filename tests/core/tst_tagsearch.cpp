// Tag names as words of a search (schema 14, storage/tagsearch.h): tags are not in the full-text
// entry of an article, yet a query word that names a tag finds the articles with the tag, inside the
// query's AND, OR and exclusions, before the text matches; renames and bulk tagging are followed.
#include "storagefixtures.h"

#include "storage/articlerepository.h"
#include "storage/bulkoperations.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "storage/tagrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;
using storagefixtures::at;
using Spec = storagefixtures::SearchSpec;

class TestTagSearch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tagNameFindsTaggedArticlesFirst();
    void tagCountsForOneWordOfTheQuery();
    void exclusionsLeaveTaggedArticlesOut();
    void titleOnlyTermsIgnoreTags();
    void chineseTagAndPrefixes();
    void renameAndBulkTaggingAreFollowed();
    void pagesNeitherRepeatNorSkip();

private:
    ArticleId add(const QString &title, const QString &text, const QDateTime &saved, const QStringList &tags);
    QStringList titles(const QString &query, int limit = 50, int offset = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
};

void TestTagSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Library::open(m_dir->path());
    QVERIFY(opened.ok());
    m_lib = std::move(*opened);
    add(QStringLiteral("Borrow checker tour"), QStringLiteral("Lifetimes and ownership, with async examples."),
        at(2024, 1, 5), {QStringLiteral("rust")});
    add(QStringLiteral("Ownership in practice"), QStringLiteral("Moving values between threads safely."),
        at(2024, 2, 5), {QStringLiteral("Rust"), QStringLiteral("concurrency")});
    add(QStringLiteral("Rust 1.77 released"), QStringLiteral("The rust team announces async recursion."),
        at(2024, 3, 21), {});
    add(QStringLiteral("Go scheduler notes"), QStringLiteral("Goroutines are multiplexed onto threads."),
        at(2024, 3, 1), {QStringLiteral("golang")});
    add(QStringLiteral("国产芯片的新进展"), QStringLiteral("今天 发布 新款 处理器 ，性能 提升 明显 。"), at(2024, 4, 1),
        {QStringLiteral("芯片")});
}

void TestTagSearch::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

ArticleId TestTagSearch::add(const QString &title, const QString &text, const QDateTime &saved,
                             const QStringList &tags)
{
    Spec spec{title, text, QString(), QStringLiteral("example.com"), QStringLiteral("https://example.com/") + title,
              QStringLiteral("en"), saved, QDateTime(), tags};
    auto id = m_lib->articles().insert(storagefixtures::articleFrom(spec));
    if (!id.ok())
        qFatal("insert failed: %s", qPrintable(id.errorMessage()));
    return *id;
}

QStringList TestTagSearch::titles(const QString &query, int limit, int offset)
{
    auto hits = m_lib->search().search(query, limit, offset);
    if (!hits.ok())
        return {QStringLiteral("error: ") + hits.errorMessage()};
    QStringList out;
    for (const SearchHit &hit : *hits)
        out << hit.article.meta.title;
    return out;
}

void TestTagSearch::tagNameFindsTaggedArticlesFirst()
{
    // Neither tagged article has the word in its text; both come first, newest saved first, then the
    // text match.
    QCOMPARE(titles(QStringLiteral("rust")), (QStringList{"Ownership in practice", "Borrow checker tour",
                                                          "Rust 1.77 released"}));
    auto hits = m_lib->search().search(QStringLiteral("rust"), 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits->at(0).score, SearchRepository::kTagTierScore);
    QVERIFY(hits->at(2).score < SearchRepository::kExactTierBonus * 2);
    // A tag-only match has no matched text to show: its snippet is the start of the article.
    QVERIFY(!hits->at(0).snippet.contains(QChar(2)));
    QVERIFY(hits->at(2).snippet.contains(QChar(2)));
}

void TestTagSearch::tagCountsForOneWordOfTheQuery()
{
    // "rust" from the tag, "async" from the text of the same article.
    QCOMPARE(titles(QStringLiteral("rust async")), (QStringList{"Borrow checker tour", "Rust 1.77 released"}));
    // Inside an OR.
    QCOMPARE(titles(QStringLiteral("golang OR lifetimes")), (QStringList{"Go scheduler notes", "Borrow checker tour"}));
    // With filters: the tagged article must still pass them.
    QCOMPARE(titles(QStringLiteral("rust after:2024-02-01")), (QStringList{"Ownership in practice", "Rust 1.77 released"}));
    QCOMPARE(titles(QStringLiteral("rust threads")), (QStringList{"Ownership in practice"}));
}

void TestTagSearch::exclusionsLeaveTaggedArticlesOut()
{
    QCOMPARE(titles(QStringLiteral("async -rust")), QStringList{});
    QCOMPARE(titles(QStringLiteral("threads -concurrency")), (QStringList{"Go scheduler notes"}));
    // Exclusions alone: newest saved first, without the tagged articles.
    QCOMPARE(titles(QStringLiteral("-rust")), (QStringList{"国产芯片的新进展", "Go scheduler notes"}));
}

void TestTagSearch::titleOnlyTermsIgnoreTags()
{
    QCOMPARE(titles(QStringLiteral("title:rust")), (QStringList{"Rust 1.77 released"}));
}

void TestTagSearch::chineseTagAndPrefixes()
{
    // The Chinese tag is found by its two characters; a Latin tag by its whole word or by a prefix
    // typed with '*', but not by the prefix a typed word is widened to (typing "go" would otherwise
    // put every golang article first).
    QCOMPARE(titles(QStringLiteral("芯片")), (QStringList{"国产芯片的新进展"}));
    QCOMPARE(titles(QStringLiteral("gola*")), (QStringList{"Go scheduler notes"}));
    QCOMPARE(titles(QStringLiteral("gola")), QStringList{});
    QCOMPARE(titles(QStringLiteral("concurr*")), (QStringList{"Ownership in practice"}));
}

void TestTagSearch::renameAndBulkTaggingAreFollowed()
{
    QVERIFY(m_lib->tags().rename(QStringLiteral("golang"), QStringLiteral("gopher")).ok());
    QCOMPARE(titles(QStringLiteral("golang")), QStringList{});
    QCOMPARE(titles(QStringLiteral("gopher")), (QStringList{"Go scheduler notes"}));
    BulkOperations ops(*m_lib);
    auto change = ops.addTag(ArticleSelection::allOf({}), QStringLiteral("kestrel"));
    QVERIFY(change.ok());
    QCOMPARE(titles(QStringLiteral("kestrel")).size(), 5);
    QVERIFY(ops.undo(*change).ok());
    QCOMPARE(titles(QStringLiteral("kestrel")), QStringList{});
    // A soft-deleted tagged article is not found through its tag.
    auto gone = ops.remove(ArticleSelection::of(m_lib->articles().ids({}).mid(0, 1)));
    QVERIFY(gone.ok());
    QVERIFY(!titles(QStringLiteral("芯片")).contains(QStringLiteral("国产芯片的新进展")));
}

void TestTagSearch::pagesNeitherRepeatNorSkip()
{
    const QStringList all = titles(QStringLiteral("rust OR threads"));
    QCOMPARE(all.size(), 4);
    QStringList paged;
    for (int offset = 0; offset < 6; ++offset)
        paged += titles(QStringLiteral("rust OR threads"), 1, offset);
    QCOMPARE(paged, all);
    QCOMPARE(titles(QStringLiteral("rust OR threads"), 2, 1), all.mid(1, 2));
}

QTEST_GUILESS_MAIN(TestTagSearch)
#include "tst_tagsearch.moc"
