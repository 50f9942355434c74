#include "import/collect.h"
#include "import/importer.h"
#include "import/prepare.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;
using namespace offprint::import;

namespace {

QString fixtures()
{
    return QDir(qEnvironmentVariable("OFFPRINT_TEST_DATA")).filePath(QStringLiteral("import"));
}

QStringList relative(const QStringList &files, const QString &root)
{
    QStringList out;
    for (const QString &f : files)
        out.append(QDir(root).relativeFilePath(f));
    return out;
}

QString reasonFor(const FileList &list, const QString &suffix)
{
    for (const ImportOutcome &o : list.skipped)
        if (o.file.endsWith(suffix))
            return o.reason;
    return {};
}

} // namespace

class TestImportCollect final : public QObject
{
    Q_OBJECT

private slots:
    void walksFoldersRecursively()
    {
        const FileList list = collectFiles({fixtures()});
        QCOMPARE(relative(list.files, fixtures()),
                 QStringList({QStringLiteral("complete/inference.html"), QStringLiteral("html/inference.html"),
                              QStringLiteral("markdown/inference.md"), QStringLiteral("mhtml/inference.mhtml"),
                              QStringLiteral("mhtml/old-ie.mht"),
                              QStringLiteral("singlefile/inference (2026-11-20 19_15_04).html"),
                              QStringLiteral("webarchive/inference.webarchive")}));
        // The complete page's folder belongs to it: nothing inside is listed or skipped.
        for (const ImportOutcome &o : list.skipped) {
            QVERIFY2(!o.file.contains(QLatin1String("inference_files")), qPrintable(o.file));
            QCOMPARE(o.kind, ImportOutcome::Kind::Skipped);
            QVERIFY(!o.reason.isEmpty());
            QVERIFY2(!o.file.contains(QLatin1String("/.")), "hidden files are not even reported");
        }
        // A bookmark export is another reader's export: imported as link entries (exportimport.h).
        QVERIFY(reasonFor(list, "bookmarks.html").isEmpty());
        QCOMPARE(relative(list.exports, fixtures()), QStringList({QStringLiteral("other/bookmarks.html")}));
        QCOMPARE(reasonFor(list, "notes.txt"), QStringLiteral("not a saved page (.txt file: plain text)"));
        QVERIFY(!reasonFor(list, "make_fixtures.py").isEmpty());
        QVERIFY(!reasonFor(list, "attachments/chart.png").isEmpty());
    }

    void explicitFilesAndProblems()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath("empty.html"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QDir(dir.path()).mkpath("nothing");
        QDir(dir.path()).mkpath("orphan_files");
        QDir(dir.path()).mkpath("loop");
        // Page titles with glob characters keep their folder.
        QVERIFY(QFile::copy(QDir(fixtures()).filePath("html/inference.html"), dir.filePath("news [draft] *.html")));
        QDir(dir.path()).mkpath("news [draft] *_files");
        QFile css(dir.filePath("news [draft] *_files/style.css"));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.close();
        QVERIFY(QFile::link(dir.path(), dir.filePath("loop/back")));
        const QString page = QDir(fixtures()).filePath("html/inference.html");
        const FileList list = collectFiles({page, page, dir.filePath("missing.html"), dir.filePath("empty.html"),
                                            dir.filePath("nothing"), dir.path()});
        // The page once; a missing file is left to prepareFile, which names the problem.
        QCOMPARE(list.files,
                 QStringList({page, dir.filePath("missing.html"), dir.filePath("news [draft] *.html")}));
        QVERIFY(reasonFor(list, "style.css").isEmpty());
        QVERIFY(reasonFor(list, "empty.html").contains(QLatin1String("empty")));
        QVERIFY(reasonFor(list, "nothing").contains(QLatin1String("no saved pages")));
        QVERIFY(reasonFor(list, "orphan_files").contains(QLatin1String("page is missing")));
    }

    // Issue 16: a folder of notes next to saved pages imports the pages and the Markdown clips
    // only; README.md, JSON lines, text and source files are skipped with a reason.
    void folderSkipsFilesThatAreNotPages()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write("README.md", "# My saved pages\n\nThis folder holds pages saved with <b>wget</b>.\n"));
        QVERIFY(write("clip.md", "---\ntitle: A clip\nsource: https://example.com/clip\n---\n\nClipped text.\n"));
        QVERIFY(write("bom-clip.md", "\xEF\xBB\xBF---\r\ntitle: Another clip\r\n---\r\n\nMore text.\r\n"));
        QVERIFY(write("pages.jsonl", "{\"html\": \"<html><body><p>quoted page</p></body></html>\"}\n"));
        QVERIFY(write("export.json", "{\"html\": \"<html><body><p>quoted page</p></body></html>\"}\n"));
        QVERIFY(write("scraper.py", "PAGE = '<html><body><p>x</p></body></html>'\n"));
        QVERIFY(write("todo.txt", "<p>read these later</p>\n"));
        QVERIFY(write("page.html", "<!DOCTYPE html><html><head><title>Page</title></head><body><p>Text</p></body></html>"));
        const FileList list = collectFiles({dir.path()});
        QCOMPARE(relative(list.files, dir.path()),
                 QStringList({QStringLiteral("bom-clip.md"), QStringLiteral("clip.md"), QStringLiteral("page.html")}));
        QCOMPARE(reasonFor(list, "README.md"),
                 QStringLiteral("not a saved page (Markdown without a clip's front matter, such as a README)"));
        QCOMPARE(reasonFor(list, "pages.jsonl"), QStringLiteral("not a saved page (.jsonl file: JSON lines)"));
        QCOMPARE(reasonFor(list, "todo.txt"), QStringLiteral("not a saved page (.txt file: plain text)"));
        QVERIFY(reasonFor(list, "export.json").startsWith(QLatin1String("not a saved web page (.json")));
        QVERIFY(reasonFor(list, "scraper.py").startsWith(QLatin1String("not a saved web page (.py")));
        for (const ImportOutcome &o : list.skipped)
            QCOMPARE(o.kind, ImportOutcome::Kind::Skipped);
        // Named on its own, a Markdown file is still the user's choice: it is listed for import.
        QCOMPARE(collectFiles({dir.filePath("README.md")}).files, QStringList({dir.filePath("README.md")}));
    }
};

QTEST_GUILESS_MAIN(TestImportCollect)
#include "tst_importcollect.moc"
