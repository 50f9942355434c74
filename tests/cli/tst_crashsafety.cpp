#include "clirunner.h"

#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "storage/tagrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace offprint;

// The library survives the import being killed at any moment (SIGKILL: no cleanup runs), two
// imports at once, and a read-only folder. After a kill the database is intact, every article in it
// is complete (body, search index, assets, tags), and importing again completes the set exactly.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportsLeaveACompleteLibrary();
    void concurrentImportsBothSucceed();
    void readOnlyLibraryGivesAClearError();

private:
    QTemporaryDir m_dir;
    QString m_pages;
    int m_pageCount = 60;
    qint64 m_fullImportMs = 0;
};

namespace {

// A failed run in a few lines (QTest cuts long messages): exit code, the lines that say what failed
// (including sanitizer reports), and the last lines.
QString whatWentWrong(const QProcess &process, const QString &output)
{
    QStringList lines = output.split(QLatin1Char('\n'));
    QStringList telling;
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("failed"), Qt::CaseInsensitive) || line.contains(QLatin1String("error"), Qt::CaseInsensitive)
            || line.contains(QLatin1String("Sanitizer")) || line.contains(QLatin1String("SUMMARY")))
            telling << line;
    }
    return QStringLiteral("exit %1 (%2)\n%3\n…\n%4")
        .arg(process.exitCode())
        .arg(process.exitStatus() == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crashed"))
        .arg(telling.mid(0, 12).join(QLatin1Char('\n')), lines.mid(qMax<qsizetype>(0, lines.size() - 4)).join(QLatin1Char('\n')));
}

// Sanitizer and unoptimised builds import about ten times slower: there the re-import that completes
// the set runs on every fourth kill only (every kill is still checked for integrity and completeness).
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
constexpr int kReimportEvery = 4;
#else
constexpr int kReimportEvery = 1;
#endif

// A word no other page contains, so that a search for it finds exactly its page.
QString uniqueWord(int i)
{
    QString w = QStringLiteral("zq");
    for (int n = i + 26; n > 0; n /= 26)
        w += QChar(u'a' + n % 26);
    return w;
}

bool hasClipTags(int i) { return i % 3 == 2; }
bool hasImage(int i) { return i % 3 == 0; }

QByteArray pngWithMarker(int i)
{
    QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    png += QByteArray("crash-safety-image-") + QByteArray::number(i);
    return png;
}

QByteArray articleParagraphs(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "<p>Report " + n + " describes how the storage team measured write amplification on the " + uniqueWord(i).toUtf8()
        + " cluster, where every node keeps three replicas and compacts its log once an hour.</p>\n"
          "<p>The engineers found that batching small writes cut the latency of the slowest requests by "
        + QByteArray::number(10 + i) + " percent, and they plan to roll the change out to the other regions.</p>\n"
          "<p>存储团队在第" + n + "次测试中发现，批量写入可以显著降低尾延迟，并计划推广到其他区域。</p>\n";
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

QString integrityOf(const QString &libraryFolder)
{
    const QString file = libraryFolder + QStringLiteral("/library.sqlite");
    if (!QFile::exists(file))
        return QStringLiteral("ok"); // killed before the library was created: nothing to damage
    sqlite3 *db = nullptr;
    // Read-write so that SQLite can recover the WAL a killed writer left, as any real open does.
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return QStringLiteral("cannot open: ") + error;
    }
    sqlite3_busy_timeout(db, 5000);
    QStringList rows;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    } else {
        rows << QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows.join(QLatin1Char('\n'));
}

int countIn(const QString &summary, const QString &what)
{
    const QRegularExpression re(QStringLiteral("(\\d+) %1").arg(what));
    const auto m = re.match(summary);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString summaryLine(const CliResult &r)
{
    const QStringList lines = r.lines();
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (it->contains(QLatin1String(" imported, ")))
            return *it;
    return {};
}

} // namespace

void TestCrashSafety::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("OFFPRINT_CLI"))
        QSKIP("OFFPRINT_CLI is not set");
    QVERIFY(m_dir.isValid());
    m_pages = m_dir.filePath(QStringLiteral("pages"));
    for (int i = 0; i < m_pageCount; ++i) {
        const QString name = QStringLiteral("%1/story-%2").arg(m_pages).arg(i, 2, 10, QLatin1Char('0'));
        const QByteArray title = "Storage report " + QByteArray::number(i) + " " + uniqueWord(i).toUtf8();
        const QByteArray url = "https://storage.example.com/reports/" + QByteArray::number(i);
        if (hasClipTags(i)) {
            QByteArray md = "---\ntitle: " + title + "\nsource: " + url + "\nauthor: Lin Wei\ntags:\n  - crash\n  - t"
                + QByteArray::number(i) + "\n---\n\n";
            md += "Report " + QByteArray::number(i) + " describes write amplification on the " + uniqueWord(i).toUtf8()
                + " cluster.\n\nBatching small writes cut tail latency by " + QByteArray::number(10 + i)
                + " percent.\n\n存储团队发现批量写入可以降低尾延迟。\n";
            writeFile(name + QStringLiteral(".md"), md);
            continue;
        }
        QByteArray html = "<!-- saved from url=(" + QByteArray::number(url.size()).rightJustified(4, '0') + ")" + url
            + " -->\n<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
              "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>" + articleParagraphs(i);
        if (hasImage(i)) {
            const QString base = QFileInfo(name).fileName();
            html += "<figure><img src=\"" + base.toUtf8() + "_files/chart.png\" alt=\"chart\"></figure>";
            writeFile(name + QStringLiteral("_files/chart.png"), pngWithMarker(i));
        }
        html += "</article></body></html>\n";
        writeFile(name + QStringLiteral(".html"), html);
    }

    // One undisturbed import tells how long a full run takes, so kills land all over it.
    QTemporaryDir library;
    QElapsedTimer timer;
    timer.start();
    const CliResult r = runCli(library.filePath(QStringLiteral("lib")), {QStringLiteral("import"), m_pages});
    m_fullImportMs = timer.elapsed();
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(countIn(summaryLine(r), QStringLiteral("imported")), m_pageCount);
    qInfo("full import of %d pages: %lld ms", m_pageCount, m_fullImportMs);
}

void TestCrashSafety::killedImportsLeaveACompleteLibrary()
{
    QRandomGenerator rng(20261126);
    const int iterations = 20;
    QElapsedTimer total;
    total.start();
    for (int iteration = 0; iteration < iterations; ++iteration) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("lib"));
        // Most kills land inside the import; a few right at start-up (opening, creating the schema).
        const int delayMs = int(rng.bounded(quint32(qMax<qint64>(m_fullImportMs, 50) * 11 / 10)));
        QProcess process;
        process.start(qEnvironmentVariable("OFFPRINT_CLI"),
                      {QStringLiteral("--library"), folder, QStringLiteral("import"), m_pages});
        QVERIFY(process.waitForStarted());
        QThread::msleep(delayMs);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(10000);
        const QString context = QStringLiteral("iteration %1, killed after %2 ms").arg(iteration).arg(delayMs);

        QCOMPARE(integrityOf(folder), QStringLiteral("ok"));

        int present = 0;
        if (QFile::exists(folder + QStringLiteral("/library.sqlite"))) {
            auto opened = storage::Library::open(folder);
            QVERIFY2(opened, qPrintable(context + QStringLiteral(": ") + (opened ? QString() : opened.error().message())));
            storage::Library &library = **opened;
            // quick_check plus the FTS index against the articles (no row missing or extra).
            const auto checked = library.checkIntegrity();
            QVERIFY2(checked, qPrintable(context + QStringLiteral(": ") + (checked ? QString() : checked.error().message())));
            const QList<Article> articles = library.articles().list({});
            present = int(articles.size());
            for (const Article &listed : articles) {
                const std::optional<Article> a = library.articles().get(listed.id);
                QVERIFY(a);
                const QString what = context + QStringLiteral(": article #%1 %2").arg(a->id).arg(a->meta.title);
                QVERIFY2(!a->markdown.trimmed().isEmpty(), qPrintable(what + QStringLiteral(" has no body")));
                const int i = a->meta.url.section(u'/', -1).toInt();
                QVERIFY2(a->meta.title.contains(uniqueWord(i)), qPrintable(what));
                const auto hits = library.search().search(uniqueWord(i), 5);
                QVERIFY2(hits && hits->size() == 1 && hits->first().article.id == a->id,
                         qPrintable(what + QStringLiteral(" is not (only) found by its search word")));
                QVERIFY2(a->originalBlob.isEmpty() || library.blobs().contains(a->originalBlob),
                         qPrintable(what + QStringLiteral(": original missing")));
                const QStringList assets = library.articles().assetsOf(a->id);
                if (hasImage(i))
                    QVERIFY2(!assets.isEmpty(), qPrintable(what + QStringLiteral(" lost its image")));
                for (const QString &asset : assets)
                    QVERIFY2(QFileInfo(library.blobs().absolutePath(asset)).isFile(),
                             qPrintable(what + QStringLiteral(": asset file missing ") + asset));
                if (hasClipTags(i))
                    QVERIFY2(library.tags().tagsOf(a->id).contains(QStringLiteral("crash")),
                             qPrintable(what + QStringLiteral(" lost its tags")));
            }
        }

        if (iteration % kReimportEvery != kReimportEvery - 1)
            continue;
        // Importing again completes the set: what was there is a duplicate, the rest is new.
        const CliResult again = runCli(folder, {QStringLiteral("import"), m_pages});
        QVERIFY2(again.exitCode == 0, qPrintable(context + QStringLiteral("\n") + again.out + again.err));
        const QString summary = summaryLine(again);
        QCOMPARE(countIn(summary, QStringLiteral("duplicates")), present);
        QCOMPARE(countIn(summary, QStringLiteral("imported")), m_pageCount - present);
        QCOMPARE(countIn(summary, QStringLiteral("failed")), 0);
        auto reopened = storage::Library::open(folder);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->articles().count({}), qint64(m_pageCount));
        qInfo("%s: %d articles were complete", qPrintable(context), present);
    }
    qInfo("%d kill iterations in %lld ms", iterations, total.elapsed());
}

void TestCrashSafety::concurrentImportsBothSucceed()
{
    // Two processes write one library at once, starting from nothing (both may try to create it)
    // and from an existing library: both finish, neither reports "database is locked".
    for (const bool precreate : {false, true}) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("lib"));
        if (precreate)
            QCOMPARE_EXIT(runCli(folder, {QStringLiteral("list")}), 0);
        QProcess a, b;
        a.start(qEnvironmentVariable("OFFPRINT_CLI"), {QStringLiteral("--library"), folder, QStringLiteral("import"), m_pages});
        b.start(qEnvironmentVariable("OFFPRINT_CLI"), {QStringLiteral("--library"), folder, QStringLiteral("import"), m_pages});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        const QString outA = QString::fromUtf8(a.readAllStandardOutput() + a.readAllStandardError());
        const QString outB = QString::fromUtf8(b.readAllStandardOutput() + b.readAllStandardError());
        QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0, qPrintable(whatWentWrong(a, outA)));
        QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0, qPrintable(whatWentWrong(b, outB)));
        QVERIFY2(!outA.contains(QLatin1String("locked"), Qt::CaseInsensitive), qPrintable(outA));
        QVERIFY2(!outB.contains(QLatin1String("locked"), Qt::CaseInsensitive), qPrintable(outB));
        QCOMPARE(integrityOf(folder), QStringLiteral("ok"));
        auto library = storage::Library::open(folder);
        QVERIFY(library);
        // Each page exactly once, whichever process stored it.
        QCOMPARE((*library)->articles().count({}), qint64(m_pageCount));
    }
}

void TestCrashSafety::readOnlyLibraryGivesAClearError()
{
    // The library file alone read-only, then its whole folder: a clear error naming the file, no
    // "database is locked", and the file left byte for byte as it was.
    for (const bool wholeFolder : {false, true}) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("lib"));
        QCOMPARE_EXIT(runCli(folder, {QStringLiteral("import"), m_pages + QStringLiteral("/story-01.html")}), 0);
        const QString file = folder + QStringLiteral("/library.sqlite");
        // Permissions do not stop root (CI containers run as root): the immutable flag does.
        const bool root = ::geteuid() == 0;
        const auto protect = [&](bool on) {
            QStringList targets{file};
            if (wholeFolder)
                targets << folder;
            bool ok = true;
            for (const QString &t : targets) {
                if (root) {
                    ok = QProcess::execute(QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), t})
                            == 0 && ok;
                } else {
                    auto p = QFile(t).permissions();
                    p = on ? p & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser) : p | QFileDevice::WriteOwner;
                    ok = QFile(t).setPermissions(p) && ok;
                }
            }
            return ok;
        };
        const QByteArray before = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        if (!protect(true)) {
            protect(false);
            QSKIP("cannot make the library read-only here (no chattr / immutable flag support)");
        }
        const CliResult r = runCli(folder, {QStringLiteral("import"), m_pages + QStringLiteral("/story-04.html")});
        QVERIFY(protect(false));
        const QString what = wholeFolder ? QStringLiteral("read-only folder: ") : QStringLiteral("read-only file: ");
        QVERIFY2(r.exitCode != 0, qPrintable(what + r.out));
        // A read-only file or folder opens for reading (tst_librarysafety checks list, show and search)
        // and the import fails up front, saying the library is read-only and naming the file.
        const QString all = r.out + r.err;
        QVERIFY2(all.contains(QLatin1String("read-only")) || all.contains(QLatin1String("no permission")),
                 qPrintable(what + all));
        QVERIFY2(!all.contains(QLatin1String("database is locked")), qPrintable(what + all));
        QVERIFY2(all.contains(file) || all.contains(QLatin1String("story-04.html")), qPrintable(what + all));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(integrityOf(folder), QStringLiteral("ok"));
        qInfo("%s%s", qPrintable(what), qPrintable(all.trimmed().split(QLatin1Char('\n')).filter(QLatin1String("read-only")).join(QLatin1Char(' '))));
    }
}

int main(int argc, char *argv[])
{
    // Twenty imports killed and resumed take minutes under sanitizers; QtTest's default per-function
    // timeout (5 minutes) would abort them there.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "580000");
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crashsafety.moc"
