// backup FILE / restore FILE --library DIR: a round trip keeps articles, tags, states, highlights,
// notes and every stored file (byte for byte); a backup taken while another process imports
// restores to a consistent library; damaged archives and non-empty targets are refused with
// nothing written.
#include "clirunner.h"

#include "archive/zipreader.h"
#include "archive/zipwriter.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;

namespace {

// The entry's bytes, or empty (with a warning saying why) when it cannot be read.
QByteArray entryOf(const offprint::archive::ZipReader &zip, const QString &name)
{
    auto data = zip.read(name, 1 << 26);
    if (!data) {
        qWarning("%s", qPrintable(data.errorMessage()));
        return {};
    }
    return *data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Relative names and contents of every file below a folder.
QMap<QString, QByteArray> filesBelow(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readFile(path));
    }
    return files;
}

QByteArray page(const QString &title, const QString &body, const QString &image = {})
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body><article>"
                          "<h1>%1</h1><p>%2</p>%3<p>%2 %1 closing words of the article body.</p></article></body></html>")
        .arg(title, body, image.isEmpty() ? QString() : QStringLiteral("<p><img src=\"%1\" alt=\"pic\"></p>").arg(image))
        .toUtf8();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_lib;
    QString m_backup;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase();
    void roundTripKeepsEverything();
    void nonEmptyTargetIsRefused();
    void truncatedArchiveIsRefused();
    void modifiedEntryIsRefused();
    void backupWhileAnotherProcessImports();
};

void TestBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lib = path(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("p_files"))));
    QVERIFY(writeFile(path(QStringLiteral("p_files/pic.png")), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, 'x')));
    QVERIFY(writeFile(path(QStringLiteral("p.html")),
                      page(QStringLiteral("Rivers and deltas"),
                           QStringLiteral("Rivers carry silt to the sea, where deltas grow year after year."),
                           QStringLiteral("p_files/pic.png"))));
    QVERIFY(writeFile(path(QStringLiteral("zh.html")),
                      page(QStringLiteral("黄河的泥沙"), QStringLiteral("黄河每年把大量的泥沙带到下游，形成了广阔的三角洲。"))));
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("import"), path(QStringLiteral("p.html")), path(QStringLiteral("zh.html"))}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("地理"), QStringLiteral("water")}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("tag"), QStringLiteral("2"), QStringLiteral("地理")}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("star"), QStringLiteral("1")}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("read"), QStringLiteral("2")}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("highlight"), QStringLiteral("1"), QStringLiteral("--quote"),
                                 QStringLiteral("deltas grow"), QStringLiteral("--note"), QStringLiteral("slowly")}),
                  0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("highlight"), QStringLiteral("2"), QStringLiteral("--quote"),
                                 QStringLiteral("三角洲")}),
                  0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("note"), QStringLiteral("2"), QStringLiteral("读后感：很好")}), 0);
    m_backup = path(QStringLiteral("lib.zip"));
    const CliResult r = runCli(m_lib, {QStringLiteral("backup"), m_backup});
    QCOMPARE_EXIT(r, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("backed up ")), qPrintable(r.describe()));
}

void TestBackup::roundTripKeepsEverything()
{
    const QString restored = path(QStringLiteral("restored"));
    const CliResult r = runCli(restored, {QStringLiteral("restore"), m_backup});
    QCOMPARE_EXIT(r, 0);
    const QList<QStringList> views = {
        {QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("tags"), QStringLiteral("--json")},
        {QStringLiteral("highlights"), QStringLiteral("--json")},
        {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("markdown")},
        {QStringLiteral("note"), QStringLiteral("2")},
    };
    for (const QStringList &view : views) {
        const CliResult before = runCli(m_lib, view);
        const CliResult after = runCli(restored, view);
        QCOMPARE_EXIT(after, 0);
        QCOMPARE(after.out, before.out);
    }
    QVERIFY(runCli(restored, {QStringLiteral("list"), QStringLiteral("--json")}).out.contains(QStringLiteral("地理")));
    QVERIFY(runCli(restored, {QStringLiteral("note"), QStringLiteral("2")}).out.contains(QStringLiteral("读后感")));
    // Every stored file, byte for byte.
    const auto original = filesBelow(m_lib + QStringLiteral("/blobs"));
    QVERIFY(original.size() >= 4); // two originals, the image, the identity
    QCOMPARE(filesBelow(restored + QStringLiteral("/blobs")), original);
    // No working folder is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".*restore*")}, QDir::AllEntries | QDir::Hidden).size(), 0);
}

void TestBackup::nonEmptyTargetIsRefused()
{
    const QString target = path(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(target));
    QVERIFY(writeFile(target + QStringLiteral("/mine.txt"), "keep"));
    const CliResult r = runCli(target, {QStringLiteral("restore"), m_backup});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("%1: the folder is not empty").arg(target)), qPrintable(r.describe()));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("mine.txt")});
}

void TestBackup::truncatedArchiveIsRefused()
{
    const QByteArray whole = readFile(m_backup);
    const QString cut = path(QStringLiteral("cut.zip"));
    QVERIFY(writeFile(cut, whole.left(whole.size() * 2 / 3)));
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const QString target = path(QStringLiteral("from-cut"));
    const CliResult r = runCli(target, {QStringLiteral("restore"), cut});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("%1: damaged backup: ").arg(cut)), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestBackup::modifiedEntryIsRefused()
{
    // A copy of the backup with one stored file changed (a valid ZIP: only the manifest can tell).
    auto zip = archive::ZipReader::openFile(m_backup);
    if (!zip)
        QFAIL(qPrintable(zip.errorMessage()));
    const QString changed = path(QStringLiteral("changed.zip"));
    auto writer = archive::ZipWriter::create(changed);
    QVERIFY(writer);
    QString victim;
    for (const archive::ZipEntry &e : zip->entries()) {
        QByteArray data = entryOf(*zip, e.name);
        if (victim.isEmpty() && e.name.startsWith(QLatin1String("blobs/")) && e.name.endsWith(QLatin1String(".png"))) {
            victim = e.name;
            data[20] = char(data[20] ^ 0x55);
        }
        QVERIFY(writer->addData(e.name, data));
    }
    QVERIFY(!victim.isEmpty());
    QVERIFY(writer->finish());
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const QString target = path(QStringLiteral("from-changed"));
    const CliResult r = runCli(target, {QStringLiteral("restore"), changed});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("%1: damaged backup: %2 (its SHA-256 differs from the manifest)")
                                .arg(changed, victim)),
             qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void TestBackup::backupWhileAnotherProcessImports()
{
    const QString pages = path(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(pages));
    const int count = 300;
    for (int i = 0; i < count; ++i) {
        QVERIFY(writeFile(pages + QStringLiteral("/p%1.html").arg(i),
                          page(QStringLiteral("Report number %1").arg(i),
                               QStringLiteral("Paragraph %1 about measurements taken at station %1 during the survey.").arg(i))));
    }
    const QString lib = path(QStringLiteral("busy"));
    QCOMPARE_EXIT(runCli(lib, {QStringLiteral("list")}), 0); // created before the importer starts
    QProcess importer;
    importer.start(qEnvironmentVariable("OFFPRINT_CLI"),
                   {QStringLiteral("--library"), lib, QStringLiteral("import"), pages, QStringLiteral("--threads"), QStringLiteral("1")});
    QVERIFY(importer.waitForStarted());
    QTest::qWait(300);
    const QString archivePath = path(QStringLiteral("busy.zip"));
    const CliResult b = runCli(lib, {QStringLiteral("backup"), archivePath});
    const bool concurrent = importer.state() == QProcess::Running;
    QVERIFY(importer.waitForFinished(300000));
    QCOMPARE(importer.exitCode(), 0);
    QCOMPARE_EXIT(b, 0);
    qInfo("backup taken while the import was %s", concurrent ? "running" : "already finished");

    const QString restored = path(QStringLiteral("busy-restored"));
    QCOMPARE_EXIT(runCli(restored, {QStringLiteral("restore"), archivePath}), 0);
    auto copy = storage::Library::open(restored);
    if (!copy)
        QFAIL(qPrintable(copy.errorMessage()));
    const auto integrity = (*copy)->checkIntegrity();
    if (!integrity)
        QFAIL(qPrintable(integrity.errorMessage()));
    auto source = storage::Library::open(lib);
    QVERIFY(source);
    const QList<ArticleId> restoredIds = (*copy)->articles().ids(storage::ArticleFilter{});
    const QList<ArticleId> finalIds = (*source)->articles().ids(storage::ArticleFilter{});
    QCOMPARE(finalIds.size(), count);
    QVERIFY(restoredIds.size() <= finalIds.size());
    qInfo("restored %lld of the %lld articles imported in the end", qint64(restoredIds.size()), qint64(finalIds.size()));
    // A moment of the source: the restored articles are whole, their stored originals present.
    for (const ArticleId id : restoredIds) {
        const auto a = (*copy)->articles().get(id);
        const auto b2 = (*source)->articles().get(id);
        QVERIFY(a && b2);
        QCOMPARE(a->markdown, b2->markdown);
        QCOMPARE(a->meta.title, b2->meta.title);
        QVERIFY2((*copy)->blobs().contains(a->originalBlob), qPrintable(a->originalBlob));
    }
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
