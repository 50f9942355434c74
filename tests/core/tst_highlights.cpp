// HighlightRepository against a real library: adding by quote, notes, colours, undo (remove and
// restore), re-anchoring when the content is replaced (orphans kept), deletion with the article,
// search in notes and highlights (snippets, has: filters), and the upgrade from schema 7.
#include "storagefixtures.h"

#include "annotate/anchor.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/searchrepository.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;

namespace {

const QString kMarkdown = QStringLiteral(
    "Intro with 😀 emoji and *formatting* first.\n\n"
    "The committee approved the budget on Tuesday after a long debate.\n\n"
    "Critics said the vote was rushed. The committee approved the budget anyway.\n");

Article articleWith(const QString &title, const QString &markdown)
{
    Article a = storagefixtures::makeArticle(title, QStringLiteral("example.com"), storagefixtures::day(3));
    a.markdown = markdown;
    a.text = annotate::articleText(markdown);
    return a;
}

NewHighlight quote(const QString &text, const QString &note = {}, const QString &color = {}, int occurrence = 0)
{
    NewHighlight spec;
    spec.quote = text;
    spec.note = note;
    spec.color = color;
    spec.occurrence = occurrence;
    return spec;
}

QStringList titles(SearchRepository &search, const QString &query)
{
    QStringList out;
    const auto hits = search.search(query, 50);
    if (!hits)
        return {QStringLiteral("error: ") + hits.errorMessage()};
    for (const SearchHit &hit : *hits)
        out << hit.article.meta.title;
    return out;
}

void verifyIndex(Library &library)
{
    QVERIFY(databaseOf(library).exec("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)").ok());
}

} // namespace

class TestHighlights final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsByQuoteWithCodePointPositions();
    void occurrencesAndErrors();
    void notesColoursAndUndo();
    void replaceContentReanchorsAndKeepsOrphans();
    void deletedWithTheirArticle();
    void searchFindsNotesAndHighlights();
    void hasFilters();
    void upgradeFromSchema7();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    ArticleId m_id = 0;
};

void TestHighlights::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Library::open(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    m_lib = std::move(*opened);
    auto id = m_lib->articles().insert(articleWith(QStringLiteral("Budget vote"), kMarkdown));
    QVERIFY(id.ok());
    m_id = *id;
}

void TestHighlights::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

void TestHighlights::addsByQuoteWithCodePointPositions()
{
    HighlightRepository &repo = m_lib->highlights();
    const QString text = annotate::articleText(kMarkdown);
    // Across a paragraph break, typed with a plain space.
    auto added = repo.add(m_id, quote(QStringLiteral("first. The committee"), QStringLiteral("context"), QStringLiteral("blue")));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.errorMessage()));
    QCOMPARE(added->quote, QStringLiteral("first.\n\nThe committee"));
    QCOMPARE(*added->position, qint64(text.indexOf(QStringLiteral("first.")) - 1)); // the emoji is one code point
    QCOMPARE(added->color, QStringLiteral("blue"));
    QCOMPARE(added->note, QStringLiteral("context"));
    QVERIFY(added->created.isValid() && added->created == added->updated);
    QVERIFY(added->prefix.endsWith(QStringLiteral("*formatting* ").remove(u'*')));
    QVERIFY(added->suffix.startsWith(QStringLiteral(" approved the budget on")));
    QCOMPARE(repo.get(added->id)->quote, added->quote);
    QCOMPARE(repo.forArticle(m_id).size(), 1);
    verifyIndex(*m_lib);
}

void TestHighlights::occurrencesAndErrors()
{
    HighlightRepository &repo = m_lib->highlights();
    const QString text = annotate::articleText(kMarkdown);
    const QString twice = QStringLiteral("The committee approved the budget");
    auto first = repo.add(m_id, quote(twice));
    auto second = repo.add(m_id, quote(twice, {}, {}, 2));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(*first->position, qint64(text.indexOf(twice)) - 1);
    QCOMPARE(*second->position, qint64(text.lastIndexOf(twice)) - 1);
    // Text order.
    const QList<Highlight> listed = repo.forArticle(m_id);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0].id, first->id);

    const auto third = repo.add(m_id, quote(twice, {}, {}, 3));
    QVERIFY(!third.ok());
    QVERIFY(third.errorMessage().contains(QStringLiteral("occurs 2 time")));
    const auto missing = repo.add(m_id, quote(QStringLiteral("not in this article")));
    QCOMPARE(missing.errorMessage(), QStringLiteral("quote not found in #%1").arg(m_id));
    QVERIFY(!repo.add(m_id, quote(QStringLiteral("budget"), {}, QStringLiteral("orange"))).ok());
    QVERIFY(!repo.add(m_id + 100, quote(QStringLiteral("budget"))).ok());
    QCOMPARE(repo.forArticle(m_id).size(), 2);
}

void TestHighlights::notesColoursAndUndo()
{
    HighlightRepository &repo = m_lib->highlights();
    auto added = repo.add(m_id, quote(QStringLiteral("after a long debate")));
    QVERIFY(added.ok());
    QTest::qWait(5); // a later edit time
    auto noted = repo.setNote(added->id, QStringLiteral("Check the **minutes**."));
    QVERIFY(noted.ok());
    QCOMPARE(noted->note, QStringLiteral("Check the **minutes**."));
    QVERIFY(noted->updated > added->created);
    QCOMPARE(repo.setColor(added->id, QStringLiteral("pink"))->color, QStringLiteral("pink"));
    QVERIFY(!repo.setColor(added->id, QStringLiteral("grey")).ok());
    QCOMPARE(repo.setNote(added->id, QStringLiteral("  "))->note, QString());

    // Undo of a removal brings it back whole, with its id.
    const Highlight before = *repo.setNote(added->id, QStringLiteral("keep me"));
    auto removed = repo.remove(added->id);
    QVERIFY(removed.ok());
    QCOMPARE(removed->note, QStringLiteral("keep me"));
    QVERIFY(!repo.get(added->id));
    QVERIFY(!repo.remove(added->id).ok());
    auto restored = repo.restore(*removed);
    QVERIFY(restored.ok());
    QCOMPARE(restored->id, before.id);
    QCOMPARE(restored->note, before.note);
    QCOMPARE(restored->color, before.color);
    QCOMPARE(restored->created, before.created);
    QCOMPARE(restored->position, before.position);

    // The article's note: set, replaced (the old one returned for undo), cleared.
    QCOMPARE(*repo.articleNote(m_id), QString());
    QCOMPARE(*repo.setArticleNote(m_id, QStringLiteral("Read again in May.")), QString());
    QCOMPARE(*repo.setArticleNote(m_id, QStringLiteral("Read again in June.")), QStringLiteral("Read again in May."));
    QCOMPARE(*repo.articleNote(m_id), QStringLiteral("Read again in June."));
    const auto summary = repo.summaries({m_id, m_id + 1});
    QCOMPARE(summary.size(), 1);
    QCOMPARE(summary.value(m_id).highlights, 1);
    QVERIFY(summary.value(m_id).note);
    QCOMPARE(*repo.setArticleNote(m_id, QString()), QStringLiteral("Read again in June."));
    QVERIFY(!repo.articleNote(m_id + 100).ok());
    verifyIndex(*m_lib);
}

void TestHighlights::replaceContentReanchorsAndKeepsOrphans()
{
    HighlightRepository &repo = m_lib->highlights();
    const auto moved = repo.add(m_id, quote(QStringLiteral("The committee approved the budget anyway.")));
    const auto edited = repo.add(m_id, quote(QStringLiteral("approved the budget on Tuesday after a long debate")));
    const auto gone = repo.add(m_id, quote(QStringLiteral("Critics said the vote was rushed."), QStringLiteral("orphan note")));
    QVERIFY(moved.ok() && edited.ok() && gone.ok());

    // Re-extracted: the budget sentence edited slightly, a paragraph came in after it, the critics'
    // sentence is gone.
    const QString newMarkdown = QStringLiteral(
        "Intro with 😀 emoji and *formatting* first.\n\n"
        "The committee approved the budget on Wednesday after a long debate.\n\n"
        "A new paragraph from the updated page.\n\n"
        "The committee approved the budget anyway.\n");
    QVERIFY(m_lib->articles().replaceContent(m_id, articleWith(QStringLiteral("Budget vote"), newMarkdown)).ok());
    const QString text = annotate::articleText(newMarkdown);

    const Highlight m = *repo.get(moved->id);
    QCOMPARE(*m.position, qint64(text.indexOf(QStringLiteral("The committee approved the budget anyway"))) - 1);
    QCOMPARE(m.quote, moved->quote);
    const Highlight e = *repo.get(edited->id);
    QVERIFY(e.anchored());
    QCOMPARE(e.quote, QStringLiteral("approved the budget on Wednesday after a long debate"));
    QCOMPARE(*e.position, qint64(text.indexOf(QStringLiteral("approved"))) - 1);
    const Highlight g = *repo.get(gone->id);
    QVERIFY(!g.anchored());
    QCOMPARE(g.quote, gone->quote);
    QCOMPARE(g.note, QStringLiteral("orphan note"));

    HighlightFilter orphans;
    orphans.orphanedOnly = true;
    QCOMPARE(repo.list(orphans).size(), 1);
    QCOMPARE(repo.list(orphans).front().id, gone->id);
    // Orphans are listed last in text order, and a later content with the passage brings them back.
    QCOMPARE(repo.forArticle(m_id).back().id, gone->id);
    QVERIFY(m_lib->articles().replaceContent(m_id, articleWith(QStringLiteral("Budget vote"), kMarkdown)).ok());
    QVERIFY(repo.get(gone->id)->anchored());
    QCOMPARE(repo.list(orphans).size(), 0);
    verifyIndex(*m_lib);
}

void TestHighlights::deletedWithTheirArticle()
{
    QVERIFY(m_lib->highlights().add(m_id, quote(QStringLiteral("long debate"), QStringLiteral("n"))).ok());
    QVERIFY(m_lib->articles().remove(m_id).ok());
    QCOMPARE(m_lib->highlights().list({}).size(), 0);
    Statement count = databaseOf(*m_lib).prepare("SELECT count(*) FROM highlights");
    QVERIFY(count.step());
    QCOMPARE(count.integer(0), 0);
    verifyIndex(*m_lib);
}

void TestHighlights::searchFindsNotesAndHighlights()
{
    auto other = m_lib->articles().insert(articleWith(QStringLiteral("Other story"), QStringLiteral("Nothing about budgets here.\n")));
    QVERIFY(other.ok());
    HighlightRepository &repo = m_lib->highlights();
    SearchRepository &search = m_lib->search();
    QCOMPARE(titles(search, QStringLiteral("zeppelin")), QStringList());

    // A word only in a highlight's note.
    const auto added = repo.add(m_id, quote(QStringLiteral("long debate"), QStringLiteral("Reminds me of the zeppelin hearings.")));
    QVERIFY(added.ok());
    QCOMPARE(titles(search, QStringLiteral("zeppelin")), QStringList{QStringLiteral("Budget vote")});
    const auto hits = search.search(QStringLiteral("zeppelin"), 10);
    QVERIFY2(hits->front().snippet.contains(QStringLiteral("\x02zeppelin\x03 hearings")), qPrintable(hits->front().snippet));
    // Chinese in the article's own note, found as a substring like the body.
    QVERIFY(repo.setArticleNote(*other, QStringLiteral("值得再读：国产芯片")).ok());
    QCOMPARE(titles(search, QStringLiteral("芯片")), QStringList{QStringLiteral("Other story")});
    QVERIFY(search.search(QStringLiteral("芯片"), 10)->front().snippet.contains(QStringLiteral("\x02芯片\x03")));
    // A body match keeps the body's snippet.
    QVERIFY(search.search(QStringLiteral("budgets"), 10)->front().snippet.startsWith(QStringLiteral("Nothing about")));
    // Words from the note and the body together.
    QCOMPARE(titles(search, QStringLiteral("zeppelin committee")), QStringList{QStringLiteral("Budget vote")});

    // Gone with the note, the highlight, the article's note.
    QVERIFY(repo.setNote(added->id, QString()).ok());
    QCOMPARE(titles(search, QStringLiteral("zeppelin")), QStringList());
    QVERIFY(repo.remove(added->id).ok());
    QVERIFY(repo.setArticleNote(*other, QString()).ok());
    QCOMPARE(titles(search, QStringLiteral("芯片")), QStringList());
    verifyIndex(*m_lib);
}

void TestHighlights::hasFilters()
{
    auto second = m_lib->articles().insert(articleWith(QStringLiteral("Second budget"), QStringLiteral("Budget again.\n")));
    auto third = m_lib->articles().insert(articleWith(QStringLiteral("Third budget"), QStringLiteral("Budget thrice.\n")));
    QVERIFY(second.ok() && third.ok());
    HighlightRepository &repo = m_lib->highlights();
    SearchRepository &search = m_lib->search();
    QVERIFY(repo.add(m_id, quote(QStringLiteral("long debate"))).ok());
    QVERIFY(repo.add(*second, quote(QStringLiteral("again"), QStringLiteral("a highlight note"))).ok());
    QVERIFY(repo.setArticleNote(*third, QStringLiteral("an article note")).ok());

    auto sorted = [&](const QString &query) {
        QStringList t = titles(search, query);
        t.sort();
        return t;
    };
    QCOMPARE(sorted(QStringLiteral("has:highlights")), (QStringList{QStringLiteral("Budget vote"), QStringLiteral("Second budget")}));
    QCOMPARE(sorted(QStringLiteral("has:note")), (QStringList{QStringLiteral("Second budget"), QStringLiteral("Third budget")}));
    QCOMPARE(sorted(QStringLiteral("budget -has:highlights")), QStringList{QStringLiteral("Third budget")});
    QCOMPARE(sorted(QStringLiteral("has:highlights has:note")), QStringList{QStringLiteral("Second budget")});
    QCOMPARE(sorted(QStringLiteral("thrice has:note")), QStringList{QStringLiteral("Third budget")});
    const auto wrong = search.search(QStringLiteral("has:colour"), 10);
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.errorMessage().contains(QStringLiteral("has:highlights or has:note")));
}

void TestHighlights::upgradeFromSchema7()
{
    QTemporaryDir dir;
    {
        auto db = Database::open(dir.filePath(QStringLiteral("library.sqlite")), Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(migrations::migrate(**db, 7).ok());
        Statement insert = (*db)->prepare("INSERT INTO articles(title, saved, imported, markdown, text) "
                                          "VALUES ('Old one', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', "
                                          "'Kept words in the old library.', 'Kept words in the old library.')");
        QVERIFY(insert.run().ok());
    }
    auto opened = Library::open(dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    Library &lib = **opened;
    QCOMPARE(databaseOf(lib).userVersion(), migrations::latestVersion());
    QCOMPARE(titles(lib.search(), QStringLiteral("kept words")), QStringList{QStringLiteral("Old one")});
    QVERIFY(lib.highlights().add(1, quote(QStringLiteral("old library"), QStringLiteral("upgraded fine"))).ok());
    QCOMPARE(titles(lib.search(), QStringLiteral("upgraded")), QStringList{QStringLiteral("Old one")});
    verifyIndex(lib);
}

QTEST_GUILESS_MAIN(TestHighlights)
#include "tst_highlights.moc"
