// `offprint-cli import` on other readers' link exports, end to end: exports are recognised by their
// content (whatever their names), every record prints one outcome line naming "FILE: line N", each
// export ends with its summary line, duplicates across formats are one entry, a bad row makes the
// exit status 1 while the rest imports, and a saved page later fills its link entry (`filled #ID`).
#include "clirunner.h"

#include "archive/zipwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestLinkImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

private slots:
    void init()
    {
        m_library = m_dir.filePath(QStringLiteral("lib-") + QString::fromLatin1(QTest::currentTestFunction()));
    }

    void exportsImportWithOutcomeAndSummaryLines()
    {
        const QString zip = m_dir.filePath(QStringLiteral("export-from-pocket.zip"));
        {
            auto writer = offprint::archive::ZipWriter::create(zip);
            QVERIFY(writer.ok());
            QVERIFY(writer->addData(QStringLiteral("part_000000.csv"),
                                    "title,url,time_added,tags,status\n"
                                    "\"Rivers, and floods\",https://river.example/flood?utm_source=pocket,1600000000,地理|news,archive\n"
                                    "Second,https://second.example/,1700000000,,unread\n"
                                    "\"broken,https://broken.example/,1,,unread\n")
                        .ok());
            QVERIFY(writer->finish().ok());
        }
        // No .csv name: found by content.
        const QString insta = write(QStringLiteral("instapaper.txt"),
                                    "URL,Title,Selection,Folder,Timestamp,Tags\n"
                                    "https://river.example/flood,Rivers,,Starred,1500000000,\"[\"\"收藏\"\"]\"\n");
        const CliResult r = runCli(m_library, {QStringLiteral("import"), zip, insta});
        QCOMPARE_EXIT(r, 1); // the broken row
        const QStringList lines = r.lines();
        QVERIFY2(lines.contains(QStringLiteral("imported #1: export-from-pocket.zip: part_000000.csv: line 2")),
                 qPrintable(r.describe()));
        QVERIFY(lines.contains(QStringLiteral("imported #2: export-from-pocket.zip: part_000000.csv: line 3")));
        QVERIFY2(lines.contains(QStringLiteral("failed: export-from-pocket.zip: part_000000.csv: line 4: the quoted "
                                               "field that starts on line 4 is never closed")),
                 qPrintable(r.describe()));
        QVERIFY(lines.contains(QStringLiteral("imported 2, merged 0, skipped 0, failed 1 from %1 (Pocket CSV)").arg(zip)));
        QVERIFY(lines.contains(QStringLiteral("duplicate of #1: instapaper.txt: line 2")));
        QVERIFY(lines.contains(QStringLiteral("imported 0, merged 1, skipped 0, failed 0 from %1 (Instapaper CSV)").arg(insta)));

        const CliResult list = runCli(m_library, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE_EXIT(list, 0);
        const QJsonArray articles = list.json().array();
        QCOMPARE(articles.size(), 2);
        QJsonObject first;
        for (const QJsonValue &v : articles)
            if (v.toObject().value(QStringLiteral("id")).toInt() == 1)
                first = v.toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Rivers, and floods"));
        QVERIFY(first.value(QStringLiteral("link_only")).toBool());
        QVERIFY(first.value(QStringLiteral("read")).toBool());
        QVERIFY(first.value(QStringLiteral("starred")).toBool());
        QCOMPARE(first.value(QStringLiteral("saved")).toString(), QStringLiteral("2017-07-14T02:40:00Z"));
        QStringList tags;
        for (const QJsonValue &t : first.value(QStringLiteral("tags")).toArray())
            tags << t.toString();
        tags.sort();
        QStringList expected = {QStringLiteral("news"), QStringLiteral("地理"), QStringLiteral("收藏")};
        expected.sort();
        QCOMPARE(tags, expected);
        const CliResult plain = runCli(m_library, {QStringLiteral("list")});
        QVERIFY2(plain.out.contains(QLatin1String("(not saved yet)")), qPrintable(plain.describe()));
    }

    void savedPageFillsTheLinkEntry()
    {
        const QString bookmarks = write(QStringLiteral("bookmarks.html"),
                                        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>待读</H3>\n<DL><p>\n"
                                        "<DT><A HREF=\"https://paper.example/essay\" ADD_DATE=\"1400000000\">Essay</A>\n"
                                        "</DL><p>\n</DL><p>\n");
        const CliResult linked = runCli(m_library, {QStringLiteral("import"), bookmarks});
        QCOMPARE_EXIT(linked, 0);
        QVERIFY(linked.lines().contains(QStringLiteral("imported #1: bookmarks.html: line 5")));

        QByteArray page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>An Essay on Paper</title>"
                          "<link rel=\"canonical\" href=\"https://paper.example/essay\"></head><body><article>"
                          "<h1>An Essay on Paper</h1>";
        for (int i = 0; i < 5; ++i)
            page += "<p>Paper was made from rags for centuries before wood pulp, and the change shows in the "
                    "yellowed pages of the books printed after the middle of the nineteenth century.</p>";
        page += "</article></body></html>";
        const QString saved = write(QStringLiteral("essay.html"), page);
        const CliResult filled = runCli(m_library, {QStringLiteral("import"), saved});
        QCOMPARE_EXIT(filled, 0);
        QVERIFY2(filled.lines().contains(QStringLiteral("filled #1: %1").arg(saved)), qPrintable(filled.describe()));

        const CliResult show = runCli(m_library, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--format"),
                                                  QStringLiteral("json")});
        QCOMPARE_EXIT(show, 0);
        const QJsonObject a = show.json().object();
        QVERIFY(!a.value(QStringLiteral("link_only")).toBool());
        QVERIFY(a.value(QStringLiteral("markdown")).toString().contains(QLatin1String("wood pulp")));
        QCOMPARE(a.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("待读"));
        QCOMPARE(a.value(QStringLiteral("saved")).toString(), QStringLiteral("2014-05-13T16:53:20Z"));
    }
};

QTEST_GUILESS_MAIN(TestLinkImport)
#include "tst_linkimport.moc"
