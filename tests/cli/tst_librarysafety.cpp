// A damaged library loses nothing, a read-only library can still be read, and the import reports
// every file it could not take (unreadable folders, invalid file names, FIFOs). All fixtures are
// generated here.
#include "clirunner.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A "Web page, complete" with one image: the library stores the original and the image.
QString makePage(const QString &folder, const QString &name, const QString &words)
{
    QDir().mkpath(folder + QLatin1Char('/') + name + QStringLiteral("_files"));
    writeFile(folder + QLatin1Char('/') + name + QStringLiteral("_files/pic.png"),
              QByteArray("\x89PNG\r\n\x1a\n", 8) + name.toUtf8() + QByteArray(200, 'x'));
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".html");
    writeFile(path, QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                                   "<article><h1>%1</h1><p>%2 This paragraph is long enough to be the body of an "
                                   "article, with a picture below it.</p><p><img src=\"%3_files/pic.png\" alt=\"pic\">"
                                   "</p><p>And a closing paragraph after the picture.</p></article></body></html>")
                        .arg(name, words, name)
                        .toUtf8());
    return path;
}

// Every stored file under blobs/ with its content.
QHash<QString, QByteArray> storedFiles(const QString &library)
{
    QHash<QString, QByteArray> files;
    QDirIterator it(library + QStringLiteral("/blobs"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(path, f.readAll());
    }
    return files;
}

// Makes stored files look released long ago, so that a gc that ran would delete them.
void backdate(const QString &library)
{
    QDirIterator it(library + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-30), QFileDevice::FileModificationTime);
    }
}

CliResult importPage(const QString &library, const QString &folder, const QString &name, const QString &words)
{
    return runCli(library, {QStringLiteral("import"), makePage(folder, name, words)});
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// Makes paths unwritable (chattr +i for root, whom permissions do not stop) and undoes it on scope exit.
class WriteProtect
{
public:
    explicit WriteProtect(QStringList paths) : m_paths(std::move(paths)) { m_ok = apply(true); }
    ~WriteProtect() { apply(false); }
    bool ok() const { return m_ok; }

private:
    bool apply(bool on)
    {
        bool ok = true;
        for (const QString &p : m_paths) {
            if (isRoot()) {
                ok = QProcess::execute(QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), p})
                        == 0 && ok;
            } else {
                auto perms = QFile(p).permissions();
                perms = on ? perms & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser)
                           : perms | QFileDevice::WriteOwner;
                ok = QFile(p).setPermissions(perms) && ok;
            }
        }
        return ok;
    }
    QStringList m_paths;
    bool m_ok = false;
};

} // namespace

class TestLibrarySafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyOrMissingLibraryFileIsAnErrorAndKeepsStoredFiles();
    void gcRefusesALibraryFileThatDoesNotOwnTheStoredFiles();
    void newLibraryFolderIsCreated();
    void concurrentCreationAgreesOnTheIdentity();
    void readOnlyLibraryCanBeRead();
    void unreadableAndBadlyNamedFilesAreReported();
    void fifoIsNotAnEmptyFile();
    void quotedTagWithEscapedQuote();
};

void TestLibrarySafety::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("OFFPRINT_CLI")), "OFFPRINT_CLI must point at offprint-cli");
}

void TestLibrarySafety::emptyOrMissingLibraryFileIsAnErrorAndKeepsStoredFiles()
{
    for (const bool missing : {false, true}) {
        QTemporaryDir dir;
        const QString lib = dir.filePath(QStringLiteral("lib"));
        const QString page = makePage(dir.path(), QStringLiteral("kept"), QStringLiteral("Nothing is lost."));
        QCOMPARE_EXIT(runCli(lib, {QStringLiteral("import"), page}), 0);
        backdate(lib);
        const QHash<QString, QByteArray> before = storedFiles(lib);
        QVERIFY(before.size() >= 3); // original, image, identity
        const QString file = lib + QStringLiteral("/library.sqlite");
        if (missing) {
            QVERIFY(QFile::remove(file));
        } else {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        }
        // An upgrade leaves backups; the message points at them.
        QVERIFY(writeFile(lib + QStringLiteral("/library.sqlite.bak-v3"), "backup"));
        const QList<QStringList> commands = {{QStringLiteral("list")},
                                             {QStringLiteral("import"), page},
                                             {QStringLiteral("gc")},
                                             {QStringLiteral("delete"), QStringLiteral("1")},
                                             {QStringLiteral("search"), QStringLiteral("lost")}};
        for (const QStringList &command : commands) {
            const CliResult r = runCli(lib, command);
            QCOMPARE_EXIT(r, 1);
            QVERIFY2(r.err.contains(file), qPrintable(r.describe()));
            QVERIFY2(r.err.contains(missing ? QStringLiteral("missing") : QStringLiteral("empty (0 bytes)")),
                     qPrintable(r.describe()));
            QVERIFY2(r.err.contains(QLatin1String("library.sqlite.bak-v3")), qPrintable(r.describe()));
            QVERIFY2(r.err.contains(QLatin1String("backup")), qPrintable(r.describe()));
        }
        QCOMPARE(storedFiles(lib), before);
        // Not re-created behind the user's back either.
        QCOMPARE(QFileInfo::exists(file), !missing);
        if (!missing)
            QCOMPARE(QFileInfo(file).size(), qint64(0));
    }
}

void TestLibrarySafety::gcRefusesALibraryFileThatDoesNotOwnTheStoredFiles()
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString other = dir.filePath(QStringLiteral("other"));
    QCOMPARE_EXIT(importPage(lib, dir.path(), QStringLiteral("a"), QStringLiteral("One.")), 0);
    QCOMPARE_EXIT(runCli(other, {QStringLiteral("list")}), 0);
    backdate(lib);
    const QHash<QString, QByteArray> before = storedFiles(lib);
    // A new, empty library file in place of the real one (a sync tool, a wrong copy).
    for (const QString &suffix : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(lib + QStringLiteral("/library.sqlite") + suffix);
    QVERIFY(QFile::copy(other + QStringLiteral("/library.sqlite"), lib + QStringLiteral("/library.sqlite")));
    CliResult r = runCli(lib, {QStringLiteral("gc")});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("gc refused, nothing was deleted")), qPrintable(r.describe()));
    QCOMPARE(storedFiles(lib), before);
    // Without the identity file the same: the stored files cannot be shown to belong here.
    QVERIFY(QFile::remove(lib + QStringLiteral("/blobs/.library-id")));
    r = runCli(lib, {QStringLiteral("gc")});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String(".library-id is missing")), qPrintable(r.describe()));
    QCOMPARE(storedFiles(lib).size(), before.size() - 1);
    // The user can say they do belong to it; then gc does what it is told (here: everything goes, which
    // is exactly what the refusal prevented).
    r = runCli(lib, {QStringLiteral("gc"), QStringLiteral("--adopt")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("removed %1 ").arg(before.size() - 1)), qPrintable(r.describe()));
}

void TestLibrarySafety::newLibraryFolderIsCreated()
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("new/lib"));
    QCOMPARE_EXIT(runCli(lib, {QStringLiteral("list")}), 0);
    QVERIFY(QFileInfo(lib + QStringLiteral("/library.sqlite")).size() > 0);
    QVERIFY(QFileInfo::exists(lib + QStringLiteral("/blobs/.library-id")));
    QCOMPARE_EXIT(importPage(lib, dir.path(), QStringLiteral("n"), QStringLiteral("New.")), 0);
    const CliResult r = runCli(lib, {QStringLiteral("gc")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("removed 0 ")), qPrintable(r.describe()));
    // An empty library file with no stored files is a new library, not a damaged one.
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(writeFile(empty + QStringLiteral("/library.sqlite"), QByteArray()));
    QCOMPARE_EXIT(runCli(empty, {QStringLiteral("list")}), 0);
}

void TestLibrarySafety::concurrentCreationAgreesOnTheIdentity()
{
    // Several commands creating one new library at the same moment record one identity, so that gc
    // does not refuse afterwards.
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 4; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(qEnvironmentVariable("OFFPRINT_CLI"),
                                {QStringLiteral("--library"), lib, QStringLiteral("list")});
    }
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
    }
    const CliResult r = runCli(lib, {QStringLiteral("gc")});
    QCOMPARE_EXIT(r, 0);
}

void TestLibrarySafety::readOnlyLibraryCanBeRead()
{
    for (const bool wholeFolder : {false, true}) {
        QTemporaryDir dir;
        const QString lib = dir.filePath(QStringLiteral("lib"));
        QCOMPARE_EXIT(runCli(lib, {QStringLiteral("import"),
                                   makePage(dir.path(), QStringLiteral("ro"), QStringLiteral("Readable words."))}), 0);
        const QString file = lib + QStringLiteral("/library.sqlite");
        const QByteArray before = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QStringList targets{file};
        if (wholeFolder)
            targets << lib;
        WriteProtect protect(targets);
        if (!protect.ok())
            QSKIP("cannot make the library read-only here (no chattr / permissions)");
        const QString what = wholeFolder ? QStringLiteral("folder: ") : QStringLiteral("file: ");
        CliResult r = runCli(lib, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE_EXIT(r, 0);
        QCOMPARE(r.json().array().size(), 1);
        r = runCli(lib, {QStringLiteral("search"), QStringLiteral("readable")});
        QCOMPARE_EXIT(r, 0);
        QVERIFY2(r.out.contains(QLatin1String("ro")), qPrintable(what + r.describe()));
        QCOMPARE_EXIT(runCli(lib, {QStringLiteral("show"), QStringLiteral("1")}), 0);
        const QList<QStringList> writes = {{QStringLiteral("star"), QStringLiteral("1")},
                                           {QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("x")},
                                           {QStringLiteral("gc")}};
        for (const QStringList &write : writes) {
            r = runCli(lib, write);
            QCOMPARE_EXIT(r, 1);
            QVERIFY2(r.err.contains(file) && r.err.contains(QLatin1String("the library is read-only")),
                     qPrintable(what + r.describe()));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
}

void TestLibrarySafety::unreadableAndBadlyNamedFilesAreReported()
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString saves = dir.filePath(QStringLiteral("saves"));
    QVERIFY(QDir().mkpath(saves + QStringLiteral("/locked")));
    makePage(saves, QStringLiteral("good"), QStringLiteral("A good page."));
    makePage(saves + QStringLiteral("/locked"), QStringLiteral("hidden"), QStringLiteral("Behind a lock."));
    // A name whose bytes are not UTF-8 (Latin-1 "café").
    const QByteArray badName = QFile::encodeName(saves) + "/caf\xe9.html";
    const int fd = ::open(badName.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    QVERIFY(fd >= 0);
    const QByteArray html = "<html><head><title>Latin-1 name</title></head><body><p>Words.</p></body></html>";
    QCOMPARE(::write(fd, html.constData(), size_t(html.size())), ssize_t(html.size()));
    ::close(fd);
    const bool canLock = !isRoot() && QFile(saves + QStringLiteral("/locked")).setPermissions(QFileDevice::WriteOwner);
    const CliResult r = runCli(lib, {QStringLiteral("import"), saves});
    if (canLock)
        QFile(saves + QStringLiteral("/locked")).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                               | QFileDevice::ExeOwner);
    ::unlink(badName.constData()); // QTemporaryDir cannot name it either
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.out.contains(QLatin1String("imported #")), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("failed: %1/caf").arg(saves))
                 && r.out.contains(QLatin1String("not valid UTF-8")),
             qPrintable(r.describe()));
    if (canLock)
        QVERIFY2(r.out.contains(QStringLiteral("failed: %1/locked: cannot read this folder").arg(saves)),
                 qPrintable(r.describe()));
    else
        qInfo("running as root: the unreadable-folder case cannot be set up (root reads every folder)");
}

void TestLibrarySafety::fifoIsNotAnEmptyFile()
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    const QString saves = dir.filePath(QStringLiteral("saves"));
    QVERIFY(QDir().mkpath(saves));
    makePage(saves, QStringLiteral("beside"), QStringLiteral("Next to a pipe."));
    const QString fifo = saves + QStringLiteral("/pipe.html");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    // Named: a failure with the reason (and no hang: nobody ever writes to the pipe).
    CliResult r = runCli(lib, {QStringLiteral("import"), fifo});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.out.contains(QStringLiteral("failed: %1: not a regular file (FIFO/device)").arg(fifo)),
             qPrintable(r.describe()));
    // Inside a folder: skipped with the same reason, the page beside it imported.
    r = runCli(lib, {QStringLiteral("import"), saves});
    QCOMPARE_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("skipped: %1: not a regular file (FIFO/device)").arg(fifo)),
             qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("imported #")), qPrintable(r.describe()));
    r = runCli(lib, {QStringLiteral("import"), QStringLiteral("/dev/null")});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.out.contains(QLatin1String("not a regular file (FIFO/device)")), qPrintable(r.describe()));
}

void TestLibrarySafety::quotedTagWithEscapedQuote()
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    QCOMPARE_EXIT(importPage(lib, dir.path(), QStringLiteral("q1"), QStringLiteral("First.")), 0);
    QCOMPARE_EXIT(importPage(lib, dir.path(), QStringLiteral("q2"), QStringLiteral("Second.")), 0);
    QCOMPARE_EXIT(runCli(lib, {QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("a\"b")}), 0);
    QCOMPARE_EXIT(runCli(lib, {QStringLiteral("tag"), QStringLiteral("2"), QStringLiteral("a\\b")}), 0);
    const auto idsFor = [&](const QString &query) {
        QList<qint64> ids;
        const CliResult r = runCli(lib, {QStringLiteral("search"), query, QStringLiteral("--json")});
        const QJsonValue results = r.json().isArray() ? QJsonValue(r.json().array())
                                                       : r.json().object().value(QStringLiteral("results"));
        for (const QJsonValue &v : results.toArray())
            ids << v.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    };
    QCOMPARE(idsFor(QStringLiteral("tag:\"a\\\"b\"")), QList<qint64>{1});
    QCOMPARE(idsFor(QStringLiteral("tag:\"a\\\\b\"")), QList<qint64>{2});
}

QTEST_GUILESS_MAIN(TestLibrarySafety)
#include "tst_librarysafety.moc"
