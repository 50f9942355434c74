// Issue "Import every saved-page format": importing a folder of 1,000 pages twice — the second run
// reports 1,000 duplicates and changes nothing.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestBulkImport : public QObject
{
    Q_OBJECT

private slots:
    void secondImportOfAThousandPagesChangesNothing();

private:
    static QByteArray page(int i);
    static QByteArray folderDigest(const QString &folder);
};

QByteArray TestBulkImport::page(int i)
{
    // Distinct articles (different URLs and bodies), half Chinese, half English, some in sub-folders.
    const bool zh = i % 2 == 0;
    const QString title = zh ? QStringLiteral("第%1号测试文章：存储芯片的价格走势").arg(i)
                             : QStringLiteral("Test article %1: the price of memory chips").arg(i);
    const QString body = zh ? QStringLiteral("<p>第%1篇。分析师认为，今年第%2季度存储芯片的合约价格将继续上涨，"
                                             "数据中心的需求是主要原因。</p><p>厂商表示，新工厂将在%3年投产，"
                                             "届时供应紧张的情况有望缓解。</p>")
                                  .arg(i)
                                  .arg(i % 4 + 1)
                                  .arg(2026 + i % 5)
                            : QStringLiteral("<p>Article number %1. Analysts expect contract prices of memory chips "
                                             "to keep rising in quarter %2, driven by data-centre demand.</p><p>The "
                                             "makers say a new plant opens in %3, which should ease supply.</p>")
                                  .arg(i)
                                  .arg(i % 4 + 1)
                                  .arg(2026 + i % 5);
    return QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                          "<link rel=\"canonical\" href=\"https://bulk.example.com/a/%3\"></head><body>"
                          "<nav><a href=\"/\">Home</a></nav><article><h1>%2</h1>%4</article></body></html>")
        .arg(zh ? QStringLiteral("zh") : QStringLiteral("en"), title)
        .arg(i)
        .arg(body)
        .toUtf8();
}

QByteArray TestBulkImport::folderDigest(const QString &folder)
{
    // Every file of the library except SQLite's transient WAL/SHM state.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        if (file.endsWith(QLatin1String("-wal")) || file.endsWith(QLatin1String("-shm")))
            continue;
        hash.addData(file.toUtf8());
    }
    return hash.result();
}

void TestBulkImport::secondImportOfAThousandPagesChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pages = dir.filePath(QStringLiteral("pages"));
    for (int i = 0; i < 1000; ++i) {
        const QString sub = QStringLiteral("%1/batch-%2").arg(pages).arg(i / 100);
        QDir().mkpath(sub);
        QFile file(QStringLiteral("%1/page-%2.html").arg(sub).arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(page(i));
    }
    const QString library = dir.filePath(QStringLiteral("lib"));

    const CliResult first = runCli(library, {QStringLiteral("import"), pages});
    QCOMPARE_EXIT(first, 0);
    QCOMPARE(first.lines().filter(QRegularExpression(QStringLiteral("^imported #\\d+: "))).size(), 1000);
    const CliResult listed = runCli(library, {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.json().array().size(), 1000);
    const QByteArray before = folderDigest(library);

    const CliResult second = runCli(library, {QStringLiteral("import"), pages});
    QCOMPARE_EXIT(second, 0);
    QCOMPARE(second.lines().filter(QRegularExpression(QStringLiteral("^duplicate of #\\d+: "))).size(), 1000);
    QCOMPARE(second.lines().filter(QRegularExpression(QStringLiteral("^imported "))).size(), 0);
    QVERIFY2(second.lines().last().contains(QStringLiteral("0 imported")), qPrintable(second.lines().last()));

    // Nothing changed: the same articles with the same state, and no new file in the library folder.
    QCOMPARE(runCli(library, {QStringLiteral("list"), QStringLiteral("--json")}).out, listed.out);
    QCOMPARE(folderDigest(library), before);
}

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
