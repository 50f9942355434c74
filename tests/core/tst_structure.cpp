// The article's structure survives extraction (issue 11): the stored Markdown follows the dialect
// (README, "Stored Markdown"): sup/sub, footnotes with links both ways, internal anchors, tables
// (key/value infoboxes stay tables), code with its language, figure captions, definition lists.
#include "extract/extractor.h"
#include "html/document.h"
#include "markdown/htmltomarkdown.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace offprint;

namespace {

markdown::MarkdownOutput convert(const QString &bodyHtml, const QString &base = {})
{
    const auto doc = html::Document::parse(
        (QStringLiteral("<html><body>") + bodyHtml + QStringLiteral("</body></html>")).toUtf8());
    markdown::HtmlToMarkdownOptions options;
    options.baseUrl = base;
    return markdown::htmlToMarkdown({doc->body()}, options);
}

QString md(const QString &bodyHtml, const QString &base = {})
{
    return convert(bodyHtml, base).markdown;
}

QSet<QString> matches(const QString &text, const QString &pattern)
{
    QSet<QString> found;
    const QRegularExpression re(pattern);
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// Every internal link has its anchor in the same document, and every anchor is unique and allowed.
void checkLinksHaveTargets(const QString &markdown)
{
    const QSet<QString> links = matches(markdown, QStringLiteral("\\]\\(#([^)]*)\\)"));
    const QSet<QString> anchors = matches(markdown, QStringLiteral("<a id=\"([^\"]*)\"></a>"));
    for (const QString &link : links)
        QVERIFY2(anchors.contains(link), qPrintable(QStringLiteral("no anchor for #") + link));
    QCOMPARE(markdown.count(QLatin1String("<a id=\"")), anchors.size());
    for (const QString &a : anchors)
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$")).match(a).hasMatch(), qPrintable(a));
}

// A page as a reader saves it: navigation, an article with citations, an infobox, references.
const char *kWikiPage =
    "<html><head><title>Harbour crane - Example Wiki</title></head><body>\n"
    "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/random\">Random</a></nav>\n"
    "<div id=\"content\" class=\"mw-body\"><h1>Harbour crane</h1>\n"
    "<div class=\"mw-parser-output\">\n"
    "<table class=\"infobox\"><tr><th colspan=\"2\">Harbour crane</th></tr>\n"
    "<tr><th>Type</th><td>Gantry crane</td></tr>\n"
    "<tr><th>Lifting capacity</th><td>40&nbsp;t<br>65&nbsp;t (tandem)</td></tr>\n"
    "<tr><th>Built by</th><td><ul><li>Northyard</li><li>Kessel &amp; Sons</li></ul></td></tr></table>\n"
    "<p>A <b>harbour crane</b> lifts containers between ships and the quay. The first ones ran on steam in 1890\n"
    "and could lift about 5&nbsp;m<sup>3</sup> of coal at a time.<sup id=\"cite_ref-1\" class=\"reference\">"
    "<a href=\"#cite_note-1\">[1]</a></sup>\n"
    "Modern cranes reach 65 t in tandem mode, and their booms are longer than the widest ships, which keeps\n"
    "the quay clear for trucks.<sup id=\"cite_ref-size_2-0\" class=\"reference\"><a href=\"#cite_note-size-2\">"
    "[2]</a></sup></p>\n"
    "<h2><span class=\"mw-headline\" id=\"Operation\">Operation</span></h2>\n"
    "<p>Operators sit in a cabin under the trolley. Exhaust from the diesel generators, mostly CO<sub>2</sub>\n"
    "and NO<sub>x</sub>, led ports to electrify them, as described in <a href=\"#Operation\">the section above</a>\n"
    "and in the sources.<sup id=\"cite_ref-size_2-1\" class=\"reference\"><a href=\"#cite_note-size-2\">[2]</a>"
    "</sup></p>\n"
    "<h2><span class=\"mw-headline\" id=\"References\">References</span></h2>\n"
    "<div class=\"reflist\"><ol class=\"references\">\n"
    "<li id=\"cite_note-1\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-1\">^</a></b></span> "
    "<span class=\"reference-text\"><a href=\"https://a.example/steam\">Steam cranes of the 1890s</a>, <a "
    "href=\"https://b.example\">Port History Press</a></span></li>\n"
    "<li id=\"cite_note-size-2\"><span class=\"mw-cite-backlink\">^ <a href=\"#cite_ref-size_2-0\"><sup><i>"
    "<b>a</b></i></sup></a> <a href=\"#cite_ref-size_2-1\"><sup><i><b>b</b></i></sup></a></span> <span class=\"reference-text\">"
    "<a href=\"https://c.example/cranes\">Crane sizes</a>, <a href=\"https://d.example\">Quay Weekly</a></span>"
    "</li>\n"
    "</ol></div>\n"
    "<div class=\"navbox\"><a href=\"/Ships\">Ships</a> | <a href=\"/Quays\">Quays</a> | <a href=\"/Trucks\">"
    "Trucks</a></div>\n"
    "</div></div>\n"
    "<div class=\"footer\"><a href=\"/about\">About</a></div></body></html>";

} // namespace

class TestStructure final : public QObject
{
    Q_OBJECT

private slots:
    void superscriptAndSubscript()
    {
        const auto out = convert(QStringLiteral(
            "<p>Linux 6.1<sup>1</sup> and 24%<sup> 2 </sup> of H<sub>2</sub>O; E=mc<sup><i>2</i></sup><sup></sup>.</p>"));
        QCOMPARE(out.markdown, QStringLiteral("Linux 6.1<sup>1</sup> and 24%<sup>2</sup> of H<sub>2</sub>O; "
                                              "E=mc<sup>*2*</sup>.\n"));
        QCOMPARE(out.text, QStringLiteral("Linux 6.11 and 24%2 of H2O; E=mc2."));
        // A page's literal tag text stays text, never raw HTML.
        QCOMPARE(md(QStringLiteral("<p>&lt;sup&gt;x&lt;/sup&gt;</p>")), QStringLiteral("\\<sup>x\\</sup>\n"));
    }

    void wikipediaFootnotes()
    {
        const QString out = md(QStringLiteral(
            "<p>Claim.<sup id=\"cite_ref-1\" class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup></p>"
            "<ol class=\"references\"><li id=\"cite_note-1\"><span class=\"mw-cite-backlink\"><b>"
            "<a href=\"#cite_ref-1\">^</a></b></span> <span class=\"reference-text\">A source.</span></li></ol>"));
        QCOMPARE(out, QStringLiteral("Claim.<a id=\"cite_ref-1\"></a><sup>[\\[1\\]](#cite_note-1)</sup>\n\n"
                                     "1. <a id=\"cite_note-1\"></a>**[\\^](#cite_ref-1)** A source.\n"));
        checkLinksHaveTargets(out);
    }

    void numberedFootnotes()
    {
        // An old page: "[1]" links to "#fn1", the note is an <a name> with a link back.
        const QString out = md(QStringLiteral(
            "<p>Claim<a href=\"#fn1\" id=\"r1\">[1]</a> and more.</p><hr>"
            "<p><a name=\"fn1\">[1]</a> The note. <a href=\"#r1\">Back</a></p>"));
        QCOMPARE(out, QStringLiteral("Claim<a id=\"r1\"></a>[\\[1\\]](#fn1) and more.\n\n---\n\n"
                                     "<a id=\"fn1\"></a>\\[1\\] The note. [Back](#r1)\n"));
        checkLinksHaveTargets(out);
        // Pandoc: section.footnotes, back links "↩".
        const QString pandoc = md(QStringLiteral(
            "<p>Text<a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\"><sup>1</sup></a>.</p>"
            "<section class=\"footnotes\"><hr><ol><li id=\"fn1\"><p>Note one.<a href=\"#fnref1\" "
            "class=\"footnote-back\">↩︎</a></p></li></ol></section>"));
        QCOMPARE(pandoc, QStringLiteral("Text<a id=\"fnref1\"></a>[<sup>1</sup>](#fn1).\n\n---\n\n"
                                        "1. <a id=\"fn1\"></a>Note one.[↩︎](#fnref1)\n"));
    }

    void internalAnchors()
    {
        const QString out = md(QStringLiteral(
            "<p>See <a href=\"#t61\">Table 6-1</a>, <a href=\"#signals\">the signals</a> and "
            "<a href=\"#old\">the old name</a>.</p>"
            "<h2 id=\"signals\">Golden signals</h2><p>Latency, <span id=\"traffic\">traffic</span>.</p>"
            "<table id=\"t61\"><caption>Table 6-1. Causes</caption><tr><th>Symptom</th><th>Cause</th></tr>"
            "<tr><td>500s</td><td>DB down</td></tr></table>"
            "<p><a name=\"old\"></a>Formerly <a href=\"#traffic\">load</a>.</p>"));
        QCOMPARE(out, QStringLiteral(
            "See [Table 6-1](#t61), [the signals](#signals) and [the old name](#old).\n\n"
            "## <a id=\"signals\"></a>Golden signals\n\n"
            "Latency, <a id=\"traffic\"></a>traffic.\n\n"
            "<a id=\"t61\"></a>Table 6-1. Causes\n\n"
            "| Symptom | Cause |\n| --- | --- |\n| 500s | DB down |\n\n"
            "<a id=\"old\"></a>Formerly [load](#traffic).\n"));
        checkLinksHaveTargets(out);
        // The same page's address with a fragment is an internal link too.
        QCOMPARE(md(QStringLiteral("<p><a href=\"https://w.example/Page#Use\">use</a></p><h3 id=\"Use\">Use</h3>"),
                    QStringLiteral("https://w.example/Page")),
                 QStringLiteral("[use](#Use)\n\n### <a id=\"Use\"></a>Use\n"));
        // Anchors of blocks an anchor cannot enter stand before them.
        QCOMPARE(md(QStringLiteral("<p><a href=\"#c\">code</a></p><pre id=\"c\">x = 1</pre>")),
                 QStringLiteral("[code](#c)\n\n<a id=\"c\"></a>\n\n```\nx = 1\n```\n"));
    }

    void missingTargetsBecomeText()
    {
        // No target; "#" alone; a target inside code (never written as an anchor); a target in a left
        // out part of the page.
        const auto out = convert(QStringLiteral(
            "<p><a href=\"#nowhere\">gone</a>, <a href=\"#\">top</a>, <a href=\"#L2\">line 2</a>, "
            "<a href=\"#ad\">sponsor</a>, <a href=\"https://x.example/#frag\">other page</a>.</p>"
            "<pre><span id=\"L2\">b = 2</span></pre><script id=\"ad\"></script>"),
            QStringLiteral("https://w.example/page"));
        QCOMPARE(out.markdown, QStringLiteral("gone, top, line 2, sponsor, [other page](https://x.example/#frag).\n\n"
                                              "```\nb = 2\n```\n"));
        checkLinksHaveTargets(out.markdown);
    }

    void oddIds()
    {
        // Characters outside [A-Za-z0-9._:-] become "-", the same for the anchor and every link to it;
        // IDs that collide are made unique; percent-encoded fragments find their target.
        const QString out = md(QStringLiteral(
            "<p><a href=\"#Notes &amp; refs (2)\">n</a> <a href=\"#a-b\">ab</a> <a href=\"#a b\">a b</a> "
            "<a href=\"#caf%C3%A9\">café</a> <a href=\"#Notes &amp; refs (2)\">again</a></p>"
            "<p id=\"Notes &amp; refs (2)\">Notes</p><p id=\"a-b\">One</p><p id=\"a b\">Two</p><p id=\"café\">Three</p>"));
        QCOMPARE(out, QStringLiteral(
            "[n](#Notes---refs--2-) [ab](#a-b) [a b](#a-b-2) [café](#caf-) [again](#Notes---refs--2-)\n\n"
            "<a id=\"Notes---refs--2-\"></a>Notes\n\n<a id=\"a-b\"></a>One\n\n<a id=\"a-b-2\"></a>Two\n\n"
            "<a id=\"caf-\"></a>Three\n"));
        checkLinksHaveTargets(out);
        QString longId(300, QLatin1Char('x'));
        const QString longOut = md(QStringLiteral("<p><a href=\"#%1\">l</a></p><p id=\"%1\">t</p>").arg(longId));
        QVERIFY(longOut.contains(QStringLiteral("<a id=\"%1\"></a>t").arg(QString(128, QLatin1Char('x')))));
        checkLinksHaveTargets(longOut);
    }

    void headingEditControlsDropped()
    {
        // A wiki's "[edit]" beside every heading, MediaWiki's and any other edit action.
        const QString out = md(QStringLiteral(
            "<h2><span class=\"mw-headline\" id=\"History\">History</span><span class=\"mw-editsection\">"
            "<span class=\"mw-editsection-bracket\">[</span><a href=\"/w/index.php?title=Rust&amp;action=edit&amp;section=1\">"
            "edit</a><span class=\"mw-editsection-bracket\">]</span></span></h2><p>Text.</p>"
            "<h3>安装 <a href=\"https://wiki.example.org/docs/install/edit\">[编辑]</a></h3>"
            "<p>Edit the file with <a href=\"https://example.org/editor\">an editor</a>.</p>"));
        QCOMPARE(out, QStringLiteral("## History\n\nText.\n\n### 安装\n\nEdit the file with [an editor](https://example.org/editor).\n"));
    }

    void formulaImagesAreTheirTex()
    {
        // MediaWiki draws formulas as remote pictures whose alt text is the TeX: kept as code.
        const QString out = md(QStringLiteral(
            "<p>A matrix <span class=\"mwe-math-element\"><img class=\"mwe-math-fallback-image-inline\" "
            "src=\"https://wikimedia.org/api/rest_v1/media/math/render/svg/7daff47\" alt=\"{\\displaystyle A}\"></span> "
            "is Hermitian when <img src=\"https://wikimedia.org/m/2.svg\" alt=\"{\\displaystyle A=A^{\\ast }}\">.</p>"));
        QCOMPARE(out, QStringLiteral("A matrix `A` is Hermitian when `A=A^{\\ast }`.\n"));
    }

    void permalinkMarksDropped()
    {
        const QString out = md(QStringLiteral(
            "<h2 id=\"intro\">Intro<a class=\"headerlink\" href=\"#intro\">¶</a></h2>"
            "<h3 id=\"use\"><a class=\"anchor\" href=\"#use\" aria-hidden=\"true\"><svg></svg></a>Use</h3>"
            "<section id=\"setup\"><h3>Setup <a href=\"#setup\">#</a></h3><p>Steps.</p></section>"
            "<h4 id=\"self\"><a href=\"#self\">Self link</a></h4>"
            "<p>Back to <a href=\"#use\">use</a>.</p>"));
        QCOMPARE(out, QStringLiteral("## <a id=\"intro\"></a>Intro\n\n### <a id=\"use\"></a>Use\n\n"
                                     "### <a id=\"setup\"></a>Setup\n\nSteps.\n\n#### <a id=\"self\"></a>Self link\n\n"
                                     "Back to [use](#use).\n"));
        checkLinksHaveTargets(out);
    }

    void infoboxStaysATable()
    {
        const auto out = convert(QStringLiteral(
            "<table class=\"infobox\"><tr><th colspan=\"2\">Linux</th></tr>"
            "<tr><td colspan=\"2\"><img src=\"https://x.example/tux.png\" alt=\"Tux\"><div>Tux, the mascot</div></td>"
            "</tr>"
            "<tr><th>Written in</th><td>C, assembly</td></tr>"
            "<tr><th>Kernel type</th><td>Monolithic<br>(modular)</td></tr>"
            "<tr><th>License</th><td><div class=\"plainlist\"><ul><li>GPL-2.0</li><li>Other | mixed</li></ul></div>"
            "</td></tr>"
            "<tr><td colspan=\"2\"></td></tr>"
            "<tr><th>Latest release</th><td>6.1<sup>[1]</sup><table><tr><td>stable</td><td>LTS</td></tr></table></td>"
            "</tr>"
            "</table>"));
        QCOMPARE(out.markdown, QStringLiteral(
            "|  |  |\n| --- | --- |\n"
            "| Linux |  |\n"
            "| ![Tux](https://x.example/tux.png)<br>Tux, the mascot |  |\n"
            "| Written in | C, assembly |\n"
            "| Kernel type | Monolithic<br>(modular) |\n"
            "| License | GPL-2.0<br>Other \\| mixed |\n"
            "| Latest release | 6.1<sup>\\[1\\]</sup><br>stable<br>LTS |\n"));
        QCOMPARE(out.text, QStringLiteral("Linux\nTux, the mascot\nWritten in\tC, assembly\n"
                                          "Kernel type\tMonolithic (modular)\nLicense\tGPL-2.0 Other | mixed\n"
                                          "Latest release\t6.1[1] stable LTS"));
    }

    void dataTables()
    {
        // A header row in <thead>, or of <th> cells (an empty corner allowed); spans padded, not repeated.
        QCOMPARE(md(QStringLiteral("<table><thead><tr><td>Year</td><td>Sales</td></tr></thead>"
                                   "<tbody><tr><td>2023</td><td>5</td></tr></tbody></table>")),
                 QStringLiteral("| Year | Sales |\n| --- | --- |\n| 2023 | 5 |\n"));
        QCOMPARE(md(QStringLiteral("<table><tr><td></td><th>Q1</th><th>Q2</th></tr>"
                                   "<tr><th rowspan=\"2\">North</th><td colspan=\"2\">closed</td></tr>"
                                   "<tr><td>3</td><td>4</td></tr></table>")),
                 QStringLiteral("|  | Q1 | Q2 |\n| --- | --- | --- |\n| North | closed |  |\n|  | 3 | 4 |\n"));
        // Rows of plain cells: no header row.
        QCOMPARE(md(QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>")),
                 QStringLiteral("|  |  |\n| --- | --- |\n| a | b |\n| c | d |\n"));
        // A layout table (a column of page text) stays text.
        const QString prose = QStringLiteral("<p>%1</p>").arg(QStringLiteral("Words of the story. ").repeated(15));
        QCOMPARE(md(QStringLiteral("<table><tr><td>Menu</td><td>%1%1</td></tr></table>").arg(prose)).count(QLatin1Char('|')),
                 0);
    }

    void codeLanguage_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("fence");
        QTest::newRow("language- on code") << QStringLiteral("<pre><code class=\"language-rust\">fn x()</code></pre>")
                                           << QStringLiteral("```rust");
        QTest::newRow("highlighter wrapper")
            << QStringLiteral("<div class=\"highlight-python notranslate\"><div class=\"highlight\"><pre>x</pre></div></div>")
            << QStringLiteral("```python");
        QTest::newRow("github") << QStringLiteral("<div class=\"highlight highlight-source-js\"><pre>x</pre></div>")
                                << QStringLiteral("```js");
        QTest::newRow("rouge") << QStringLiteral("<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\">"
                                                 "<pre class=\"highlight\"><code>x</code></pre></div></div>")
                               << QStringLiteral("```ruby");
        QTest::newRow("pandoc") << QStringLiteral("<pre class=\"sourceCode haskell\"><code>x</code></pre>")
                                << QStringLiteral("```haskell");
        QTest::newRow("data-lang") << QStringLiteral("<pre data-lang=\"Go\">x</pre>") << QStringLiteral("```go");
        QTest::newRow("brush") << QStringLiteral("<pre class=\"brush: php; gutter: false\">x</pre>")
                               << QStringLiteral("```php");
        QTest::newRow("none") << QStringLiteral("<pre><code class=\"language-none\">x</code></pre>")
                              << QStringLiteral("```");
        QTest::newRow("wrapper with other content")
            << QStringLiteral("<div class=\"lang-en\"><p>Intro</p><pre>x</pre></div>") << QStringLiteral("```");
    }

    void codeLanguage()
    {
        QFETCH(QString, html);
        QFETCH(QString, fence);
        const QString out = md(html);
        QVERIFY2(out.contains(fence + QLatin1Char('\n')), qPrintable(out));
    }

    void figureCaptions()
    {
        const auto out = convert(QStringLiteral(
            "<figure><a href=\"https://x.example/big.jpg\"><img src=\"https://x.example/a.jpg\" alt=\"A crane\"></a>"
            "<figcaption>The \"Big\" crane at C:\\docs &amp; &amp;copy;-free</figcaption></figure>"
            "<div class=\"wp-caption\"><img src=\"https://x.example/b.jpg\" alt=\"\">"
            "<p class=\"wp-caption-text\">Quay at dawn</p></div>"
            "<div class=\"thumb\"><div class=\"thumbinner\"><a href=\"/File:c.png\"><img src=\"https://x.example/c.png\">"
            "</a>"
            "<div class=\"thumbcaption\"><div class=\"magnify\"><a href=\"/File:c.png\"></a></div>Map of the port</div>"
            "</div></div>"
            "<dl class=\"wp-caption\"><dt class=\"wp-caption-dt\"><img src=\"https://x.example/d.jpg\" alt=\"\"></dt>"
            "<dd class=\"wp-caption-dd\">EPA</dd><dd class=\"wp-caption-dd\">The minister</dd></dl>"));
        QCOMPARE(out.markdown, QStringLiteral(
            "![A crane](https://x.example/a.jpg \"The \\\"Big\\\" crane at C:\\\\docs & \\&copy;-free\")\n\n"
            "![](https://x.example/b.jpg \"Quay at dawn\")\n\n"
            "![](https://x.example/c.png \"Map of the port\")\n\n"
            "![](https://x.example/d.jpg \"EPA The minister\")\n"));
        // The captions are text a reader sees: they are in the plain text.
        QCOMPARE(out.text, QStringLiteral("The \"Big\" crane at C:\\docs & &copy;-free\n\nQuay at dawn\n\nMap of the port\n\n"
                                          "EPA The minister"));
        // A caption with a superscript keeps it, as a paragraph of its own; two pictures are no figure.
        QCOMPARE(md(QStringLiteral("<figure><img src=\"https://x.example/a.jpg\" alt=\"\"><figcaption>Area in km<sup>2</sup>"
                                   "</figcaption></figure>")),
                 QStringLiteral("![](https://x.example/a.jpg)\n\nArea in km<sup>2</sup>\n"));
        QCOMPARE(md(QStringLiteral("<figure><img src=\"https://x.example/a.jpg\" alt=\"\"><img src=\"https://x.example/b.jpg\" "
                                   "alt=\"\"><figcaption>Two</figcaption></figure>")),
                 QStringLiteral("![](https://x.example/a.jpg)![](https://x.example/b.jpg)\n\nTwo\n"));
    }

    void definitionLists()
    {
        const auto out = convert(QStringLiteral(
            "<dl><dt>Gantry</dt><dd>A frame on <em>legs</em>.</dd><dd>Also: a bridge.</dd>"
            "<dt>Boom</dt><dt>Jib</dt><dd><p>The arm.</p><p>It swings.</p></dd>"
            "<div><dt id=\"spreader\">1. Spreader</dt><dd>Grips the box.</dd></div></dl>"
            "<dl><dd>Indented line only.</dd></dl>"));
        QCOMPARE(out.markdown, QStringLiteral(
            "Gantry\n: A frame on *legs*.\n: Also: a bridge.\n\n"
            "Boom\nJib\n: The arm. It swings.\n\n"
            "1\\. Spreader\n: Grips the box.\n\n"
            "Indented line only.\n"));
        QCOMPARE(out.text.section(QLatin1String("\n\n"), 0, 0), QStringLiteral("Gantry\nA frame on legs.\nAlso: a bridge."));
        // A definition holding blocks a line cannot: the term and its definition as blocks.
        QCOMPARE(md(QStringLiteral("<dl><dt>Code</dt><dd><pre>x = 1</pre></dd></dl>")),
                 QStringLiteral("Code\n\n```\nx = 1\n```\n"));
    }

    void wholeExtractorKeepsStructure()
    {
        extract::ExtractInput input;
        input.html = QByteArray(kWikiPage);
        input.baseUrl = QStringLiteral("https://wiki.example/Harbour_crane");
        const ExtractedArticle a = extract::extractArticle(input);
        const QString &m = a.markdown;
        // The infobox is a table, not a run of single-line paragraphs.
        QVERIFY2(m.contains(QStringLiteral("| Lifting capacity | 40 t<br>65 t (tandem) |")), qPrintable(m));
        QVERIFY(m.contains(QStringLiteral("| Built by | Northyard<br>Kessel & Sons |")));
        // Every superscript and subscript of the body.
        QCOMPARE(m.count(QLatin1String("<sup>")), 6);
        QCOMPARE(m.count(QLatin1String("<sub>")), 2);
        QVERIFY(m.contains(QStringLiteral("5 m<sup>3</sup>")));
        // Citations link to their notes and the notes back, though the notes are mostly links.
        QVERIFY(m.contains(QStringLiteral("<a id=\"cite_ref-1\"></a><sup>[\\[1\\]](#cite_note-1)</sup>")));
        QVERIFY2(m.contains(QStringLiteral("1. <a id=\"cite_note-1\"></a>**[\\^](#cite_ref-1)** [Steam cranes")),
                 qPrintable(m.mid(m.indexOf(QLatin1String("## R")))));
        QVERIFY(m.contains(QStringLiteral("[<sup>**b**</sup>](#cite_ref-size_2-1)")));
        QVERIFY(m.contains(QStringLiteral("## <a id=\"Operation\"></a>Operation")));
        QVERIFY(m.contains(QStringLiteral("[the section above](#Operation)")));
        checkLinksHaveTargets(m);
        // Navigation stays out; the plain text reads as text.
        QVERIFY(!m.contains(QLatin1String("Random")) && !m.contains(QLatin1String("Trucks")));
        QVERIFY(a.text.contains(QStringLiteral("mostly CO2 and NOx, led ports")));
        QVERIFY(!a.text.contains(QLatin1Char('<')));
    }
};

QTEST_GUILESS_MAIN(TestStructure)
#include "tst_structure.moc"
