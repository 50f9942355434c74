// Extraction recovers from markup that a browser-exact parse would lose the page to: an element whose
// text content runs to the end of the file, markup before the document start, text only in places that
// are never article content, and pages that are only a fragment.
#include "extract/extractor.h"
#include "html/repair.h"
#include "import/formatdetect.h"

#include <QElapsedTimer>
#include <QTest>

using namespace offprint;

namespace {

const QByteArray kHead = "<title>Kernel 6.9 ships a new scheduler</title>\n"
                         "<meta charset=\"utf-8\"><style>body{margin:0}</style>\n"
                         "<script>var a = 1; if (a<b) { a = 2; }</script>\n";

const QByteArray kBody =
    "<div id=\"nav\"><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | <a href=\"/about\">About</a></div>\n"
    "<div class=\"article\"><h1>Kernel 6.9 ships a new scheduler</h1>\n"
    "<p>The kernel developers released version 6.9 on Sunday, and the headline change is the new "
    "earliest-eligible-virtual-deadline-first scheduler, which replaces the completely fair scheduler.</p>\n"
    "<p>Benchmarks run by the maintainers show lower latency for interactive tasks, while throughput for "
    "batch work stays the same, according to the release notes published with the tarball.</p>\n"
    "<p>Distributions are expected to ship the new kernel within weeks; Fedora and Arch usually lead, with "
    "Debian following in its next point release, the maintainers said in their announcement.</p>\n"
    "</div>\n<div id=\"footer\">Copyright 2024 Example News. All rights reserved.</div>\n";

QByteArray page(const QByteArray &beforeDoctype = {}, const QByteArray &endOfHead = {})
{
    return beforeDoctype + "<!DOCTYPE html>\n<html><head>" + kHead + endOfHead + "</head>\n<body>" + kBody
        + "</body></html>\n";
}

ExtractedArticle extractPage(const QByteArray &html)
{
    extract::ExtractInput input;
    input.html = html;
    input.baseUrl = QStringLiteral("https://news.example.org/kernel-6-9.html");
    return extract::extractArticle(input);
}

bool hasArticle(const ExtractedArticle &a)
{
    return a.text.contains(QLatin1String("earliest-eligible-virtual-deadline-first"))
        && a.text.contains(QLatin1String("Debian following in its next point release"));
}

} // namespace

class TestExtractRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void cleanPageIsUntouched()
    {
        const QByteArray html = page();
        QStringList notes;
        QCOMPARE(html::repairMarkup(html, &notes), html);
        QVERIFY(notes.isEmpty());
        const ExtractedArticle a = extractPage(html);
        QVERIFY(hasArticle(a));
        QVERIFY(!a.text.contains(QLatin1String("All rights reserved")));
        QCOMPARE(a.meta.title, QStringLiteral("Kernel 6.9 ships a new scheduler"));
    }

    void elementSwallowingTheDocument_data()
    {
        QTest::addColumn<QByteArray>("element");
        // Every element whose content the parser reads as text: left open in the head, it would turn the
        // whole page into its text.
        for (const char *name : {"title", "textarea", "style", "script", "xmp", "iframe", "noembed", "noframes",
                                 "plaintext"})
            QTest::newRow(name) << QByteArray(name);
    }

    void elementSwallowingTheDocument()
    {
        QFETCH(QByteArray, element);
        const QByteArray html = page({}, "<" + element + ">");
        QStringList notes;
        html::repairMarkup(html, &notes);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.front().contains(QLatin1String("<" + element + ">")), qPrintable(notes.front()));

        const ExtractedArticle a = extractPage(html);
        QVERIFY2(hasArticle(a), qPrintable(a.text.left(300)));
        QVERIFY(!a.warnings.filter(QLatin1String("<" + element + ">")).isEmpty());
    }

    void unclosedTitleKeepsTitleAndArticle()
    {
        // "<title>…" without its end tag: the title ends where markup resumes.
        QByteArray html = page();
        html.replace("Kernel 6.9 ships a new scheduler</title>", "Kernel 6.9 ships a new scheduler\n");
        const ExtractedArticle a = extractPage(html);
        QVERIFY(hasArticle(a));
        QCOMPARE(a.meta.title, QStringLiteral("Kernel 6.9 ships a new scheduler"));
    }

    void titleClosedOnlyFarAwayIsRepaired()
    {
        // The head's title is closed only by a title deep in the body (an SVG's): far past any sane
        // length for a title.
        QByteArray html = page();
        html.replace("Kernel 6.9 ships a new scheduler</title>", "Kernel 6.9 ships a new scheduler");
        QByteArray filler;
        for (int i = 0; i < 60; ++i)
            filler += "<p>More reporting on the scheduler change, paragraph " + QByteArray::number(i) + ".</p>\n";
        html.replace("</body>", filler + "<svg><title>icon</title></svg></body>");
        const ExtractedArticle a = extractPage(html);
        QVERIFY(hasArticle(a));
        QCOMPARE(a.meta.title, QStringLiteral("Kernel 6.9 ships a new scheduler"));
    }

    void manyOpenElementsStayLinear()
    {
        // 100,000 elements left open, each of which would search to the end of the page: the searches
        // are remembered, so the repair stays linear (quadratic, this page took minutes).
        QByteArray html = "<html><head>";
        for (int i = 0; i < 50000; ++i)
            html += "<title>t<script>s";
        html += "</head><body>" + kBody + "</body></html>";
        QElapsedTimer timer;
        timer.start();
        QStringList notes;
        const QByteArray repaired = html::repairMarkup(html, &notes);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(notes.size(), 21); // twenty lines and a count
        QVERIFY2(notes.back().startsWith(QLatin1String("99980 more")), qPrintable(notes.back()));
        QVERIFY(hasArticle(extractPage(repaired)));
    }

    void scriptsWithComparisonsStayCode()
    {
        // A closed script that compares with "<" is left alone, and so is a script after the body.
        const QByteArray html = page() + "<script>for (var i=0;i<n;i++) { x = i<br; }</script>";
        QStringList notes;
        QCOMPARE(html::repairMarkup(html, &notes), html);
        QVERIFY(notes.isEmpty());
    }

    void markupBeforeTheDoctype_data()
    {
        QTest::addColumn<QByteArray>("wrapper");
        // Wrappers seen in crawls and proxies, and elements that would swallow the page if the parser
        // opened the body with them.
        QTest::newRow("crawler text") << QByteArray("<text id=\"http://example.org/a\" title=\"A\">\n");
        QTest::newRow("div") << QByteArray("<div class=\"wrapper\">\n");
        QTest::newRow("frameset") << QByteArray("<frameset>\n");
        QTest::newRow("object") << QByteArray("<object data=\"x\">\n");
        QTest::newRow("template") << QByteArray("<template>\n");
        QTest::newRow("select") << QByteArray("<select>\n");
        QTest::newRow("iframe") << QByteArray("<iframe src=\"ad.html\">\n");
        QTest::newRow("script and table") << QByteArray("<script>var html = '<html>';</script><table><tr><td>\n");
    }

    void markupBeforeTheDoctype()
    {
        QFETCH(QByteArray, wrapper);
        const ExtractedArticle clean = extractPage(page());
        const ExtractedArticle wrapped = extractPage(page(wrapper));
        QVERIFY2(hasArticle(wrapped), qPrintable(wrapped.text.left(300)));
        QCOMPARE(wrapped.text, clean.text);
        QCOMPARE(wrapped.meta.title, clean.meta.title);
    }

    void wholePageFallbackIsNeverEmpty_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("object fallback") << QByteArray(
            "<html><body><object data=\"movie.swf\"><p>Der Film zeigt die Eröffnung der neuen Brücke über "
            "den Fluss.</p></object></body></html>");
        QTest::newRow("form only") << QByteArray(
            "<html><body><form action=\"/q\"><input type=hidden name=a><select name=p><option>1</option>"
            "</select><b>Algonquin Golf Course</b> Civic Address: 465 Brandy Cove Road, St. Andrews. Welcome "
            "to the Algonquin, for over 100 years golfers have tested their skills here.</form></body></html>");
        QTest::newRow("noscript") << QByteArray(
            "<html><body><noscript>这个页面的正文写在 noscript 里面，没有脚本也能读到。</noscript></body></html>");
    }

    void wholePageFallbackIsNeverEmpty()
    {
        QFETCH(QByteArray, html);
        const ExtractedArticle a = extractPage(html);
        QVERIFY2(!a.text.trimmed().isEmpty(), qPrintable(a.warnings.join(QLatin1String("; "))));
        QVERIFY(!a.markdown.trimmed().isEmpty());
        QVERIFY(a.confidence < 0.5);
    }

    void formatDetectionAcceptsAnyMarkup_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("html");
        QTest::newRow("pre document") << QByteArray("<pre>\nRFC-style text file\n  with lines\n</pre>\n") << true;
        QTest::newRow("fragment") << QByteArray("Some text with a <b>bold</b> word and a<br>line break.") << true;
        QTest::newRow("font fragment") << QByteArray("<FONT SIZE=2>Old page</FONT>") << true;
        QTest::newRow("comment first") << (QByteArray("<!-- saved from url=(0020)") + QByteArray(100000, 'x')
                                           + QByteArray("-->\n<p>hi</p>")) << true;
        QTest::newRow("plain text") << QByteArray("Just a note, 3 < 4 and 5 > 2, nothing else.\n") << false;
        QTest::newRow("code") << QByteArray("#include <vector>\n#include <string>\nint main() { return 0; }\n")
                              << false;
    }

    void formatDetectionAcceptsAnyMarkup()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, html);
        const import::Format format = import::detectFormat(content.left(64 * 1024), QStringLiteral("page.txt"));
        QCOMPARE(import::unsupportedReason(format).isEmpty(), html);
    }
};

QTEST_GUILESS_MAIN(TestExtractRecovery)
#include "tst_extract_recovery.moc"
