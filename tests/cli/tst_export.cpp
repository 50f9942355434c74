// export --output DIR writes nothing outside DIR, whatever DIR holds (symbolic links to a file or a
// folder outside, hard links), and reports stored files that are missing from the library.
#include "clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

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

// Names and contents of every file below a folder.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, readFile(path));
    }
    return files;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_lib;
    QString m_imageName; // the stored image's file name (its SHA-256 and extension)

private slots:
    void initTestCase();
    void plainExportWritesArticleAndImage();
    void symlinkedFileIsRefused();
    void symlinkedAssetsFolderIsRefused();
    void symlinkedOrHardLinkedImageIsRefused();
    void missingStoredFileFailsTheExport();
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lib = m_dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("page_files"))));
    const QByteArray image = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'i');
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("page_files/pic.png")), image));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("page.html")),
                      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Exported page</title></head><body>"
                      "<article><h1>Exported page</h1><p>The export of this article goes into a folder that may "
                      "hold anything.</p><p><img src=\"page_files/pic.png\" alt=\"pic\"></p><p>A closing paragraph "
                      "after the picture.</p></article></body></html>"));
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("import"), m_dir.filePath(QStringLiteral("page.html"))}), 0);
    QDirIterator it(m_lib + QStringLiteral("/blobs"), {QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    m_imageName = QFileInfo(it.next()).fileName();
}

void TestExport::plainExportWritesArticleAndImage()
{
    const QString out = m_dir.filePath(QStringLiteral("plain"));
    const CliResult r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--output"), out});
    QCOMPARE_EXIT(r, 0);
    QVERIFY(readFile(out + QStringLiteral("/1-Exported-page.md")).contains("assets/" + m_imageName.toUtf8()));
    QCOMPARE(readFile(out + QStringLiteral("/assets/") + m_imageName).size(), 308);
    // Exporting again replaces its own files.
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--output"), out}), 0);
}

void TestExport::symlinkedFileIsRefused()
{
    for (const QString &format : {QStringLiteral("markdown"), QStringLiteral("html")}) {
        const QString out = m_dir.filePath(QStringLiteral("out-file-") + format);
        const QString outside = m_dir.filePath(QStringLiteral("outside-file-") + format);
        QVERIFY(QDir().mkpath(out));
        QVERIFY(writeFile(outside, "precious"));
        const QString planted = out + QStringLiteral("/1-Exported-page") +
                                (format == QLatin1String("html") ? QStringLiteral(".html") : QStringLiteral(".md"));
        QVERIFY(QFile::link(outside, planted));
        const CliResult r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("--all"),
                                           QStringLiteral("--format"), format, QStringLiteral("--output"), out});
        QCOMPARE_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("failed: %1: is a symbolic link").arg(planted)),
                 qPrintable(r.describe()));
        QCOMPARE(readFile(outside), QByteArray("precious"));
        QCOMPARE(QFileInfo(planted).symLinkTarget(), outside); // the link itself is left as it was
    }
}

void TestExport::symlinkedAssetsFolderIsRefused()
{
    const QString out = m_dir.filePath(QStringLiteral("out-assets"));
    const QString outside = m_dir.filePath(QStringLiteral("outside-folder"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QFile::link(outside, out + QStringLiteral("/assets")));
    const CliResult r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--output"), out});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("failed: %1/assets: is a symbolic link").arg(out)),
             qPrintable(r.describe()));
    QVERIFY(snapshot(outside).isEmpty());
}

void TestExport::symlinkedOrHardLinkedImageIsRefused()
{
    for (const bool hard : {false, true}) {
        const QString out = m_dir.filePath(hard ? QStringLiteral("out-hard") : QStringLiteral("out-image"));
        const QString outside = m_dir.filePath(hard ? QStringLiteral("outside-hard") : QStringLiteral("outside-image"));
        QVERIFY(QDir().mkpath(out + QStringLiteral("/assets")));
        QVERIFY(writeFile(outside, "precious"));
        const QString planted = out + QStringLiteral("/assets/") + m_imageName;
        if (hard)
            QCOMPARE(::link(QFile::encodeName(outside).constData(), QFile::encodeName(planted).constData()), 0);
        else
            QVERIFY(QFile::link(outside, planted));
        const CliResult r =
            runCli(m_lib, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--output"), out});
        QCOMPARE_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("failed: %1: ").arg(planted)), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(hard ? QLatin1String("hard links") : QLatin1String("symbolic link")),
                 qPrintable(r.describe()));
        QCOMPARE(readFile(outside), QByteArray("precious"));
    }
}

void TestExport::missingStoredFileFailsTheExport()
{
    QTemporaryDir dir;
    const QString lib = dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("p_files"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("p_files/a.png")), QByteArray("\x89PNG\r\n\x1a\n", 8) + "aaaa"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("p.html")),
                      "<html><head><title>Missing image</title></head><body><article><h1>Missing image</h1><p>An "
                      "article whose stored image was deleted from the library folder by hand.</p><p><img "
                      "src=\"p_files/a.png\" alt=\"a\"></p><p>More text after it.</p></article></body></html>"));
    QCOMPARE_EXIT(runCli(lib, {QStringLiteral("import"), dir.filePath(QStringLiteral("p.html"))}), 0);
    QDirIterator it(lib + QStringLiteral("/blobs"), {QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString stored = it.next();
    QVERIFY(QFile::remove(stored));
    const CliResult r = runCli(lib, {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--output"),
                                     dir.filePath(QStringLiteral("out"))});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(stored) && r.err.contains(QLatin1String("missing")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
