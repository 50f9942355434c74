// `offprint-cli reextract`: the lines, the summary and the exit code, on a library whose articles
// this test makes look as an older extractor left them.
#include "clirunner.h"

#include "extract/version.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;

namespace {

QString writePage(const QTemporaryDir &dir, const QString &name, const QString &topic)
{
    QString paragraphs;
    for (int i = 1; i <= 3; ++i)
        paragraphs += QStringLiteral("<p>Part %1 on %2: the reader keeps its place while the library is "
                                     "brought up to date from the stored originals.</p>")
                          .arg(i)
                          .arg(topic);
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(QStringLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                              "<link rel=\"canonical\" href=\"https://example.net/%1\"></head><body><article>"
                              "<h1>%1</h1>%2</article></body></html>")
                   .arg(topic, paragraphs)
                   .toUtf8());
    return path;
}

} // namespace

class TestReextractCli final : public QObject
{
    Q_OBJECT

private slots:
    void linesSummaryAndExitCode()
    {
        QTemporaryDir dir;
        const QString lib = dir.filePath(QStringLiteral("lib"));
        const CliResult imported = runCli(lib, {QStringLiteral("import"), writePage(dir, "a.html", "alpha"),
                                                writePage(dir, "b.html", "beta"), writePage(dir, "c.html", "gamma")});
        QCOMPARE_EXIT(imported, 0);

        // Nothing made by an older extractor yet.
        CliResult r = runCli(lib, {QStringLiteral("reextract")});
        QCOMPARE_EXIT(r, 0);
        QCOMPARE(r.lines(), QStringList{QStringLiteral("0 reextracted, 0 unchanged, 0 failed (0.0 s)")});

        QString originalOf3;
        {
            auto library = storage::Library::open(lib);
            QVERIFY(library.ok());
            storage::ArticleRepository &articles = (*library)->articles();
            std::optional<Article> a = articles.get(1);
            a->markdown = QStringLiteral("old\n");
            a->extractorVersion = 1;
            QVERIFY(articles.replaceContent(1, *a, articles.assetsOf(1)).ok());
            QVERIFY(articles.setExtractorVersion(2, 1).ok());
            QVERIFY(articles.setExtractorVersion(3, 1).ok());
            originalOf3 = (*library)->blobs().absolutePath(articles.get(3)->originalBlob);
        }
        QVERIFY(QFile::remove(originalOf3));

        r = runCli(lib, {QStringLiteral("reextract")});
        QCOMPARE_EXIT(r, 1);
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("reextracted #1"));
        QCOMPARE(lines.at(1), QStringLiteral("unchanged #2"));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("failed: #3: cannot read the stored original (")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("1 reextracted, 1 unchanged, 1 failed (")), qPrintable(lines.at(3)));

        // Done (the failed one too: it is not tried on every run), but named articles are redone.
        r = runCli(lib, {QStringLiteral("reextract")});
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.out.startsWith(QLatin1String("0 reextracted, 0 unchanged, 0 failed")));
        r = runCli(lib, {QStringLiteral("reextract"), QStringLiteral("2"), QStringLiteral("1")});
        QCOMPARE_EXIT(r, 0);
        QCOMPARE(r.lines().mid(0, 2), (QStringList{QStringLiteral("unchanged #2"), QStringLiteral("unchanged #1")}));
        r = runCli(lib, {QStringLiteral("reextract"), QStringLiteral("--all")});
        QCOMPARE_EXIT(r, 1);
        QCOMPARE(r.lines().size(), 4);
        QVERIFY(r.lines().at(2).startsWith(QLatin1String("failed: #3: ")));
        r = runCli(lib, {QStringLiteral("reextract"), QStringLiteral("7")});
        QCOMPARE_EXIT(r, 1);
        QCOMPARE(r.lines().first(), QStringLiteral("failed: #7: not found"));

        // The content the failed article had is still what `show` prints.
        r = runCli(lib, {QStringLiteral("show"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.out.contains(QLatin1String("Part 3 on gamma")));
    }

    void usageAndHelp()
    {
        QTemporaryDir dir;
        const QString lib = dir.filePath(QStringLiteral("lib"));
        QCOMPARE_EXIT(runCli(lib, {QStringLiteral("reextract"), QStringLiteral("abc")}), 2);
        QCOMPARE_EXIT(runCli(lib, {QStringLiteral("reextract"), QStringLiteral("1"), QStringLiteral("--all")}), 2);
        QCOMPARE_EXIT(runCli(lib, {QStringLiteral("reextract"), QStringLiteral("--bogus")}), 2);
        const CliResult help = runCli(lib, {QStringLiteral("help")});
        QVERIFY(help.out.contains(QLatin1String("reextract [ID...] [--all]")));
    }
};

QTEST_GUILESS_MAIN(TestReextractCli)
#include "tst_reextract_cli.moc"
