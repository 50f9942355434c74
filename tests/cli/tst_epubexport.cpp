// export --format epub of a mixed Chinese/English selection (by tag, by IDs, by search): the book
// is valid under epubcheck (when installed), its navigation lists every article, its images are
// the stored bytes, highlights are marked; export --tag --format markdown writes one file per
// article with front matter, ==marks== and the images beside.
#include "clirunner.h"

#include "archive/zipreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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

QByteArray bigEndian(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (24 - 8 * i)) & 0xff);
    return b;
}

quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray body = type + data;
    return bigEndian(quint32(data.size())) + body
        + bigEndian(crc32Of(body));
}

// A real 40x30 RGB PNG (a gradient), so that any image checker accepts it.
QByteArray makePng()
{
    const int w = 40, h = 30;
    QByteArray raw;
    for (int y = 0; y < h; ++y) {
        raw += '\0';
        for (int x = 0; x < w; ++x) {
            raw += char(x * 6);
            raw += char(y * 8);
            raw += char(128);
        }
    }
    const QByteArray zlibStream = qCompress(raw).mid(4); // qCompress prefixes the length
    const QByteArray header = bigEndian(w) + bigEndian(h) + QByteArray("\x08\x02\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlibStream)
        + pngChunk("IEND", {});
}

// True when the bytes are well-formed XML (what an EPUB reading system requires of XHTML).
bool wellFormed(const QByteArray &xml, QString *why)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        *why = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return !reader.hasError();
}

} // namespace

class TestEpubExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_lib;
    QByteArray m_png;
    QString m_blobPath; // the stored image, absolute

private slots:
    void initTestCase();
    void bookHoldsEveryArticleImageAndHighlight();
    void bookPassesEpubcheck();
    void idsAndSearchSelectTheArticles();
    void selectionErrorsAreClear();
    void markdownOfATagWritesOneFilePerArticle();
};

void TestEpubExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lib = m_dir.filePath(QStringLiteral("lib"));
    m_png = makePng();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("zh_files"))));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("zh_files/tu.png")), m_png));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("zh.html")),
                      QStringLiteral("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>长城的故事</title>"
                                     "</head><body><article><h1>长城的故事</h1><p>长城是中国古代的军事防御工程，修筑的历史可上溯到"
                                     "西周时期。今天我们看到的长城大多是明代修建的。</p><p><img src=\"zh_files/tu.png\" alt=\"长城图\">"
                                     "</p><p>长城东起山海关，西至嘉峪关，全长六千多公里，是世界上最伟大的建筑之一。很多游客每年都来"
                                     "参观这座古老的建筑&amp;文化遗产。</p></article></body></html>")
                          .toUtf8()));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("en.html")),
                      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tides &amp; Moons</title>"
                      "<meta name=\"author\" content=\"Ada Lovelace\"></head><body><article><h1>Tides &amp; Moons</h1>"
                      "<p>The tides rise and fall twice a day because the Moon pulls on the oceans.&nbsp;Sailors "
                      "have known this for thousands of years.</p><p>Spring tides come with the full and new Moon, "
                      "when Sun and Moon pull together; neap tides come in between.<br>A second line.</p>"
                      "<table><tr><th>Tide</th><th>Height</th></tr><tr><td>Spring</td><td>High</td></tr></table>"
                      "</article></body></html>"));
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("import"), m_dir.filePath(QStringLiteral("zh.html"))}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("import"), m_dir.filePath(QStringLiteral("en.html"))}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("混合")}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("tag"), QStringLiteral("2"), QStringLiteral("混合")}), 0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("highlight"), QStringLiteral("2"), QStringLiteral("--quote"),
                                 QStringLiteral("Sailors have known this"), QStringLiteral("--note"), QStringLiteral("old")}),
                  0);
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("highlight"), QStringLiteral("1"), QStringLiteral("--quote"),
                                 QStringLiteral("全长六千多公里")}),
                  0);
    QDirIterator it(m_lib + QStringLiteral("/blobs"), {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    m_blobPath = it.next();
    QCOMPARE(readFile(m_blobPath), m_png);
}

void TestEpubExport::bookHoldsEveryArticleImageAndHighlight()
{
    const QString book = m_dir.filePath(QStringLiteral("tag.epub"));
    const CliResult r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("--tag"), QStringLiteral("混合"),
                                       QStringLiteral("--format"), QStringLiteral("epub"), QStringLiteral("--output"), book});
    QCOMPARE_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("exported 2 article(s) with 1 image(s)")), qPrintable(r.describe()));
    auto zip = offprint::archive::ZipReader::openFile(book);
    if (!zip)
        QFAIL(qPrintable(zip.errorMessage()));
    QCOMPARE(zip->entries().first().name, QStringLiteral("mimetype"));
    QCOMPARE(entryOf(*zip, QStringLiteral("mimetype")), QByteArray("application/epub+zip"));

    const QByteArray nav = entryOf(*zip, QStringLiteral("OEBPS/nav.xhtml"));
    QString why;
    QVERIFY2(wellFormed(nav, &why), qPrintable(why));
    QCOMPARE(nav.count("<li><a href=\"text/a"), 2);
    QVERIFY(nav.contains(QStringLiteral("<a href=\"text/a1.xhtml\">长城的故事</a>").toUtf8()));
    QVERIFY(nav.contains("<a href=\"text/a2.xhtml\">Tides &amp; Moons</a>"));

    const QByteArray opf = entryOf(*zip, QStringLiteral("OEBPS/content.opf"));
    QVERIFY2(wellFormed(opf, &why), qPrintable(why));
    QVERIFY(opf.contains("<dc:identifier id=\"uid\">urn:uuid:"));
    QVERIFY(opf.contains(QStringLiteral("<dc:title>Offprint: tag 混合</dc:title>").toUtf8()));
    QVERIFY(opf.contains("<dc:creator>Ada Lovelace</dc:creator>"));
    QVERIFY(opf.contains("<meta property=\"dcterms:modified\">"));
    const QString imageName = QFileInfo(m_blobPath).completeBaseName() + QStringLiteral(".png");
    QVERIFY(opf.contains(QStringLiteral("href=\"images/%1\" media-type=\"image/png\"").arg(imageName).toUtf8()));

    // The image inside is the stored file, byte for byte.
    auto image = zip->read(QStringLiteral("OEBPS/images/") + imageName, 1 << 20);
    if (!image)
        QFAIL(qPrintable(image.errorMessage()));
    QCOMPARE(*image, m_png);

    const QByteArray zh = entryOf(*zip, QStringLiteral("OEBPS/text/a1.xhtml"));
    QVERIFY2(wellFormed(zh, &why), qPrintable(why));
    QVERIFY(zh.contains("lang=\"zh"));
    QVERIFY(zh.contains(QStringLiteral("src=\"../images/%1\" alt=\"长城图\"/>").arg(imageName).toUtf8()));
    QVERIFY(zh.contains(QStringLiteral("<mark>全长六千多公里</mark>").toUtf8()));
    const QByteArray en = entryOf(*zip, QStringLiteral("OEBPS/text/a2.xhtml"));
    QVERIFY2(wellFormed(en, &why), qPrintable(why));
    QVERIFY(en.contains("<mark>Sailors have known this</mark>"));
    QVERIFY(en.contains("<br/>"));
    QVERIFY(!en.contains("&nbsp;")); // not an XML entity: written as the character
}

void TestEpubExport::bookPassesEpubcheck()
{
    const QString jar = QStringLiteral("/usr/share/java/epubcheck.jar");
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    if (!QFileInfo::exists(jar) || java.isEmpty())
        QSKIP("epubcheck (java and /usr/share/java/epubcheck.jar) is not installed");
    const QString book = m_dir.filePath(QStringLiteral("check.epub"));
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                                 QStringLiteral("epub"), QStringLiteral("--output"), book}),
                  0);
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(java, {QStringLiteral("-jar"), jar, book});
    QVERIFY(check.waitForFinished(180000));
    const QString output = QString::fromUtf8(check.readAll());
    QVERIFY2(check.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("No errors or warnings detected")), qPrintable(output));
}

void TestEpubExport::idsAndSearchSelectTheArticles()
{
    const QString byIds = m_dir.filePath(QStringLiteral("ids.epub"));
    QCOMPARE_EXIT(runCli(m_lib, {QStringLiteral("export"), QStringLiteral("2"), QStringLiteral("1"),
                                 QStringLiteral("--format"), QStringLiteral("epub"), QStringLiteral("--output"), byIds}),
                  0);
    auto zip = offprint::archive::ZipReader::openFile(byIds);
    QVERIFY(zip);
    const QByteArray nav = entryOf(*zip, QStringLiteral("OEBPS/nav.xhtml"));
    QVERIFY(nav.indexOf("text/a2.xhtml") < nav.indexOf("text/a1.xhtml")); // in the order given

    const QString bySearch = m_dir.filePath(QStringLiteral("search.epub"));
    const CliResult r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("--search"), QStringLiteral("tides"),
                                       QStringLiteral("--format"), QStringLiteral("epub"), QStringLiteral("--output"), bySearch});
    QCOMPARE_EXIT(r, 0);
    zip = offprint::archive::ZipReader::openFile(bySearch);
    QVERIFY(zip);
    QVERIFY(zip->contains(QStringLiteral("OEBPS/text/a2.xhtml")));
    QVERIFY(!zip->contains(QStringLiteral("OEBPS/text/a1.xhtml")));
    QVERIFY(entryOf(*zip, QStringLiteral("OEBPS/content.opf")).contains("<dc:language>en</dc:language>"));
}

void TestEpubExport::selectionErrorsAreClear()
{
    const QString book = m_dir.filePath(QStringLiteral("none.epub"));
    CliResult r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("--tag"), QStringLiteral("nosuchtag"),
                                 QStringLiteral("--format"), QStringLiteral("epub"), QStringLiteral("--output"), book});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("no article has the tag 'nosuchtag'")), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(book));
    r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--all"), QStringLiteral("--format"),
                       QStringLiteral("epub"), QStringLiteral("--output"), book});
    QCOMPARE_EXIT(r, 2);
    r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("99"), QStringLiteral("--format"),
                       QStringLiteral("epub"), QStringLiteral("--output"), book});
    QCOMPARE_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("failed: #99: no such article")), qPrintable(r.describe()));
}

void TestEpubExport::markdownOfATagWritesOneFilePerArticle()
{
    const QString out = m_dir.filePath(QStringLiteral("md"));
    const CliResult r = runCli(m_lib, {QStringLiteral("export"), QStringLiteral("--tag"), QStringLiteral("混合"),
                                       QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("--output"), out});
    QCOMPARE_EXIT(r, 0);
    const QStringList files = QDir(out).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    const QString zh = QString::fromUtf8(readFile(QDir(out).filePath(files.at(0))));
    const QString en = QString::fromUtf8(readFile(QDir(out).filePath(files.at(1))));
    QVERIFY2(zh.startsWith(QLatin1String("---\n")) && zh.contains(QStringLiteral("title: \"长城的故事\"")), qPrintable(zh));
    QVERIFY(zh.contains(QStringLiteral("==全长六千多公里==")));
    QVERIFY(zh.contains(QStringLiteral("(assets/%1)").arg(QFileInfo(m_blobPath).fileName())));
    QCOMPARE(readFile(out + QStringLiteral("/assets/") + QFileInfo(m_blobPath).fileName()), m_png);
    QVERIFY2(en.contains(QLatin1String("==Sailors have known this==[^hl-")), qPrintable(en));
    QVERIFY(en.contains(QLatin1String("## Highlights")));
}

QTEST_GUILESS_MAIN(TestEpubExport)
#include "tst_epubexport.moc"
