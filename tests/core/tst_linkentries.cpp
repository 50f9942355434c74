// Link entries (import/exportimport.h): links from other readers' exports become articles marked
// "not saved yet" with every field in place; the same normalised URL from two formats is one entry
// (tags merged, the earliest saved time kept); bad rows fail naming "FILE: line N" while the rest
// imports; a saved page with the entry's URL fills it, keeping its id, tags, state, note and
// highlights. Fixtures are written here.
#include "import/exportimport.h"
#include "import/importer.h"
#include "import/prepare.h"
#include "readers/instapaper.h"
#include "readers/linkhtmlformats.h"
#include "readers/pocketcsv.h"
#include "storage/articlerepository.h"
#include "storage/bulkoperations.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "storage/tagrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::import;

namespace {

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

readers::ExportContents pocketCsv(const QByteArray &data, const QString &name = QStringLiteral("pocket.csv"))
{
    readers::ExportContents c;
    c.format = QStringLiteral("Pocket CSV");
    readers::readPocketCsvData(data, name, c);
    return c;
}

QList<ArticleId> searchIds(storage::Library &lib, const QString &query)
{
    QList<ArticleId> ids;
    auto hits = lib.search().search(query, -1);
    if (hits)
        for (const auto &hit : *hits)
            ids.append(hit.article.id);
    return ids;
}

} // namespace

class TestLinkEntries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_lib;

private slots:
    void init()
    {
        m_lib.reset();
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) + QStringLiteral("-")
                                              + QString::fromLatin1(QTest::currentTestFunction()));
        auto lib = storage::Library::open(folder);
        QVERIFY2(lib.ok(), lib.ok() ? "" : qPrintable(lib.errorMessage()));
        m_lib = std::move(*lib);
    }

    void everyFieldLands()
    {
        const auto contents = pocketCsv("title,url,time_added,tags,status\n"
                                        "深度学习入门,https://www.example.cn/dl?utm_source=pocket,1700000000,机器学习|reading,archive\n"
                                        ",https://plain.example/untitled,1600000000,,unread\n");
        const ExportImport result = storeExportContents(*m_lib, contents, QStringLiteral("/tmp/pocket.csv"));
        QCOMPARE(result.outcomes.size(), 2);
        QCOMPARE(result.outcomes[0].kind, ImportOutcome::Kind::Imported);
        QCOMPARE(result.outcomes[0].file, QStringLiteral("pocket.csv: line 2"));
        QCOMPARE(result.summary.line(),
                 QStringLiteral("imported 2, merged 0, skipped 0, failed 0 from /tmp/pocket.csv (Pocket CSV)"));

        const auto a = m_lib->articles().get(result.outcomes[0].id);
        QVERIFY(a);
        QVERIFY(a->linkOnly);
        QCOMPARE(a->meta.title, QStringLiteral("深度学习入门"));
        QCOMPARE(a->meta.url, QStringLiteral("https://www.example.cn/dl?utm_source=pocket"));
        QCOMPARE(a->meta.siteName, QStringLiteral("example.cn"));
        QCOMPARE(a->saved, utc(1700000000));
        QVERIFY(a->read);
        QVERIFY(!a->starred);
        QCOMPARE(a->tags.size(), 2);
        QVERIFY(a->tags.contains(QStringLiteral("机器学习")));
        QVERIFY(a->tags.contains(QStringLiteral("reading")));
        QVERIFY(a->markdown.isEmpty());
        QCOMPARE(a->textLength, 0);
        QCOMPARE(a->readingMinutes, 0);
        QCOMPARE(a->sourceFormat, QStringLiteral("link"));
        QCOMPARE(a->extractorVersion, 0);
        // An entry without a title is named by its URL.
        const auto b = m_lib->articles().get(result.outcomes[1].id);
        QVERIFY(b);
        QCOMPARE(b->meta.title, QStringLiteral("https://plain.example/untitled"));
        QVERIFY(!b->read);

        // Listed, counted, filtered by tag and state.
        QCOMPARE(m_lib->articles().count({}), 2);
        storage::ArticleFilter unread;
        unread.readState = storage::ArticleFilter::ReadState::Unread;
        QCOMPARE(m_lib->articles().ids(unread), QList<ArticleId>({b->id}));
        storage::ArticleFilter tagged;
        tagged.tag = QStringLiteral("机器学习");
        const QList<Article> listed = m_lib->articles().list(tagged);
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().linkOnly);
        // Searchable by title, URL and tags.
        QCOMPARE(searchIds(*m_lib, QStringLiteral("深度学习")), QList<ArticleId>({a->id}));
        QCOMPARE(searchIds(*m_lib, QStringLiteral("untitled")), QList<ArticleId>({b->id}));
        QCOMPARE(searchIds(*m_lib, QStringLiteral("reading")), QList<ArticleId>({a->id}));
    }

    void aDeletedEntryComesBackWhenItsExportIsImportedAgain()
    {
        const auto pocket = pocketCsv("title,url,time_added,tags,status\n"
                                      "Kept for later,https://later.example/a,1700000000,queue,unread\n");
        const ExportImport first = storeExportContents(*m_lib, pocket, QStringLiteral("pocket.csv"));
        QCOMPARE(first.summary.imported, 1);
        const ArticleId id = first.outcomes[0].id;
        QVERIFY(storage::BulkOperations(*m_lib).remove(storage::ArticleSelection::of({id})).ok());
        const qint64 live = m_lib->articles().count({});

        // The same export again: the deleted entry comes back (same id and tags), not a second entry.
        const ExportImport again = storeExportContents(*m_lib, pocket, QStringLiteral("pocket.csv"));
        QCOMPARE(again.outcomes.size(), 1);
        QCOMPARE(again.outcomes[0].kind, ImportOutcome::Kind::Imported);
        QVERIFY(again.outcomes[0].restored);
        QCOMPARE(again.outcomes[0].id, id);
        QCOMPARE(m_lib->articles().count({}), live + 1);
        QVERIFY(!m_lib->articles().isDeleted(id));
        QCOMPARE(m_lib->articles().get(id)->tags, QStringList{QStringLiteral("queue")});
    }

    void crossFormatDuplicatesAreOneEntry()
    {
        // Pocket first (tracking parameter, later time), then Instapaper (starred, earlier, other tag),
        // then a bookmark (a trailing slash, a folder), and the same link twice in one file.
        const auto pocket = pocketCsv("title,url,time_added,tags,status\n"
                                      "Shared,https://shared.example/post?utm_source=x,1700000000,pocket-tag,unread\n"
                                      "Shared again,https://shared.example/post,1800000000,second,unread\n");
        const ExportImport first = storeExportContents(*m_lib, pocket, QStringLiteral("pocket.csv"));
        QCOMPARE(first.summary.imported, 1);
        QCOMPARE(first.summary.merged, 1);
        const ArticleId id = first.outcomes[0].id;
        QCOMPARE(first.outcomes[1].kind, ImportOutcome::Kind::Duplicate);
        QCOMPARE(first.outcomes[1].id, id);

        readers::ExportContents instapaper;
        instapaper.format = QStringLiteral("Instapaper CSV");
        readers::readInstapaperCsvData("URL,Title,Selection,Folder,Timestamp,Tags\n"
                                       "https://SHARED.example/post#top,Shared,,Starred,1500000000,\"[\"\"书签\"\"]\"\n",
                                       QStringLiteral("instapaper.csv"), instapaper);
        const ExportImport second = storeExportContents(*m_lib, instapaper, QStringLiteral("instapaper.csv"));
        QCOMPARE(second.outcomes.size(), 1);
        QCOMPARE(second.outcomes[0].kind, ImportOutcome::Kind::Duplicate);
        QCOMPARE(second.outcomes[0].id, id);

        readers::ExportContents bookmarks;
        bookmarks.format = QStringLiteral("Netscape bookmarks");
        readers::readBookmarksData("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>收藏</H3>\n<DL><p>\n"
                                   "<DT><A HREF=\"https://shared.example/post/\" ADD_DATE=\"1900000000\">S</A>\n"
                                   "</DL><p>\n</DL><p>\n",
                                   QStringLiteral("bookmarks.html"), bookmarks);
        const ExportImport third = storeExportContents(*m_lib, bookmarks, QStringLiteral("bookmarks.html"));
        QCOMPARE(third.outcomes.size(), 1);
        QCOMPARE(third.outcomes[0].id, id);
        QCOMPARE(third.summary.line(),
                 QStringLiteral("imported 0, merged 1, skipped 0, failed 0 from bookmarks.html (Netscape bookmarks)"));

        QCOMPARE(m_lib->articles().count({}), 1);
        const auto a = m_lib->articles().get(id);
        QVERIFY(a);
        QCOMPARE(a->saved, utc(1500000000)); // the earliest
        QVERIFY(a->starred);
        QVERIFY(!a->read);
        QStringList tags = a->tags;
        tags.sort();
        QStringList expected = {QStringLiteral("pocket-tag"), QStringLiteral("second"), QStringLiteral("书签"),
                                QStringLiteral("收藏")};
        expected.sort();
        QCOMPARE(tags, expected);
    }

    void badRowsFailNamingTheLineWhileTheRestImports()
    {
        QByteArray data = "title,url,time_added,tags,status\n"
                          "ok one,https://ok.example/1,1700000000,,unread\n"
                          "\"";
        data += QByteArray(10 * 1024 * 1024, 'y');
        data += "\",https://ok.example/big,1,,unread\n"
                "bookmarklet,javascript:void(0),1,,unread\n"
                "\"ok, two\",https://ok.example/2,1700000000,,archive\n"
                "\"unclosed,https://ok.example/3,1,,unread\n";
        const ExportImport result = storeExportContents(*m_lib, pocketCsv(data), QStringLiteral("/x/pocket.csv"));
        QCOMPARE(result.summary.imported, 2);
        QCOMPARE(result.summary.failed, 2);
        QCOMPARE(result.summary.skipped, 1);
        QStringList lines;
        for (const ImportOutcome &o : result.outcomes)
            if (o.kind != ImportOutcome::Kind::Imported)
                lines.append(o.file + QStringLiteral(" | ") + o.reason);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QLatin1String("pocket.csv: line 3 | field 1 is longer than")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QLatin1String("pocket.csv: line 4 | not a web address")), qPrintable(lines[1]));
        QCOMPARE(result.outcomes[1].kind, ImportOutcome::Kind::Skipped);
        QVERIFY2(lines[2].startsWith(QLatin1String("pocket.csv: line 6 | the quoted field")), qPrintable(lines[2]));
        QCOMPARE(m_lib->articles().count({}), 2);
    }

    void exportFileThatCannotBeReadFailsNamingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1,2\n");
        f.close();
        const ExportImport result = importExport(*m_lib, path);
        QCOMPARE(result.outcomes.size(), 1);
        QCOMPARE(result.outcomes[0].kind, ImportOutcome::Kind::Failed);
        QCOMPARE(result.outcomes[0].file, path);
        QVERIFY(result.outcomes[0].reason.contains(QLatin1String("not an export")));
    }

    void savedPageFillsTheEntryKeepingTagsStateAndHighlights()
    {
        const auto contents = pocketCsv("title,url,time_added,tags,status\n"
                                        "Link title,https://news.example/story?utm_medium=feed,1500000000,跟进|later,archive\n");
        const ExportImport linked = storeExportContents(*m_lib, contents, QStringLiteral("pocket.csv"));
        const ArticleId id = linked.outcomes.value(0).id;
        QVERIFY(id > 0);
        QVERIFY(m_lib->articles().setStarred(id, true).ok());
        QVERIFY(m_lib->highlights().setArticleNote(id, QStringLiteral("read this first")).ok());
        Highlight orphan;
        orphan.articleId = id;
        orphan.quote = QStringLiteral("the river rose three metres overnight");
        orphan.note = QStringLiteral("核对数字");
        QVERIFY(m_lib->highlights().restore(orphan).ok());

        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("story.html"));
        QFile f(page);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Flood Story</title>"
                          "<link rel=\"canonical\" href=\"https://news.example/story\"></head><body><article>"
                          "<h1>The Flood Story</h1>";
        for (int i = 0; i < 6; ++i)
            body += "<p>Residents of the valley watched as the river rose three metres overnight, and the town "
                    "council met in the school hall to plan the evacuation of the lower streets.</p>";
        body += "</article></body></html>";
        f.write(body);
        f.close();
        auto prepared = prepareFile(page);
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.errorMessage()));
        const ImportOutcome outcome = storePrepared(*m_lib, std::move(*prepared), {});
        QCOMPARE(outcome.kind, ImportOutcome::Kind::Filled);
        QCOMPARE(outcome.id, id);

        QCOMPARE(m_lib->articles().count({}), 1);
        const auto a = m_lib->articles().get(id);
        QVERIFY(a);
        QVERIFY(!a->linkOnly);
        QVERIFY(a->markdown.contains(QLatin1String("river rose three metres")));
        QVERIFY(a->textLength > 0);
        QVERIFY(a->read);
        QVERIFY(a->starred);
        QCOMPARE(a->saved, utc(1500000000)); // the link's, earlier than the file's
        QVERIFY(a->tags.contains(QStringLiteral("跟进")));
        QVERIFY(a->tags.contains(QStringLiteral("later")));
        QCOMPARE(*m_lib->highlights().articleNote(id), QStringLiteral("read this first"));
        const QList<Highlight> highlights = m_lib->highlights().forArticle(id);
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights[0].note, QStringLiteral("核对数字"));
        QVERIFY(highlights[0].anchored()); // its quote is in the page: anchored now

        // The same page again is a plain duplicate.
        auto again = prepareFile(page);
        QVERIFY(again.ok());
        QCOMPARE(storePrepared(*m_lib, std::move(*again), {}).kind, ImportOutcome::Kind::Duplicate);
    }

    void tenThousandLinksInBatches()
    {
        QByteArray data = "title,url,time_added,tags,status\n";
        for (int i = 0; i < 10000; ++i)
            data += "Link " + QByteArray::number(i) + ",https://many.example/item/" + QByteArray::number(i) + ","
                    + QByteArray::number(1600000000 + i) + ",t" + QByteArray::number(i % 20) + "|批量,"
                    + (i % 3 == 0 ? "archive" : "unread") + "\n";
        QElapsedTimer timer;
        timer.start();
        const ExportImport result = storeExportContents(*m_lib, pocketCsv(data), QStringLiteral("pocket.csv"));
        const qint64 ms = timer.elapsed();
        qInfo() << "10,000 links stored in" << ms << "ms";
        QCOMPARE(result.summary.imported, 10000);
        QCOMPARE(m_lib->articles().count({}), 10000);
        storage::ArticleFilter read;
        read.readState = storage::ArticleFilter::ReadState::Read;
        QCOMPARE(m_lib->articles().count(read), 3334);
        QVERIFY2(ms < 30000, "storing 10,000 links must not take minutes (benchmark: < 10 s)");
    }
};

QTEST_GUILESS_MAIN(TestLinkEntries)
#include "tst_linkentries.moc"
