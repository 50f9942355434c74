// Storing other readers' records with content (import/exportimport_content): the article, its
// metadata, tags, states, progress, highlights (anchored, or orphaned when the quote is not in the
// text) and note; images from the export; duplicates by normalised URL gain tags and highlights.
#include "archive/zipwriter.h"
#include "import/exportimport_content.h"
#include "readers/exportformats.h"
#include "readers/exportrecord.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/bulkoperations.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::readers;
using Kind = import::ImportOutcome::Kind;

namespace {

QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

ExportRecord wallabagLike()
{
    ExportRecord r;
    r.origin = QStringLiteral("wallabag.json: entry 1");
    r.url = QStringLiteral("https://example.cn/slow-reading?utm_source=feed");
    r.title = QStringLiteral("慢读的艺术");
    r.author = QStringLiteral("王小明");
    r.language = QStringLiteral("zh");
    r.tags = {QStringLiteral("阅读"), QStringLiteral("tech")};
    r.saved = QDateTime(QDate(2023, 5, 4), QTime(8, 20, 30), Qt::UTC);
    r.published = QDateTime(QDate(2023, 4, 1), QTime(0, 0), Qt::UTC);
    r.read = true;
    r.starred = true;
    r.progress = 0.25;
    r.content = ExportRecord::Content::Article;
    // Short, and with a script: taken whole (no extraction could drop the short text), sanitised.
    r.html = QStringLiteral("<h1>慢读</h1><p>第一段：阅读需要时间，慢慢来。</p><script>alert('x')</script>"
                            "<p>Second paragraph in English.</p>")
                 .toUtf8();
    ExportHighlight found;
    found.quote = QStringLiteral("阅读需要时间");
    found.note = QStringLiteral("记住这一句");
    found.created = QDateTime(QDate(2023, 5, 4), QTime(9, 0), Qt::UTC);
    ExportHighlight missing;
    missing.quote = QStringLiteral("a sentence that is not in the article");
    missing.color = QStringLiteral("blue");
    r.highlights = {found, missing};
    r.note = QStringLiteral("a note on the whole entry");
    return r;
}

} // namespace

class TestExportImportContent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Library> m_library;
    QString m_export;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto library = storage::Library::open(m_dir.filePath(QStringLiteral("library-%1").arg(QTest::currentTestFunction())));
        QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.errorMessage()));
        m_library = std::move(library).value();
        m_export = m_dir.filePath(QStringLiteral("export.json"));
    }
    void cleanup() { m_library.reset(); }

    void articleRecordLandsWithEveryField()
    {
        const import::ImportOutcome outcome = import::storeContentRecord(*m_library, wallabagLike(), m_export);
        QCOMPARE(outcome.kind, Kind::Imported);
        QCOMPARE(outcome.file, QStringLiteral("wallabag.json: entry 1"));
        const auto article = m_library->articles().get(outcome.id);
        QVERIFY(article);
        QCOMPARE(article->meta.title, QStringLiteral("慢读的艺术"));
        QCOMPARE(article->meta.author, QStringLiteral("王小明"));
        QCOMPARE(article->meta.url, QStringLiteral("https://example.cn/slow-reading?utm_source=feed"));
        QCOMPARE(article->meta.language, QStringLiteral("zh"));
        QCOMPARE(article->saved, QDateTime(QDate(2023, 5, 4), QTime(8, 20, 30), Qt::UTC));
        QCOMPARE(article->meta.published, QDateTime(QDate(2023, 4, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(article->read);
        QVERIFY(article->starred);
        QCOMPARE(article->readingPosition, 0.25);
        QCOMPARE(article->extractorVersion, 0); // taken as the article: never re-extracted
        QVERIFY(article->markdown.contains(QStringLiteral("第一段：阅读需要时间")));
        QVERIFY(article->markdown.contains(QStringLiteral("Second paragraph in English.")));
        QVERIFY2(!article->markdown.contains(QStringLiteral("alert")), qPrintable(article->markdown));
        QStringList tags = m_library->tags().tagsOf(outcome.id);
        tags.sort();
        QStringList expected{QStringLiteral("tech"), QStringLiteral("阅读")};
        expected.sort();
        QCOMPARE(tags, expected);

        const QList<Highlight> highlights = m_library->highlights().forArticle(outcome.id);
        QCOMPARE(highlights.size(), 2);
        QCOMPARE(highlights.at(0).quote, QStringLiteral("阅读需要时间"));
        QVERIFY(highlights.at(0).anchored());
        QCOMPARE(highlights.at(0).note, QStringLiteral("记住这一句"));
        QCOMPARE(highlights.at(0).created, QDateTime(QDate(2023, 5, 4), QTime(9, 0), Qt::UTC));
        QCOMPARE(highlights.at(1).quote, QStringLiteral("a sentence that is not in the article"));
        QVERIFY(!highlights.at(1).anchored()); // orphaned, kept
        QCOMPARE(highlights.at(1).color, QStringLiteral("blue"));
        QCOMPARE(*m_library->highlights().articleNote(outcome.id), QStringLiteral("a note on the whole entry"));
        QVERIFY(outcome.warnings.join(u'\n').contains(QStringLiteral("1 orphaned")));
    }

    void duplicateByNormalisedUrlGainsTagsAndHighlights()
    {
        const import::ImportOutcome first = import::storeContentRecord(*m_library, wallabagLike(), m_export);
        QCOMPARE(first.kind, Kind::Imported);
        ExportRecord again = wallabagLike();
        again.origin = QStringLiteral("omnivore.zip: content/slow.html");
        again.url = QStringLiteral("https://example.cn/slow-reading"); // without the tracking parameter
        again.tags = {QStringLiteral("读书会")};
        again.read = false;
        ExportHighlight extra;
        extra.quote = QStringLiteral("Second paragraph");
        again.highlights.append(extra);
        const import::ImportOutcome second = import::storeContentRecord(*m_library, again, m_export);
        QCOMPARE(second.kind, Kind::Duplicate);
        QCOMPARE(second.id, first.id);
        QCOMPARE(m_library->articles().ids({}).size(), 1);
        QVERIFY(m_library->tags().tagsOf(first.id).contains(QStringLiteral("读书会")));
        QVERIFY(m_library->tags().tagsOf(first.id).contains(QStringLiteral("tech")));
        QVERIFY(m_library->articles().get(first.id)->read); // the existing article is kept as it is
        const QList<Highlight> highlights = m_library->highlights().forArticle(first.id);
        QCOMPARE(highlights.size(), 3); // the two already there are not doubled
        // The same note is not appended twice.
        QCOMPARE(*m_library->highlights().articleNote(first.id), QStringLiteral("a note on the whole entry"));
    }

    void aDeletedArticleComesBackFromTheExport()
    {
        const import::ImportOutcome first = import::storeContentRecord(*m_library, wallabagLike(), m_export);
        QCOMPARE(first.kind, Kind::Imported);
        QVERIFY(storage::BulkOperations(*m_library).remove(storage::ArticleSelection::of({first.id})).ok());
        QCOMPARE(m_library->articles().count({}), 0);
        const import::ImportOutcome again = import::storeContentRecord(*m_library, wallabagLike(), m_export);
        QCOMPARE(again.kind, Kind::Imported);
        QVERIFY(again.restored);
        QCOMPARE(again.id, first.id);
        QCOMPARE(m_library->articles().count({}), 1);
        QCOMPARE(m_library->highlights().forArticle(first.id).size(), 2); // not doubled
    }

    void imagesFromTheExportAreStored()
    {
        ExportRecord r;
        r.origin = QStringLiteral("readeck.zip: bookmarks/Ab3dE/container/index.html");
        r.url = QStringLiteral("https://news.example.com/2024/story");
        r.title = QStringLiteral("新闻故事");
        r.content = ExportRecord::Content::Article;
        r.html = QStringLiteral("<section><p>故事开始了。这是一个很长的故事。</p>"
                                "<p><img src=\"./_resources/pic.png\" alt=\"图\"></p>"
                                "<p><img src=\"https://cdn.example.com/remote.png\" alt=\"remote\"></p></section>")
                     .toUtf8();
        r.files.insert(QStringLiteral("./_resources/pic.png"), png());
        r.files.insert(QStringLiteral("_resources/pic.png"), png());
        ExportHighlight h;
        h.quote = QStringLiteral("故事开始");
        h.color = QStringLiteral("pink");
        r.highlights = {h};
        const import::ImportOutcome outcome = import::storeContentRecord(*m_library, r, m_export);
        QCOMPARE(outcome.kind, Kind::Imported);
        const auto article = m_library->articles().get(outcome.id);
        const QString blob = storage::BlobStore::relativePathFor(png(), QStringLiteral("png"));
        QVERIFY2(article->markdown.contains(blob), qPrintable(article->markdown));
        QVERIFY(m_library->articles().assetsOf(outcome.id).contains(blob));
        QVERIFY(m_library->blobs().contains(blob));
        // A remote image is never fetched: it stays a link.
        QVERIFY(article->markdown.contains(QStringLiteral("https://cdn.example.com/remote.png")));
        QCOMPARE(m_library->highlights().forArticle(outcome.id).first().color, QStringLiteral("pink"));
    }

    void pageRecordGoesThroughExtraction()
    {
        ExportRecord r;
        r.origin = QStringLiteral("export.zip: page.html");
        r.url = QStringLiteral("https://site.example.org/post");
        r.content = ExportRecord::Content::Page;
        QString body;
        for (int i = 0; i < 12; ++i)
            body += QStringLiteral("<p>这是正文的第%1段，讲述一个关于离线阅读的故事，内容足够长以便提取。</p>").arg(i + 1);
        r.html = QStringLiteral("<html><head><title>页面标题</title></head><body><nav><a href=\"/\">首页</a> "
                                "<a href=\"/about\">关于</a></nav><article><h1>页面标题</h1>%1</article>"
                                "<footer>版权所有 © 2024</footer></body></html>")
                     .arg(body)
                     .toUtf8();
        const import::ImportOutcome outcome = import::storeContentRecord(*m_library, r, m_export);
        QCOMPARE(outcome.kind, Kind::Imported);
        const auto article = m_library->articles().get(outcome.id);
        QCOMPARE(article->meta.title, QStringLiteral("页面标题")); // from the page: the record has none
        QVERIFY(article->extractorVersion > 0);
        QVERIFY(article->markdown.contains(QStringLiteral("这是正文的第12段")));
        QVERIFY2(!article->markdown.contains(QStringLiteral("版权所有")), qPrintable(article->markdown));
        QCOMPARE(article->meta.language, QStringLiteral("zh"));
    }

    void omnivoreExportEndToEnd()
    {
        // From the ZIP to the library: detection, reading, storing; every field where it belongs.
        const QString path = m_dir.filePath(QStringLiteral("omnivore-%1.zip").arg(QTest::currentTestFunction()));
        {
            auto zip = archive::ZipWriter::create(path);
            QVERIFY(zip.ok());
            QVERIFY(zip->addData(QStringLiteral("metadata_0_to_1.json"),
                                 QStringLiteral("[{\"id\": \"a1\", \"slug\": \"tea-3f\", \"title\": \"喝茶\", \"author\": \"陆羽\", "
                                                "\"url\": \"https://tea.example.cn/drink\", \"state\": \"ARCHIVED\", "
                                                "\"readingProgress\": 80, \"labels\": [\"茶\", \"生活\"], "
                                                "\"savedAt\": \"2024-02-03T04:05:06.000Z\", \"publishedAt\": \"2024-01-01T00:00:00.000Z\"}]")
                                     .toUtf8())
                            .ok());
            QVERIFY(zip->addData(QStringLiteral("content/tea-3f.html"),
                                 QStringLiteral("<div><p>茶要慢慢地喝。</p><p>水要烧开，再等一会儿。</p></div>").toUtf8())
                            .ok());
            QVERIFY(zip->addData(QStringLiteral("highlights/tea-3f.md"),
                                 QStringLiteral("> 茶要慢慢地喝。\n> \n水要烧开 [⤴️](https://omnivore.app/me/tea-3f#h1)\n\n好句子\n\n"
                                                "> 书里没有这一句\n")
                                     .toUtf8())
                            .ok());
            QVERIFY(zip->finish().ok());
        }
        auto probe = probeExport(path);
        QVERIFY(probe.ok());
        const ExportFormat *format = detectExport(*probe);
        QVERIFY(format);
        auto contents = format->read(path);
        QVERIFY(contents.ok());
        QCOMPARE(contents->records.size(), 1);
        const import::ImportOutcome outcome = import::storeContentRecord(*m_library, contents->records.first(), path);
        QCOMPARE(outcome.kind, Kind::Imported);
        const auto a = m_library->articles().get(outcome.id);
        QCOMPARE(a->meta.title, QStringLiteral("喝茶"));
        QCOMPARE(a->meta.author, QStringLiteral("陆羽"));
        QCOMPARE(a->meta.url, QStringLiteral("https://tea.example.cn/drink"));
        QCOMPARE(a->meta.language, QStringLiteral("zh"));
        QCOMPARE(a->saved, QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6), Qt::UTC));
        QCOMPARE(a->meta.published, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(a->read);
        QVERIFY(!a->starred);
        QCOMPARE(a->readingPosition, 0.8);
        QStringList tags = m_library->tags().tagsOf(outcome.id);
        tags.sort();
        QStringList expected{QStringLiteral("茶"), QStringLiteral("生活")};
        expected.sort();
        QCOMPARE(tags, expected);
        const QList<Highlight> highlights = m_library->highlights().forArticle(outcome.id);
        QCOMPARE(highlights.size(), 2);
        QVERIFY(highlights.at(0).anchored()); // across two paragraphs
        QVERIFY(highlights.at(0).quote.startsWith(QStringLiteral("茶要慢慢地喝。")));
        QVERIFY(highlights.at(0).quote.endsWith(QStringLiteral("水要烧开")));
        QCOMPARE(highlights.at(0).note, QStringLiteral("好句子"));
        QVERIFY(!highlights.at(1).anchored());
        QCOMPARE(highlights.at(1).quote, QStringLiteral("书里没有这一句"));
    }

    void linkOnlyRecordIsSkipped()
    {
        ExportRecord r;
        r.origin = QStringLiteral("omnivore.zip: content/x.html");
        r.url = QStringLiteral("https://example.net/only-link");
        const import::ImportOutcome outcome = import::storeContentRecord(*m_library, r, m_export);
        QCOMPARE(outcome.kind, Kind::Skipped);
        QVERIFY(m_library->articles().ids({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportImportContent)
#include "tst_exportimport_content.moc"
