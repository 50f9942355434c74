// HTML → GFM writer: structure, escaping, links and images, bounded depth.
#include "html/document.h"
#include "markdown/htmltomarkdown.h"
#include "markdown/plaintext.h"

#include <QRegularExpression>
#include <QTest>

using namespace offprint;

namespace {

markdown::MarkdownOutput convert(const QString &bodyHtml, markdown::HtmlToMarkdownOptions options = {})
{
    const auto doc = html::Document::parse(
        (QStringLiteral("<html><body>") + bodyHtml + QStringLiteral("</body></html>")).toUtf8());
    return markdown::htmlToMarkdown({doc->body()}, options);
}

QString md(const QString &bodyHtml, const QString &base = {})
{
    markdown::HtmlToMarkdownOptions options;
    options.baseUrl = base;
    return convert(bodyHtml, options).markdown;
}

} // namespace

class TestMarkdownWriter final : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("headings and paragraphs")
            << QStringLiteral("<h2>Title</h2><p>One\n  two</p><p>三</p>")
            << QStringLiteral("## Title\n\nOne two\n\n三\n");
        QTest::newRow("emphasis") << QStringLiteral("<p><em>a</em> <strong>b</strong> <del>c</del> <b> d </b>e</p>")
                                  << QStringLiteral("*a* **b** ~~c~~ **d** e\n");
        QTest::newRow("nested list")
            << QStringLiteral("<ul><li>a<ul><li>b</li></ul></li><li><p>c</p></li></ul>")
            << QStringLiteral("- a\n  - b\n- c\n");
        QTest::newRow("ordered start") << QStringLiteral("<ol start=\"3\"><li>x</li><li>y</li></ol>")
                                       << QStringLiteral("3. x\n4. y\n");
        QTest::newRow("blockquote") << QStringLiteral("<blockquote><p>a</p><p>b</p></blockquote>")
                                    << QStringLiteral("> a\n>\n> b\n");
        QTest::newRow("line break") << QStringLiteral("<p>a<br>b</p>") << QStringLiteral("a\\\nb\n");
        QTest::newRow("double break splits paragraphs") << QStringLiteral("<div>a<br><br>b</div>")
                                                        << QStringLiteral("a\n\nb\n");
        QTest::newRow("inline code with backtick") << QStringLiteral("<p><code>a`b</code></p>")
                                                   << QStringLiteral("``a`b``\n");
        QTest::newRow("code language class") << QStringLiteral("<pre><code class=\"language-cpp\">int x;\n</code></pre>")
                                             << QStringLiteral("```cpp\nint x;\n```\n");
        QTest::newRow("code lang- and fence") << QStringLiteral("<pre class=\"lang-md\">```\nx\n```</pre>")
                                              << QStringLiteral("````md\n```\nx\n```\n````\n");
        QTest::newRow("highlight- class") << QStringLiteral("<div class=\"highlight-python\"><pre>print(1)</pre></div>")
                                          << QStringLiteral("```python\nprint(1)\n```\n");
        QTest::newRow("code keeps br and spans") << QStringLiteral("<pre><span>a</span><br><span>  b</span></pre>")
                                                 << QStringLiteral("```\na\n  b\n```\n");
        QTest::newRow("table") << QStringLiteral("<table><tr><th>A</th><th>B|C</th></tr><tr><td>1</td><td>2</td></tr></table>")
                               << QStringLiteral("| A | B\\|C |\n| --- | --- |\n| 1 | 2 |\n");
        QTest::newRow("layout table falls back to text")
            << QStringLiteral("<table><tr><td><blockquote>A</blockquote></td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table>")
            << QStringLiteral("> A\n\nB\n\nC\n\nD\n");
        QTest::newRow("figure") << QStringLiteral("<figure><img src=\"https://x.org/a.png\" alt=\"A\"><figcaption>Cap</figcaption></figure>")
                                << QStringLiteral("![A](https://x.org/a.png \"Cap\")\n");
        QTest::newRow("hr") << QStringLiteral("<p>a</p><hr><p>b</p>") << QStringLiteral("a\n\n---\n\nb\n");
        QTest::newRow("scripts and styles vanish") << QStringLiteral("<p>a<script>x()</script><style>p{}</style></p>")
                                                   << QStringLiteral("a\n");
    }

    void blocks()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        QCOMPARE(md(html), markdown);
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("emphasis chars") << QStringLiteral("<p>*a* _b_ `c` ~d~</p>") << QStringLiteral("\\*a\\* \\_b\\_ \\`c\\` \\~d\\~\n");
        QTest::newRow("brackets and html") << QStringLiteral("<p>[x](y) &lt;b&gt;</p>") << QStringLiteral("\\[x\\](y) \\<b>\n");
        QTest::newRow("line start markers") << QStringLiteral("<p># a</p><p>- b</p><p>+ c</p><p>&gt; d</p><p>12. e</p>")
                                            << QStringLiteral("\\# a\n\n\\- b\n\n\\+ c\n\n\\> d\n\n12\\. e\n");
        QTest::newRow("entity look-alike") << QStringLiteral("<p>AT&amp;T &amp;amp;</p>") << QStringLiteral("AT&T \\&amp;\n");
    }

    void escaping()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        const QString out = md(html);
        QCOMPARE(out, markdown);
        // Rendering the escaped Markdown shows the original text again.
        const auto doc = html::Document::parse((QStringLiteral("<body>") + html + QStringLiteral("</body>")).toUtf8());
        const auto squeeze = [](QString t) { return t.remove(QRegularExpression(QStringLiteral("\\s+"))); };
        QCOMPARE(squeeze(markdown::toPlainText(out)), squeeze(doc->body().textContent()));
    }

    void links()
    {
        const QString base = QStringLiteral("https://news.example.com/a/b.html");
        QCOMPARE(md(QStringLiteral("<p><a href=\"../c.html\">C</a></p>"), base),
                 QStringLiteral("[C](https://news.example.com/c.html)\n"));
        QCOMPARE(md(QStringLiteral("<p><a href=\"javascript:void(0)\">J</a> <a href=\"data:text/html,x\">D</a></p>"), base),
                 QStringLiteral("J D\n"));
        // Into the page: a link only when its target is written too.
        QCOMPARE(md(QStringLiteral("<p><a href=\"#note\">n</a></p>"), base), QStringLiteral("n\n"));
        QCOMPARE(md(QStringLiteral("<p><a href=\"#note\">n</a></p><p id=\"note\">x</p>"), base),
                 QStringLiteral("[n](#note)\n\n<a id=\"note\"></a>x\n"));
        QCOMPARE(md(QStringLiteral("<p><a href=\"/x (1).html\">p</a></p>"), base),
                 QStringLiteral("[p](https://news.example.com/x%20%281%29.html)\n"));
        QCOMPARE(md(QStringLiteral("<p><a href=\"/x\"><img src=\"/i.png\" alt=\"i\"></a></p>"), base),
                 QStringLiteral("[![i](https://news.example.com/i.png)](https://news.example.com/x)\n"));
        QCOMPARE(md(QStringLiteral("<p><a href=\"/x\"> </a>after</p>"), base), QStringLiteral("after\n"));
    }

    void images()
    {
        markdown::HtmlToMarkdownOptions options;
        options.baseUrl = QStringLiteral("https://site.example/post/1");
        QStringList asked;
        options.resolveImage = [&asked](const QString &src) {
            asked << src.left(30);
            return src.endsWith(QLatin1String("saved.jpg")) ? QStringLiteral("blob/1.jpg") : QString();
        };
        const auto out = convert(QStringLiteral(
            "<p><img src=\"saved.jpg\" alt=\"s\"><img data-src=\"/photo.jpg\" src=\"/pixel.gif\">"
            "<img src=\"/spacer.gif\" width=\"1\" height=\"1\"><img src=\"data:image/gif;base64,R0lGOD\">"
            "<img srcset=\"/a-300.jpg 300w, /a-900.jpg 900w\"></p>"), options);
        QCOMPARE(out.markdown, QStringLiteral("![s](blob/1.jpg)![](https://site.example/photo.jpg)"
                                              "![](https://site.example/a-900.jpg)\n"));
        QCOMPARE(out.images.size(), 3);
        QVERIFY(!asked.contains(QStringLiteral("https://site.example/spacer.gif")));
    }

    void textMatchesMarkdown()
    {
        const auto out = convert(QStringLiteral(
            "<h1>标题</h1><p>第一段，<a href=\"https://a.example\">链接</a>。</p><ul><li>甲</li><li>乙</li></ul>"
            "<pre>code\n  block</pre><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"));
        QCOMPARE(out.text, QStringLiteral("标题\n\n第一段，链接。\n\n甲\n乙\n\ncode\n  block\n\na\tb\n1\t2"));
        QCOMPARE(out.text, markdown::toPlainText(out.markdown));
    }

    void skipPredicate()
    {
        const auto doc = html::Document::parse(QByteArrayLiteral(
            "<body><p>keep</p><div class=\"ad\"><p>drop</p></div><p>also</p></body>"));
        markdown::HtmlToMarkdownOptions options;
        options.skip = [](html::Node n) { return n.attribute("class") == QLatin1String("ad"); };
        QCOMPARE(markdown::htmlToMarkdown({doc->body()}, options).markdown, QStringLiteral("keep\n\nalso\n"));
    }

    void deepNestingIsBounded()
    {
        QString html;
        for (int i = 0; i < 1500; ++i) // 3000 levels: deeper than kMaxTreeDepth, below the parser's cut
            html += QStringLiteral("<div><span>");
        html += QStringLiteral("deep text");
        const auto out = convert(html);
        QVERIFY(out.markdown.contains(QLatin1String("deep text")));
        QString lists;
        for (int i = 0; i < 2000; ++i)
            lists += QStringLiteral("<ul><li>x");
        QVERIFY(!convert(lists).markdown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkdownWriter)
#include "tst_markdown_writer.moc"
