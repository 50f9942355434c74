// Bulk operations (storage/bulkoperations.h): each changes any set of articles in one transaction and
// its undo restores exactly the state before; delete is soft (same ids back with tags, state and
// highlights), hidden from lists, counts, tags and search, and purged after a while.
#include "storagefixtures.h"

#include "import/importer.h"
#include "storage/articlerepository.h"
#include "storage/bulkoperations.h"
#include "storage/database.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "storage/statement.h"
#include "storage/tagrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;

using storagefixtures::day;
using storagefixtures::makeArticle;

namespace {

// What an undo must bring back exactly: every article's state, tags, read time and highlights.
struct Snapshot
{
    QStringList rows;
    bool operator==(const Snapshot &other) const { return rows == other.rows; }
};

Snapshot snapshot(Library &library)
{
    Snapshot s;
    Statement stmt = databaseOf(library).prepare(
        "SELECT a.id, s.read, coalesce(s.read_at, '-'), s.starred, "
        "coalesce((SELECT group_concat(t.name, ',') FROM article_tags at JOIN tags t ON t.id = at.tag_id "
        "WHERE at.article_id = a.id), ''), "
        "(SELECT count(*) FROM highlights h WHERE h.article_id = a.id), "
        "a.id IN (SELECT article_id FROM deleted_articles) "
        "FROM articles a JOIN article_state s ON s.article_id = a.id ORDER BY a.id");
    while (stmt.step()) {
        QStringList cells;
        for (int c = 0; c < 7; ++c)
            cells << stmt.text(c);
        s.rows << cells.join(QLatin1Char('|'));
    }
    if (!stmt.ok() || s.rows.isEmpty())
        qFatal("snapshot: the library's rows could not be read");
    return s;
}

} // namespace

class TestBulkOperations final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void markReadAndUndoRestoresEachReadTime();
    void starAndUndoTouchOnlyTheChanged();
    void tagAddRemoveAndUndo();
    void wholeViewIsResolvedInTheDatabase();
    void searchSelection();
    void softDeleteHidesEverywhereAndUndoBringsSameIds();
    void restoreAndItsUndo();
    void purgeRemovesOnlyOldDeletions();
    void oneTransactionRollsBackOnFailure();
    void emptyTagIsRefused();
    void reimportingADeletedPageBringsItBack();

private:
    QList<ArticleId> seed(int n);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
};

void TestBulkOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Library::open(m_dir->filePath(QStringLiteral("lib")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    m_lib = std::move(*opened);
}

void TestBulkOperations::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

QList<ArticleId> TestBulkOperations::seed(int n)
{
    QList<ArticleId> ids;
    for (int i = 0; i < n; ++i) {
        Article a = makeArticle(QStringLiteral("article %1 kestrel").arg(i), QStringLiteral("s%1.com").arg(i % 2),
                                day(1 + i % 28), i % 3 == 0 ? QStringList{QStringLiteral("Linux")} : QStringList{});
        a.read = i % 4 == 0;
        a.readAt = QDateTime(QDate(2024, 1, 1 + i % 28), QTime(8, i % 60), Qt::UTC);
        a.starred = i % 5 == 0;
        auto id = m_lib->articles().insert(a);
        if (!id.ok())
            return {};
        ids << *id;
    }
    return ids;
}

void TestBulkOperations::markReadAndUndoRestoresEachReadTime()
{
    const QList<ArticleId> ids = seed(12);
    QCOMPARE(ids.size(), 12);
    BulkOperations ops(*m_lib);
    const Snapshot before = snapshot(*m_lib);

    auto read = ops.setRead(ArticleSelection::of(ids), true);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.errorMessage()));
    QCOMPARE(read->count(), 9); // 3 of 12 were read already
    ArticleFilter unread;
    unread.readState = ArticleFilter::ReadState::Unread;
    QCOMPARE(m_lib->articles().count(unread), 0);
    QVERIFY(ops.undo(*read).ok());
    QCOMPARE(snapshot(*m_lib), before);

    // Marking unread forgets the read times; the undo brings each one back.
    auto unreadChange = ops.setRead(ArticleSelection::of(ids), false);
    QVERIFY(unreadChange.ok());
    QCOMPARE(unreadChange->count(), 3);
    QCOMPARE(unreadChange->previous.size(), 3);
    QVERIFY(!m_lib->articles().get(ids.first())->readAt.isValid());
    QVERIFY(ops.undo(*unreadChange).ok());
    QCOMPARE(snapshot(*m_lib), before);
    QCOMPARE(m_lib->articles().get(ids.first())->readAt, QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC));

    // Redo does it again.
    auto again = ops.redo(*read);
    QVERIFY(again.ok());
    QCOMPARE(again->ids, read->ids);
    QCOMPARE(m_lib->articles().count(unread), 0);
}

void TestBulkOperations::starAndUndoTouchOnlyTheChanged()
{
    const QList<ArticleId> ids = seed(10);
    BulkOperations ops(*m_lib);
    const Snapshot before = snapshot(*m_lib);
    auto starred = ops.setStarred(ArticleSelection::of(ids.mid(0, 6)), true);
    QVERIFY(starred.ok());
    QCOMPARE(starred->count(), 4); // ids 0 and 5 were starred
    QVERIFY(!starred->ids.contains(ids.at(0)));
    ArticleFilter stars;
    stars.starredOnly = true;
    QCOMPARE(m_lib->articles().count(stars), 6); // the first six, none of the rest
    QVERIFY(ops.undo(*starred).ok());
    QCOMPARE(snapshot(*m_lib), before);
    QCOMPARE(m_lib->articles().count(stars), 2);

    // The toggle stars all when any is unstarred, else unstars all.
    auto toggled = ops.toggleStarred(ArticleSelection::of(ids.mid(0, 6)));
    QVERIFY(toggled.ok());
    QVERIFY(toggled->value);
    QCOMPARE(m_lib->articles().count(stars), 6);
    auto back = ops.toggleStarred(ArticleSelection::of(ids.mid(0, 6)));
    QVERIFY(back.ok());
    QVERIFY(!back->value);
    QCOMPARE(back->count(), 6);
    QCOMPARE(m_lib->articles().count(stars), 0);
}

void TestBulkOperations::tagAddRemoveAndUndo()
{
    const QList<ArticleId> ids = seed(9);
    BulkOperations ops(*m_lib);
    const Snapshot before = snapshot(*m_lib);

    auto added = ops.addTag(ArticleSelection::of(ids), QStringLiteral("  linux "));
    QVERIFY(added.ok());
    QCOMPARE(added->tag, QStringLiteral("Linux")); // the library's spelling
    QCOMPARE(added->count(), 6);                    // 3 had it
    QCOMPARE(m_lib->tags().list().value(0).count, 9);
    auto hits = m_lib->search().search(QStringLiteral("tag:linux"), -1);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 9);
    // The tag's name is a word of the search (storage/tagsearch.h), though no text has it.
    hits = m_lib->search().search(QStringLiteral("linux"), -1);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 9);
    QVERIFY(ops.undo(*added).ok());
    QCOMPARE(snapshot(*m_lib), before);

    auto fresh = ops.addTag(ArticleSelection::of(ids.mid(0, 2)), QStringLiteral("新闻"));
    QVERIFY(fresh.ok());
    QCOMPARE(m_lib->tags().list().size(), 2);
    QVERIFY(ops.undo(*fresh).ok());
    QCOMPARE(m_lib->tags().list().size(), 1); // a tag the undo left unused is gone again

    // Removing a tag from all of its articles drops it; the undo brings it back, same spelling.
    auto removed = ops.removeTag(ArticleSelection::of(ids), QStringLiteral("LINUX"));
    QVERIFY(removed.ok());
    QCOMPARE(removed->count(), 3);
    QVERIFY(m_lib->tags().list().isEmpty());
    QVERIFY(ops.undo(*removed).ok());
    QCOMPARE(snapshot(*m_lib), before);
    QCOMPARE(m_lib->tags().list().value(0).name, QStringLiteral("Linux"));
}

void TestBulkOperations::wholeViewIsResolvedInTheDatabase()
{
    seed(20);
    BulkOperations ops(*m_lib);
    ArticleFilter tagView;
    tagView.tag = QStringLiteral("linux");
    const qint64 tagged = m_lib->articles().count(tagView);
    QCOMPARE(tagged, 7);
    ArticleFilter unreadInTag = tagView;
    unreadInTag.readState = ArticleFilter::ReadState::Unread;
    const qint64 unreadTagged = m_lib->articles().count(unreadInTag);
    ArticleFilter unread;
    unread.readState = ArticleFilter::ReadState::Unread;
    const qint64 unreadAll = m_lib->articles().count(unread);

    tagView.limit = 2; // paging of the view does not narrow the selection
    auto read = ops.setRead(ArticleSelection::allOf(tagView), true);
    QVERIFY(read.ok());
    QCOMPARE(read->count(), unreadTagged);
    QCOMPARE(m_lib->articles().count(unreadInTag), 0);
    // Only that view was touched.
    QCOMPARE(m_lib->articles().count(unread), unreadAll - unreadTagged);
}

void TestBulkOperations::searchSelection()
{
    const QList<ArticleId> ids = seed(6);
    Article other = makeArticle(QStringLiteral("osprey"), QStringLiteral("b.org"), day(3));
    other.text = QStringLiteral("osprey only");
    QVERIFY(m_lib->articles().insert(other).ok());
    BulkOperations ops(*m_lib);
    auto starred = ops.setStarred(ArticleSelection::matching(QStringLiteral("kestrel")), true);
    QVERIFY(starred.ok());
    ArticleFilter stars;
    stars.starredOnly = true;
    QCOMPARE(m_lib->articles().count(stars), 6);
}

void TestBulkOperations::softDeleteHidesEverywhereAndUndoBringsSameIds()
{
    const QList<ArticleId> ids = seed(8);
    NewHighlight spec;
    spec.quote = QStringLiteral("Body of the article");
    auto marked = m_lib->highlights().add(ids.at(0), spec);
    QVERIFY2(marked.ok(), qPrintable(marked.ok() ? QString() : marked.errorMessage()));
    BulkOperations ops(*m_lib);
    const Snapshot before = snapshot(*m_lib);
    const QList<ArticleId> victims = {ids.at(0), ids.at(3), ids.at(6), 999999};

    auto deleted = ops.remove(ArticleSelection::of(victims));
    QVERIFY(deleted.ok());
    QCOMPARE(deleted->ids, (QList<ArticleId>{ids.at(0), ids.at(3), ids.at(6)})); // unknown id ignored
    ArticleRepository &repo = m_lib->articles();
    QCOMPARE(repo.count({}), 5);
    QVERIFY(!repo.ids({}).contains(ids.at(3)));
    QVERIFY(!repo.findByUrl(repo.get(ids.at(3))->meta.url).has_value()); // a re-import is not a duplicate
    QVERIFY(m_lib->tags().list().isEmpty());                             // Linux: only on 0, 3, 6
    QVERIFY(m_lib->highlights().list({}).isEmpty());
    auto hits = m_lib->search().search(QStringLiteral("kestrel"), -1);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 5);
    for (const SearchHit &hit : *hits)
        QVERIFY(!deleted->ids.contains(hit.article.id));
    QCOMPARE(ops.deletedIds().size(), 3);
    // Deleting again changes nothing.
    auto twice = ops.remove(ArticleSelection::of(victims));
    QVERIFY(twice.ok());
    QCOMPARE(twice->count(), 0);

    QVERIFY(ops.undo(*deleted).ok());
    QCOMPARE(snapshot(*m_lib), before); // same ids, tags, state, highlights
    QCOMPARE(repo.count({}), 8);
    QCOMPARE(m_lib->highlights().forArticle(ids.at(0)).size(), 1);
    QCOMPARE(m_lib->search().search(QStringLiteral("kestrel"), -1)->size(), 8);
}

void TestBulkOperations::restoreAndItsUndo()
{
    const QList<ArticleId> ids = seed(4);
    BulkOperations ops(*m_lib);
    auto deleted = ops.remove(ArticleSelection::of(ids.mid(0, 2)));
    QVERIFY(deleted.ok());
    const Snapshot afterDelete = snapshot(*m_lib);
    auto restored = ops.restore(ArticleSelection::of(ops.deletedIds()));
    QVERIFY(restored.ok());
    QCOMPARE(restored->ids, ids.mid(0, 2));
    QCOMPARE(m_lib->articles().count({}), 4);
    QVERIFY(ops.undo(*restored).ok());
    QCOMPARE(snapshot(*m_lib), afterDelete);
}

void TestBulkOperations::purgeRemovesOnlyOldDeletions()
{
    const QList<ArticleId> ids = seed(5);
    BulkOperations ops(*m_lib);
    QVERIFY(ops.remove(ArticleSelection::of(ids.mid(0, 3))).ok());
    // Two of them were deleted 40 days ago.
    Statement age = databaseOf(*m_lib).prepare(
        "UPDATE deleted_articles SET deleted_at = ?1 WHERE article_id IN (?2, ?3)");
    age.bind(1, QDateTime::currentDateTimeUtc().addDays(-40)).bind(2, ids.at(0)).bind(3, ids.at(1));
    QVERIFY(age.run().ok());
    auto purged = ops.purgeDeleted(BulkOperations::kPurgeAge);
    QVERIFY(purged.ok());
    QCOMPARE(*purged, 2);
    QVERIFY(!m_lib->articles().get(ids.at(0)).has_value());
    QVERIFY(m_lib->articles().get(ids.at(2)).has_value());
    QCOMPARE(ops.deletedIds(), QList<ArticleId>{ids.at(2)});
    // Their index entries went with them: an index check passes.
    QVERIFY(m_lib->checkIntegrity().ok());

    // Library::open purges too.
    Statement older = databaseOf(*m_lib).prepare("UPDATE deleted_articles SET deleted_at = ?1");
    older.bind(1, QDateTime::currentDateTimeUtc().addDays(-31));
    QVERIFY(older.run().ok());
    const QString folder = m_lib->folder();
    m_lib.reset();
    auto reopened = Library::open(folder);
    QVERIFY(reopened.ok());
    m_lib = std::move(*reopened);
    QVERIFY(!m_lib->articles().get(ids.at(2)).has_value());
    QCOMPARE(m_lib->articles().count({}), 2);
}

void TestBulkOperations::oneTransactionRollsBackOnFailure()
{
    const QList<ArticleId> ids = seed(6);
    BulkOperations ops(*m_lib);
    const Snapshot before = snapshot(*m_lib);
    // A trigger that fails the 4th update: nothing of the operation may stay.
    QVERIFY(databaseOf(*m_lib)
                .exec("CREATE TEMP TRIGGER fail_fourth BEFORE UPDATE OF starred ON article_state "
                      "WHEN new.article_id = (SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 3) "
                      "BEGIN SELECT RAISE(ABORT, 'disk went away'); END")
                .ok());
    auto starred = ops.setStarred(ArticleSelection::of(ids), true);
    QVERIFY(!starred.ok());
    QCOMPARE(snapshot(*m_lib), before);
}

void TestBulkOperations::emptyTagIsRefused()
{
    const QList<ArticleId> ids = seed(2);
    BulkOperations ops(*m_lib);
    auto added = ops.addTag(ArticleSelection::of(ids), QStringLiteral("   "));
    QVERIFY(!added.ok());
    QVERIFY(added.errorMessage().contains(QStringLiteral("empty")));
}

void TestBulkOperations::reimportingADeletedPageBringsItBack()
{
    // A saved page, imported, tagged, highlighted, read, then deleted (soft).
    const QString page = m_dir->filePath(QStringLiteral("vacuum.html"));
    QFile file(page);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray body;
    for (int i = 0; i < 6; ++i)
        body += "<p>Vacuum step " + QByteArray::number(i)
            + " rewrites the database file without the free pages, so that the file shrinks and reads stay "
              "close together on the disk.</p>";
    file.write("<!DOCTYPE html><html><head><meta charset=utf-8><title>What vacuum does</title>"
               "<link rel=canonical href=\"https://db.example.org/vacuum\"></head><body><article>"
               "<h1>What vacuum does</h1>" + body + "</article></body></html>");
    file.close();
    import::ImportOptions options;
    options.threads = 1;
    const QList<import::ImportOutcome> first = import::importFiles(*m_lib, {page}, options);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().kind, import::ImportOutcome::Kind::Imported);
    const ArticleId id = first.first().id;
    QVERIFY(m_lib->tags().addTags(id, {QStringLiteral("sqlite")}).ok());
    QVERIFY(m_lib->articles().setRead(id, true).ok());
    NewHighlight spec;
    spec.quote = QStringLiteral("the file shrinks");
    QVERIFY(m_lib->highlights().add(id, spec).ok());
    BulkOperations ops(*m_lib);
    QVERIFY(ops.remove(ArticleSelection::of({id})).ok());
    QCOMPARE(m_lib->articles().count({}), 0);

    // Importing the same file again brings that article back (not a second one, not a "duplicate"
    // of an article the user cannot see), with everything it had.
    const QList<import::ImportOutcome> again = import::importFiles(*m_lib, {page}, options);
    QCOMPARE(again.first().kind, import::ImportOutcome::Kind::Imported);
    QVERIFY(again.first().restored);
    QCOMPARE(again.first().id, id);
    QCOMPARE(m_lib->articles().count({}), 1);
    QVERIFY(!m_lib->articles().isDeleted(id));
    const auto back = m_lib->articles().get(id);
    QVERIFY(back.has_value());
    QVERIFY(back->read);
    QCOMPARE(back->tags, QStringList{QStringLiteral("sqlite")});
    QCOMPARE(m_lib->highlights().forArticle(id).size(), 1);

    // A third import is the usual duplicate.
    const QList<import::ImportOutcome> third = import::importFiles(*m_lib, {page}, options);
    QCOMPARE(third.first().kind, import::ImportOutcome::Kind::Duplicate);
    QCOMPARE(third.first().id, id);
}

QTEST_GUILESS_MAIN(TestBulkOperations)
#include "tst_bulkoperations.moc"
