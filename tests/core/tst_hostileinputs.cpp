#include "common/limits.h"
#include "html/nesting.h"
#include "import/collect.h"
#include "import/prepare.h"
#include "import/webarchivereader.h"
#include "import/importer.h"
#include "markdown/plaintext.h"
#include "render/bodyhtml.h"
#include "storage/library.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace offprint;

// Inputs built to hurt: pathological structure, sizes at and past the limits, lies about encoding,
// broken containers and references out of the page's folder. Each must give a clear per-file error
// or a safe result, in bounded time and memory, without stopping the import of the other files.
// Big inputs are generated here rather than committed.
class TestHostileInputs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deepNesting_data();
    void deepNesting();
    void fiftyMegabytePage();
    void emptyAndBinaryFiles();
    void invalidUtf8();
    void lyingCharset();
    void utf16WithoutBom();
    void mhtmlBrokenBoundary();
    void mhtmlHugeBase64Part();
    void dataImageBeyondTheLimit();
    void referencesOutOfThePageFolder();
    void symlinksOutOfThePageFolder();
    void importContinuesPastBadFiles();
    void nestingLimitLeavesRealPagesAlone();
    void nestingLimitKeepsTextAndBalance();
    void webArchiveStringWithNul();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

// Generous ceilings: they catch runaway behaviour (quadratic loops, unbounded copies), not
// ordinary slowness of a sanitizer build.
// Sanitizer and unoptimised builds run this code 5-10 times slower.
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
constexpr qint64 kTimeLimitMs = 400'000;
#else
constexpr qint64 kTimeLimitMs = 90'000;
#endif
constexpr qint64 kPeakMemoryLimitMb = 4096;

const QByteArray kKeyword = "photolithography yield";

QByteArray paragraph(int i)
{
    return "<p>Paragraph " + QByteArray::number(i)
        + " of the report says the photolithography yield improved again after the exposure recipe "
          "changed, and the customers who design accelerators benefit first.</p>\n";
}

QByteArray page(const QByteArray &body, const QByteArray &head = "<meta charset=\"utf-8\">")
{
    return "<!DOCTYPE html><html><head>" + head + "<title>Record photolithography yield</title></head><body><article>"
        + body + "</article></body></html>";
}

qint64 peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

QString TestHostileInputs::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestHostileInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHostileInputs::deepNesting_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("close");
    QTest::newRow("div") << QByteArray("<div>") << QByteArray("</div>");
    QTest::newRow("blockquote-list") << QByteArray("<blockquote><ul><li>") << QByteArray("</li></ul></blockquote>");
    QTest::newRow("inline") << QByteArray("<b><i>") << QByteArray("</i></b>");
    QTest::newRow("table") << QByteArray("<table><tr><td>") << QByteArray("</td></tr></table>");
    QTest::newRow("unclosed-span") << QByteArray("<span>") << QByteArray();
}

void TestHostileInputs::deepNesting()
{
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, close);
    const int levels = 100'000;
    QByteArray body = paragraph(0) + paragraph(1);
    body.reserve(levels * (open.size() + close.size()) + 4096);
    for (int i = 0; i < levels; ++i)
        body += open;
    body += "Deepest text about photolithography yield.";
    for (int i = 0; i < levels; ++i)
        body += close;
    body += paragraph(2) + paragraph(3);
    const QString path = write(QStringLiteral("deep-%1.html").arg(QString::fromLatin1(QTest::currentDataTag())), page(body));

    QElapsedTimer timer;
    timer.start();
    const auto prepared = import::prepareFile(path);
    QVERIFY2(timer.elapsed() < kTimeLimitMs, qPrintable(QString::number(timer.elapsed())));
    if (!prepared) {
        QVERIFY2(prepared.error().message().contains(path), qPrintable(prepared.error().message()));
        return;
    }
    QVERIFY(prepared->article.markdown.contains(QString::fromLatin1(kKeyword)));
    // The renderer gets the same treatment: it must not recurse once per level either.
    QVERIFY(!render::bodyHtml(prepared->article.markdown).isEmpty());
    QVERIFY(peakMemoryMb() < kPeakMemoryLimitMb);
}

void TestHostileInputs::fiftyMegabytePage()
{
    QByteArray body;
    const qint64 target = 50LL * 1024 * 1024;
    body.reserve(target + 4096);
    for (int i = 0; body.size() < target; ++i)
        body += paragraph(i);
    const QString path = write(QStringLiteral("fifty-megabytes.html"), page(body));
    body.clear();
    body.squeeze();

    QElapsedTimer timer;
    timer.start();
    const auto prepared = import::prepareFile(path);
    qInfo("50 MB page: %lld ms, peak RSS %lld MB", timer.elapsed(), peakMemoryMb());
    QVERIFY2(timer.elapsed() < kTimeLimitMs, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(peakMemoryMb() < kPeakMemoryLimitMb);
    if (prepared)
        QVERIFY(prepared->article.markdown.contains(QString::fromLatin1(kKeyword)));
    else
        QVERIFY2(prepared.error().message().contains(path), qPrintable(prepared.error().message()));
}

void TestHostileInputs::emptyAndBinaryFiles()
{
    const QString empty = write(QStringLiteral("empty.html"), {});
    const auto e = import::prepareFile(empty);
    QVERIFY(!e);
    QVERIFY2(e.error().message().contains(empty) && e.error().message().contains(QLatin1String("empty")),
             qPrintable(e.error().message()));

    QByteArray binary(256 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : binary)
        c = char(rng.bounded(256));
    binary[0] = '\x7f';
    binary[1] = 'E';
    binary[2] = 'L';
    binary[3] = 'F';
    const QString bin = write(QStringLiteral("program.html"), binary);
    const auto b = import::prepareFile(bin);
    QVERIFY2(!b, "a binary file is not an article");
    QVERIFY2(b.error().message().contains(bin), qPrintable(b.error().message()));
}

void TestHostileInputs::invalidUtf8()
{
    QByteArray body = paragraph(1);
    body += "<p>Broken bytes \xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc \xf8\xa1\xa1\xa1\xa1 \xed\xa0\x80 "
            "overlong \xc0\xaf end.</p>";
    body += paragraph(2);
    const QString path = write(QStringLiteral("invalid-utf8.html"), page(body));
    const auto prepared = import::prepareFile(path);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message()));
    QVERIFY(prepared->article.markdown.contains(QString::fromLatin1(kKeyword)));
    // What is stored must be valid Unicode: no lone surrogates survive into the library.
    const QString md = prepared->article.markdown;
    QCOMPARE(QString::fromUtf8(md.toUtf8()), md);
    QVERIFY(!render::bodyHtml(md).isEmpty());
}

void TestHostileInputs::lyingCharset()
{
    // Declares GB2312 but is UTF-8: decoding as declared gives mojibake. Either the decoder notices,
    // or the import says the text looks wrong; silently storing garbage is the failure.
    const QByteArray chinese = "<p>芯片制造商公布了创纪录的光刻良率，工程师调整了曝光工艺和光刻胶配方。</p>"
                               "<p>分析师表示，良率的提升比产能数字更重要，因为每片通过检测的晶圆都会降低芯片成本。</p>";
    const QString path = write(QStringLiteral("lying-charset.html"),
                               page(chinese + paragraph(1), "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"));
    const auto prepared = import::prepareFile(path);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message()));
    const bool decodedRight = prepared->article.markdown.contains(QStringLiteral("光刻良率"));
    QVERIFY2(decodedRight || !prepared->warnings.isEmpty(), qPrintable(prepared->article.markdown.left(400)));
}

void TestHostileInputs::utf16WithoutBom()
{
    const QString text = QString::fromUtf8(page("<p>光刻良率创下新高。</p>" + paragraph(1) + paragraph(2)));
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const QString path = write(QStringLiteral("utf16le-nobom.html"), le);
    const auto prepared = import::prepareFile(path);
    if (!prepared) {
        QVERIFY2(prepared.error().message().contains(path), qPrintable(prepared.error().message()));
        return;
    }
    // Accepted: then it was decoded as UTF-16, not stored as text full of NULs.
    QVERIFY2(!prepared->article.markdown.contains(QChar(0)), "UTF-16 stored as 8-bit text");
    QVERIFY2(prepared->article.markdown.contains(QString::fromLatin1(kKeyword)),
             qPrintable(prepared->article.markdown.left(300)));
}

void TestHostileInputs::mhtmlBrokenBoundary()
{
    const QByteArray mhtml = "MIME-Version: 1.0\r\nSubject: Broken archive\r\n"
                             "Content-Type: multipart/related; boundary=\"DECLARED\"\r\n\r\n"
                             "--SOMETHING-ELSE\r\nContent-Type: text/html\r\n\r\n"
        + page(paragraph(1)) + "\r\n--SOMETHING-ELSE--\r\n";
    const QString path = write(QStringLiteral("broken-boundary.mhtml"), mhtml);
    QElapsedTimer timer;
    timer.start();
    const auto prepared = import::prepareFile(path);
    QVERIFY(timer.elapsed() < kTimeLimitMs);
    if (!prepared)
        QVERIFY2(prepared.error().message().contains(path), qPrintable(prepared.error().message()));
    else
        QVERIFY(!prepared->article.markdown.contains(QLatin1String("Content-Type")));
}

void TestHostileInputs::mhtmlHugeBase64Part()
{
    // A 100 MB image part (133 MB of base64): larger than any asset Offprint keeps.
    const QString path = m_dir.filePath(QStringLiteral("huge-part.mhtml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("MIME-Version: 1.0\r\nSubject: Huge part\r\n"
                   "Content-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n"
                   "--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: https://news.example.com/a\r\n\r\n");
        file.write(page(paragraph(1) + "<p><img src=\"https://news.example.com/huge.png\"></p>" + paragraph(2)));
        file.write("\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                   "Content-Location: https://news.example.com/huge.png\r\n\r\n");
        const QByteArray line = QByteArray(57, '\x42').toBase64() + "\r\n";
        QByteArray block;
        for (int i = 0; i < 1024; ++i)
            block += line;
        const qint64 decodedTarget = 100LL * 1024 * 1024;
        for (qint64 written = 0; written < decodedTarget; written += 57 * 1024)
            file.write(block);
        file.write("\r\n--B--\r\n");
    }
    QElapsedTimer timer;
    timer.start();
    const auto prepared = import::prepareFile(path);
    qInfo("100 MB MHTML part: %lld ms, peak RSS %lld MB", timer.elapsed(), peakMemoryMb());
    QVERIFY(timer.elapsed() < kTimeLimitMs);
    QVERIFY(peakMemoryMb() < kPeakMemoryLimitMb);
    QFile::remove(path);
    if (!prepared) {
        QVERIFY2(prepared.error().message().contains(path), qPrintable(prepared.error().message()));
        return;
    }
    QVERIFY(prepared->article.markdown.contains(QString::fromLatin1(kKeyword)));
    for (const import::Asset &asset : prepared->assets)
        QVERIFY(asset.data.size() <= limits::kMaxAssetBytes);
}

void TestHostileInputs::dataImageBeyondTheLimit()
{
    // 48 MB of base64 → 36 MB decoded, over kMaxAssetBytes: dropped before decoding, page kept.
    const qint64 decoded = limits::kMaxAssetBytes + 4 * 1024 * 1024;
    QByteArray uri = "data:image/png;base64,";
    uri += QByteArray(decoded / 3 * 4, 'A');
    const QString path = write(QStringLiteral("data-bomb.html"),
                               page(paragraph(1) + "<p><img alt=\"bomb\" src=\"" + uri + "\"></p>" + paragraph(2)));
    uri.clear();
    uri.squeeze();
    QElapsedTimer timer;
    timer.start();
    const auto prepared = import::prepareFile(path);
    QVERIFY(timer.elapsed() < kTimeLimitMs);
    QVERIFY(peakMemoryMb() < kPeakMemoryLimitMb);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message()));
    QVERIFY(prepared->article.markdown.contains(QString::fromLatin1(kKeyword)));
    QVERIFY(!prepared->article.markdown.contains(QLatin1String("data:")));
    for (const import::Asset &asset : prepared->assets)
        QVERIFY(asset.data.size() <= limits::kMaxAssetBytes);
}

namespace {

QByteArray tinyPng(char marker)
{
    QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    png += QByteArray(64, marker); // trailing bytes make each file's content (and hash) unique
    return png;
}

} // namespace

void TestHostileInputs::referencesOutOfThePageFolder()
{
    const QString root = m_dir.filePath(QStringLiteral("traversal"));
    QDir().mkpath(root + QStringLiteral("/pages/story_files"));
    QDir().mkpath(root + QStringLiteral("/secret"));
    const QByteArray secret = tinyPng('S');
    write(QStringLiteral("traversal/secret/secret.png"), secret);
    const QByteArray own = tinyPng('O');
    write(QStringLiteral("traversal/pages/story_files/own.png"), own);
    const QString secretAbsolute = root + QStringLiteral("/secret/secret.png");
    const QByteArray body = paragraph(1)
        + "<p><img src=\"story_files/own.png\" alt=\"own\"></p>"
          "<p><img src=\"story_files/../../secret/secret.png\" alt=\"a\"></p>"
          "<p><img src=\"story_files/../../../../../../../../etc/passwd\" alt=\"b\"></p>"
          "<p><img src=\"story_files/%2e%2e/%2e%2e/secret/secret.png\" alt=\"c\"></p>"
          "<p><img src=\"/etc/passwd\" alt=\"d\"></p>"
          "<p><img src=\"file://" + secretAbsolute.toUtf8() + "\" alt=\"e\"></p>"
          "<p><img src=\"" + secretAbsolute.toUtf8() + "\" alt=\"f\"></p>"
        + paragraph(2);
    const QString path = write(QStringLiteral("traversal/pages/story.html"),
                               "<!-- saved from url=(0030)https://news.example.com/story -->\n" + page(body));
    const auto prepared = import::prepareFile(path);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message()));
    bool ownFound = false;
    for (const import::Asset &asset : prepared->assets) {
        QVERIFY2(asset.data != secret, "read a file outside the page's folder");
        QVERIFY2(!asset.data.contains("root:"), "read /etc/passwd");
        ownFound = ownFound || asset.data == own;
    }
    QVERIFY2(ownFound, "the page's own image must still be kept");
}

void TestHostileInputs::symlinksOutOfThePageFolder()
{
    const QString root = m_dir.filePath(QStringLiteral("symlinks"));
    QDir().mkpath(root + QStringLiteral("/pages/story_files"));
    QDir().mkpath(root + QStringLiteral("/outside/dir"));
    const QByteArray secret = tinyPng('X');
    write(QStringLiteral("symlinks/outside/secret.png"), secret);
    write(QStringLiteral("symlinks/outside/dir/inner.png"), tinyPng('Y'));
    QVERIFY(QFile::link(root + QStringLiteral("/outside/secret.png"), root + QStringLiteral("/pages/story_files/pic.png")));
    QVERIFY(QFile::link(root + QStringLiteral("/outside/dir"), root + QStringLiteral("/pages/story_files/sub")));
    const QByteArray body = paragraph(1) + "<p><img src=\"story_files/pic.png\" alt=\"a\"></p>"
                                           "<p><img src=\"story_files/sub/inner.png\" alt=\"b\"></p>" + paragraph(2);
    const QString path = write(QStringLiteral("symlinks/pages/story.html"),
                               "<!-- saved from url=(0030)https://news.example.com/story -->\n" + page(body));
    const auto prepared = import::prepareFile(path);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message()));
    for (const import::Asset &asset : prepared->assets) {
        QVERIFY2(asset.data != secret, "followed a symlink out of the page's folder");
        QVERIFY2(asset.data != tinyPng('Y'), "followed a directory symlink out of the page's folder");
    }
}

void TestHostileInputs::importContinuesPastBadFiles()
{
    const QString folder = m_dir.filePath(QStringLiteral("mixed"));
    QDir().mkpath(folder);
    write(QStringLiteral("mixed/a-empty.html"), {});
    write(QStringLiteral("mixed/b-binary.html"), QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16).repeated(512));
    write(QStringLiteral("mixed/c-broken.mhtml"), "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--y\r\n");
    write(QStringLiteral("mixed/d-truncated.webarchive"), QByteArray("bplist00\xd1\x01\x02_\x10\x0fWebMainResource", 30));
    write(QStringLiteral("mixed/e-good.html"), page(paragraph(1) + paragraph(2) + paragraph(3)));
    QByteArray deep;
    for (int i = 0; i < 20'000; ++i)
        deep += "<div>";
    write(QStringLiteral("mixed/f-deep.html"), page(deep + paragraph(9)));

    QTemporaryDir libraryDir;
    auto library = storage::Library::open(libraryDir.filePath(QStringLiteral("library")));
    QVERIFY2(library, library ? "" : qPrintable(library.error().message()));
    const import::FileList list = import::collectFiles({folder});
    const QList<import::ImportOutcome> outcomes = import::importFiles(**library, list.files, {});
    int imported = 0;
    bool goodImported = false;
    for (const import::ImportOutcome &o : outcomes + list.skipped) {
        if (o.kind == import::ImportOutcome::Kind::Imported) {
            ++imported;
            goodImported = goodImported || o.file.endsWith(QLatin1String("e-good.html"));
        } else if (o.kind == import::ImportOutcome::Kind::Failed || o.kind == import::ImportOutcome::Kind::Skipped) {
            QVERIFY2(!o.reason.isEmpty(), qPrintable(o.file));
        }
    }
    QVERIFY2(goodImported, "the good page must be imported despite its bad neighbours");
    QCOMPARE(outcomes.size() + list.skipped.size(), 6);
}

// limitNesting must be invisible on real pages: every HTML fixture of the project passes unchanged.
void TestHostileInputs::nestingLimitLeavesRealPagesAlone()
{
    int checked = 0;
    QDirIterator it(qEnvironmentVariable("OFFPRINT_TEST_DATA"), {QStringLiteral("*.html"), QStringLiteral("*.htm")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(html::limitNesting(bytes, limits::kMaxParseNesting) == bytes, qPrintable(path));
        ++checked;
    }
    QVERIFY(checked >= 5);
    // Thousands of unclosed optional-end elements (old table layouts, lists) are not nesting.
    QByteArray sloppy;
    for (int i = 0; i < 5000; ++i)
        sloppy += "<p>para <li>item <tr><td>cell <br> <img src=x.png> <option>o <script>if (a<b) x='<div>';</script>";
    QCOMPARE(html::limitNesting(sloppy, 16), sloppy);
}

void TestHostileInputs::nestingLimitKeepsTextAndBalance()
{
    const QByteArray deep = QByteArray("<div class=\"a\">").repeated(1000) + "deep text"
        + QByteArray("</div>").repeated(1000) + "<p>after</p>";
    const QByteArray limited = html::limitNesting(deep, 100);
    QCOMPARE(limited.count("<div"), 100);
    QCOMPARE(limited.count("</div>"), 100);
    QVERIFY(limited.contains("deep text</div>"));
    QVERIFY(limited.endsWith("<p>after</p>"));
    // Attribute values and comments may contain '<' and '>' without being tags.
    const QByteArray tricky = "<div title=\"<div><div>\"><!-- <div><div> --><span data-x='>'>x</span></div>";
    QCOMPARE(html::limitNesting(tricky, 1), QByteArray("<div title=\"<div><div>\"><!-- <div><div> -->x</div>"));
    // Unmatched end tags cannot hide nesting from the counter (the parser ignores them too).
    const QByteArray evasive = QByteArray("<div></span>").repeated(1000);
    QCOMPARE(html::limitNesting(evasive, 50).count("<div>"), 50);
}

// Found by fuzz_webarchive: a plist string with an embedded NUL made libplist's
// plist_get_string_val assert, aborting the whole process — first in a resource's own strings, then
// in the strings of the keyed archive that holds the HTTP response (WebResourceResponse).
void TestHostileInputs::webArchiveStringWithNul()
{
    for (const char *name : {"plist-string-with-nul.webarchive", "plist-uid-string-with-nul.webarchive"}) {
        QFile f(qEnvironmentVariable("OFFPRINT_TEST_DATA") + QStringLiteral("/hostile/") + QLatin1String(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto page = import::readWebArchive(bytes, f.fileName());
        if (page)
            QVERIFY(!page->url.contains(QChar(0)));
        else
            QVERIFY(page.error().message().contains(f.fileName()));
        const QString copy = write(QLatin1String(name), bytes);
        const auto prepared = import::prepareFile(copy);
        QVERIFY(prepared || prepared.error().message().contains(copy));
    }
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
