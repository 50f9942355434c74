// Compressed SingleFile pages (import/singlefilezip): the .zip (index.html, manifest.json and the
// resources) and the self-extracting .zip.html (the same ZIP inside an HTML page) import as a
// SingleFile page with their images; damaged ones fail naming the file.
#include "archive/zipwriter.h"
#include "import/collect.h"
#include "import/prepare.h"
#include "storage/blobstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::import;

namespace {

QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

QByteArray indexHtml()
{
    QString body;
    for (int i = 0; i < 8; ++i)
        body += QStringLiteral("<p>压缩的单文件页面，第%1段：离线阅读需要把图片一起保存下来，这样才能完整地阅读文章。</p>").arg(i + 1);
    return QStringLiteral("<!DOCTYPE html> <html lang=zh><!--\n Page saved with SingleFile \n url: "
                          "https://blog.example.cn/2024/offline \n saved date: Mon Mar 04 2024 10:00:00 GMT+0000 "
                          "(Coordinated Universal Time)\n--><meta charset=utf-8><title>离线阅读</title><body><article>"
                          "<h1>离线阅读</h1>%1<p><img src=images/0.png alt=插图></p></article></body></html>")
        .arg(body)
        .toUtf8();
}

bool writeZip(const QString &path, const QString &root = {})
{
    auto zip = archive::ZipWriter::create(path);
    if (!zip)
        return false;
    const QByteArray manifest = R"({"originalUrl": "https://blog.example.cn/2024/offline", "title": "离线阅读", "archiveTime": "2024-03-04T10:00:00.000Z", "indexFilename": "index.html", "resources": {"images/0.png": "https://cdn.example.cn/a/figure.png"}})";
    return zip->addData(root + QStringLiteral("index.html"), indexHtml()).ok()
           && zip->addData(root + QStringLiteral("manifest.json"), manifest).ok()
           && zip->addData(root + QStringLiteral("images/0.png"), png(), archive::ZipWriter::Compression::Store).ok()
           && zip->finish().ok();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

void checkPage(const Result<PreparedArticle> &prepared)
{
    QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.errorMessage()));
    const Article &a = prepared->article;
    QCOMPARE(a.sourceFormat, QStringLiteral("singlefile"));
    QCOMPARE(a.meta.url, QStringLiteral("https://blog.example.cn/2024/offline"));
    QCOMPARE(a.meta.title, QStringLiteral("离线阅读"));
    QVERIFY(a.markdown.contains(QStringLiteral("第8段")));
    const QString blob = storage::BlobStore::relativePathFor(png(), QStringLiteral("png"));
    QVERIFY2(a.markdown.contains(blob), qPrintable(a.markdown));
    QCOMPARE(prepared->assets.size(), 1);
    QCOMPARE(prepared->assets.first().data, png());
}

} // namespace

class TestSingleFileZip : public QObject
{
    Q_OBJECT

private slots:
    void zipImportsWithItsImage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.zip"));
        QVERIFY(writeZip(path));
        checkPage(prepareFile(path));
        // In a folder it is a page, not skipped.
        const FileList list = collectFiles({dir.path()});
        QCOMPARE(list.files, QStringList{path});
    }

    void zipWithARootFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rooted.zip"));
        QVERIFY(writeZip(path, QStringLiteral("1709546400000_7/")));
        checkPage(prepareFile(path));
    }

    void selfExtractingHtmlImportsWithItsImage()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("inner.zip"));
        QVERIFY(writeZip(zipPath));
        const QByteArray page = "<!DOCTYPE html><html data-sfz><meta charset=utf-8><title>离线阅读</title>"
                                "<body hidden><div id='sfz-wait-message'>Please wait...</div><script>/* loader */</script><!--"
                                + readAll(zipPath) + "--></body></html>";
        const QString path = dir.filePath(QStringLiteral("page.zip.html"));
        QVERIFY(writeFile(path, page));
        checkPage(prepareFile(path));

        // The ZIP cut short inside the page: refused, naming the file.
        const QString cut = dir.filePath(QStringLiteral("cut.zip.html"));
        QVERIFY(writeFile(cut, page.left(page.size() / 2) + "--></body></html>"));
        const auto damaged = prepareFile(cut);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.errorMessage().contains(QStringLiteral("cut.zip.html")), qPrintable(damaged.errorMessage()));
    }

    void otherZipsAreRefusedOrSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photos.zip"));
        {
            auto zip = archive::ZipWriter::create(path);
            QVERIFY(zip.ok());
            QVERIFY(zip->addData(QStringLiteral("a.png"), png()).ok());
            QVERIFY(zip->finish().ok());
        }
        const auto prepared = prepareFile(path);
        QVERIFY(!prepared.ok());
        QVERIFY2(prepared.errorMessage().contains(QStringLiteral("photos.zip")) &&
                     prepared.errorMessage().contains(QStringLiteral("index.html")),
                 qPrintable(prepared.errorMessage()));
        const FileList list = collectFiles({dir.path()});
        QVERIFY(list.files.isEmpty());
        QCOMPARE(list.skipped.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSingleFileZip)
#include "tst_singlefilezip.moc"
