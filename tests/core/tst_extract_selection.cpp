// Which part of a page is the article: lists of entries (blog front pages, forum threads), the next
// stories of an endless news page, an article split over two branches, a marked article body inside
// a wrapper with a misleading class, and data tables.
#include "extract/extractor.h"

#include <QTest>

using namespace offprint;

namespace {

ExtractedArticle extractPage(const QString &html)
{
    extract::ExtractInput input;
    input.html = html.toUtf8();
    input.baseUrl = QStringLiteral("https://blog.example.org/");
    return extract::extractArticle(input);
}

// A paragraph of running prose, different for every (topic, n).
QString prose(const QString &topic, int n)
{
    return QStringLiteral("<p>%1, part %2: the team measured the change over several weeks, compared it with the "
                          "previous release, and wrote down what surprised them, what did not, and what they would try "
                          "next time, so that readers can repeat the experiment at home.</p>")
        .arg(topic)
        .arg(n);
}

QString post(const QString &cls, const QString &heading, const QString &topic)
{
    return QStringLiteral("<div class=\"%1\"><h2>%2</h2>%3%4<div class=\"meta\"><a href=\"/c\">3 comments</a></div></div>")
        .arg(cls, heading, prose(topic, 1), prose(topic, 2));
}

const QString kNav = QStringLiteral("<div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/archive\">Archive</a> "
                                    "<a href=\"/about\">About</a></div>");

} // namespace

class TestExtractSelection final : public QObject
{
    Q_OBJECT

private slots:
    void declaredDirectionOfTheArticle()
    {
        // The page lays its article out right to left: every block of it reads so (render/).
        const QString body = prose(QStringLiteral("Direction"), 1) + prose(QStringLiteral("Direction"), 2);
        QCOMPARE(extractPage(QStringLiteral("<html dir=\"rtl\"><body><article>%1</article></body></html>").arg(body)).meta.direction,
                 QStringLiteral("rtl"));
        QCOMPARE(extractPage(QStringLiteral("<html><body><div dir=RTL><article>%1</article></div></body></html>").arg(body)).meta.direction,
                 QStringLiteral("rtl"));
        // The top candidate can be the <main> around the declaring <article>.
        QCOMPARE(extractPage(QStringLiteral("<html><body><main><article dir=\"rtl\">%1</article></main></body></html>").arg(body))
                     .meta.direction,
                 QStringLiteral("rtl"));
        // The nearest declaration decides; none is left to right.
        QCOMPARE(extractPage(QStringLiteral("<html dir=\"rtl\"><body><article dir=\"ltr\">%1</article></body></html>").arg(body))
                     .meta.direction,
                 QString());
        QCOMPARE(extractPage(QStringLiteral("<html><body><article>%1</article></body></html>").arg(body)).meta.direction, QString());
    }

    void blogFrontPageKeepsEveryPost()
    {
        const QString html = QStringLiteral("<html><head><title>Notes from the lab</title></head><body>%1"
                                            "<div id=\"main\">%2%3%4</div><div id=\"sidebar\">Blogroll</div></body></html>")
                                 .arg(kNav, post(QStringLiteral("post"), QStringLiteral("Compilers"), QStringLiteral("Compilers")),
                                      post(QStringLiteral("post"), QStringLiteral("Kernels"), QStringLiteral("Kernels")),
                                      post(QStringLiteral("post"), QStringLiteral("Fonts"), QStringLiteral("Fonts")));
        const ExtractedArticle a = extractPage(html);
        for (const char *topic : {"Compilers, part 2", "Kernels, part 2", "Fonts, part 2"})
            QVERIFY2(a.text.contains(QLatin1String(topic)), topic);
        QVERIFY(!a.text.contains(QLatin1String("Blogroll")));
    }

    void endlessNewsPageKeepsTheFirstStory()
    {
        // The saved story carries the page's title; the stories loaded after it have their own titles.
        const QString html =
            QStringLiteral("<html><head><title>Chip sales fall - Example News</title></head><body>%1<div class=\"stream\">"
                           "<article class=\"story\"><h1>Chip sales fall</h1>%2%3%4</article>"
                           "<article class=\"story\"><h1>Phones get bigger</h1>%5%6</article>"
                           "<article class=\"story\"><h1>Rain in Spain</h1>%7%8</article></div></body></html>")
                .arg(kNav, prose(QStringLiteral("Chips"), 1), prose(QStringLiteral("Chips"), 2),
                     prose(QStringLiteral("Chips"), 3), prose(QStringLiteral("Phones"), 1), prose(QStringLiteral("Phones"), 2),
                     prose(QStringLiteral("Rain"), 1), prose(QStringLiteral("Rain"), 2));
        const ExtractedArticle a = extractPage(html);
        QVERIFY(a.text.contains(QLatin1String("Chips, part 3")));
        QVERIFY(!a.text.contains(QLatin1String("Phones, part")));
        QVERIFY(!a.text.contains(QLatin1String("Rain, part")));
    }

    void forumThreadKeepsEveryPost()
    {
        // Posts alternate their row class and carry avatars, profile links and reply buttons, which the
        // cleaner would take for furniture in a story.
        QString posts;
        for (int i = 0; i < 4; ++i) {
            posts += QStringLiteral("<table class=\"msg rowcolor%1 post_%2\"><tr><td class=\"userinfo\">"
                                    "<img src=\"a.gif\"><img src=\"b.gif\"><a href=\"/u/%2\">user%2</a> "
                                    "<a href=\"/pm/%2\">PM</a></td><td class=\"body\">%3</td></tr></table>")
                         .arg(i % 2 + 1)
                         .arg(7730 + i)
                         .arg(prose(QStringLiteral("Reply %1").arg(i), 1));
        }
        const QString html = QStringLiteral("<html><head><title>How many projects do you run?</title></head><body>%1"
                                            "<div class=\"thread\">%2</div></body></html>").arg(kNav, posts);
        const ExtractedArticle a = extractPage(html);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(a.text.contains(QStringLiteral("Reply %1, part 1").arg(i)), qPrintable(a.text.left(400)));
    }

    void articleSplitOverTwoCellsIsWhole()
    {
        const QString html =
            QStringLiteral("<html><head><title>Population growth in the Qing</title></head><body><table><tr><td>%1"
                           "<table><tr><td><table><tr><td>%2%3%4</td></tr></table></td></tr></table></td></tr>"
                           "<tr><td>%5%6%7</td></tr></table></body></html>")
                .arg(kNav, prose(QStringLiteral("First half"), 1), prose(QStringLiteral("First half"), 2),
                     prose(QStringLiteral("First half"), 3), prose(QStringLiteral("Second half"), 1),
                     prose(QStringLiteral("Second half"), 2), prose(QStringLiteral("Second half"), 3));
        const ExtractedArticle a = extractPage(html);
        QVERIFY(a.text.contains(QLatin1String("First half, part 3")));
        QVERIFY(a.text.contains(QLatin1String("Second half, part 3")));
    }

    void markedArticleBodyInsideShareWrapper()
    {
        const QString html =
            QStringLiteral("<html><head><title>Shipments drop</title></head><body>%1"
                           "<div class=\"promo\"><h3>White paper</h3><p>Gartner's recent quadrant included no vendors as "
                           "leaders. Learn why and how a service desk can empower staff through collaboration, with "
                           "visualisation to improve incident triage and speed resolution for everyone.</p></div>"
                           "<div class=\"share_wrapper\"><div class=\"tools\">Share</div><div itemprop=\"articleBody\">"
                           "%2%3%4</div></div></body></html>")
                .arg(kNav, prose(QStringLiteral("Shipments"), 1), prose(QStringLiteral("Shipments"), 2),
                     prose(QStringLiteral("Shipments"), 3));
        const ExtractedArticle a = extractPage(html);
        QVERIFY(a.text.contains(QLatin1String("Shipments, part 3")));
        QVERIFY(!a.text.contains(QLatin1String("White paper")));
    }

    void wideTablesAreData()
    {
        // A results table of five columns is data, kept although every row has a link.
        QString rows;
        for (int i = 0; i < 4; ++i)
            rows += QStringLiteral("<tr><td><a href=\"/job/%1\">Clerk %1</a></td><td>Reading</td><td>Full time</td>"
                                   "<td>$12/hour</td><td>%1 days ago</td></tr>").arg(i);
        const QString html = QStringLiteral("<html><head><title>Jobs</title></head><body>%1<div class=\"results\">"
                                            "%2<table>%3</table>%4</div></body></html>")
                                 .arg(kNav, prose(QStringLiteral("Intro"), 1), rows, prose(QStringLiteral("Outro"), 1));
        const ExtractedArticle a = extractPage(html);
        QVERIFY2(a.text.contains(QLatin1String("3 days ago")), qPrintable(a.text));
        QVERIFY(a.markdown.contains(QLatin1String("| Reading |")) || a.markdown.contains(QLatin1String("Reading |")));
    }
};

QTEST_GUILESS_MAIN(TestExtractSelection)
#include "tst_extract_selection.moc"
