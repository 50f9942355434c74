// Snippets of search hits (offprint_snippet): marked matches, the title when only the title matches,
// and the window chosen in long Chinese and English bodies.
#include "storagefixtures.h"

#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;
using storagefixtures::at;

class TestSearchSnippets final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void snippetsMarkMatches();
    void snippetFallsBackToTitle();
    void snippetWindowsLongBodies();

private:
    using Spec = storagefixtures::SearchSpec;
    void add(const Spec &spec);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
};

void TestSearchSnippets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Library::open(m_dir->path());
    QVERIFY(opened.ok());
    m_lib = std::move(*opened);
    add({"Kubernetes networking deep dive", "How pods talk to each other through the CNI plugins and services.",
         "Émile Durand", "LWN.net", "https://lwn.net/Articles/900001/", "en", at(2024, 3, 10), at(2024, 3, 9), {}});
    add({"SQLite WAL mode explained", "Write-ahead logging lets readers continue while a writer commits.",
         "Richard Hipp", "sqlite.org", "https://www.sqlite.org/wal.html", "en", at(2023, 11, 2), at(2010, 7, 1), {}});
}

void TestSearchSnippets::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

void TestSearchSnippets::add(const Spec &spec)
{
    if (!m_lib->articles().insert(storagefixtures::articleFrom(spec)).ok())
        qFatal("insert failed");
}

void TestSearchSnippets::snippetsMarkMatches()
{
    auto hits = m_lib->search().search(QStringLiteral("readers"), 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    const QString snippet = hits->first().snippet;
    QVERIFY2(snippet.contains(QStringLiteral("\x02readers\x03")), qPrintable(snippet));
    QVERIFY(!snippet.contains(QStringLiteral("<b>")));
}

void TestSearchSnippets::snippetFallsBackToTitle()
{
    auto hits = m_lib->search().search(QStringLiteral("deep dive"), 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QVERIFY2(hits->first().snippet.contains(QStringLiteral("\x02" "deep\x03")), qPrintable(hits->first().snippet));
}

void TestSearchSnippets::snippetWindowsLongBodies()
{
    // Filler sentences of eight words; "quokka" alone early, "quokka" with "wombat" in one later sentence,
    // and a Chinese paragraph with the match deep inside.
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words << QStringLiteral("Filler sentence number %1 says nothing new here.").arg(i);
    words.insert(5, QStringLiteral("A quokka appears alone."));
    words.insert(30, QStringLiteral("Later the quokka met a wombat by the river."));
    add({"Marsupial notes", words.join(QLatin1Char(' ')), {}, {}, {}, "en", at(2024, 4, 1), {}, {}});
    QString chinese;
    for (int i = 0; i < 30; ++i)
        chinese += QStringLiteral("今天天气很好，大家出去散步。");
    chinese += QStringLiteral("英伟达发布了新的显卡。");
    for (int i = 0; i < 30; ++i)
        chinese += QStringLiteral("晚上回家做饭，然后看书。");
    add({"长文测试", chinese, {}, {}, {}, "zh", at(2024, 4, 2), {}, {}});

    auto both = m_lib->search().search(QStringLiteral("quokka wombat"), 10);
    QVERIFY(both.ok());
    QCOMPARE(both->size(), 1);
    const QString snippet = both->first().snippet;
    // The window with both words, starting at their sentence, cut with ellipses on both sides.
    QVERIFY2(snippet.startsWith(QStringLiteral("…Later the \x02quokka\x03 met")), qPrintable(snippet));
    QVERIFY2(snippet.contains(QStringLiteral("\x02wombat\x03")), qPrintable(snippet));
    QVERIFY2(snippet.endsWith(QStringLiteral("…")), qPrintable(snippet));
    QVERIFY2(snippet.size() < 260, qPrintable(snippet));

    auto zh = m_lib->search().search(QStringLiteral("英偉達 顯卡"), 10); // traditional query, simplified text
    QVERIFY(zh.ok());
    QCOMPARE(zh->size(), 1);
    const QString zhSnippet = zh->first().snippet;
    // Overlapping bigrams give one marked run per match; the window starts at the sentence.
    QVERIFY2(zhSnippet.startsWith(QStringLiteral("…\x02英伟达\x03发布了新的\x02显卡\x03。")), qPrintable(zhSnippet));
    QVERIFY2(zhSnippet.endsWith(QStringLiteral("…")), qPrintable(zhSnippet));
    QVERIFY2(zhSnippet.size() < 60, qPrintable(zhSnippet));

    // A match at the very start: no leading ellipsis.
    auto early = m_lib->search().search(QStringLiteral("\"filler sentence number\""), 10);
    QVERIFY(early.ok());
    QVERIFY2(early->first().snippet.startsWith(QStringLiteral("\x02" "Filler sentence number\x03 0")),
             qPrintable(early->first().snippet));
}

QTEST_GUILESS_MAIN(TestSearchSnippets)
#include "tst_searchsnippets.moc"
