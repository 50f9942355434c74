// cmark-gfm rendering: GFM extensions on, the page's raw HTML never passes through.
#include "markdown/plaintext.h"
#include "render/bodyhtml.h"

#include <QTest>

using namespace offprint;

class TestMarkdownRender final : public QObject
{
    Q_OBJECT

private slots:
    void tables()
    {
        const QString html = render::bodyHtml(QStringLiteral("| Area | Share |\n| --- | ---: |\n| 嵌入式 | 18% |\n"));
        QVERIFY2(html.contains(QLatin1String("<table>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<th>Area</th>")));
        QVERIFY(html.contains(QStringLiteral("<td>嵌入式</td>")));
        QVERIFY(html.contains(QLatin1String("align=\"right\"")));
    }

    void strikethroughAutolinkTasklist()
    {
        const QString html = render::bodyHtml(
            QStringLiteral("~~old~~ see www.example.com\n\n- [x] done\n- [ ] todo\n"));
        QVERIFY2(html.contains(QLatin1String("<del>old</del>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<a href=\"http://www.example.com\">www.example.com</a>")));
        QVERIFY(html.contains(QStringLiteral("☑ done")));
        QVERIFY(html.contains(QStringLiteral("☐ todo")));
    }

    void rawHtmlIsNeverPassedThrough()
    {
        const QString html = render::bodyHtml(QStringLiteral(
            "Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n<iframe src=\"https://evil\"></iframe>\n\n"
            "[click](javascript:alert(3))\n"));
        QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
        QVERIFY(!html.contains(QLatin1String("<img src=x")));
        QVERIFY(!html.contains(QLatin1String("<iframe")));
        QVERIFY(!html.contains(QLatin1String("javascript:")));
        QVERIFY(html.contains(QLatin1String("Hello")));
    }

    void codeBlockKeepsLanguage()
    {
        const QString html = render::bodyHtml(QStringLiteral("```rust\nfn main() {}\n```\n"));
        QVERIFY2(html.contains(QLatin1String("<code class=\"language-rust\">fn main() {}")), qPrintable(html));
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << QStringLiteral("One *two*.\n\nThree **four**.\n") << QStringLiteral("One two.\n\nThree four.");
        QTest::newRow("heading and link") << QStringLiteral("# 标题\n\n见[这里](https://a.example/x)。\n")
                                          << QStringLiteral("标题\n\n见这里。");
        QTest::newRow("list") << QStringLiteral("- a\n- b\n  - c\n") << QStringLiteral("a\nb\nc");
        QTest::newRow("code") << QStringLiteral("```\nx = 1\ny = 2\n```\n") << QStringLiteral("x = 1\ny = 2");
        QTest::newRow("image has no text") << QStringLiteral("![alt text](a.png)\n\nAfter.\n") << QStringLiteral("After.");
        QTest::newRow("raw html dropped") << QStringLiteral("a <b>bold</b> c\n") << QStringLiteral("a bold c");
        QTest::newRow("caption") << QStringLiteral("![a wafer](blobs/a.png \"Figure 1: a wafer\")\n\nAfter.\n")
                                 << QStringLiteral("Figure 1: a wafer\n\nAfter.");
        QTest::newRow("inline image title") << QStringLiteral("See ![x](blobs/a.png \"t\") here.\n") << QStringLiteral("See  here.");
        QTest::newRow("definition list") << QStringLiteral("Term\n: one *def*\n: two\n") << QStringLiteral("Term\none def\ntwo");
        QTest::newRow("html block as text") << QStringLiteral("<div><b>Note:</b> x<script>y</script></div>\n\nz\n")
                                            << QStringLiteral("Note: x\n\nz");
        QTest::newRow("escapes") << QStringLiteral("\\*not\\* 1\\. \\# x\n") << QStringLiteral("*not* 1. # x");
        QTest::newRow("table") << QStringLiteral("| a | b |\n| --- | --- |\n| 1 | 2 |\n") << QStringLiteral("a\tb\n1\t2");
        QTest::newRow("hard break") << QStringLiteral("line one\\\nline two\n") << QStringLiteral("line one\nline two");
    }

    void plainText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(markdown::toPlainText(markdown), text);
    }

    void emptyAndHostileInput()
    {
        QCOMPARE(render::bodyHtml(QString()), QString());
        QCOMPARE(markdown::toPlainText(QString()), QString());
        // Deep nesting must not crash either renderer.
        const QString deep = QString(5000, QLatin1Char('>')) + QStringLiteral(" x\n");
        QVERIFY(render::bodyHtml(deep).contains(QLatin1String("x")));
        QVERIFY(markdown::toPlainText(deep).size() < 10);
        const QString brackets = QString(20000, QLatin1Char('[')) + QString(20000, QLatin1Char(']'));
        QVERIFY(!render::bodyHtml(brackets).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRender)
#include "tst_markdown_render.moc"
