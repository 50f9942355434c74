// offprint-cli watch DIR: a page saved into a watched folder is imported once it stops growing.
#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestWatch : public QObject
{
    Q_OBJECT

private slots:
    void importsNewSavesAsTheyAppear();
};

void TestWatch::importsNewSavesAsTheyAppear()
{
    QTemporaryDir dir;
    const QString watched = dir.filePath(QStringLiteral("saves"));
    const QString library = dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(watched));

    QProcess watcher;
    watcher.start(qEnvironmentVariable("OFFPRINT_CLI"),
                  {QStringLiteral("--library"), library, QStringLiteral("watch"), watched, QStringLiteral("--interval"),
                   QStringLiteral("1")});
    QVERIFY(watcher.waitForStarted());
    QVERIFY(watcher.waitForReadyRead(10000)); // "watching …"

    // A browser writes the page in two steps; it is imported once, after it stopped growing.
    const QString page = watched + QStringLiteral("/saved.html");
    {
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Watched page</title></head><body>"
                   "<article><h1>Watched page</h1><p>A folder watcher takes new saves into the library as soon as "
                   "the browser has finished writing them.</p>");
    }
    QTest::qWait(300);
    {
        QFile file(page);
        QVERIFY(file.open(QIODevice::Append));
        file.write("<p>This second paragraph arrived a moment later, as large pages do.</p></article></body></html>");
    }

    QString output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains(QLatin1String("imported #")) && timer.elapsed() < 20000) {
        watcher.waitForReadyRead(500);
        output += QString::fromUtf8(watcher.readAllStandardOutput());
    }
    watcher.terminate();
    QVERIFY(watcher.waitForFinished(10000));
    QVERIFY2(output.contains(QLatin1String("imported #")), qPrintable(output));
    QCOMPARE(output.count(QLatin1String("imported #")), 1);

    const QJsonArray articles = runCli(library, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    QCOMPARE(articles.size(), 1);
    const CliResult text = runCli(library, {QStringLiteral("show"), QString::number(articles.first().toObject().value(
                                                                        QStringLiteral("id")).toInteger()),
                                            QStringLiteral("--format"), QStringLiteral("text")});
    QVERIFY(text.out.contains(QLatin1String("second paragraph"))); // the whole file, not the first half
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
