// Parsers of the content-bearing exports (core/readers: Wallabag JSON, Omnivore ZIP, Readeck ZIP):
// every field lands in the record, Chinese included; damaged entries are reported by file and
// entry while the rest reads. Fixtures are written here from each app's export code.
#include "archive/zipwriter.h"
#include "readers/contentjson.h"
#include "readers/exportformats.h"
#include "readers/omnivore.h"
#include "readers/readeck.h"
#include "readers/wallabag.h"
#include "tst_readers_content_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::readers;

namespace {

// A 1×1 PNG.
QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    auto zip = archive::ZipWriter::create(path);
    if (!zip)
        return false;
    for (const auto &[name, data] : entries)
        if (!zip->addData(name, data))
            return false;
    return zip->finish().ok();
}

const ExportFormat *detect(const QString &path)
{
    auto probe = probeExport(path);
    return probe ? detectExport(*probe) : nullptr;
}

} // namespace

class TestReadersContent : public QObject
{
    Q_OBJECT

private slots:
    void datesInTheAppsShapes()
    {
        using contentjson::parseDate;
        QCOMPARE(parseDate(QJsonValue(QStringLiteral("2023-05-04T10:20:30+0200"))),
                 QDateTime(QDate(2023, 5, 4), QTime(8, 20, 30), Qt::UTC));
        QCOMPARE(parseDate(QJsonValue(QStringLiteral("2024-02-03T04:05:06.789123456Z"))),
                 QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6, 789), Qt::UTC));
        QCOMPARE(parseDate(QJsonValue(QStringLiteral("2024-02-03 04:05:06"))),
                 QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6), Qt::UTC));
        QCOMPARE(parseDate(QJsonValue(1700000000.0)), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY(!parseDate(QJsonValue(QStringLiteral("0001-01-01T00:00:00Z"))).isValid()); // Go's zero time
        QVERIFY(!parseDate(QJsonValue(QStringLiteral("yesterday"))).isValid());
    }

    void wallabagEveryFieldAndDamagedEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wallabag.json"));
        QVERIFY(writeFile(path, kWallabag));
        const ExportFormat *format = detect(path);
        QVERIFY(format);
        QCOMPARE(QString::fromLatin1(format->name), QStringLiteral("Wallabag JSON"));
        auto contents = format->read(path);
        QVERIFY(contents.ok());
        QCOMPARE(contents->records.size(), 1);
        const ExportRecord &r = contents->records.first();
        QCOMPARE(r.origin, QStringLiteral("wallabag.json: entry 1"));
        QCOMPARE(r.title, QStringLiteral("慢读的艺术"));
        QCOMPARE(r.url, QStringLiteral("https://example.cn/slow-reading"));
        QCOMPARE(r.tags, QStringList({QStringLiteral("阅读"), QStringLiteral("tech")}));
        QVERIFY(r.read);
        QVERIFY(r.starred);
        QCOMPARE(r.author, QStringLiteral("王小明"));
        QCOMPARE(r.language, QStringLiteral("zh"));
        QCOMPARE(r.saved, QDateTime(QDate(2023, 5, 4), QTime(8, 20, 30), Qt::UTC));
        QCOMPARE(r.published, QDateTime(QDate(2023, 4, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.content, ExportRecord::Content::Article);
        QVERIFY(QString::fromUtf8(r.html).contains(QStringLiteral("阅读需要时间")));
        QCOMPARE(r.highlights.size(), 2);
        QCOMPARE(r.highlights.at(0).quote, QStringLiteral("阅读需要时间"));
        QCOMPARE(r.highlights.at(0).note, QStringLiteral("记住这一句"));
        QCOMPARE(r.highlights.at(0).created, QDateTime(QDate(2023, 5, 4), QTime(9, 0), Qt::UTC));
        QCOMPARE(r.note, QStringLiteral("a note without a passage"));
        // The number and the entry the file ends inside are reported, named by file and entry.
        QCOMPARE(contents->problems.size(), 2);
        QCOMPARE(contents->problems.at(0), QStringLiteral("wallabag.json: entry 2: not an object"));
        QVERIFY2(contents->problems.at(1).startsWith(QStringLiteral("wallabag.json: entry 3: cut off")),
                 qPrintable(contents->problems.at(1)));
    }

    void wallabagWrongShapes()
    {
        ExportContents object = readWallabagData(R"({"entries": []})", QStringLiteral("w.json"));
        QCOMPARE(object.records.size(), 0);
        QCOMPARE(object.problems, QStringList{QStringLiteral("w.json: not a JSON array")});
        ExportContents bad = readWallabagData(
            R"([{"is_archived": 0, "title": "no url, no content"}, {"url": "https://a.example/x", "content": "<p>x</p>", "tags": "not-a-list"}, {"url": )",
            QStringLiteral("w.json"));
        QCOMPARE(bad.records.size(), 1);
        QVERIFY(bad.records.first().tags.isEmpty());
        QCOMPARE(bad.problems.size(), 2);
        QCOMPARE(bad.problems.at(0), QStringLiteral("w.json: entry 1: neither a url nor content"));
        QVERIFY(bad.problems.at(1).startsWith(QStringLiteral("w.json: entry 3: cut off")));
    }

    void wallabagTenMegabyteFieldAndTheNextEntry()
    {
        // A 10 MB content field (quotes and backslashes escaped inside) is read whole; the entry after it too.
        const QByteArray big = QByteArray("<p>") + QByteArray("\\\"长文\\\" ").repeated(10 * 1024 * 1024 / 10) + "</p>";
        const QByteArray data = "[{\"is_archived\": 0, \"url\": \"https://big.example/1\", \"content\": \"" + big
                                + "\"}, {\"is_archived\": 1, \"url\": \"https://small.example/2\", \"content\": \"<p>small</p>\"}]";
        QVERIFY(data.size() > 10 * 1024 * 1024);
        const ExportContents contents = readWallabagData(data, QStringLiteral("big.json"));
        QVERIFY2(contents.problems.isEmpty(), qPrintable(contents.problems.join(u'\n')));
        QCOMPARE(contents.records.size(), 2);
        QVERIFY(contents.records.at(0).html.size() > 9 * 1024 * 1024);
        QVERIFY(contents.records.at(0).html.startsWith("<p>\"长文\" \"长文\""));
        QCOMPARE(contents.records.at(1).url, QStringLiteral("https://small.example/2"));
        QVERIFY(contents.records.at(1).read);
    }

    void omnivoreWrongShapeInOneMetadataFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("omnivore-mixed.zip"));
        QVERIFY(writeZip(path, {{QStringLiteral("metadata_0_to_2.json"), kOmnivoreMetadata},
                                {QStringLiteral("metadata_2_to_4.json"), R"({"items": []})"},
                                {QStringLiteral("metadata_4_to_5.json"), R"([{"slug": "x", "title": 7, "labels": "notalist"}, "str"])"}}));
        auto contents = readOmnivore(path);
        QVERIFY(contents.ok());
        QCOMPARE(contents->records.size(), 2); // the first file still reads
        QVERIFY(contents->problems.contains(QStringLiteral("omnivore-mixed.zip: metadata_2_to_4.json: not a JSON array")));
        QVERIFY(contents->problems.contains(QStringLiteral("omnivore-mixed.zip: metadata_4_to_5.json: item 2: not an object")));
        QVERIFY(contents->problems.contains(
            QStringLiteral("omnivore-mixed.zip: metadata_4_to_5.json: item 1: neither a url nor content")));
    }

    void omnivoreHighlightsMarkdown()
    {
        QString itemNote;
        const QList<ExportHighlight> h =
            parseOmnivoreHighlights(QStringLiteral("A note on the whole item\n\n") + QString::fromUtf8(kOmnivoreHighlights),
                                    &itemNote);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.at(0).quote, QStringLiteral("Each value in Rust has an owner."));
        QCOMPARE(h.at(0).note, QStringLiteral("The key rule."));
        QCOMPARE(h.at(1).quote, QStringLiteral("There can only be one owner at a time.\n\nAnd when the owner goes out "
                                               "of scope, the value is dropped."));
        QVERIFY(h.at(1).note.isEmpty());
        QCOMPARE(h.at(2).quote, QStringLiteral("Not in the article at all"));
        QCOMPARE(itemNote, QStringLiteral("A note on the whole item"));
    }

    void omnivoreZipEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("omnivore-export.zip"));
        const QByteArray article = "<div class=\"page\"><p>Each value in Rust has an owner. There can only be one "
                                   "owner at a time.</p></div>";
        QVERIFY(writeZip(path, {{QStringLiteral("metadata_0_to_2.json"), kOmnivoreMetadata},
                                {QStringLiteral("content/rust-ownership-18c2.html"), article},
                                {QStringLiteral("highlights/rust-ownership-18c2.md"), kOmnivoreHighlights}}));
        const ExportFormat *format = detect(path);
        QVERIFY(format);
        QCOMPARE(QString::fromLatin1(format->name), QStringLiteral("Omnivore ZIP"));
        auto contents = format->read(path);
        QVERIFY2(contents.ok(), qPrintable(contents.ok() ? QString() : contents.errorMessage()));
        QCOMPARE(contents->records.size(), 2);
        const ExportRecord &r = contents->records.at(0);
        QCOMPARE(r.origin, QStringLiteral("omnivore-export.zip: content/rust-ownership-18c2.html"));
        QCOMPARE(r.title, QStringLiteral("Ownership in Rust"));
        QCOMPARE(r.author, QStringLiteral("Jane Doe"));
        QCOMPARE(r.description, QStringLiteral("What moves"));
        QCOMPARE(r.url, QStringLiteral("https://blog.example.org/rust-ownership"));
        QCOMPARE(r.tags, QStringList({QStringLiteral("编程"), QStringLiteral("rust")}));
        QVERIFY(r.read); // ARCHIVED
        QVERIFY(!r.starred);
        QCOMPARE(r.progress, 0.45);
        QCOMPARE(r.saved, QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6, 789), Qt::UTC));
        QCOMPARE(r.published, QDateTime(QDate(2023, 12, 31), QTime(12, 0), Qt::UTC));
        QCOMPARE(r.content, ExportRecord::Content::Article);
        QCOMPARE(r.html, article);
        QCOMPARE(r.highlights.size(), 3);
        QCOMPARE(r.highlights.at(0).note, QStringLiteral("The key rule."));
        // The item whose content file is missing stays a link, and the gap is reported.
        const ExportRecord &link = contents->records.at(1);
        QCOMPARE(link.content, ExportRecord::Content::None);
        QVERIFY(!link.read);
        QCOMPARE(contents->problems,
                 QStringList{QStringLiteral("omnivore-export.zip: content/missing-content-99.html is missing: kept as a link")});
    }

    void readeckZipEveryFieldWithImages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readeck-export.zip"));
        const QByteArray info = kReadeckInfo;
        const QByteArray html = "<section><p>故事开始了。</p><p><img src=\"./_resources/pic.png\" alt=\"图\"></p></section>";
        QVERIFY(writeZip(path, {{QStringLiteral("data.json"), R"({"Info": {"Version": "1"}, "Bookmarks": []})"},
                                {QStringLiteral("bookmarks/Ab3dE/info.json"), info},
                                {QStringLiteral("bookmarks/Ab3dE/container/index.html"), html},
                                {QStringLiteral("bookmarks/Ab3dE/container/_resources/pic.png"), png()},
                                {QStringLiteral("bookmarks/Zz9/info.json"), "{\"UID\": \"Zz9\", \"URL\": "}}));
        const ExportFormat *format = detect(path);
        QVERIFY(format);
        QCOMPARE(QString::fromLatin1(format->name), QStringLiteral("Readeck ZIP"));
        auto contents = format->read(path);
        QVERIFY(contents.ok());
        QCOMPARE(contents->records.size(), 1);
        const ExportRecord &r = contents->records.first();
        QCOMPARE(r.origin, QStringLiteral("readeck-export.zip: bookmarks/Ab3dE/container/index.html"));
        QCOMPARE(r.title, QStringLiteral("新闻故事"));
        QCOMPARE(r.url, QStringLiteral("https://news.example.com/story"));
        QCOMPARE(r.author, QStringLiteral("Li Lei, Han Meimei"));
        QCOMPARE(r.siteName, QStringLiteral("Example News"));
        QCOMPARE(r.language, QStringLiteral("zh"));
        QCOMPARE(r.description, QStringLiteral("一个故事"));
        QCOMPARE(r.tags, QStringList({QStringLiteral("新闻"), QStringLiteral("later")}));
        QVERIFY(!r.read);
        QVERIFY(r.starred);
        QCOMPARE(r.progress, 0.6);
        QCOMPARE(r.saved, QDateTime(QDate(2024, 6, 1), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(r.published, QDateTime(QDate(2024, 5, 30), QTime(8, 0), Qt::UTC));
        QCOMPARE(r.content, ExportRecord::Content::Article);
        QCOMPARE(r.html, html);
        QCOMPARE(r.files.value(QStringLiteral("./_resources/pic.png")), png());
        QCOMPARE(r.highlights.size(), 1);
        QCOMPARE(r.highlights.first().quote, QStringLiteral("故事开始"));
        QCOMPARE(r.highlights.first().note, QStringLiteral("开头"));
        QCOMPARE(r.highlights.first().color, QStringLiteral("pink"));
        QCOMPARE(contents->problems.size(), 1);
        QVERIFY2(contents->problems.first().startsWith(QStringLiteral("readeck-export.zip: bookmarks/Zz9/info.json: not a JSON object")),
                 qPrintable(contents->problems.first()));
    }

    void truncatedZipFailsNamingTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("omnivore-cut.zip"));
        QVERIFY(writeZip(path, {{QStringLiteral("metadata_0_to_1.json"), kOmnivoreMetadata},
                                {QStringLiteral("content/rust-ownership-18c2.html"), QByteArray(5000, 'x')}}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 40)); // the end of the central directory is gone
        f.close();
        auto contents = readOmnivore(path);
        QVERIFY(!contents.ok());
        QVERIFY2(contents.errorMessage().contains(QStringLiteral("omnivore-cut.zip")), qPrintable(contents.errorMessage()));
    }

    void otherFilesAreNotTheseExports()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("list.json"));
        QVERIFY(writeFile(json, R"([{"name": "x"}])"));
        QVERIFY(!detect(json));
        const QString zip = dir.filePath(QStringLiteral("page.zip"));
        QVERIFY(writeZip(zip, {{QStringLiteral("index.html"), "<p>x</p>"}}));
        QVERIFY(!detect(zip));
    }
};

QTEST_GUILESS_MAIN(TestReadersContent)
#include "tst_readers_content.moc"
