#include "encoding/decoder.h"
#include "import/formatdetect.h"
#include "import/markdownclip.h"
#include "import/mhtmlreader.h"
#include "import/pagecomments.h"
#include "import/pagereader.h"
#include "import/webarchivereader.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;
using namespace offprint::import;

namespace {

const QString kUrl = QStringLiteral("https://tech.example.cn/news/2026/inference-engine.html");
const QString kTitle = QStringLiteral("国产推理框架发布新版本，吞吐量提升三倍");

QString fixture(const QString &relative)
{
    return QDir(qEnvironmentVariable("OFFPRINT_TEST_DATA")).filePath(QStringLiteral("import/") + relative);
}

QByteArray readFixture(const QString &relative)
{
    QFile file(fixture(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

const char kPngMagic[] = "\x89PNG\r\n\x1A\n";

} // namespace

class TestFormats final : public QObject
{
    Q_OBJECT

private slots:
    void detectsByContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Format>("format");
        QTest::newRow("html only") << "html/inference.html" << Format::Html;
        QTest::newRow("complete") << "complete/inference.html" << Format::Complete;
        QTest::newRow("mhtml") << "mhtml/inference.mhtml" << Format::Mhtml;
        QTest::newRow("old ie mht") << "mhtml/old-ie.mht" << Format::Mhtml;
        QTest::newRow("singlefile") << "singlefile/inference (2026-11-20 19_15_04).html" << Format::SingleFile;
        QTest::newRow("webarchive") << "webarchive/inference.webarchive" << Format::WebArchive;
        QTest::newRow("markdown") << "markdown/inference.md" << Format::Markdown;
        QTest::newRow("bookmarks") << "other/bookmarks.html" << Format::Bookmarks;
        QTest::newRow("text") << "other/notes.txt" << Format::Unknown;
        QTest::newRow("png") << "complete/inference_files/chart.png" << Format::Binary;
    }
    void detectsByContent()
    {
        QFETCH(QString, file);
        QFETCH(Format, format);
        QCOMPARE(detectFormat(readFixture(file), fixture(file)), format);
    }

    void detectionIgnoresMisleadingExtensions()
    {
        // An MHTML named .html, a webarchive named .htm and a PNG named .html.
        QCOMPARE(detectFormat(readFixture("mhtml/inference.mhtml"), "page.html"), Format::Mhtml);
        QCOMPARE(detectFormat(readFixture("webarchive/inference.webarchive"), "page.htm"), Format::WebArchive);
        QCOMPARE(detectFormat(readFixture("complete/inference_files/chart.png"), "page.html"), Format::Binary);
        QCOMPARE(detectFormat(QByteArray(), "page.html"), Format::Empty);
        QCOMPARE(detectFormat("PK\x03\x04rest", "page.html"), Format::Zip);
        // UTF-16 HTML is text, not binary.
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        const QByteArray page = "\xFF\xFE" + QByteArray(utf16.encode(QStringLiteral("<html><body><p>你好</p></body></html>")));
        QCOMPARE(detectFormat(page, "page.html"), Format::Html);
        QVERIFY(!unsupportedReason(Format::Bookmarks).isEmpty());
        QVERIFY(unsupportedReason(Format::Html).isEmpty());
    }

    void mhtmlBlinkArchive()
    {
        const auto page = readMhtml(readFixture("mhtml/inference.mhtml"), "inference.mhtml");
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.errorMessage()));
        QCOMPARE(page->url, kUrl);
        QCOMPARE(page->title, kTitle);
        QCOMPARE(page->saved, QDateTime(QDate(2026, 11, 20), QTime(11, 15, 4), Qt::UTC));
        // Quoted-printable decoded: soft line breaks gone, =3D back to '='.
        const QString html = encoding::decodeHtml(page->html, page->containerCharset).text;
        QVERIFY(html.contains(QStringLiteral("<html lang=\"zh-CN\">")));
        QVERIFY(html.contains(kTitle));
        QVERIFY(!html.contains(QStringLiteral("=\r\n")));
        // base64 images by Content-Location and by Content-ID.
        QVERIFY(page->resources.value("https://tech.example.cn/images/chart.png").data.startsWith(kPngMagic));
        QVERIFY(page->resources.value("https://cdn.example.cn/photo.png").data.startsWith(kPngMagic));
        QVERIFY(page->resources.value("cid:frame-1234@mhtml.blink").data.startsWith("GIF89a"));
    }

    void mhtmlOldInternetExplorer()
    {
        const auto page = readMhtml(readFixture("mhtml/old-ie.mht"), "old-ie.mht");
        QVERIFY(page.ok());
        QCOMPARE(page->containerCharset, QStringLiteral("gb2312"));
        QCOMPARE(page->url, kUrl); // from the document part's Content-Location
        QCOMPARE(page->title, kTitle); // RFC 2047 B-encoded GB2312
        QVERIFY(page->saved.isValid());
        const encoding::DecodedText decoded = encoding::decodeHtml(page->html, page->containerCharset);
        QCOMPARE(decoded.encoding, QStringLiteral("GB18030"));
        QCOMPARE(decoded.source, encoding::DecodedText::Source::Container);
        QVERIFY(decoded.text.contains(QStringLiteral("吞吐量提升了三倍")));
        QVERIFY(page->resources.contains("file:///C:/Users/li/inference.files/chart.png"));
    }

    void mhtmlGarbageIsAnError()
    {
        const auto page = readMhtml("MIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\nxx", "x.mht");
        QVERIFY(!page.ok());
        QVERIFY(page.errorMessage().startsWith(QStringLiteral("x.mht: ")));
    }

    void webarchiveWithSubresourcesAndFrames()
    {
        const auto page = readWebArchive(readFixture("webarchive/inference.webarchive"), "a.webarchive");
        QVERIFY(page.ok());
        QCOMPARE(page->url, kUrl);
        QCOMPARE(page->containerCharset, QStringLiteral("gb2312"));
        // The response's Date header, not its Last-Modified.
        QCOMPARE(page->saved, QDateTime(QDate(2026, 11, 20), QTime(11, 15, 4), Qt::UTC));
        const encoding::DecodedText decoded = encoding::decodeHtml(page->html, page->containerCharset);
        QCOMPARE(decoded.encoding, QStringLiteral("GB18030"));
        QVERIFY(decoded.text.contains(kTitle));
        QVERIFY(page->resources.value("https://tech.example.cn/images/chart.png").data.startsWith(kPngMagic));
        // A subframe's own subresources are available too.
        QVERIFY(page->resources.value("https://cdn.example.cn/photo.png").data.startsWith(kPngMagic));
        QVERIFY(page->resources.contains("https://ads.example.cn/frame"));
    }

    void webarchiveDamagedIsAnError()
    {
        QByteArray bytes = readFixture("webarchive/inference.webarchive");
        QVERIFY(!readWebArchive(bytes.left(40), "cut.webarchive").ok());
        QVERIFY(!readWebArchive("bplist00", "tiny.webarchive").ok());
        bytes.truncate(bytes.size() - 10); // trailer gone
        const auto page = readWebArchive(bytes, "broken.webarchive");
        QVERIFY(!page.ok());
        QVERIFY(page.errorMessage().contains(QStringLiteral("broken.webarchive")));
    }

    void savedFromComment()
    {
        QCOMPARE(savedFromUrl(QStringLiteral("<!DOCTYPE html>\n<!-- saved from url=(0022)http://example.com/a-b -->")),
                 QStringLiteral("http://example.com/a-b"));
        QCOMPARE(savedFromUrl(QStringLiteral("<html><!-- nothing --></html>")), QString());
        const QString html = encoding::decodeHtml(readFixture("complete/inference.html")).text;
        QCOMPARE(savedFromUrl(html), kUrl);
    }

    void javascriptDates()
    {
        const QDateTime expected(QDate(2026, 11, 20), QTime(11, 15, 4), Qt::UTC);
        QCOMPARE(parseJsDate(QStringLiteral("Fri Nov 20 2026 19:15:04 GMT+0800 (中国标准时间)")), expected);
        QCOMPARE(parseJsDate(QStringLiteral("Fri Nov 20 2026 19:15:04 GMT+0800 (China Standard Time)")), expected);
        QCOMPARE(parseJsDate(QStringLiteral("Fri Nov 20 2026 06:15:04 GMT-0500 (Eastern Standard Time)")), expected);
        QVERIFY(!parseJsDate(QStringLiteral("2026-11-20")).isValid());
        QVERIFY(!parseJsDate(QStringLiteral("Fri Foo 20 2026 19:15:04 GMT+0800")).isValid());
        QVERIFY(!parseJsDate(QStringLiteral("Fri Feb 31 2026 19:15:04 GMT+0800")).isValid());
    }

    void singleFileHeaderAndImages()
    {
        QString html = QString::fromUtf8(readFixture("singlefile/inference (2026-11-20 19_15_04).html"));
        const SingleFileHeader header = singleFileHeader(html);
        QVERIFY(header.found);
        QCOMPARE(header.url, kUrl);
        QCOMPARE(header.saved, QDateTime(QDate(2026, 11, 20), QTime(11, 15, 4), Qt::UTC));

        const int before = int(html.count(QLatin1String("data:image/svg+xml")));
        QCOMPARE(resolveSingleFileImages(html), 2);
        // Both placeholders now carry the real PNG; the variable definition is still there.
        QCOMPARE(int(html.count(QLatin1String("data:image/svg+xml"))), before - 2);
        QVERIFY(html.contains(QLatin1String("<img src=\"data:image/png;base64,iVBOR")));
        QCOMPARE(int(html.count(QStringLiteral("alt=\"发布会现场\""))), 1);
        // Nothing to do for a page without variables.
        QString plain = QStringLiteral("<img src=\"a.png\" style=\"background-image: var(--other)\">");
        QCOMPARE(resolveSingleFileImages(plain), 0);
        QCOMPARE(plain, QStringLiteral("<img src=\"a.png\" style=\"background-image: var(--other)\">"));
    }

    void markdownClipFrontMatter()
    {
        const MarkdownClip clip = parseMarkdownClip(QString::fromUtf8(readFixture("markdown/inference.md")));
        QCOMPARE(clip.title, kTitle);
        QCOMPARE(clip.url, kUrl);
        QCOMPARE(clip.author, QStringLiteral("李明"));
        QCOMPARE(clip.published.date(), QDate(2026, 11, 20));
        QCOMPARE(clip.created, QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC));
        QCOMPARE(clip.tags, QStringList({QStringLiteral("clippings"), QStringLiteral("人工智能")}));
        QVERIFY(clip.body.startsWith(QStringLiteral("国产大模型推理框架")));
        QVERIFY(!clip.body.contains(QLatin1String("source:")));
    }

    void markdownClipVariants()
    {
        MarkdownClip clip = parseMarkdownClip(QStringLiteral(
            "---\r\ntitle: 'It''s here'\r\nurl: https://e.com/x\r\ntags: [ai, \"chips\", #gpu]\r\n---\r\n# Body\r\n"));
        QCOMPARE(clip.title, QStringLiteral("It's here"));
        QCOMPARE(clip.url, QStringLiteral("https://e.com/x"));
        QCOMPARE(clip.tags, QStringList({"ai", "chips", "gpu"}));
        QCOMPARE(clip.body, QStringLiteral("# Body\n"));
        clip = parseMarkdownClip(QStringLiteral("# Just markdown\n\ntext"));
        QVERIFY(clip.title.isEmpty());
        QCOMPARE(clip.body, QStringLiteral("# Just markdown\n\ntext"));
        clip = parseMarkdownClip(QStringLiteral("---\ntitle: unterminated\n"));
        QVERIFY(clip.body.contains(QLatin1String("unterminated")));
    }

    void completePageFolder()
    {
        const QString path = fixture("complete/inference.html");
        auto page = readSavedPage(readFixture("complete/inference.html"), path, Format::Complete, true);
        QVERIFY(page.ok());
        QCOMPARE(page->pageFolder, QFileInfo(path).absolutePath());
        QVERIFY(!page->filesFolderMissing);

        // The same page copied without its folder.
        QTemporaryDir dir;
        const QString lonely = dir.filePath("inference.html");
        QVERIFY(QFile::copy(path, lonely));
        page = readSavedPage(readFixture("complete/inference.html"), lonely, Format::Complete, true);
        QVERIFY(page->filesFolderMissing);

        // A plain HTML file next to a NAME_files folder is a complete page (Firefox, wget).
        QVERIFY(QDir(dir.path()).mkpath("plain_files"));
        page = readSavedPage("<html><body><p>x</p></body></html>", dir.filePath("plain.html"), Format::Html, true);
        QCOMPARE(page->format, Format::Complete);
        // Reimport from a stored original may not read any folder.
        page = readSavedPage(readFixture("complete/inference.html"), path, Format::Complete, false);
        QVERIFY(page->pageFolder.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
