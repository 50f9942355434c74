#include "common/fileutil.h"
#include "common/limits.h"
#include "import/assets.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;
using namespace offprint::import;

namespace {

const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
const QByteArray kGif = QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

// Independent of storage: the same shape as BlobStore::relativePathFor.
QString blobPath(const QByteArray &data, const QString &ext)
{
    const QString sha = fileutil::sha256Hex(data);
    return QStringLiteral("blobs/%1/%2.%3").arg(sha.left(2), sha, ext);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestAssets final : public QObject
{
    Q_OBJECT

private slots:
    void sniffsImagesByMagic_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("ext");
        QTest::newRow("png") << kPng << "png";
        QTest::newRow("gif") << kGif << "gif";
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10) << "jpg";
        QTest::newRow("webp") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) << "webp";
        QTest::newRow("avif") << QByteArray("\x00\x00\x00\x1C" "ftypavif\x00\x00\x00\x00", 16) << "avif";
        QTest::newRow("bmp") << QByteArray("BM\x3A\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28", 15) << "bmp";
        QTest::newRow("ico") << QByteArray("\x00\x00\x01\x00\x01\x00\x10\x10", 8) << "ico";
        QTest::newRow("svg") << QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>") << "svg";
        QTest::newRow("css") << QByteArray("body { color: red }") << "";
        QTest::newRow("html") << QByteArray("<html><body>not an image</body></html>") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }
    void sniffsImagesByMagic()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, ext);
        QCOMPARE(sniffImageExtension(data), ext);
    }

    void dataUris()
    {
        auto uri = decodeDataUri(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(kPng.toBase64()), 1000);
        QVERIFY(uri.has_value());
        QCOMPARE(uri->data, kPng);
        QCOMPARE(uri->mimeType, QStringLiteral("image/png"));
        uri = decodeDataUri(QStringLiteral("data:image/svg+xml,%3Csvg%20xmlns%3D%22x%22%2F%3E"), 1000);
        QVERIFY(uri.has_value());
        QCOMPARE(uri->data, QByteArray("<svg xmlns=\"x\"/>"));
        QVERIFY(!decodeDataUri(QStringLiteral("data:image/png;base64,!!!!"), 1000).has_value());
        QVERIFY(!decodeDataUri(QStringLiteral("https://example.com/a.png"), 1000).has_value());
        QVERIFY(!decodeDataUri(QStringLiteral("data:image/png;base64"), 1000).has_value());
    }

    void hugeDataUriIsRefusedBeforeDecoding()
    {
        // 48 MB of base64 would decode to 36 MB, over kMaxAssetBytes: refused by length alone.
        const qsizetype chars = (limits::kMaxAssetBytes / 3 + 1024) * 4;
        QString uri = QStringLiteral("data:image/png;base64,");
        uri.append(QString(chars, QLatin1Char('A')));
        QVERIFY(!decodeDataUri(uri, limits::kMaxAssetBytes).has_value());
    }

    void resolvesContainerResources()
    {
        SavedPage page;
        page.url = QStringLiteral("https://news.example.com/a/b.html");
        page.resources.insert(QStringLiteral("https://news.example.com/img/chart.png"), {kPng, "image/png"});
        page.resources.insert(QStringLiteral("cid:frame-1@mhtml.blink"), {kGif, "image/gif"});
        page.resources.insert(QStringLiteral("https://news.example.com/style.css"), {"body{}", "text/css"});
        AssetResolver resolver(page, blobPath);
        const QString chart = resolver.resolve(QStringLiteral("https://news.example.com/img/chart.png"));
        QCOMPARE(chart, blobPath(kPng, "png"));
        QCOMPARE(resolver.resolve(QStringLiteral("../img/chart.png")), chart); // relative to the page URL
        QCOMPARE(resolver.resolve(QStringLiteral("https://news.example.com/img/chart.png#x")), chart);
        QCOMPARE(resolver.resolve(QStringLiteral("cid:frame-1@mhtml.blink")), blobPath(kGif, "gif"));
        QVERIFY(resolver.resolve(QStringLiteral("https://news.example.com/style.css")).isEmpty()); // not an image
        QVERIFY(resolver.resolve(QStringLiteral("https://elsewhere.example.com/remote.png")).isEmpty());
        QCOMPARE(resolver.assets().size(), 2); // the chart once, despite three references
        QVERIFY(resolver.unresolved().contains(QStringLiteral("https://elsewhere.example.com/remote.png")));
    }

    void resolvesDataUrisOnce()
    {
        SavedPage page;
        AssetResolver resolver(page, blobPath);
        const QString uri = QStringLiteral("data:image/gif;base64,") + QString::fromLatin1(kGif.toBase64());
        QCOMPARE(resolver.resolve(uri), blobPath(kGif, "gif"));
        QCOMPARE(resolver.resolve(QStringLiteral(" ") + uri), blobPath(kGif, "gif"));
        QCOMPARE(resolver.assets().size(), 1);
        QVERIFY(resolver.resolve(QStringLiteral("data:,")).isEmpty()); // SingleFile's failed image
        QVERIFY(resolver.resolve(QStringLiteral("data:text/plain,hello")).isEmpty());
    }

    void resolvesFilesInsideThePageFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("page/page_files/chart.png"), kPng));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("page/page_files/现场.gif")), kGif));
        QVERIFY(writeFile(dir.filePath("page/page_files/style.css"), "body{}"));
        SavedPage page;
        page.url = QStringLiteral("https://news.example.com/a/page.html");
        page.pageFolder = dir.filePath("page");
        AssetResolver resolver(page, blobPath);
        QCOMPARE(resolver.resolve(QStringLiteral("./page_files/chart.png")), blobPath(kPng, "png"));
        QCOMPARE(resolver.resolve(QStringLiteral("page_files/chart.png?v=2")), blobPath(kPng, "png"));
        // Chinese file names are percent-encoded in the links.
        QCOMPARE(resolver.resolve(QStringLiteral("./page_files/%E7%8E%B0%E5%9C%BA.gif")), blobPath(kGif, "gif"));
        // The extractor may have made the local link absolute against the page URL.
        QCOMPARE(resolver.resolve(QStringLiteral("https://news.example.com/a/page_files/chart.png")),
                 blobPath(kPng, "png"));
        // … or against another base entirely: the NAME_files folder still names the local copy.
        QCOMPARE(resolver.resolve(QStringLiteral("https://other.example.com/x/page_files/%E7%8E%B0%E5%9C%BA.gif")),
                 blobPath(kGif, "gif"));
        QCOMPARE(resolver.resolve(QUrl::fromLocalFile(dir.filePath("page/page_files/chart.png")).toString()),
                 blobPath(kPng, "png"));
        QVERIFY(resolver.resolve(QStringLiteral("page_files/style.css")).isEmpty());
        QVERIFY(resolver.resolve(QStringLiteral("page_files/gone.png")).isEmpty());
        QCOMPARE(resolver.localMissingCount(), 1);
        QCOMPARE(resolver.assets().size(), 2);
        QCOMPARE(resolver.folderAssets().value(QStringLiteral("page_files/chart.png")), blobPath(kPng, "png"));
    }

    void neverReadsOutsideThePageFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("secret.png"), kPng));
        QVERIFY(writeFile(dir.filePath("page/inside.gif"), kGif));
        QVERIFY(QFile::link(dir.filePath("secret.png"), dir.filePath("page/link.png")));
        QVERIFY(QFile::link(dir.path(), dir.filePath("page/up")));
        SavedPage page;
        page.url = QStringLiteral("https://news.example.com/a/page.html");
        page.pageFolder = dir.filePath("page");
        AssetResolver resolver(page, blobPath);
        const QStringList attacks = {
            QStringLiteral("../secret.png"),
            QStringLiteral("..%2Fsecret.png"),
            QStringLiteral("inside/../../secret.png"),
            dir.filePath("secret.png"),
            QUrl::fromLocalFile(dir.filePath("secret.png")).toString(),
            QStringLiteral("link.png"), // symlink pointing out
            QStringLiteral("up/secret.png"), // symlinked folder pointing out
            QStringLiteral("https://news.example.com/secret.png"), // above the page's URL directory
            QStringLiteral("https://evil.example.com/x_files/../../secret.png"),
            QStringLiteral("https://evil.example.com/x_files/%2E%2E/%2E%2E/secret.png"),
        };
        for (const QString &src : attacks)
            QVERIFY2(resolver.resolve(src).isEmpty(), qPrintable(src));
        QVERIFY(resolver.assets().isEmpty());
        QCOMPARE(resolver.resolve(QStringLiteral("inside.gif")), blobPath(kGif, "gif"));
    }

    void selfContainedFormatsReadNoFiles()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("chart.png"), kPng));
        SavedPage page; // no pageFolder: MHTML, SingleFile, webarchive, reimport
        AssetResolver resolver(page, blobPath);
        QVERIFY(resolver.resolve(dir.filePath("chart.png")).isEmpty());
        QVERIFY(resolver.resolve(QStringLiteral("chart.png")).isEmpty());
    }

    void knownAssetsServeReimport()
    {
        SavedPage page;
        AssetResolver resolver(page, blobPath);
        resolver.setKnownAssets({{QStringLiteral("page_files/chart.png"), QStringLiteral("blobs/ab/abc.png")}});
        QCOMPARE(resolver.resolve(QStringLiteral("page_files/chart.png")), QStringLiteral("blobs/ab/abc.png"));
        QCOMPARE(resolver.resolve(QStringLiteral("./page_files/chart.png")), QStringLiteral("blobs/ab/abc.png"));
        QVERIFY(resolver.resolve(QStringLiteral("page_files/other.png")).isEmpty());
        QVERIFY(resolver.assets().isEmpty()); // already stored
    }
};

QTEST_GUILESS_MAIN(TestAssets)
#include "tst_assets.moc"
