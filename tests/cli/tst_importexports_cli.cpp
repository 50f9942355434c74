// `offprint-cli import` on other readers' exports (detected by content): one line per record in the
// usual shapes, damaged entries as "failed: FILE: entry N: reason" while the rest imports, and a
// second import of the same export recognised as duplicates.
#include "clirunner.h"
#include "tst_importexports_cli_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestImportExportsCli : public QObject
{
    Q_OBJECT

private slots:
    void wallabagJsonImportsAndReportsDamagedEntries()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("lib"));
        const QString path = dir.filePath(QStringLiteral("wallabag-export.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kWallabagExport);
        }
        const CliResult first = runCli(library, {QStringLiteral("import"), path});
        QCOMPARE_EXIT(first, 1); // one entry failed
        const QStringList lines = first.lines();
        QVERIFY2(lines.contains(QStringLiteral("failed: wallabag-export.json: entry 2: not an object")), qPrintable(first.describe()));
        QVERIFY2(lines.contains(QStringLiteral("imported #1: wallabag-export.json: entry 1")), qPrintable(first.describe()));
        QVERIFY2(lines.contains(QStringLiteral("imported #2: wallabag-export.json: entry 3")), qPrintable(first.describe()));
        QVERIFY2(first.out.contains(QStringLiteral("2 imported, 0 updated, 0 filled, 0 duplicates, 1 failed, 0 skipped")),
                 qPrintable(first.describe()));

        const CliResult highlights = runCli(library, {QStringLiteral("highlights"), QStringLiteral("1")});
        QVERIFY2(highlights.out.contains(QStringLiteral("文章的正文")), qPrintable(highlights.describe()));

        const CliResult again = runCli(library, {QStringLiteral("import"), path});
        QVERIFY2(again.lines().contains(QStringLiteral("duplicate of #1: wallabag-export.json: entry 1")),
                 qPrintable(again.describe()));
    }
};

QTEST_GUILESS_MAIN(TestImportExportsCli)
#include "tst_importexports_cli.moc"
