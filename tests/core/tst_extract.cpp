// Data-driven extraction tests: every folder under tests/data/extract holds a realistic page
// (source.html), the exact Markdown expected from it (expected.md) and its metadata (meta.json).
// Set OFFPRINT_UPDATE_GOLDEN=1 to rewrite expected.md from the current output (then review the diff).
#include "extract/extractor.h"
#include "markdown/plaintext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace offprint;

class TestExtract final : public QObject
{
    Q_OBJECT

private:
    static QString dataDir() { return qEnvironmentVariable("OFFPRINT_TEST_DATA") + QStringLiteral("/extract"); }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private slots:
    void fixture_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(dataDir());
        const QStringList slugs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(slugs.size() >= 4, qPrintable(root.path()));
        for (const QString &slug : slugs)
            QTest::newRow(qPrintable(slug)) << root.filePath(slug);
    }

    void fixture()
    {
        QFETCH(QString, dir);
        const QByteArray html = readFile(dir + QStringLiteral("/source.html"));
        QVERIFY(!html.isEmpty());
        const QJsonObject meta = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/meta.json"))).object();
        QVERIFY2(!meta.isEmpty(), "meta.json missing or invalid");

        extract::ExtractInput input;
        input.html = html;
        input.baseUrl = meta.value(QStringLiteral("baseUrl")).toString();
        const QJsonObject saved = meta.value(QStringLiteral("savedImages")).toObject();
        if (!saved.isEmpty()) {
            input.resolveImage = [saved](const QString &src) {
                if (src.startsWith(QLatin1String("data:")))
                    return saved.value(QStringLiteral("data:")).toString();
                return saved.value(src).toString();
            };
        }
        const ExtractedArticle article = extract::extractArticle(input);

        const QString expectedPath = dir + QStringLiteral("/expected.md");
        if (qEnvironmentVariableIsSet("OFFPRINT_UPDATE_GOLDEN")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(article.markdown.toUtf8());
        }
        const QString expected = QString::fromUtf8(readFile(expectedPath));
        QVERIFY2(!expected.isEmpty(), "expected.md missing");
        QCOMPARE(article.markdown, expected);

        // The plain text is the Markdown's text (what is indexed and scored), figure captions and
        // definition lists included.
        QCOMPARE(article.text.simplified(), markdown::toPlainText(article.markdown).simplified());
        for (const QJsonValue &v : meta.value(QStringLiteral("textExcludes")).toArray())
            QVERIFY2(!article.text.contains(v.toString()), qPrintable(QStringLiteral("boilerplate kept: ") + v.toString()));

        const auto checkString = [&](const char *key, const QString &actual) {
            if (meta.contains(QLatin1String(key)))
                QCOMPARE(actual, meta.value(QLatin1String(key)).toString());
        };
        checkString("title", article.meta.title);
        checkString("author", article.meta.author);
        checkString("siteName", article.meta.siteName);
        checkString("language", article.meta.language);
        checkString("canonicalUrl", article.meta.canonicalUrl);
        checkString("leadImage", article.meta.leadImage);
        if (meta.contains(QLatin1String("published"))) {
            const QDateTime want = QDateTime::fromString(meta.value(QStringLiteral("published")).toString(), Qt::ISODate);
            QVERIFY(want.isValid());
            QCOMPARE(article.meta.published, want);
            QCOMPARE(article.meta.published.offsetFromUtc(), want.offsetFromUtc());
        }
        QVERIFY2(article.confidence >= meta.value(QStringLiteral("minConfidence")).toDouble(),
                 qPrintable(QString::number(article.confidence)));
        QVERIFY(article.confidence <= 1.0);
        QVERIFY(!article.meta.excerpt.isEmpty());
        QVERIFY(!article.markdown.contains(QLatin1String("<img")));
        QVERIFY(!article.markdown.contains(QLatin1String("javascript:")));
        QVERIFY(!article.markdown.contains(QLatin1String("](data:")));
    }

    // Images: resolver answers win; unsaved images keep a real remote URL; data: only via resolver.
    void resolverDecidesImages()
    {
        extract::ExtractInput input;
        input.html = QByteArrayLiteral(
            "<html><body><article><p>A long enough paragraph about the harbour at dawn, with boats and gulls "
            "and the first ferry leaving, so that this counts as an article body.</p>"
            "<p><img src='/a.jpg' alt='saved'> <img src='/b.jpg' alt='remote'> <img src='c.jpg' alt='c'></p>"
            "</article></body></html>");
        input.baseUrl = QStringLiteral("https://example.org/news/page.html");
        input.resolveImage = [](const QString &src) {
            return src == QLatin1String("https://example.org/a.jpg") ? QStringLiteral("blobs/aa.jpg") : QString();
        };
        const ExtractedArticle a = extract::extractArticle(input);
        QVERIFY2(a.markdown.contains(QLatin1String("![saved](blobs/aa.jpg)")), qPrintable(a.markdown));
        QVERIFY(a.markdown.contains(QLatin1String("![remote](https://example.org/b.jpg)")));
        QVERIFY(a.markdown.contains(QLatin1String("![c](https://example.org/news/c.jpg)")));

        // Without a base URL a relative image that was not saved has nowhere to point: dropped.
        input.baseUrl.clear();
        const ExtractedArticle b = extract::extractArticle(input);
        QVERIFY(!b.markdown.contains(QLatin1String("b.jpg")));
        QVERIFY(b.warnings.join(QLatin1Char(' ')).contains(QLatin1String("images not saved")));
    }

    // An old blog page: its <title> is a sidebar heading, the article opens with its own title line.
    void weakTitleGivesWayToTheArticlesFirstLine_data()
    {
        QTest::addColumn<QString>("pageTitle");
        QTest::addColumn<QString>("firstLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sidebar heading") << QStringLiteral("<h1>导航</h1>") << QStringLiteral("很高兴入住博客堂")
                                         << QStringLiteral("很高兴入住博客堂");
        QTest::newRow("no title") << QString() << QStringLiteral("评老冒：做最好的东西？") << QStringLiteral("评老冒：做最好的东西？");
        QTest::newRow("a real title stays") << QStringLiteral("<title>博客堂开张了</title>")
                                            << QStringLiteral("很高兴入住博客堂") << QStringLiteral("博客堂开张了");
        QTest::newRow("a sentence is no title") << QStringLiteral("<h1>导航</h1>") << QStringLiteral("今天很高兴。")
                                                << QStringLiteral("导航");
    }

    void weakTitleGivesWayToTheArticlesFirstLine()
    {
        QFETCH(QString, pageTitle);
        QFETCH(QString, firstLine);
        QFETCH(QString, expected);
        const QString paragraph = QStringLiteral("承蒙开心就好的邀请，很高兴入住博客堂。作为微软技术的知名社区，博客堂是一个做技术博客的好地方。"
                                                 "我在这里的文章将集中在两个方面，也希望以后和各位多多交流，共同进步。");
        extract::ExtractInput input;
        input.html = QStringLiteral("<html><head>%1</head><body><div class='side'>%2<ul><li><a href='/a'>首页</a></li></ul></div>"
                                    "<div class='post'><p><b>%3</b></p><p>%4</p><p>%4</p><p>%4</p></div></body></html>")
                         .arg(pageTitle.startsWith(QLatin1String("<title")) ? pageTitle : QString(),
                              pageTitle.startsWith(QLatin1String("<h1")) ? pageTitle : QString(), firstLine, paragraph)
                         .toUtf8();
        const ExtractedArticle a = extract::extractArticle(input);
        QVERIFY2(a.text.startsWith(firstLine), qPrintable(a.text.left(80)));
        QCOMPARE(a.meta.title, expected);
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
