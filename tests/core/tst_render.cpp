// core/render: the one renderer of stored Markdown (the dialect in README, "Stored Markdown") to
// the HTML the reader shows, `show --format html` prints and `export --format html` writes.
#include "render/articlehtml.h"
#include "render/bodyhtml.h"
#include "render/direction.h"
#include "render/inlinetags.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace offprint;

namespace {

// Every href="#x" of `html` and whether an id="x" exists: the internal-link invariant.
QStringList danglingInternalLinks(const QString &html)
{
    static const QRegularExpression href(QStringLiteral("href=\"#([^\"]*)\""));
    static const QRegularExpression id(QStringLiteral("\\bid=\"([^\"]*)\""));
    QSet<QString> ids;
    for (auto it = id.globalMatch(html); it.hasNext();)
        ids.insert(it.next().captured(1));
    QStringList dangling;
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!ids.contains(target))
            dangling << target;
    }
    return dangling;
}

// Well-formedness of the tags the renderer writes: every opened element is closed in order.
bool balanced(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z0-9]+)[^>]*?(/?)>"));
    QStringList stack;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2);
        if (m.captured(3) == QLatin1String("/") || name == QLatin1String("br") || name == QLatin1String("hr")
            || name == QLatin1String("img") || name == QLatin1String("meta"))
            continue;
        if (m.captured(1).isEmpty()) {
            stack << name;
        } else {
            if (stack.isEmpty() || stack.constLast() != name)
                return false;
            stack.removeLast();
        }
    }
    return stack.isEmpty();
}

} // namespace

class TestRender final : public QObject
{
    Q_OBJECT

private slots:
    void superscriptAndSubscript()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "Linux 6.1<sup>1</sup> grew 24%<sup>2</sup>; E = mc<sup>2</sup>, H<sub>2</sub>O, 5 km<sup>2</sup>.\n"));
        QCOMPARE(html.count(QLatin1String("<sup>")), 4);
        QCOMPARE(html.count(QLatin1String("</sup>")), 4);
        QVERIFY(html.contains(QLatin1String("6.1<sup>1</sup>")));
        QVERIFY(html.contains(QLatin1String("H<sub>2</sub>O")));
        QVERIFY(balanced(html));
    }

    void unbalancedRawTagsStayWellFormed()
    {
        // A <sup> never closed, a </sub> never opened, a <sup> closed outside its emphasis.
        const QString html = render::bodyHtml(QStringLiteral(
            "a<sup>b c</sub> d\n\n*x<sup>y* z</sup>\n\n<mark>m</mark> <span>s</span> <div>d</div>\n"));
        QVERIFY2(balanced(html), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("a<sup>b c d</sup>")));
        QVERIFY(html.contains(QLatin1String("<mark>m</mark>")));
        QVERIFY(!html.contains(QLatin1String("<span")));
        QVERIFY(!html.contains(QLatin1String("<div>")));
        QVERIFY(html.contains(QLatin1String(" s ")));
    }

    void rawHtmlBlocksKeepTheirWordsOnly()
    {
        // A Markdown clip's raw HTML block: its visible text as paragraphs, never its markup.
        const QString html = render::bodyHtml(QStringLiteral(
            "Intro.\n\n<div class=\"note\" onclick=\"x()\"><b>Note:</b> keep <i>this</i>.<script>alert(1)</script>\n"
            "<img src=\"https://t.example/p.gif\"><p>Second &amp; last</p></div>\n\nOutro.\n"));
        QVERIFY2(html.contains(QLatin1String("<p>Note: keep this.</p>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<p>Second &amp; last</p>")));
        QVERIFY(!html.contains(QLatin1String("alert")));
        QVERIFY(!html.contains(QLatin1String("onclick")));
        QVERIFY(!html.contains(QLatin1String("t.example")));
        QVERIFY(balanced(html));
    }

    void onlyTheAllowListPasses_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("kind");
        using K = render::InlineTag::Kind;
        QTest::newRow("sup") << QStringLiteral("<sup>") << int(K::Open);
        QTest::newRow("SUB close") << QStringLiteral("</SUB>") << int(K::Close);
        QTest::newRow("br") << QStringLiteral("<br>") << int(K::LineBreak);
        QTest::newRow("br/") << QStringLiteral("<br />") << int(K::LineBreak);
        QTest::newRow("anchor") << QStringLiteral("<a id=\"cite_note-5\">") << int(K::Anchor);
        QTest::newRow("anchor name") << QStringLiteral("<a name='fn:1'>") << int(K::Anchor);
        QTest::newRow("anchor end") << QStringLiteral("</a>") << int(K::AnchorEnd);
        QTest::newRow("sup with attribute") << QStringLiteral("<sup class=\"x\">") << int(K::Other);
        QTest::newRow("link") << QStringLiteral("<a href=\"javascript:x\">") << int(K::Other);
        QTest::newRow("anchor and handler") << QStringLiteral("<a id=\"x\" onclick=\"y\">") << int(K::Other);
        QTest::newRow("bad id") << QStringLiteral("<a id=\"a b\">") << int(K::Other);
        QTest::newRow("script") << QStringLiteral("<script>") << int(K::Other);
        QTest::newRow("img") << QStringLiteral("<img src=x onerror=y>") << int(K::Other);
        QTest::newRow("comment") << QStringLiteral("<!-- x -->") << int(K::Other);
    }

    void onlyTheAllowListPasses()
    {
        QFETCH(QString, raw);
        QFETCH(int, kind);
        QCOMPARE(int(render::parseInlineTag(raw).kind), kind);
    }

    void internalLinksKeepTheirTargets()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "## <a id=\"history\"></a>History\n\n"
            "See [the history](#history) and [Table 6-1](#table-6-1) and [gone](#not-here).\n\n"
            "<a id=\"table-6-1\"></a>\n\n"
            "| a | b |\n| --- | --- |\n| 1 | 2 |\n"));
        QVERIFY2(html.contains(QLatin1String("<h2><a id=\"history\"></a>History</h2>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<a href=\"#history\">the history</a>")));
        QVERIFY(html.contains(QLatin1String("<a href=\"#table-6-1\">Table 6-1</a>")));
        QVERIFY(html.contains(QLatin1String("<th><a id=\"table-6-1\"></a>a</th>"))); // the next block's start
        QVERIFY(!html.contains(QLatin1String("<p><a id=\"table-6-1\"></a></p>"))); // no empty paragraph
        QVERIFY(!html.contains(QLatin1String("#not-here")));
        QVERIFY(html.contains(QLatin1String("and gone.")));
        QVERIFY(danglingInternalLinks(html).isEmpty());
        QVERIFY(balanced(html));
    }

    void citationsLinkBothWays()
    {
        // The form the page writer gives Wikipedia's citations and reference list.
        const QString html = render::bodyHtml(QStringLiteral(
            "Rust is fast.<sup><a id=\"cite_ref-5\"></a>[\\[5\\]](#cite_note-5)</sup>\n\n"
            "1. <a id=\"cite_note-5\"></a>[^](#cite_ref-5) Hoare, G. (2010).\n"));
        QVERIFY2(html.contains(QLatin1String("<sup><a id=\"cite_ref-5\"></a><a href=\"#cite_note-5\">[5]</a></sup>")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<a href=\"#cite_ref-5\">^</a>")));
        QVERIFY(danglingInternalLinks(html).isEmpty());
    }

    void markdownFootnotes()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "First claim[^a], second[^b], first again[^a].\n\n[^a]: Source A.\n[^b]: Source *B*.\n[^unused]: x\n"));
        QVERIFY2(html.contains(QLatin1String("<sup class=\"footnote-ref\"><a id=\"footnote-ref-1\" href=\"#footnote-1\">1</a></sup>")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("id=\"footnote-ref-1-2\"")));
        QVERIFY(html.contains(QStringLiteral("<li id=\"footnote-2\"><p>Source <em>B</em>. <a href=\"#footnote-ref-2\">↩</a></p>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"#footnote-ref-1-2\">↩</a>")));
        QVERIFY(!html.contains(QLatin1String("unused")));
        QVERIFY(danglingInternalLinks(html).isEmpty());
        QVERIFY(balanced(html));
    }

    void rightToLeftBlocks()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "مرحبا بالعالم، هذا نص عربي.\n\n"
            "- «עברית» ראשונה\n- שנייה\n\n"
            "> 2024: اقتباس\n\n"
            "English stays left to right.\n"));
        QVERIFY2(html.contains(QStringLiteral("<p dir=\"rtl\">مرحبا")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<ul dir=\"rtl\">")));
        QVERIFY(html.contains(QLatin1String("<li dir=\"rtl\">")));
        QVERIFY(html.contains(QLatin1String("<blockquote dir=\"rtl\">")));
        QVERIFY(html.contains(QLatin1String("<p>English stays")));
        // In a right-to-left article, a block that starts with a Latin word is still right-to-left
        // when it holds right-to-left text; a block with none (code, an English quote) is not.
        render::BodyOptions rtlArticle;
        rtlArticle.direction = render::BodyOptions::Direction::RightToLeftLanguage;
        const QString arabic = render::bodyHtml(QStringLiteral("iPhone 15 هو الأحدث.\n\nPlain English line.\n"), rtlArticle);
        QVERIFY2(arabic.contains(QStringLiteral("<p dir=\"rtl\">iPhone 15")), qPrintable(arabic));
        QVERIFY(arabic.contains(QLatin1String("<p>Plain English line.</p>")));
        QVERIFY(!render::bodyHtml(QStringLiteral("iPhone 15 هو الأحدث.\n")).contains(QLatin1String("rtl")));
        Article a;
        a.meta.language = QStringLiteral("he-IL");
        QVERIFY(render::articleHtml(a).contains(QLatin1String("<html lang=\"he-IL\" dir=\"rtl\">")));
        // A page that laid its article out right to left: every block is, whatever its script.
        render::BodyOptions declared;
        declared.direction = render::BodyOptions::Direction::RightToLeft;
        const QString laidOut = render::bodyHtml(QStringLiteral("Lorem ipsum.\n\n- one\n"), declared);
        QVERIFY(laidOut.contains(QLatin1String("<p dir=\"rtl\">Lorem ipsum.</p>")));
        QVERIFY(laidOut.contains(QLatin1String("<ul dir=\"rtl\">")));
        a.meta.language = QStringLiteral("en");
        a.meta.direction = QStringLiteral("rtl");
        QVERIFY(render::articleHtml(a).contains(QLatin1String("<html lang=\"en\" dir=\"rtl\">")));
        QVERIFY(render::isRightToLeftLanguage(QStringLiteral("fa")));
        QVERIFY(!render::isRightToLeftLanguage(QStringLiteral("fr")));
        QCOMPARE(render::firstStrongDirection(u"123 (אבג)"), render::Direction::RightToLeft);
        QCOMPARE(render::firstStrongDirection(u"“中文”"), render::Direction::LeftToRight);
        QCOMPARE(render::firstStrongDirection(u"12 — 34"), render::Direction::Neutral);
    }

    void infoboxAndDataTables()
    {
        // A key/value infobox is written with an empty header row, which is left out.
        const QString infobox = render::bodyHtml(QStringLiteral(
            "|  |  |\n| --- | --- |\n| **Paradigm** | multi-paradigm<br>concurrent<br>functional |\n"
            "| **Designed by** | Graydon Hoare |\n| **First appeared** | 2010<sup>[1]</sup> |\n"));
        QVERIFY2(infobox.contains(QLatin1String("<table>")), qPrintable(infobox));
        QVERIFY(!infobox.contains(QLatin1String("<thead>")));
        QVERIFY(infobox.contains(QLatin1String("<td><strong>Paradigm</strong></td><td>multi-paradigm<br />concurrent<br />functional</td>")));
        QVERIFY(infobox.contains(QLatin1String("2010<sup>[1]</sup>")));
        QVERIFY(balanced(infobox));
        const QString data = render::bodyHtml(QStringLiteral("| Year | Share |\n| :-- | --: |\n| 2023 | 18% |\n"));
        QVERIFY(data.contains(QLatin1String("<thead>\n<tr><th align=\"left\">Year</th><th align=\"right\">Share</th></tr>")));
        QVERIFY(data.contains(QLatin1String("<td align=\"right\">18%</td>")));
    }

    void codeKeepsItsLanguage()
    {
        const QString html = render::bodyHtml(QStringLiteral("```c++ {.numbered}\nint main() { return a < b; }\n```\n"));
        QVERIFY2(html.contains(QLatin1String("<pre class=\"code\" data-lang=\"c++\"><code class=\"language-c++\">"
                                             "int main() { return a &lt; b; }</code></pre>")),
                 qPrintable(html));
        const QString plain = render::bodyHtml(QStringLiteral("```\nx\n```\n"));
        QVERIFY(plain.contains(QLatin1String("<pre><code>x</code></pre>")));
        const QString hostile = render::bodyHtml(QStringLiteral("```\"><script>\nx\n```\n"));
        QVERIFY2(!hostile.contains(QLatin1String("<script")), qPrintable(hostile));
    }

    void figureCaptions()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "![A wafer](blobs/ab/wafer.png \"Figure 1: a 300 mm wafer\")\n\n"
            "![](blobs/ab/b.png)\n\n"
            "Text with ![inline](blobs/ab/c.png \"not a caption\") picture.\n"));
        QVERIFY2(html.contains(QLatin1String("<div class=\"figure\"><p class=\"image\"><img src=\"blobs/ab/wafer.png\" alt=\"A wafer\" />"
                                             "</p><p class=\"caption\">Figure 1: a 300 mm wafer</p></div>")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<div class=\"figure\"><p class=\"image\"><img src=\"blobs/ab/b.png\" alt=\"\" /></p></div>")));
        QVERIFY(html.contains(QLatin1String("<p>Text with <img src=\"blobs/ab/c.png\"")));
    }

    void remoteImagesAreNeverReferenced()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "a ![架构图](https://cdn.example.com/x.png) b\n\n![](//cdn.example.com/y.png)\n\n"
            "![p](data:image/png;base64,AAAA)\n\n![local](blobs/ab/abcdef.png)\n"));
        QVERIFY2(!html.contains(QLatin1String("cdn.example.com")), qPrintable(html));
        QVERIFY(!html.contains(QLatin1String("data:")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"imgph\">Image: 架构图</span>")));
        QVERIFY(html.contains(QLatin1String("<span class=\"imgph\">Image not saved</span>")));
        QVERIFY(html.contains(QLatin1String("src=\"blobs/ab/abcdef.png\"")));
    }

    void definitionLists()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "Ownership\n: Each value has one *owner*.\n: Values are dropped with it.\n\nNot: a definition.\n"));
        QVERIFY2(html.contains(QLatin1String("<dl><dt>Ownership</dt><dd>Each value has one <em>owner</em>.</dd>"
                                             "<dd>Values are dropped with it.</dd></dl>")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<p>Not: a definition.</p>")));
    }

    void linksAreFilteredByScheme()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "[web](https://example.com/a?b=1&c=2) [mail](mailto:x@example.com) [js](javascript:alert(1)) "
            "[file](file:///etc/passwd) [rel](other.html) [q](https://e.example/\"onmouseover=\"x)\n"));
        QVERIFY2(html.contains(QLatin1String("<a href=\"https://example.com/a?b=1&amp;c=2\">web</a>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<a href=\"mailto:x@example.com\">mail</a>")));
        QVERIFY(!html.contains(QLatin1String("javascript")));
        QVERIFY(!html.contains(QLatin1String("file:")));
        QVERIFY(!html.contains(QLatin1String("other.html")));
        QVERIFY(!html.contains(QLatin1String("\"onmouseover")));
    }

    void quotesListsAndTasks()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "> outer\n>\n> > inner\n\nafter\n\n3. three\n4. four\n\n- [x] done\n- [ ] todo\n"));
        QCOMPARE(html.count(QLatin1String("<blockquote>")), 2);
        QVERIFY(html.indexOf(QLatin1String("inner")) < html.lastIndexOf(QLatin1String("</blockquote>")));
        QVERIFY(html.contains(QLatin1String("<ol start=\"3\">")));
        QVERIFY(html.contains(QLatin1String("<li>three</li>"))); // tight list: no paragraph
        QVERIFY(html.contains(QStringLiteral("<li>☑ done</li>")));
        QVERIFY(html.contains(QStringLiteral("<li>☐ todo</li>")));
        QVERIFY(balanced(html));
    }

    void deepNestingIsBounded()
    {
        const QString deep = QString(5000, QLatin1Char('>')) + QStringLiteral(" x\n");
        const QString html = render::bodyHtml(deep);
        QVERIFY(html.contains(QLatin1String("x")));
        QVERIFY(html.count(QLatin1String("<blockquote")) <= 48);
        QVERIFY(balanced(html));
        QString emphasis;
        for (int i = 0; i < 3000; ++i)
            emphasis += QStringLiteral("*a ");
        QVERIFY(balanced(render::bodyHtml(emphasis)));
    }

    void titleIsNotShownTwice()
    {
        Article a;
        a.meta.title = QStringLiteral("很高兴入住博客堂");
        const QString rest = QStringLiteral("承蒙邀请，很高兴入住博客堂。\n");
        for (const QString &first : {QStringLiteral("很高兴入住博客堂\n\n"), QStringLiteral("**很高兴入住博客堂**\n\n"),
                                     QStringLiteral("## 很高兴入住博客堂\n\n")}) {
            a.markdown = first + rest;
            const QString html = render::articleHtml(a);
            const QString shown = html.mid(html.indexOf(QLatin1String("<body>")));
            QVERIFY2(shown.count(QStringLiteral(">很高兴入住博客堂<")) == 1, qPrintable(html)); // the header's
            QVERIFY(html.contains(QStringLiteral("承蒙邀请")));
        }
        a.markdown = QStringLiteral("很高兴入住博客堂！\n\n") + rest;
        QVERIFY(render::articleHtml(a).contains(QStringLiteral("<p>很高兴入住博客堂！</p>")));
    }

    void headerCarriesMetadataAndEscapes()
    {
        Article a;
        a.meta.title = QStringLiteral("<script>x</script> & 标题");
        a.meta.siteName = QStringLiteral("36kr.com");
        a.meta.url = QStringLiteral("https://36kr.com/p/1");
        a.meta.author = QStringLiteral("王五");
        a.meta.language = QStringLiteral("zh\" onload=\"x");
        a.saved = QDateTime(QDate(2024, 3, 2), QTime(10, 0));
        a.starred = true;
        a.readingMinutes = 7;
        a.tags = {QStringLiteral("芯片"), QStringLiteral("a<b")};
        const QString html = render::articleHtml(a);
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;x&lt;/script&gt; &amp; 标题")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QStringLiteral("href=\"https://36kr.com/p/1\"")));
        QVERIFY(html.contains(QStringLiteral("王五")));
        QVERIFY(html.contains(QStringLiteral("7 min read")));
        QVERIFY(html.contains(QStringLiteral("2024")));
        QVERIFY(html.contains(QStringLiteral("a&lt;b")));
        QVERIFY(html.contains(QStringLiteral("class=\"chip\"")));
        QVERIFY(html.contains(QStringLiteral("★")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"zhonloadx\">")));
        QVERIFY(balanced(html));
    }

    void publishedDateReadsAsThePageWroteIt()
    {
        // A reader in New York: "June 3, 2024" (stored as midnight UTC) and 02:00 Beijing time on 3
        // June are both the 2nd there, but the page says the 3rd. The save date is a moment.
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        Article a;
        a.meta.title = QStringLiteral("Dates");
        a.saved = QDateTime(QDate(2024, 6, 5), QTime(2, 0), QTimeZone::utc()); // 4 June, 22:00 in New York
        for (const QDateTime &published : {QDateTime(QDate(2024, 6, 3), QTime(0, 0), QTimeZone::utc()),
                                           QDateTime(QDate(2024, 6, 3), QTime(2, 0), QTimeZone(8 * 3600))}) {
            a.meta.published = published;
            QCOMPARE(a.meta.published.toLocalTime().date(), QDate(2024, 6, 2));
            const QString html = render::headerHtml(a);
            QVERIFY2(html.contains(QStringLiteral("Published 3 Jun 2024")), qPrintable(html));
            QVERIFY2(html.contains(QStringLiteral("Saved 4 Jun 2024")), qPrintable(html));
        }
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
