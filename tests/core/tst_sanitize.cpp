// The original-page sanitiser: an allow-list over the parsed tree, bounded output, hostile pages.
#include "html/document.h"
#include "html/sanitize.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace offprint;

namespace {

QString sanitize(const QByteArray &html, const html::SanitizeOptions &options = {})
{
    const auto doc = html::Document::parse(html);
    return html::sanitizedHtml(*doc, options);
}

// Every tag and attribute of the output is on the allow-list, tags are balanced, and nesting stays
// within `maxDepth` blocks plus a paragraph and the eight inline tags. Returns an empty string when
// so, else what is wrong.
QString checkOutput(const QString &out, int maxDepth = limits::kMaxSanitizedNesting)
{
    static const QSet<QString> tags = {
        QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("pre"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("li"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("blockquote"), QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("td"),
        QStringLiteral("th"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("u"),
        QStringLiteral("s"), QStringLiteral("code"), QStringLiteral("sup"), QStringLiteral("sub"),
        QStringLiteral("br"), QStringLiteral("hr")};
    static const QSet<QString> attributes = {QStringLiteral("href"), QStringLiteral("name"), QStringLiteral("dir"),
                                             QStringLiteral("lang"), QStringLiteral("colspan"),
                                             QStringLiteral("rowspan"), QStringLiteral("border"),
                                             QStringLiteral("cellspacing"), QStringLiteral("cellpadding")};
    static const QRegularExpression tagRe(QStringLiteral("<(/?)([a-z0-9]+)((?:\\s+[a-z]+=\"[^\"<>]*\")*)\\s*>"));
    static const QRegularExpression attrRe(QStringLiteral("([a-z]+)=\""));
    QStringList stack;
    int depth = 0;
    qsizetype at = 0;
    for (auto it = tagRe.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        if (out.mid(at, m.capturedStart() - at).contains(QLatin1Char('<')))
            return QStringLiteral("stray '<' before offset %1").arg(m.capturedStart());
        at = m.capturedEnd();
        const QString name = m.captured(2);
        if (!tags.contains(name))
            return QStringLiteral("tag <%1>").arg(name);
        for (auto a = attrRe.globalMatch(m.captured(3)); a.hasNext();) {
            const QString attr = a.next().captured(1);
            if (!attributes.contains(attr))
                return QStringLiteral("attribute %1 on <%2>").arg(attr, name);
        }
        if (name == QLatin1String("br") || name == QLatin1String("hr"))
            continue;
        if (m.captured(1).isEmpty()) {
            stack << name;
            depth = qMax(depth, int(stack.size()));
        } else if (stack.isEmpty() || stack.takeLast() != name) {
            return QStringLiteral("unbalanced </%1>").arg(name);
        }
    }
    if (out.mid(at).contains(QLatin1Char('<')))
        return QStringLiteral("stray '<' at the end");
    if (!stack.isEmpty())
        return QStringLiteral("unclosed <%1>").arg(stack.join(QLatin1Char(',')));
    if (depth > maxDepth + 1 + 8)
        return QStringLiteral("nested %1 deep").arg(depth);
    return {};
}

#define CHECK_OUTPUT(out) \
    do { \
        const QString problem = checkOutput(out); \
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in: ") + (out).left(400))); \
    } while (false)

} // namespace

class TestSanitize final : public QObject
{
    Q_OBJECT

private slots:
    void exactOutput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paragraphs and inline")
            << QByteArray("<p>One <b>bold</b> and <em>it</em>, H<sub>2</sub>O, x<sup>2</sup>, <code>f()</code>.</p>"
                          "<p>Two <u>u</u> <del>gone</del> <strong><i>both</i></strong></p>")
            << QStringLiteral("<p>One <b>bold</b> and <i>it</i>, H<sub>2</sub>O, x<sup>2</sup>, <code>f()</code>.</p>"
                              "<p>Two <u>u</u> <s>gone</s> <b><i>both</i></b></p>");
        QTest::newRow("div soup becomes paragraphs")
            << QByteArray("<div class=a><div><span style='color:red'>First</span></div><section><div>Second "
                          "<font size=7>line</font></div></section></div>")
            << QStringLiteral("<p>First</p><p>Second line</p>");
        QTest::newRow("headings lists definitions quotes")
            << QByteArray("<h2 onclick='x()'>Title</h2><ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>"
                          "<dl><dt>Term</dt><dd>Meaning</dd></dl><blockquote><p>Said</p>so</blockquote>")
            << QStringLiteral("<h2>Title</h2><ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>"
                              "<dl><dt>Term</dt><dd>Meaning</dd></dl><blockquote><p>Said</p><p>so</p></blockquote>");
        QTest::newRow("pre keeps white space")
            << QByteArray("<pre class=x>int  main()\n{\n    return 0; // &lt;ok&gt;\n}</pre>")
            << QStringLiteral("<pre>int  main()\n{\n    return 0; // &lt;ok&gt;\n}</pre>");
        QTest::newRow("table with spans, empty cells kept")
            << QByteArray("<table style='width:9000px'><caption>Cap</caption><tr><th colspan=2>H</th></tr>"
                          "<tr><td></td><td rowspan=\"3\" width=5>x</td></tr><tr><td></td></tr></table>")
            << QStringLiteral("<p><b>Cap</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                              "<tr><th colspan=\"2\">H</th></tr><tr><td></td><td rowspan=\"3\">x</td></tr></table>");
        QTest::newRow("breaks and rules")
            << QByteArray("<p>a<br><br><br><br>b</p><hr><div>c<div>d</div>e</div>")
            << QStringLiteral("<p>a<br><br>b</p><hr><p>c</p><p>d</p><p>e</p>");
        QTest::newRow("inline around blocks is reopened, not nested")
            << QByteArray("<b>x<div>y</div>z</b><a href='https://e.org/'><h3>Head</h3></a>")
            << QStringLiteral("<p><b>x</b></p><p><b>y</b></p><p><b>z</b></p>"
                              "<h3><a href=\"https://e.org/\">Head</a></h3>");
        QTest::newRow("block inside a list item breaks the line")
            << QByteArray("<ul><li>one<div>two</div><p>three</p>four</li></ul>")
            << QStringLiteral("<ul><li>one<br>two<p>three</p>four</li></ul>");
        QTest::newRow("text is escaped")
            << QByteArray("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"q\"</p>")
            << QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"q\"</p>");
        QTest::newRow("direction and language")
            << QByteArray("<div dir=rtl><p lang=he>שלום</p>עולם<ul><li>א</li></ul></div><p dir=ltr>x</p>")
            << QStringLiteral("<p dir=\"rtl\" lang=\"he\">שלום</p><p dir=\"rtl\">עולם</p>"
                              "<ul dir=\"rtl\"><li dir=\"rtl\">א</li></ul><p dir=\"ltr\">x</p>");
    }

    void exactOutput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const QString out = sanitize(input);
        QCOMPARE(out, expected);
        CHECK_OUTPUT(out);
    }

    void scriptsHandlersFormsAndRemoteLoadsAreGone()
    {
        const QByteArray page =
            "<!doctype html><html><head><title>T</title><meta http-equiv=refresh content='0;url=http://evil.test/'>"
            "<link rel=stylesheet href='http://evil.test/s.css'><base href='http://evil.test/'>"
            "<style>body{background:url(http://evil.test/bg)}</style><script>steal()</script></head>"
            "<body onload='steal()' background='http://evil.test/b.png'>"
            "<p style='background:url(http://evil.test/p)' onclick='steal()' onmouseover=steal() class=k id=k>"
            "Kept text</p><script src='http://evil.test/a.js'></script><noscript><img src='http://evil.test/n'>"
            "</noscript><iframe src='http://evil.test/f'>frame text</iframe><object data='http://evil.test/o'>"
            "object text</object><embed src='http://evil.test/e'><video src='http://evil.test/v' poster=x>video "
            "text</video><audio src='http://evil.test/a'></audio><template><p>template text</p></template>"
            "<form action='http://evil.test/post'><p>Form prose</p><input value='input text'><button>button "
            "text</button><select><option>option text</select><textarea>textarea text</textarea></form>"
            "<svg><text>svg text</text><a href='http://evil.test/svg'>svg link</a></svg><math><mi>math text</mi>"
            "</math><p><img src='http://evil.test/i.png' alt='A chart'> <img src='http://evil.test/t.gif'>"
            "<img srcset='http://evil.test/x 2x' alt=''><picture><source srcset='http://evil.test/p'>"
            "<img src='http://evil.test/q' alt=Photo></picture></p><div hidden>hidden text</div>"
            "<div style='DISPLAY : None'>invisible text</div><canvas>canvas text</canvas></body></html>";
        const QString out = sanitize(page);
        CHECK_OUTPUT(out);
        QVERIFY2(out.contains(QStringLiteral("<p>Kept text</p>")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("<p>Form prose</p>")));
        QVERIFY(out.contains(QStringLiteral("[A chart]")));
        QVERIFY(out.contains(QStringLiteral("[Photo]")));
        QVERIFY2(!out.contains(QStringLiteral("evil")), qPrintable(out));
        for (const char *gone : {"steal", "frame text", "object text", "video text", "template text", "input text",
                                 "button text", "option text", "textarea text", "svg", "math text", "hidden text",
                                 "invisible text", "canvas text", "style", "onclick", "src", "[]"})
            QVERIFY2(!out.contains(QLatin1String(gone)), gone);
    }

    void linksAreFilteredByScheme_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("kept"); // empty: the link is dropped, its text kept
        QTest::newRow("https") << "https://example.org/a?b=1&c=2" << "https://example.org/a?b=1&amp;c=2";
        QTest::newRow("http upper case") << "HTTP://example.org/" << "HTTP://example.org/";
        QTest::newRow("mailto") << "mailto:someone@example.org" << "mailto:someone@example.org";
        QTest::newRow("fragment") << "#notes" << "#notes";
        QTest::newRow("quote in url") << "https://example.org/\"onmouseover=x" << "https://example.org/&quot;onmouseover=x";
        QTest::newRow("javascript") << "javascript:alert(1)" << "";
        QTest::newRow("javascript mixed case, padded") << "  JaVaScRiPt:alert(1)" << "";
        QTest::newRow("javascript with tab") << "java\tscript:alert(1)" << "";
        QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << "";
        QTest::newRow("file") << "file:///etc/passwd" << "";
        QTest::newRow("ftp") << "ftp://example.org/" << "";
        QTest::newRow("relative") << "/news/1.html" << "https://site.example/news/1.html";
        QTest::newRow("protocol relative") << "//cdn.example/x" << "https://cdn.example/x";
        QTest::newRow("lone hash") << "#" << "";
    }

    void linksAreFilteredByScheme()
    {
        QFETCH(QString, href);
        QFETCH(QString, kept);
        const QByteArray page = "<p><a onclick=x href=\"" + href.toHtmlEscaped().toUtf8() + "\">link text</a></p>";
        html::SanitizeOptions options;
        options.baseUrl = QUrl(QStringLiteral("https://site.example/dir/page.html"));
        const QString out = sanitize(page, options);
        CHECK_OUTPUT(out);
        if (kept.isEmpty())
            QCOMPARE(out, QStringLiteral("<p>link text</p>"));
        else
            QCOMPARE(out, QStringLiteral("<p><a href=\"%1\">link text</a></p>").arg(kept));
        // Without a base, relative links go.
        if (!href.contains(QLatin1Char(':')) && !href.startsWith(QLatin1Char('#')))
            QCOMPARE(sanitize(page), QStringLiteral("<p>link text</p>"));
    }

    void onlyLinkedFragmentsBecomeAnchors()
    {
        const QString out = sanitize("<p><a href='#sec-2'>to two</a> <a href='#caf%C3%A9'>café</a></p>"
                                     "<h2 id=sec-1>One</h2><h2 id='sec-2' class=x>Two</h2><p id=café>Accent</p>"
                                     "<p><a name=sec-2>again</a></p>");
        CHECK_OUTPUT(out);
        QVERIFY2(out.contains(QStringLiteral("<h2><a name=\"sec-2\"></a>Two</h2>")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("<p><a name=\"café\"></a>Accent</p>")));
        QVERIFY(!out.contains(QStringLiteral("sec-1")));
        QCOMPARE(out.count(QStringLiteral("name=\"sec-2\"")), 1);
    }

    void emptyWrappersVanish()
    {
        QCOMPARE(sanitize("<div><span> </span><p> </p><ul><li></li></ul><table><tr><td> </td></tr></table>"
                          "<blockquote><div></div></blockquote><dl><dt></dt></dl><b></b></div><h1> </h1>"),
                 QString());
    }

    void fragmentVariant()
    {
        QCOMPARE(html::sanitizedFragment(QStringLiteral("Raw <b onclick=x>HTML</b> block<script>x()</script>")),
                 QStringLiteral("<p>Raw <b>HTML</b> block</p>"));
        QCOMPARE(html::sanitizedFragment(QStringLiteral("<details><summary>More</summary>Hidden?</details>")),
                 QStringLiteral("<p>More</p><p>Hidden?</p>"));
        QCOMPARE(html::sanitizedFragment(QString()), QString());
    }

    void bigAndWideTablesAreWrittenFlat()
    {
        QByteArray big = "<table>";
        for (int r = 0; r < 300; ++r) {
            big += "<tr>";
            for (int c = 0; c < 50; ++c)
                big += "<td>r" + QByteArray::number(r) + "c" + QByteArray::number(c) + "</td>";
            big += "</tr>";
        }
        big += "</table><table><tr><td>small</td></tr></table>";
        html::SanitizeOptions options;
        options.maxTableCells = 10000;
        const QString out = sanitize(big, options);
        CHECK_OUTPUT(out);
        QCOMPARE(out.count(QStringLiteral("<table")), 1); // only the small one
        QVERIFY2(out.contains(QStringLiteral("<p>r0c0 | r0c1 | r0c2")), qPrintable(out.left(300))); // a row a line
        QVERIFY(out.contains(QStringLiteral("r299c48 | r299c49</p>")));
        QVERIFY(out.contains(QStringLiteral("<td>small</td>")));

        QByteArray wide = "<table><tr>";
        for (int c = 0; c < 65; ++c)
            wide += "<td>w</td>";
        wide += "</tr></table><table><tr><td colspan=100000>c</td></tr><tr><td rowspan=99999>r</td></tr></table>";
        const QString wideOut = sanitize(wide);
        CHECK_OUTPUT(wideOut);
        QCOMPARE(wideOut.count(QStringLiteral("<table")), 1);
        QVERIFY2(wideOut.contains(QStringLiteral("<tr><td colspan=\"64\">c</td></tr><tr><td rowspan=\"64\">r</td></tr>")),
                 qPrintable(wideOut));
    }

    void whatQtIsSlowAtIsSplit()
    {
        // Qt numbers list items in quadratic time: a list is reopened every 500 items.
        QByteArray list = "<ul>";
        for (int i = 0; i < 1200; ++i)
            list += "<li>item" + QByteArray::number(i) + "</li>";
        const QString listOut = sanitize(list + "</ul>");
        CHECK_OUTPUT(listOut);
        QCOMPARE(listOut.count(QStringLiteral("<ul>")), 3);
        QCOMPARE(listOut.count(QStringLiteral("<li>")), 1200);
        QVERIFY(listOut.contains(QStringLiteral("<li>item499</li></ul><ul><li>item500</li>")));

        // One huge paragraph lays out slowly: it becomes paragraphs of at most ~4 KB, split at spaces,
        // the formatting carried over, no word lost.
        QByteArray words;
        for (int i = 0; i < 20000; ++i)
            words += "w" + QByteArray::number(i) + " ";
        for (const QByteArray &wrap : {QByteArray("p"), QByteArray("li"), QByteArray("td")}) {
            const QByteArray page = "<" + wrap + "><b>" + words + "</b></" + wrap + ">";
            const QString out = sanitize(wrap == "li" ? "<ul>" + page + "</ul>" : wrap == "td" ? "<table><tr>" + page + "</tr></table>" : page);
            CHECK_OUTPUT(out);
            QString text = out;
            static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
            text.replace(tags, QStringLiteral(" "));
            QCOMPARE(text.simplified(), QString::fromLatin1(words).simplified());
            QVERIFY2(out.count(QStringLiteral("<b>")) > 20, wrap.constData());
            QVERIFY(out.count(QStringLiteral("<p>")) > 20);
            qsizetype run = 0;
            qsizetype longest = 0;
            for (const QChar c : out) {
                run = c == QLatin1Char('<') ? 0 : run + 1;
                longest = qMax(longest, run);
            }
            QVERIFY2(longest < 4400, qPrintable(QString::number(longest)));
        }
    }

    void deepNestingIsFlattened()
    {
        // 10,000 levels of every kind of block: the parser keeps 512, the output at most maxDepth.
        for (const QByteArray &open : {QByteArray("<blockquote>"), QByteArray("<ul><li>"), QByteArray("<div>"),
                                       QByteArray("<table><tr><td>"), QByteArray("<dl><dd>"), QByteArray("<b><i>")}) {
            QByteArray page;
            for (int i = 0; i < 10000; ++i)
                page += open + "level" + QByteArray::number(i) + " ";
            const QString out = sanitize(page);
            CHECK_OUTPUT(out);
            QVERIFY2(out.contains(QStringLiteral("level0 ")), open.constData());
            QVERIFY2(out.contains(QStringLiteral("level9999")), open.constData());
        }
        QByteArray page;
        for (int i = 0; i < 40; ++i)
            page += "<ul><li>item" + QByteArray::number(i);
        html::SanitizeOptions options;
        options.maxDepth = 10;
        const QString out = sanitize(page, options);
        QVERIFY2(checkOutput(out, 10).isEmpty(), qPrintable(checkOutput(out, 10)));
        QCOMPARE(out.count(QStringLiteral("<ul>")), 5); // list + item per level
        QVERIFY(out.contains(QStringLiteral("item39")));
    }

    void manyAttributesAndUnclosedSvg()
    {
        QByteArray attributes = "<p";
        for (int i = 0; i < 100000; ++i)
            attributes += " onclick" + QByteArray::number(i) + "=\"steal()\"";
        attributes += " id=x>Paragraph with many attributes</p>";
        const QString out = sanitize(attributes);
        QCOMPARE(out, QStringLiteral("<p>Paragraph with many attributes</p>"));

        QByteArray svg;
        for (int i = 0; i < 16000; ++i)
            svg += "<svg><rect/><p>para" + QByteArray::number(i) + "</p>";
        const QString svgOut = sanitize(svg);
        CHECK_OUTPUT(svgOut);
        QVERIFY(svgOut.startsWith(QStringLiteral("<p>para0</p><p>para1</p>")));
        QVERIFY(svgOut.contains(QStringLiteral("para15999")));
        QVERIFY(!svgOut.contains(QStringLiteral("rect")));
    }

    void hostilePageCompletesBounded()
    {
        // 2 MB: 16,000 unclosed <svg>, 100,000 attributes, nesting 10,000 deep, and article text.
        QByteArray page = "<html><head><title>Hostile</title></head><body><article>";
        for (int i = 0; i < 16000; ++i)
            page += "<svg viewBox='0 0 10 10'><path d='M0 0'/><div>svg-broken text " + QByteArray::number(i) + "</div>";
        for (int e = 0; e < 400; ++e) {
            page += "<span";
            for (int a = 0; a < 250; ++a)
                page += " on" + QByteArray::number(a) + "=x";
            page += ">attr text</span>";
        }
        for (int i = 0; i < 10000; ++i)
            page += (i % 2 ? "<div>" : "<blockquote>");
        page += "deep text";
        do
            page += "<p>Normal article text about network isolation, repeated to fill the page.</p>";
        while (page.size() < 2 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const QString out = sanitize(page);
        const qint64 ms = timer.elapsed();
        CHECK_OUTPUT(out);
        QVERIFY(out.contains(QStringLiteral("svg-broken text 15999")));
        QVERIFY(out.contains(QStringLiteral("deep text")));
        QVERIFY(out.contains(QStringLiteral("attr text")));
        QVERIFY(out.contains(QStringLiteral("Normal article text")));
        QVERIFY2(out.size() < page.size(), qPrintable(QString::number(out.size())));
        qInfo("hostile page: %lld bytes in, %lld chars out, %lld ms", qint64(page.size()), qint64(out.size()), ms);
    }

    void textBeyondTheBudgetIsCut()
    {
        QByteArray page;
        for (int i = 0; i < 1000; ++i)
            page += "<p>paragraph " + QByteArray::number(i) + " with some words in it</p>";
        html::SanitizeOptions options;
        options.maxWork = 3000;
        options.cutNote = QStringLiteral("Cut here.");
        const QString out = sanitize(page, options);
        CHECK_OUTPUT(out);
        QVERIFY(out.contains(QStringLiteral("paragraph 10 ")));
        QVERIFY(!out.contains(QStringLiteral("paragraph 999")));
        QVERIFY(out.endsWith(QStringLiteral("<hr><p><i>Cut here.</i></p>")));
        QVERIFY(out.size() < 5000);
    }
};

QTEST_APPLESS_MAIN(TestSanitize)
#include "tst_sanitize.moc"
