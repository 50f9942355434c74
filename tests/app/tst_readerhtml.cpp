#include "readerhtml.h"
#include "text/readingtime.h"

#include <QTest>
#include <ctime>
#include <QTimeZone>

using namespace offprint;
using namespace offprint::gui;

// The reader's HTML preparation and reading-time estimates, without a window.
class TestReaderHtml final : public QObject
{
    Q_OBJECT

private slots:
    void remoteImagesBecomePlaceholders();
    void figuresCaptionsAndTables();
    void headerCarriesMetadataAndEscapes();
    void titleIsNotShownTwice();
    void quotesGetABar();
    void publishedDateReadsAsThePageWroteIt();
    void readingTimeChineseAndEnglish();
    void stylesheetUsesTheCjkFontStack();
};

void TestReaderHtml::remoteImagesBecomePlaceholders()
{
    const QString html = readerhtml::bodyHtml(QStringLiteral(
        "<p>a <img src=\"https://cdn.example.com/x.png\" alt=\"架构图\" /> b</p>"
        "<p><img src=\"blobs/ab/abcdef.png\" alt=\"local\" /></p>"
        "<p><img src=\"//cdn.example.com/y.png\" alt=\"\" /></p>"));
    QVERIFY(!html.contains(QStringLiteral("cdn.example.com/x.png")));
    QVERIFY(html.contains(QStringLiteral("架构图")));
    QVERIFY(html.contains(QStringLiteral("src=\"blobs/ab/abcdef.png\"")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"figure\">")));
    // Scheme-relative URLs are remote too: QTextBrowser would never fetch, but the placeholder says so.
    QVERIFY2(!html.contains(QStringLiteral("cdn.example.com/y.png")) || html.contains(QStringLiteral("imgph")),
             qPrintable(html));
}

void TestReaderHtml::figuresCaptionsAndTables()
{
    const QString html = readerhtml::bodyHtml(QStringLiteral(
        "<p><img src=\"blobs/aa/1.png\" alt=\"\" /></p>\n<p><em>图 1：晶圆</em></p>\n"
        "<table>\n<thead><tr><th>a</th></tr></thead></table>"));
    QVERIFY2(html.contains(QStringLiteral("<p class=\"caption\">图 1：晶圆</p>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<table border=\"1\"")));
}

void TestReaderHtml::headerCarriesMetadataAndEscapes()
{
    Article a;
    a.meta.title = QStringLiteral("<script>x</script> & 标题");
    a.meta.siteName = QStringLiteral("36kr.com");
    a.meta.url = QStringLiteral("https://36kr.com/p/1");
    a.meta.author = QStringLiteral("王五");
    a.saved = QDateTime(QDate(2024, 3, 2), QTime(10, 0));
    a.starred = true;
    a.tags = {QStringLiteral("芯片"), QStringLiteral("a<b")};
    const QString html = readerhtml::headerHtml(a, 7);
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;x&lt;/script&gt; &amp; 标题")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://36kr.com/p/1\"")));
    QVERIFY(html.contains(QStringLiteral("王五")));
    QVERIFY(html.contains(QStringLiteral("7 min read")));
    QVERIFY(html.contains(QStringLiteral("2024")));
    QVERIFY(html.contains(QStringLiteral("a&lt;b")));
    QVERIFY(html.contains(QStringLiteral("class=\"chip\"")));
    QVERIFY(html.contains(QStringLiteral("★")));
}

void TestReaderHtml::titleIsNotShownTwice()
{
    Article a;
    a.meta.title = QStringLiteral("很高兴入住博客堂");
    const QString body = QStringLiteral("<p>承蒙邀请，很高兴入住博客堂。</p>\n");
    for (const QString &first : {QStringLiteral("<p>很高兴入住博客堂</p>\n"), QStringLiteral("<p><strong>很高兴入住博客堂</strong></p>\n"),
                                 QStringLiteral("<h2>很高兴入住博客堂</h2>\n")}) {
        const QString html = readerhtml::articleHtml(a, first + body, 1);
        QVERIFY2(html.count(QStringLiteral(">很高兴入住博客堂<")) == 1, qPrintable(html)); // the header's title only
        QVERIFY(html.contains(QStringLiteral("承蒙邀请")));
    }
    // Not the title: kept.
    const QString html = readerhtml::articleHtml(a, QStringLiteral("<p>很高兴入住博客堂！</p>\n") + body, 1);
    QVERIFY(html.contains(QStringLiteral("<p>很高兴入住博客堂！</p>")));
}

void TestReaderHtml::quotesGetABar()
{
    // cmark's output for "> outer\n>\n> > inner": each quote a table whose first cell is the bar.
    const QString html = readerhtml::bodyHtml(QStringLiteral(
        "<blockquote>\n<p>outer</p>\n<blockquote>\n<p>inner</p>\n</blockquote>\n</blockquote>\n<p>after</p>\n"));
    QVERIFY(!html.contains(QStringLiteral("blockquote")));
    QCOMPARE(html.count(QStringLiteral("<td class=\"qbar\"")), 2);
    QCOMPARE(html.count(QStringLiteral("<table")), html.count(QStringLiteral("</table>")));
    QVERIFY(html.indexOf(QStringLiteral("inner")) < html.lastIndexOf(QStringLiteral("</table>")));
    QVERIFY(html.lastIndexOf(QStringLiteral("</table>")) < html.indexOf(QStringLiteral("after")));
    // The stylesheet gives the bar its colour.
    QVERIFY(readerhtml::styleSheet(ReaderColors{}, ReaderFont{}).contains(QStringLiteral("td.qbar")));
}

void TestReaderHtml::publishedDateReadsAsThePageWroteIt()
{
    // A reader in New York: "June 3, 2024" (stored as midnight UTC) and 02:00 Beijing time on 3 June are
    // both the 2nd there, but the page says the 3rd. The save date is a moment: the reader's own day.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    tzset();
    Article a;
    a.meta.title = QStringLiteral("Dates");
    a.saved = QDateTime(QDate(2024, 6, 5), QTime(2, 0), QTimeZone::utc()); // 4 June, 22:00 in New York
    for (const QDateTime &published : {QDateTime(QDate(2024, 6, 3), QTime(0, 0), QTimeZone::utc()),
                                       QDateTime(QDate(2024, 6, 3), QTime(2, 0), QTimeZone(8 * 3600))}) {
        a.meta.published = published;
        QCOMPARE(a.meta.published.toLocalTime().date(), QDate(2024, 6, 2)); // the time zone is in effect
        const QString html = readerhtml::headerHtml(a, 1);
        QVERIFY2(html.contains(QStringLiteral("Published 3 Jun 2024")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("Saved 4 Jun 2024")), qPrintable(html));
    }
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
}

void TestReaderHtml::readingTimeChineseAndEnglish()
{
    QCOMPARE(text::readingMinutes(QString()), 0);
    QCOMPARE(text::readingMinutes(QStringLiteral("短")), 1);
    QCOMPARE(text::readingMinutes(QString(4000, QChar(0x82AF))), 10); // 4000 CJK characters at 400/min
    QString english;
    for (int i = 0; i < 2300; ++i)
        english += QStringLiteral("word ");
    QCOMPARE(text::readingMinutes(english), 10); // 2300 words at 230/min
    QCOMPARE(text::readingMinutes(QString(2000, QChar(0x82AF)) + QLatin1Char(' ') + english.left(1150 * 5)), 10);
}

void TestReaderHtml::stylesheetUsesTheCjkFontStack()
{
    ReaderColors colors;
    colors.text = Qt::black;
    colors.background = Qt::white;
    const QString serif = readerhtml::styleSheet(colors, {true, 14});
    QVERIFY(serif.contains(QStringLiteral("\"Noto Serif CJK SC\"")));
    QVERIFY(serif.contains(QStringLiteral("\"Microsoft YaHei\"")));
    QVERIFY(serif.contains(QStringLiteral("font-size: 14pt")));
    const QString sans = readerhtml::styleSheet(colors, {false, 14});
    QVERIFY(sans.indexOf(QStringLiteral("Noto Sans CJK SC")) < sans.indexOf(QStringLiteral("Noto Serif CJK SC")));
}

QTEST_MAIN(TestReaderHtml)
#include "tst_readerhtml.moc"
