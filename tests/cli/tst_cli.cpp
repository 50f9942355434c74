// End-to-end tests of the offprint-cli contract against a temporary library. Every test function has its
// own library (init()), filled by the test itself when it needs articles, so that each one passes alone
// (`tst_cli showFormats`) and in any order.
#include "clirunner.h"

#include "markdown/plaintext.h"
#include "render/bodyhtml.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString library() const { return m_dir->filePath(QStringLiteral("lib")); }
    QString data(const QString &name) const { return testDataDir(QStringLiteral("cli")) + QLatin1Char('/') + name; }
    qint64 idOf(const QString &titlePart);
    // Imports the two pages of data/cli/folder (an English and a Chinese article) into this test's library.
    bool importSamples();

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importReportsEveryFile();
    void importAgainFindsDuplicates();
    void listFiltersAndJsonShape();
    void showFormats();
    void extractWithoutLibrary();
    void stateCommands();
    void tagCommands();
    void searchFindsChineseAndEnglish();
    void exportWritesFiles();
    void segmentSplitsWords();
    void deleteRemovesArticle();
    void usageErrorsExitTwo();
};

qint64 TestCli::idOf(const QString &titlePart)
{
    const CliResult r = runCli(library(), {QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : r.json().array()) {
        if (v.toObject().value(QStringLiteral("title")).toString().contains(titlePart))
            return v.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

bool TestCli::importSamples()
{
    const CliResult r = runCli(library(), {QStringLiteral("import"), data(QStringLiteral("folder"))});
    if (r.exitCode != 0 || r.lines().filter(QRegularExpression(QStringLiteral("^imported #\\d+: "))).size() != 2) {
        qWarning("%s", qPrintable(r.describe()));
        return false;
    }
    return true;
}

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("OFFPRINT_CLI")), "OFFPRINT_CLI must point at offprint-cli");
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

void TestCli::importReportsEveryFile()
{
    const CliResult r = runCli(library(), {QStringLiteral("import"), data(QStringLiteral("folder")),
                                           data(QStringLiteral("missing.html")), data(QStringLiteral("empty.html")),
                                           data(QStringLiteral("notes.txt"))});
    QCOMPARE_EXIT(r, 1); // some inputs failed, the rest were imported
    const QStringList lines = r.lines();
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^imported #\\d+: .*gpu-review\\.html$"))).size(), 1);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^imported #\\d+: .*zh-phone\\.html$"))).size(), 1);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^failed: .*missing\\.html: .+"))).size(), 1);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^failed: .*empty\\.html: .+"))).size(), 1);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^failed: .*notes\\.txt: .+"))).size(), 1);
    QVERIFY2(lines.last().contains(QStringLiteral("2 imported")), qPrintable(lines.last()));
    QVERIFY(lines.last().contains(QStringLiteral("3 failed")));

    // A folder with no pages is one clear failure too.
    QDir(m_dir->path()).mkpath(QStringLiteral("nothing"));
    const CliResult none = runCli(library(), {QStringLiteral("import"), m_dir->filePath(QStringLiteral("nothing"))});
    QCOMPARE_EXIT(none, 1);
    QVERIFY2(none.out.contains(QStringLiteral("failed: ")), qPrintable(none.out));
}

void TestCli::importAgainFindsDuplicates()
{
    QVERIFY(importSamples());
    const CliResult r = runCli(library(), {QStringLiteral("import"), data(QStringLiteral("folder"))});
    QCOMPARE_EXIT(r, 0);
    QCOMPARE(r.lines().filter(QRegularExpression(QStringLiteral("^duplicate of #\\d+: "))).size(), 2);
    QCOMPARE(runCli(library(), {QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 2);
}

void TestCli::listFiltersAndJsonShape()
{
    QVERIFY(importSamples());
    const CliResult r = runCli(library(), {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE_EXIT(r, 0);
    const QJsonArray articles = r.json().array();
    QCOMPARE(articles.size(), 2);
    for (const QJsonValue &v : articles) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "title", "site", "url", "saved", "published", "read", "starred", "tags"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("id")).isDouble());
        QVERIFY(o.value(QStringLiteral("tags")).isArray());
        QCOMPARE(o.value(QStringLiteral("read")).toBool(), false);
    }
    const qint64 gpu = idOf(QStringLiteral("quiet graphics card"));
    QVERIFY(gpu > 0);
    QCOMPARE(runCli(library(), {QStringLiteral("list"), QStringLiteral("--read"), QStringLiteral("--json")}).json().array().size(), 0);
    QCOMPARE(runCli(library(), {QStringLiteral("list"), QStringLiteral("--unread")}).lines().size(), 2);
}

void TestCli::showFormats()
{
    QVERIFY(importSamples());
    const qint64 id = idOf(QStringLiteral("折叠屏"));
    QVERIFY(id > 0);
    const QString sid = QString::number(id);
    const CliResult md = runCli(library(), {QStringLiteral("show"), sid});
    QCOMPARE_EXIT(md, 0);
    QVERIFY(md.out.contains(QStringLiteral("液态金属和钛合金")));
    QVERIFY2(!md.out.contains(QStringLiteral("相关阅读")), "the related list is not part of the article");

    const CliResult html = runCli(library(), {QStringLiteral("show"), sid, QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE_EXIT(html, 0);
    // The reader's document: header, then the body rendered from the stored Markdown (the GUI test
    // tst_readerrender compares it with what the reader displays, character for character).
    QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY2(html.out.contains(offprint::render::bodyHtml(md.out)), qPrintable(html.out));

    const CliResult text = runCli(library(), {QStringLiteral("show"), sid, QStringLiteral("--format"), QStringLiteral("text")});
    QVERIFY(text.out.contains(QStringLiteral("十五克左右")));
    QVERIFY(!text.out.contains(QLatin1Char('<')));

    const QJsonObject json = runCli(library(), {QStringLiteral("show"), sid, QStringLiteral("--format"), QStringLiteral("json")}).json().object();
    QCOMPARE(json.value(QStringLiteral("id")).toInteger(), id);
    QVERIFY(json.value(QStringLiteral("markdown")).toString().contains(QStringLiteral("液态金属")));
    QCOMPARE(json.value(QStringLiteral("site")).toString(), QStringLiteral("数码观察"));

    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("show"), QStringLiteral("99999")}), 1);
}

void TestCli::extractWithoutLibrary()
{
    const CliResult r = runCli({}, {QStringLiteral("extract"), data(QStringLiteral("folder/gpu-review.html")),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE_EXIT(r, 0);
    const QJsonObject o = r.json().object();
    for (const char *key : {"title", "author", "site", "url", "published", "lang", "text", "markdown"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("A quiet graphics card for a silent desk"));
    QCOMPARE(o.value(QStringLiteral("author")).toString(), QStringLiteral("Sam Rivera"));
    QCOMPARE(o.value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
    QVERIFY(o.value(QStringLiteral("published")).toString().startsWith(QStringLiteral("2026-02-03")));
    QVERIFY(o.value(QStringLiteral("text")).toString().contains(QStringLiteral("sleeping cat")));
    QVERIFY(!o.value(QStringLiteral("text")).toString().contains(QStringLiteral("Copyright Hardware Weekly")));

    const CliResult text = runCli({}, {QStringLiteral("extract"), data(QStringLiteral("folder/gpu-review.html")),
                                       QStringLiteral("--format"), QStringLiteral("text")});
    QVERIFY(text.out.contains(QStringLiteral("Silence, it turns out")));
    QCOMPARE_EXIT(runCli({}, {QStringLiteral("extract"), data(QStringLiteral("empty.html"))}), 1);
}

void TestCli::stateCommands()
{
    QVERIFY(importSamples());
    const QString id = QString::number(idOf(QStringLiteral("quiet graphics card")));
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("star"), id}), 0);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("read"), id}), 0);
    QJsonArray starred = runCli(library(), {QStringLiteral("list"), QStringLiteral("--starred"), QStringLiteral("--json")}).json().array();
    QCOMPARE(starred.size(), 1);
    QCOMPARE(starred.first().toObject().value(QStringLiteral("starred")).toBool(), true);
    QCOMPARE(starred.first().toObject().value(QStringLiteral("read")).toBool(), true);
    QCOMPARE(runCli(library(), {QStringLiteral("list"), QStringLiteral("--read"), QStringLiteral("--json")}).json().array().size(), 1);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("unstar"), id}), 0);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("unread"), id}), 0);
    QCOMPARE(runCli(library(), {QStringLiteral("list"), QStringLiteral("--starred"), QStringLiteral("--json")}).json().array().size(), 0);
    QCOMPARE(runCli(library(), {QStringLiteral("list"), QStringLiteral("--unread"), QStringLiteral("--json")}).json().array().size(), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("star"), QStringLiteral("424242")}), 1);
}

void TestCli::tagCommands()
{
    QVERIFY(importSamples());
    const QString gpu = QString::number(idOf(QStringLiteral("quiet graphics card")));
    const QString phone = QString::number(idOf(QStringLiteral("折叠屏")));
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("tag"), gpu, QStringLiteral("Hardware"), QStringLiteral("review")}), 0);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("tag"), phone, QStringLiteral("hardware"), QStringLiteral("手机")}), 0);
    const QJsonArray tags = runCli(library(), {QStringLiteral("tags"), QStringLiteral("--json")}).json().array();
    QHash<QString, qint64> counts;
    for (const QJsonValue &v : tags)
        counts.insert(v.toObject().value(QStringLiteral("name")).toString().toLower(), v.toObject().value(QStringLiteral("count")).toInteger());
    QCOMPARE(counts.size(), 3); // "Hardware" and "hardware" are one tag
    QCOMPARE(counts.value(QStringLiteral("hardware")), 2);
    QCOMPARE(counts.value(QStringLiteral("手机")), 1);
    QCOMPARE(runCli(library(), {QStringLiteral("list"), QStringLiteral("--tag"), QStringLiteral("HARDWARE"), QStringLiteral("--json")}).json().array().size(), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("untag"), gpu, QStringLiteral("review")}), 0);
    const QJsonArray gpuList = runCli(library(), {QStringLiteral("list"), QStringLiteral("--tag"), QStringLiteral("hardware"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue &v : gpuList)
        QVERIFY(!v.toObject().value(QStringLiteral("tags")).toArray().contains(QJsonValue(QStringLiteral("review"))));
}

void TestCli::searchFindsChineseAndEnglish()
{
    QVERIFY(importSamples());
    CliResult r = runCli(library(), {QStringLiteral("search"), QStringLiteral("silent"), QStringLiteral("--json")});
    QCOMPARE_EXIT(r, 0);
    QJsonArray hits = r.json().array();
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    for (const char *key : {"id", "title", "site", "url", "saved", "published", "read", "starred", "tags", "score", "snippet"})
        QVERIFY2(hit.contains(QLatin1String(key)), key);
    QVERIFY(hit.value(QStringLiteral("title")).toString().contains(QStringLiteral("quiet graphics card")));

    r = runCli(library(), {QStringLiteral("search"), QStringLiteral("铰链"), QStringLiteral("--json")});
    QCOMPARE(r.json().array().size(), 1);
    r = runCli(library(), {QStringLiteral("search"), QStringLiteral("nonexistentword"), QStringLiteral("--json")});
    QCOMPARE_EXIT(r, 0);
    QCOMPARE(r.json().array().size(), 0);
    r = runCli(library(), {QStringLiteral("search"), QStringLiteral("the"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY(r.json().array().size() <= 1);
}

void TestCli::exportWritesFiles()
{
    QVERIFY(importSamples());
    const QString out = m_dir->filePath(QStringLiteral("export"));
    CliResult r = runCli(library(), {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("markdown"),
                                     QStringLiteral("--output"), out});
    QCOMPARE_EXIT(r, 0);
    const QStringList md = QDir(out).entryList({QStringLiteral("*.md")});
    QCOMPARE(md.size(), 2);
    const QString id = QString::number(idOf(QStringLiteral("quiet graphics card")));
    r = runCli(library(), {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), out});
    QCOMPARE_EXIT(r, 0);
    const QStringList html = QDir(out).entryList({QStringLiteral("*.html")});
    QCOMPARE(html.size(), 1);
    QFile file(QDir(out).filePath(html.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(QStringLiteral("sleeping cat")));
    QVERIFY(content.contains(QStringLiteral("<html")));
}

void TestCli::segmentSplitsWords()
{
    const CliResult r = runCli({}, {QStringLiteral("segment")}, QStringLiteral("Hello, world! 你好世界\nsecond line\n").toUtf8());
    QCOMPARE_EXIT(r, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Hello world ")), qPrintable(lines.at(0)));
    QVERIFY(!lines.at(0).contains(QLatin1Char(',')));
    QCOMPARE(lines.at(1), QStringLiteral("second line"));
}

void TestCli::deleteRemovesArticle()
{
    QVERIFY(importSamples());
    const qint64 id = idOf(QStringLiteral("quiet graphics card"));
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("delete"), QString::number(id)}), 0);
    QCOMPARE(idOf(QStringLiteral("quiet graphics card")), 0);
    QCOMPARE(runCli(library(), {QStringLiteral("search"), QStringLiteral("silent"), QStringLiteral("--json")}).json().array().size(), 0);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("show"), QString::number(id)}), 1);
    // Its stored original stays through the grace period (an undo in an open window may need it).
    const CliResult gc = runCli(library(), {QStringLiteral("gc")});
    QCOMPARE_EXIT(gc, 0);
    QVERIFY2(gc.out.startsWith(QStringLiteral("removed 0 stored files")), qPrintable(gc.out));
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("gc"), QStringLiteral("now")}), 2);
}

void TestCli::usageErrorsExitTwo()
{
    QCOMPARE_EXIT(runCli(library(), {}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("frobnicate")}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("list"), QStringLiteral("--bogus")}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("show")}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("show"), QStringLiteral("abc")}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("pdf")}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("import")}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("export"), QStringLiteral("--all")}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("search")}), 2);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("tag"), QStringLiteral("1")}), 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
