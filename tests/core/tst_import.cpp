#include "common/fileutil.h"
#include "import/importer.h"
#include "import/pagecomments.h"
#include "import/prepare.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;
using namespace offprint::import;

namespace {

const QString kUrl = QStringLiteral("https://tech.example.cn/news/2026/inference-engine.html");
const QString kTitle = QStringLiteral("国产推理框架发布新版本，吞吐量提升三倍");
const QStringList kSentences = {
    QStringLiteral("新版本在单张显卡上的吞吐量提升了三倍"),
    QStringLiteral("引入了分页注意力机制"),
    QStringLiteral("Benchmarks were run on a single consumer GPU"),
    QStringLiteral("下一个版本计划支持多机分布式推理"),
};
const QDateTime kSavedDate(QDate(2026, 11, 20), QTime(11, 15, 4), Qt::UTC);

QString fixture(const QString &relative)
{
    return QDir(qEnvironmentVariable("OFFPRINT_TEST_DATA")).filePath(QStringLiteral("import/") + relative);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray encode(const QString &text, const char *charset)
{
    QStringEncoder encoder(charset);
    return encoder.encode(text);
}

QString normalised(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

QStringList blobRefs(const QString &markdown)
{
    static const QRegularExpression re(QStringLiteral("blobs/[0-9a-f]{2}/[0-9a-f]{64}\\.[a-z]+"));
    QStringList refs;
    for (auto it = re.globalMatch(markdown); it.hasNext();)
        refs.append(it.next().captured());
    return refs;
}

// A realistic GBK news page with nothing declaring its charset, 600+ characters of body.
QString chinesePage(const QString &head)
{
    const QString para = QStringLiteral(
        "<p>据报道，国内一家芯片公司本周发布了新一代人工智能加速卡。该产品采用自主研发的架构，"
        "在大模型推理任务中的能效比上一代提升了百分之六十。公司负责人表示，新产品将首先面向数据中心客户，"
        "明年上半年开始批量供货。分析人士认为，随着国产算力生态逐步完善，越来越多的企业会选择本土方案。</p>\n");
    return QStringLiteral("<!DOCTYPE html><html><head>%1<title>国产芯片公司发布新一代加速卡</title></head><body>"
                          "<nav><a href=\"/\">首页</a></nav><article><h1>国产芯片公司发布新一代加速卡</h1>%2</article>"
                          "</body></html>")
        .arg(head, para.repeated(3));
}

} // namespace

class TestImport final : public QObject
{
    Q_OBJECT

private slots:
    void everyFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("images");
        QTest::addColumn<bool>("datedBySaver");
        QTest::newRow("html only") << "html/inference.html" << "html" << "UTF-8" << 0 << false;
        QTest::newRow("complete") << "complete/inference.html" << "complete" << "GB18030" << 2 << false;
        QTest::newRow("mhtml") << "mhtml/inference.mhtml" << "mhtml" << "UTF-8" << 2 << true;
        QTest::newRow("old ie") << "mhtml/old-ie.mht" << "mhtml" << "GB18030" << 1 << true;
        QTest::newRow("singlefile") << "singlefile/inference (2026-11-20 19_15_04).html" << "singlefile" << "UTF-8"
                                    << 2 << true;
        QTest::newRow("webarchive") << "webarchive/inference.webarchive" << "webarchive" << "GB18030" << 2 << true;
        QTest::newRow("markdown") << "markdown/inference.md" << "markdown" << "UTF-8" << 1 << false;
    }
    void everyFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, encoding);
        QFETCH(int, images);
        QFETCH(bool, datedBySaver);
        const auto prepared = prepareFile(fixture(file));
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.errorMessage()));
        const Article &a = prepared->article;
        QCOMPARE(a.meta.title, kTitle);
        QCOMPARE(a.meta.url, kUrl);
        QCOMPARE(a.meta.author, QStringLiteral("李明"));
        QCOMPARE(a.sourceFormat, format);
        QCOMPARE(a.encoding, encoding);
        QCOMPARE(a.sourceFile, QFileInfo(fixture(file)).absoluteFilePath());
        for (const QString &sentence : kSentences)
            QVERIFY2(prepared->text.contains(sentence), qPrintable(sentence));
        QVERIFY(!prepared->text.contains(QStringLiteral("版权所有"))); // footer left out
        QCOMPARE(a.text, prepared->text);
        QCOMPARE(a.textLength, qint64(prepared->text.size()));
        QCOMPARE(a.contentHash, contentHashOf(prepared->text));
        QVERIFY(a.confidence > 0);

        // Images the page saved are assets, referenced by their library path; each once.
        QCOMPARE(prepared->assets.size(), images);
        const QStringList refs = blobRefs(a.markdown);
        QCOMPARE(refs.size(), images);
        for (const Asset &asset : prepared->assets) {
            QVERIFY(refs.contains(asset.relativePath));
            QCOMPARE(asset.extension, QStringLiteral("png"));
            QVERIFY(asset.relativePath.endsWith(fileutil::sha256Hex(asset.data) + QStringLiteral(".png")));
        }
        // Nothing the page did not save is invented: the rest stay remote links.
        QVERIFY(!a.markdown.contains(QLatin1String("_files/")));
        QVERIFY(!a.markdown.contains(QLatin1String("data:")));

        if (datedBySaver)
            QCOMPARE(a.saved, kSavedDate);
        else if (format != QLatin1String("markdown"))
            QCOMPARE(a.saved, QFileInfo(fixture(file)).lastModified().toUTC());
        QCOMPARE(prepared->original.size(), QFileInfo(fixture(file)).size());
        QVERIFY(!prepared->originalExtension.isEmpty());
    }

    void sameArticleSameText()
    {
        const QStringList files = {"html/inference.html", "complete/inference.html", "mhtml/inference.mhtml",
                                   "mhtml/old-ie.mht", "singlefile/inference (2026-11-20 19_15_04).html",
                                   "webarchive/inference.webarchive"};
        QString reference;
        QString referenceHash;
        for (const QString &file : files) {
            const auto prepared = prepareFile(fixture(file));
            QVERIFY(prepared.ok());
            if (reference.isEmpty()) {
                reference = normalised(prepared->text);
                referenceHash = prepared->article.contentHash;
                continue;
            }
            QCOMPARE(normalised(prepared->text), reference);
            QCOMPARE(prepared->article.contentHash, referenceHash);
        }
        // The clip holds the same paragraphs; only the figure differs (no caption, alt text as text).
        const auto clip = prepareFile(fixture("markdown/inference.md"));
        QVERIFY(clip.ok());
        QCOMPARE(normalised(clip->text).remove(QStringLiteral("吞吐量对比图 ")),
                 QString(reference).remove(QStringLiteral("吞吐量对比 ")));
    }

    void completePageImages()
    {
        const auto prepared = prepareFile(fixture("complete/inference.html"));
        QVERIFY(prepared.ok());
        QVERIFY(prepared->warnings.isEmpty());
        // Read from the folder, including the percent-encoded Chinese file name; kept for reimport.
        QCOMPARE(prepared->folderAssets.size(), 2);
        QVERIFY(prepared->folderAssets.contains(QStringLiteral("inference_files/现场.png")));
        QVERIFY(prepared->folderAssets.contains(QStringLiteral("inference_files/chart.png")));
        // The tracker gif outside the article and the stylesheet are not assets.
        for (const Asset &asset : prepared->assets)
            QVERIFY(asset.extension != QLatin1String("gif"));
    }

    void completePageWithoutFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture("complete/inference.html"), dir.filePath("inference.html")));
        const auto prepared = prepareFile(dir.filePath("inference.html"));
        QVERIFY(prepared.ok());
        QCOMPARE(prepared->assets.size(), 0);
        QVERIFY(prepared->warnings.join(u'\n').contains(QLatin1String("inference_files folder is missing")));
        QVERIFY(prepared->text.contains(kSentences.first()));
    }

    // An HTML-only page names itself in its head; the URL is read there without a parser, so its
    // character references must still be decoded ("&amp;" in a query string).
    void declaredUrlIsDecoded()
    {
        QTemporaryDir dir;
        QFile page(dir.filePath("page.html"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<html><head><link rel=\"canonical\" href=\"https://example.com/news?id=7&amp;page=2&#38;lang=zh\">"
                   "<title>A page that names itself in its head element</title></head><body><article>"
                   "<p>A paragraph long enough to be the article, about a harbour at dawn and the first ferry "
                   "leaving while the gulls circle over the boats.</p><p><a href=\"more.html\">more</a></p>"
                   "</article></body></html>");
        page.close();
        const auto prepared = prepareFile(dir.filePath("page.html"));
        QVERIFY(prepared.ok());
        QCOMPARE(prepared->article.meta.url, QStringLiteral("https://example.com/news?id=7&page=2&lang=zh"));
        QVERIFY2(prepared->article.markdown.contains(QLatin1String("(https://example.com/more.html)")),
                 qPrintable(prepared->article.markdown));
        QCOMPARE(import::decodeCharacterReferences(QStringLiteral("a&#x4E2D;&lt;&bogus;&#0;")), QStringLiteral("a中<&bogus;&#0;"));
    }

    void markdownClipMetadata()
    {
        const auto prepared = prepareFile(fixture("markdown/inference.md"));
        QVERIFY(prepared.ok());
        const Article &a = prepared->article;
        QCOMPARE(a.tags, QStringList({QStringLiteral("clippings"), QStringLiteral("人工智能")}));
        QCOMPARE(a.meta.published.date(), QDate(2026, 11, 20));
        QCOMPARE(a.saved, QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC));
        QCOMPARE(a.meta.excerpt, QStringLiteral("新版本在单张显卡上的吞吐量提升了三倍"));
        QVERIFY(!a.markdown.contains(QLatin1String("source:")));
        QVERIFY(!prepared->text.contains(QLatin1String("![")));
        QCOMPARE(a.meta.language, QStringLiteral("zh")); // clips declare no language: told from the text
    }

    void markdownClipEmbedsAndEscapes()
    {
        QTemporaryDir dir;
        QFile chart(fixture("markdown/attachments/chart.png"));
        QVERIFY(chart.open(QIODevice::ReadOnly));
        const QByteArray png = chart.readAll();
        QVERIFY(writeFile(dir.filePath("notes/assets/chart 1.png"), png));
        QVERIFY(writeFile(dir.filePath("secret.png"), png + "x"));
        QVERIFY(writeFile(dir.filePath("notes/clip.md"),
                          QStringLiteral("---\ntitle: 嵌入\n---\n正文第一段。\n\n![[assets/chart 1.png|300]]\n\n"
                                         "![图](<assets/chart 1.png>)\n\n![外](../secret.png)\n\n![[missing.png]]\n")
                              .toUtf8()));
        const auto prepared = prepareFile(dir.filePath("notes/clip.md"));
        QVERIFY(prepared.ok());
        const QString path = prepared->assets.value(0).relativePath;
        QCOMPARE(prepared->assets.size(), 1);
        QVERIFY(prepared->article.markdown.contains(QStringLiteral("![](%1)").arg(path)));
        QVERIFY(prepared->article.markdown.contains(QStringLiteral("![图](%1)").arg(path)));
        QVERIFY(!prepared->article.markdown.contains(QStringLiteral("secret.png")));
        QVERIFY(prepared->article.markdown.contains(QStringLiteral("\n外\n")));
        QVERIFY(prepared->article.markdown.contains(QStringLiteral("![[missing.png]]")));
    }

    void legacyCharsetsEndToEnd_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gbk declared") << "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                      << QByteArray("GB18030") << "GB18030";
        QTest::newRow("gbk undeclared") << "" << QByteArray("GB18030") << "GB18030";
        QTest::newRow("utf-16 with bom") << "" << QByteArray("UTF-16LE") << "UTF-16LE";
        QTest::newRow("utf-16be without bom") << "" << QByteArray("UTF-16BE") << "UTF-16BE";
    }
    void legacyCharsetsEndToEnd()
    {
        QFETCH(QString, head);
        QFETCH(QByteArray, charset);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QByteArray bytes = encode(chinesePage(head), charset.constData());
        if (QTest::currentDataTag() == QLatin1String("utf-16 with bom"))
            bytes.prepend("\xFF\xFE");
        QVERIFY(writeFile(dir.filePath("page.html"), bytes));
        const auto prepared = prepareFile(dir.filePath("page.html"));
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.errorMessage()));
        QCOMPARE(prepared->article.encoding, expected);
        QCOMPARE(prepared->article.meta.title, QStringLiteral("国产芯片公司发布新一代加速卡"));
        QVERIFY(prepared->text.contains(QStringLiteral("能效比上一代提升了百分之六十")));
    }

    void big5PageAndForcedEncoding()
    {
        QTemporaryDir dir;
        const QString traditional = QStringLiteral(
            "<p>據報導，國內一家晶片公司本週發表了新一代人工智慧加速卡。該產品採用自主研發的架構，"
            "在大型語言模型推理任務中的能源效率比上一代提升了百分之六十。公司負責人表示，新產品將首先面向資料中心客戶，"
            "明年上半年開始大量供貨。分析人士認為，隨著本土算力生態逐步完善，越來越多的企業會選擇本土方案。</p>");
        const QString html = QStringLiteral("<html><head><title>晶片公司發表新一代加速卡</title></head><body><article>"
                                            "<h1>晶片公司發表新一代加速卡</h1>%1</article></body></html>")
                                 .arg(traditional.repeated(3));
        QVERIFY(writeFile(dir.filePath("big5.html"), encode(html, "Big5")));
        auto prepared = prepareFile(dir.filePath("big5.html"));
        QVERIFY(prepared.ok());
        QCOMPARE(prepared->article.encoding, QStringLiteral("Big5-HKSCS"));
        QVERIFY(prepared->text.contains(QStringLiteral("能源效率比上一代提升了百分之六十")));

        // The user's override wins, even when it is wrong; a bad name is a clear error.
        PrepareOptions forced;
        forced.forcedEncoding = QStringLiteral("gbk");
        prepared = prepareFile(dir.filePath("big5.html"), forced);
        QVERIFY(prepared.ok());
        QCOMPARE(prepared->article.encoding, QStringLiteral("GB18030"));
        QVERIFY(!prepared->text.contains(QStringLiteral("能源效率")));
        forced.forcedEncoding = QStringLiteral("no-such-charset");
        prepared = prepareFile(dir.filePath("big5.html"), forced);
        QVERIFY(!prepared.ok());
        QVERIFY(prepared.errorMessage().contains(QLatin1String("no-such-charset")));
    }

    void wrongDeclarationIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("page.html"), encode(chinesePage("<meta charset=\"utf-8\">"), "GB18030")));
        const auto prepared = prepareFile(dir.filePath("page.html"));
        QVERIFY(prepared.ok());
        QCOMPARE(prepared->article.encoding, QStringLiteral("GB18030"));
        QVERIFY(prepared->warnings.join(u'\n').contains(QLatin1String("suspected wrong encoding")));
        QVERIFY(prepared->text.contains(QStringLiteral("能效比上一代提升了百分之六十")));
    }

    void clearErrors()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("empty.html"), QByteArray()));
        QVERIFY(writeFile(dir.filePath("image.html"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)));
        QDir(dir.path()).mkpath("folder.html");
        const struct
        {
            QString path;
            QString reason;
        } cases[] = {
            {dir.filePath("missing.html"), QStringLiteral("no such file")},
            {dir.filePath("empty.html"), QStringLiteral("empty file")},
            {dir.filePath("image.html"), QStringLiteral("binary")},
            {dir.filePath("folder.html"), QStringLiteral("folder")},
            {fixture("other/notes.txt"), QStringLiteral("not a saved web page")},
            {fixture("other/bookmarks.html"), QStringLiteral("bookmark")},
        };
        for (const auto &c : cases) {
            const auto prepared = prepareFile(c.path);
            QVERIFY2(!prepared.ok(), qPrintable(c.path));
            QVERIFY2(prepared.errorMessage().contains(QFileInfo(c.path).fileName()), qPrintable(prepared.errorMessage()));
            QVERIFY2(prepared.errorMessage().contains(c.reason), qPrintable(prepared.errorMessage()));
        }
    }

    void damagedFilesNeverCrash()
    {
        // Truncations and byte flips of every format: each gives an article or a clear error.
        const QStringList files = {"complete/inference.html", "mhtml/inference.mhtml", "mhtml/old-ie.mht",
                                   "singlefile/inference (2026-11-20 19_15_04).html",
                                   "webarchive/inference.webarchive", "markdown/inference.md"};
        quint32 seed = 7;
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        int articles = 0, errors = 0;
        for (const QString &file : files) {
            QFile f(fixture(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray original = f.readAll();
            for (int round = 0; round < 40; ++round) {
                QByteArray bytes = original;
                if (round % 2 == 0)
                    bytes.truncate(qsizetype(next() % quint32(bytes.size())));
                for (int flips = 0; flips < 1 + round % 7 && !bytes.isEmpty(); ++flips)
                    bytes[qsizetype(next() % quint32(bytes.size()))] = char(next());
                PrepareSource source;
                source.path = fixture(file);
                source.allowFolder = false;
                const auto prepared = prepareData(bytes, source, {});
                if (prepared.ok()) {
                    ++articles;
                    QVERIFY(prepared->article.textLength == prepared->text.size());
                } else {
                    ++errors;
                    QVERIFY(prepared.errorMessage().startsWith(fixture(file)));
                }
            }
        }
        QVERIFY(articles > 0);
        QCOMPARE(articles + errors, 240);
    }

    void referencesCannotEscapeThePageFolder()
    {
        QTemporaryDir dir;
        QFile source(fixture("complete/inference_files/chart.png"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray secret = source.readAll();
        QVERIFY(writeFile(dir.filePath("secret.png"), secret));
        QDir(dir.path()).mkpath("page");
        QVERIFY(QFile::link(dir.filePath("secret.png"), dir.filePath("page/link.png")));
        const QString body = QStringLiteral(
            "<p>%1</p><p><img src=\"../secret.png\" alt=\"a\"></p><p>%1</p><p><img src=\"%2\" alt=\"b\"></p>"
            "<p>%1</p><p><img src=\"link.png\" alt=\"c\"></p><p><img src=\"file://%2\" alt=\"d\"></p>")
                                 .arg(QStringLiteral("这是一段足够长的正文内容，用来确保提取器选中文章主体。").repeated(4),
                                      dir.filePath("secret.png"));
        QVERIFY(writeFile(dir.filePath("page/page.html"),
                          QStringLiteral("<html><head><meta charset=utf-8><title>逃逸测试</title></head><body><article>"
                                         "<h1>逃逸测试</h1>%1</article></body></html>")
                              .arg(body)
                              .toUtf8()));
        const auto prepared = prepareFile(dir.filePath("page/page.html"));
        QVERIFY(prepared.ok());
        QVERIFY(prepared->assets.isEmpty());
        QVERIFY(!prepared->article.markdown.contains(fileutil::sha256Hex(secret)));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
