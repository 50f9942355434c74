// The link-only export readers (core/readers): the CSV reader on what real exports hold (quotes,
// doubled quotes, newlines in fields, BOM, CR/LF, a 10 MB field), and Pocket (HTML, CSV, ZIP of
// CSV parts), Instapaper CSV and Netscape bookmark files: every field lands, Chinese included, and
// a bad row is a problem naming "FILE: line N" while the rest is read. Fixtures are written here
// from each format's public description.
#include "archive/zipwriter.h"
#include "readers/csv.h"
#include "readers/exportformats.h"
#include "readers/instapaper.h"
#include "readers/linkhtmlformats.h"
#include "readers/pocketcsv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::readers;

namespace {

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return path;
}

QList<CsvRecord> readAll(const QByteArray &data, qsizetype maxField = CsvReader::kDefaultMaxField)
{
    CsvReader reader(data, maxField);
    QList<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records.append(r);
    return records;
}

const ExportFormat *detect(const QString &path)
{
    auto probe = probeExport(path);
    return probe ? detectExport(*probe) : nullptr;
}

} // namespace

class TestLinkReaders : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesNewlinesAndLineNumbers()
    {
        const QByteArray data = "\xEF\xBB\xBF" "a,b,c\r\n"
                                "\"x, y\",\"he said \"\"hi\"\"\",plain\r\n"
                                "\"two\nlines\",\"cr\r\nlf\",\"\"\r\n"
                                "\n"
                                "last,\"中文，标题\",end";
        const QList<CsvRecord> rows = readAll(data);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].fields, QStringList({"a", "b", "c"}));
        QCOMPARE(rows[0].line, 1);
        QCOMPARE(rows[1].fields, QStringList({"x, y", "he said \"hi\"", "plain"}));
        QCOMPARE(rows[1].line, 2);
        QCOMPARE(rows[2].fields, QStringList({"two\nlines", "cr\r\nlf", ""}));
        QCOMPARE(rows[2].line, 3);
        // The record after a three-line record (two newlines inside quotes) and an empty line.
        QCOMPARE(rows[3].line, 7);
        QCOMPARE(rows[3].fields, QStringList({"last", QStringLiteral("中文，标题"), "end"}));
        for (const CsvRecord &r : rows)
            QVERIFY(r.problem.isEmpty());
    }

    void csvUnclosedQuoteIsAProblem()
    {
        const QList<CsvRecord> rows = readAll("h1,h2\nok,1\n\"never closed,2\nmore\n");
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[1].problem.isEmpty());
        QCOMPARE(rows[2].line, 3);
        QVERIFY2(rows[2].problem.contains(QLatin1String("never closed")), qPrintable(rows[2].problem));
    }

    void csvTenMegabyteFieldIsBoundedAndTheRestReads()
    {
        QByteArray data = "title,url\nfirst,https://a.example/1\n\"";
        data += QByteArray(10 * 1024 * 1024, 'x');
        data += "\",https://a.example/2\nthird,https://a.example/3\n";
        QElapsedTimer timer;
        timer.start();
        const QList<CsvRecord> rows = readAll(data);
        QVERIFY2(timer.elapsed() < 5000, "a 10 MB field must be read in linear time");
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[2].line, 3);
        QVERIFY2(rows[2].problem.contains(QLatin1String("field 1 is longer than 1 MB")), qPrintable(rows[2].problem));
        QVERIFY(rows[2].fields.first().isEmpty()); // not held in memory
        QCOMPARE(rows[3].fields, QStringList({"third", "https://a.example/3"}));
        QCOMPARE(rows[3].line, 4);
        // A larger limit reads it whole.
        const QList<CsvRecord> whole = readAll(data, 16 * 1024 * 1024);
        QCOMPARE(whole[2].fields.first().size(), 10 * 1024 * 1024);
        QVERIFY(whole[2].problem.isEmpty());
    }

    void pocketCsvZipEveryFieldLands()
    {
        QTemporaryDir dir;
        const QByteArray part0 = "title,url,time_added,tags,status\n"
                                 "\"Hello, world\",https://example.com/a?utm_source=x,1700000000,news|技术,unread\n"
                                 "中文标题,https://例子.cn/文章,1600000000,,archive\n";
        const QByteArray part1 = "title,url,time_added,tags,status\n"
                                 "bad row,javascript:alert(1),1,,unread\n"
                                 "\"multi\nline title\",http://example.org/b,1500000000,a|b|a,archive\n";
        const QString zipPath = dir.filePath(QStringLiteral("pocket.zip"));
        {
            auto zip = archive::ZipWriter::create(zipPath);
            QVERIFY(zip.ok());
            QVERIFY(zip->addData(QStringLiteral("part_000001.csv"), part1).ok());
            QVERIFY(zip->addData(QStringLiteral("part_000000.csv"), part0).ok());
            QVERIFY(zip->finish().ok());
        }
        const ExportFormat *format = detect(zipPath);
        QVERIFY(format);
        QCOMPARE(QString::fromLatin1(format->name), QStringLiteral("Pocket CSV"));
        auto contents = format->read(zipPath);
        QVERIFY2(contents.ok(), contents.ok() ? "" : qPrintable(contents.errorMessage()));
        QCOMPARE(contents->records.size(), 3);
        const ExportRecord &a = contents->records[0];
        QCOMPARE(a.origin, QStringLiteral("pocket.zip: part_000000.csv: line 2"));
        QCOMPARE(a.title, QStringLiteral("Hello, world"));
        QCOMPARE(a.url, QStringLiteral("https://example.com/a?utm_source=x"));
        QCOMPARE(a.saved, utc(1700000000));
        QCOMPARE(a.tags, QStringList({"news", QStringLiteral("技术")}));
        QVERIFY(!a.read);
        QVERIFY(!a.starred);
        QCOMPARE(a.content, ExportRecord::Content::None);
        const ExportRecord &b = contents->records[1];
        QCOMPARE(b.title, QStringLiteral("中文标题"));
        QCOMPARE(b.url, QStringLiteral("https://例子.cn/文章"));
        QVERIFY(b.read);
        QVERIFY(b.tags.isEmpty());
        const ExportRecord &c = contents->records[2];
        QCOMPARE(c.origin, QStringLiteral("pocket.zip: part_000001.csv: line 3"));
        QCOMPARE(c.title, QStringLiteral("multi line title"));
        QCOMPARE(c.tags, QStringList({"a", "b"}));
        QCOMPARE(contents->problems.size(), 1);
        QVERIFY2(contents->problems[0].startsWith(QLatin1String("pocket.zip: part_000001.csv: line 2: not a web address")),
                 qPrintable(contents->problems[0]));
    }

    void pocketCsvAloneAndTruncatedZip()
    {
        QTemporaryDir dir;
        const QString csv = writeFile(dir, QStringLiteral("part_000000.csv"),
                                      "title,url,time_added,tags,status\nT,https://x.example/,1700000000,t,archive\n");
        const ExportFormat *format = detect(csv);
        QVERIFY(format);
        auto contents = format->read(csv);
        QVERIFY(contents.ok());
        QCOMPARE(contents->records.size(), 1);
        QCOMPARE(contents->records[0].origin, QStringLiteral("part_000000.csv: line 2"));

        // A truncated ZIP fails naming the file.
        const QString zipPath = dir.filePath(QStringLiteral("cut.zip"));
        {
            auto zip = archive::ZipWriter::create(zipPath);
            QVERIFY(zip.ok());
            QVERIFY(zip->addData(QStringLiteral("part_000000.csv"), QByteArray(5000, 'a')).ok());
            QVERIFY(zip->finish().ok());
        }
        QFile f(zipPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() - 30);
        f.close();
        auto cut = readPocketCsv(zipPath);
        QVERIFY(!cut.ok());
        QVERIFY2(cut.errorMessage().contains(zipPath), qPrintable(cut.errorMessage()));
    }

    void instapaperFoldersStatesAndTags()
    {
        QTemporaryDir dir;
        const QByteArray csv = "URL,Title,Selection,Folder,Timestamp,Tags\n"
                               "https://a.example/1,First,,Unread,1700000001,[]\n"
                               "https://a.example/2,\"Second, archived\",\"a quote with \"\"marks\"\"\nand a line\",Archive,1700000002,\"[\"\"x\"\",\"\"读书\"\"]\"\n"
                               "https://a.example/3,Starred one,,Starred,1700000003,\n"
                               "https://a.example/4,In a folder,,我的文件夹,1700000004,\"y,z\"\n"
                               ",No URL,,Unread,1700000005,\n";
        const QString path = writeFile(dir, QStringLiteral("instapaper-export.csv"), csv);
        const ExportFormat *format = detect(path);
        QVERIFY(format);
        QCOMPARE(QString::fromLatin1(format->name), QStringLiteral("Instapaper CSV"));
        auto contents = format->read(path);
        QVERIFY(contents.ok());
        QCOMPARE(contents->records.size(), 4);
        const auto &r = contents->records;
        QVERIFY(!r[0].read && !r[0].starred && r[0].tags.isEmpty());
        QCOMPARE(r[0].saved, utc(1700000001));
        QVERIFY(r[1].read && !r[1].starred);
        QCOMPARE(r[1].title, QStringLiteral("Second, archived"));
        QCOMPARE(r[1].description, QStringLiteral("a quote with \"marks\"\nand a line"));
        QCOMPARE(r[1].tags, QStringList({"x", QStringLiteral("读书")}));
        QVERIFY(!r[2].read && r[2].starred);
        QCOMPARE(r[3].tags, QStringList({QStringLiteral("我的文件夹"), "y", "z"}));
        QCOMPARE(r[3].origin, QStringLiteral("instapaper-export.csv: line 6"));
        QCOMPARE(contents->problems, QStringList({"instapaper-export.csv: line 7: no URL"}));
    }

    void pocketHtmlListsTimesAndTags()
    {
        QTemporaryDir dir;
        const QByteArray html = "<!DOCTYPE html>\n<html>\n<head>\n<title>Pocket Export</title>\n</head>\n<body>\n"
                                "<h1>Unread</h1>\n<ul>\n"
                                "<li><a href=\"https://a.example/u?x=1&amp;y=2\" time_added=\"1700000000\" tags=\"go,编程\">Go &amp; 你好</a></li>\n"
                                "<li><a href=\"ftp://old.example/\" time_added=\"1\" tags=\"\">ftp</a></li>\n"
                                "</ul>\n<h1>Read Archive</h1>\n<ul>\n"
                                "<li><a href=\"https://a.example/r\" time_added=\"1600000000\" tags=\"\">Read one</a></li>\n"
                                "</ul>\n</body>\n</html>\n";
        const QString path = writeFile(dir, QStringLiteral("ril_export.html"), html);
        const ExportFormat *format = detect(path);
        QVERIFY(format);
        QCOMPARE(QString::fromLatin1(format->name), QStringLiteral("Pocket HTML"));
        auto contents = format->read(path);
        QVERIFY(contents.ok());
        QCOMPARE(contents->records.size(), 2);
        const auto &r = contents->records;
        QCOMPARE(r[0].url, QStringLiteral("https://a.example/u?x=1&y=2"));
        QCOMPARE(r[0].title, QStringLiteral("Go & 你好"));
        QCOMPARE(r[0].tags, QStringList({"go", QStringLiteral("编程")}));
        QCOMPARE(r[0].saved, utc(1700000000));
        QVERIFY(!r[0].read);
        QCOMPARE(r[0].origin, QStringLiteral("ril_export.html: line 9"));
        QVERIFY(r[1].read);
        QCOMPARE(r[1].saved, utc(1600000000));
        QCOMPARE(contents->problems.size(), 1);
        QVERIFY2(contents->problems[0].startsWith(QLatin1String("ril_export.html: line 10: not a web address")),
                 qPrintable(contents->problems[0]));
    }

    void bookmarksFoldersTagsAndDescriptions()
    {
        QTemporaryDir dir;
        const QByteArray html =
            "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
            "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
            "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n"
            "    <DT><H3 ADD_DATE=\"1\" PERSONAL_TOOLBAR_FOLDER=\"true\">Bookmarks bar</H3>\n"
            "    <DL><p>\n"
            "        <DT><A HREF=\"https://bar.example/\" ADD_DATE=\"1700000000\">On the bar</A>\n"
            "        <DT><H3>技术</H3>\n"
            "        <DD>folder description, not a link's\n"
            "        <DL><p>\n"
            "            <DT><H3>Rust</H3>\n"
            "            <DL><p>\n"
            "                <DT><A HREF=\"https://rust.example/\" ADD_DATE=\"1600000000\" TAGS=\"lang,系统\">Rust &lt;book&gt;</A>\n"
            "                <DD>A description\n   on two lines\n"
            "            </DL><p>\n"
            "            <DT><A HREF=\"javascript:void(0)\">bookmarklet</A>\n"
            "            <DT><A HREF=\"https://tech.example/\" ADD_DATE=\"1600000000000\">Tech</A>\n"
            "        </DL><p>\n"
            "    </DL><p>\n"
            "    <DT><A HREF=\"https://top.example/\">Top</A>\n"
            "</DL><p>\n";
        const QString path = writeFile(dir, QStringLiteral("bookmarks.html"), html);
        const ExportFormat *format = detect(path);
        QVERIFY(format);
        QCOMPARE(QString::fromLatin1(format->name), QStringLiteral("Netscape bookmarks"));
        auto contents = format->read(path);
        QVERIFY(contents.ok());
        const auto &r = contents->records;
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].url, QStringLiteral("https://bar.example/"));
        QVERIFY(r[0].tags.isEmpty()); // the toolbar root is no tag
        QCOMPARE(r[0].saved, utc(1700000000));
        QCOMPARE(r[1].title, QStringLiteral("Rust <book>"));
        QCOMPARE(r[1].tags, QStringList({QStringLiteral("技术"), "Rust", "lang", QStringLiteral("系统")}));
        QCOMPARE(r[1].description, QStringLiteral("A description\n   on two lines"));
        QCOMPARE(r[1].origin, QStringLiteral("bookmarks.html: line 14"));
        QCOMPARE(r[2].tags, QStringList({QStringLiteral("技术")}));
        QCOMPARE(r[2].saved, utc(1600000000)); // milliseconds recognised
        QVERIFY(r[2].description.isEmpty());
        QVERIFY(r[3].tags.isEmpty());
        QVERIFY(!r[3].saved.isValid());
        QCOMPARE(contents->problems.size(), 1);
        QVERIFY(contents->problems[0].startsWith(QLatin1String("bookmarks.html: line 18: not a web address")));
    }

    void unclosedLinkEndsAtTheNextItem()
    {
        readers::ExportContents contents;
        readBookmarksData("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
                          "<DT><A HREF=\"https://open.example/\">Left open\n"
                          "<DT><A HREF=\"https://next.example/\" TAGS=\"t\">Next</A>\n"
                          "</DL><p>\n",
                          QStringLiteral("b.html"), contents);
        QCOMPARE(contents.records.size(), 2);
        QCOMPARE(contents.records[0].title, QStringLiteral("Left open"));
        QCOMPARE(contents.records[1].title, QStringLiteral("Next"));
        QCOMPARE(contents.records[1].tags, QStringList({"t"}));
        QCOMPARE(contents.records[1].origin, QStringLiteral("b.html: line 4"));
    }

    void hostileInputsNeverCrashOrBlowUp()
    {
        // 100,000 nested folders: the link inside gets at most 32 folder tags, quickly.
        QByteArray deep = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n";
        for (int i = 0; i < 100000; ++i)
            deep += "<DT><H3>f" + QByteArray::number(i) + "</H3><DL>";
        deep += "<DT><A HREF=\"https://deep.example/\">deep</A>";
        QElapsedTimer timer;
        timer.start();
        readers::ExportContents contents;
        readBookmarksData(deep, QStringLiteral("deep.html"), contents);
        QVERIFY2(timer.elapsed() < 10000, "linear in the file");
        QCOMPARE(contents.records.size(), 1);
        QCOMPARE(contents.records[0].tags.size(), 32);
        // Random bytes and cut-off markup give problems or nothing, never a crash.
        QByteArray noise;
        quint32 x = 12345;
        for (int i = 0; i < 200000; ++i) {
            x = x * 1103515245 + 12345;
            static const char alphabet[] = "<>\"'=,\n\r&#;aAhHrReEfF/ ";
            noise.append(alphabet[(x >> 16) % (sizeof(alphabet) - 1)]);
        }
        for (const QByteArray &data : {noise, QByteArray("<a href=\"https://x.example/"), QByteArray("\"")}) {
            readers::ExportContents c;
            readBookmarksData(data, QStringLiteral("n.html"), c);
            readPocketHtmlData(data, QStringLiteral("n.html"), c);
            readPocketCsvData("title,url,time_added,tags,status\n" + data, QStringLiteral("n.csv"), c);
            readInstapaperCsvData("URL,Title,Selection,Folder\n" + data, QStringLiteral("n.csv"), c);
            for (const ExportRecord &r : c.records)
                QVERIFY(r.url.startsWith(QLatin1String("http")));
        }
    }

    void ordinaryFilesAreNoExport()
    {
        QTemporaryDir dir;
        const QString page = writeFile(dir, QStringLiteral("page.html"),
                                       "<!DOCTYPE html><html><head><title>Unread</title></head><body><h1>Unread</h1>"
                                       "<p>An article about time_added= fields.</p></body></html>");
        QVERIFY(!detect(page));
        const QString csv = writeFile(dir, QStringLiteral("data.csv"), "a,b\n1,2\n");
        QVERIFY(!detect(csv));
    }
};

QTEST_GUILESS_MAIN(TestLinkReaders)
#include "tst_linkreaders.moc"
