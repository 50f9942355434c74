// offprint-cli watch DIR: a page saved into a watched folder is imported once it stops growing and is
// complete; partial downloads are ignored; a page that changes later updates its article.
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
    void slowWriterIsImportedWhole();
    void partialDownloadIsIgnoredUntilRenamed();
    void changedFileUpdatesItsArticle();
    void incompleteFileIsImportedAfterTheTimeout();
};

namespace {

// A running `watch` with a short stability interval; collects its output.
class WatchRun
{
public:
    WatchRun(const QString &library, const QString &folder, const QStringList &extra = {})
    {
        m_process.start(qEnvironmentVariable("OFFPRINT_CLI"),
                        QStringList{QStringLiteral("--library"), library, QStringLiteral("watch"), folder,
                                    QStringLiteral("--interval"), QStringLiteral("0.3")}
                            + extra);
        m_started = m_process.waitForStarted() && waitFor(QStringLiteral("watching "), 10000);
    }
    ~WatchRun()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    bool started() const { return m_started; }
    // Waits until the output holds `text` `count` times (false after `ms`).
    bool waitFor(const QString &text, int ms, int count = 1)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_output.count(text) < count && timer.elapsed() < ms) {
            m_process.waitForReadyRead(100);
            m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        return m_output.count(text) >= count;
    }
    // Collects output for `ms` without waiting for anything.
    void idle(int ms) { waitFor(QStringLiteral("\x01never\x01"), ms); }
    const QString &output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
    bool m_started = false;
};

bool writeTo(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(data) == data.size() && file.flush();
}

QString textOf(const QString &library, qint64 id)
{
    return runCli(library, {QStringLiteral("show"), QString::number(id), QStringLiteral("--format"),
                            QStringLiteral("text")})
        .out;
}

const QByteArray kHead = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Slow save</title></head><body>"
                         "<article><h1>Slow save</h1><p>The first part of a page that the browser writes, then "
                         "pauses for a while before it writes the rest of it.</p>";
const QByteArray kTail = "<p>The closing paragraph came after the pause.</p></article></body></html>";

} // namespace

void TestWatch::slowWriterIsImportedWhole()
{
    QTemporaryDir dir;
    const QString watched = dir.filePath(QStringLiteral("saves"));
    const QString library = dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(watched));
    WatchRun run(library, watched);
    QVERIFY(run.started());
    const QString page = watched + QStringLiteral("/slow.html");
    QVERIFY(writeTo(page, kHead));
    run.idle(2000); // stable for much longer than the 0.3 s interval, but not complete
    QVERIFY2(!run.output().contains(QLatin1String("imported #")), qPrintable(run.output()));
    QVERIFY(writeTo(page, kTail, QIODevice::Append));
    QVERIFY2(run.waitFor(QStringLiteral("imported #"), 10000), qPrintable(run.output()));
    run.idle(800);
    QCOMPARE(run.output().count(QLatin1String("imported #")), 1);
    QVERIFY(textOf(library, 1).contains(QLatin1String("closing paragraph came after the pause")));
}

void TestWatch::partialDownloadIsIgnoredUntilRenamed()
{
    QTemporaryDir dir;
    const QString watched = dir.filePath(QStringLiteral("saves"));
    const QString library = dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(watched));
    WatchRun run(library, watched);
    QVERIFY(run.started());
    for (const QString &suffix : {QStringLiteral(".part"), QStringLiteral(".crdownload"), QStringLiteral(".download"),
                                  QStringLiteral(".tmp")})
        QVERIFY(writeTo(watched + QStringLiteral("/page.html") + suffix, kHead + kTail));
    run.idle(1500);
    QVERIFY2(!run.output().contains(QLatin1String("imported #")), qPrintable(run.output()));
    QVERIFY(QFile::rename(watched + QStringLiteral("/page.html.part"), watched + QStringLiteral("/page.html")));
    QVERIFY2(run.waitFor(QStringLiteral("imported #"), 10000), qPrintable(run.output()));
    QVERIFY2(run.output().contains(QStringLiteral("imported #1: %1/page.html\n").arg(watched)),
             qPrintable(run.output()));
    run.idle(800);
    QCOMPARE(run.output().count(QLatin1String("imported #")), 1);
}

void TestWatch::changedFileUpdatesItsArticle()
{
    QTemporaryDir dir;
    const QString watched = dir.filePath(QStringLiteral("saves"));
    const QString library = dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(watched));
    const QString page = watched + QStringLiteral("/page.html");
    WatchRun run(library, watched);
    QVERIFY(run.started());
    QVERIFY(writeTo(page, kHead + kTail));
    QVERIFY2(run.waitFor(QStringLiteral("imported #1:"), 10000), qPrintable(run.output()));
    QCOMPARE_EXIT(runCli(library, {QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("kept")}), 0);
    // Replaced under the same name (written elsewhere, renamed over it), with other words.
    const QString temp = dir.filePath(QStringLiteral("new.html"));
    QVERIFY(writeTo(temp, QByteArray(kHead).replace("first part", "rewritten part") + kTail));
    QVERIFY(QFile::remove(page) && QFile::rename(temp, page));
    QVERIFY2(run.waitFor(QStringLiteral("updated #1:"), 10000), qPrintable(run.output()));
    // Then rewritten in place.
    QVERIFY(writeTo(page, QByteArray(kHead).replace("first part", "third version") + kTail));
    QVERIFY2(run.waitFor(QStringLiteral("updated #1:"), 10000, 2), qPrintable(run.output()));
    // The same content written again is not a change.
    QVERIFY(writeTo(page, QByteArray(kHead).replace("first part", "third version") + kTail));
    run.idle(1200);
    QCOMPARE(run.output().count(QLatin1String("updated #1:")), 2);
    const QJsonArray articles = runCli(library, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    QCOMPARE(articles.size(), 1);
    const QJsonArray tags = articles.first().toObject().value(QStringLiteral("tags")).toArray();
    QCOMPARE(tags.first().toString(), QStringLiteral("kept"));
    QVERIFY(textOf(library, 1).contains(QLatin1String("third version")));
}

void TestWatch::incompleteFileIsImportedAfterTheTimeout()
{
    QTemporaryDir dir;
    const QString watched = dir.filePath(QStringLiteral("saves"));
    const QString library = dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(watched));
    WatchRun run(library, watched, {QStringLiteral("--timeout"), QStringLiteral("1")});
    QVERIFY(run.started());
    const QString page = watched + QStringLiteral("/cut.html");
    QVERIFY(writeTo(page, kHead));
    QVERIFY2(run.waitFor(QStringLiteral("imported #1:"), 10000), qPrintable(run.output()));
    QVERIFY2(run.output().contains(QStringLiteral("warning: %1: still incomplete").arg(page)),
             qPrintable(run.output()));
}

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
