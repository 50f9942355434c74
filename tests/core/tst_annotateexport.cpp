// Highlights written into Markdown: marks around the text itself (across formatting, escapes, entities,
// links, code, paragraphs), the renderer drawing <mark>, and the Markdown export read back.
#include "annotate/anchor.h"
#include "annotate/exportdoc.h"
#include "annotate/marks.h"
#include "import/markdownclip.h"
#include "render/bodyhtml.h"

#include <QRegularExpression>
#include <QtTest>

using namespace offprint;
using namespace offprint::annotate;

namespace {

// The span of the first occurrence of `quote` in the Markdown's plain text.
MarkSpan spanOf(const QString &markdown, const QString &quote, const QString &after = {})
{
    const QList<TextRange> found = TextAnchorer(articleText(markdown)).occurrences(quote);
    return {found.value(0, TextRange{-1, -1}), after};
}

QString marked(const QString &markdown, const QStringList &quotes)
{
    QList<MarkSpan> spans;
    for (const QString &quote : quotes)
        spans << spanOf(markdown, quote);
    return markMarkdown(markdown, spans, equalsMarks());
}

// The texts between == marks, in order.
QStringList markedTexts(const QString &markdown)
{
    static const QRegularExpression mark(QStringLiteral("==(.+?)=="));
    QStringList out;
    for (auto it = mark.globalMatch(markdown); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

Highlight highlightAt(const QString &markdown, HighlightId id, const QString &quote, const QString &note = {})
{
    const QString text = articleText(markdown);
    const Selector s = selectorFor(text, TextAnchorer(text).occurrences(quote).value(0));
    Highlight h;
    h.id = id;
    h.articleId = 7;
    h.quote = s.quote;
    h.prefix = s.prefix;
    h.suffix = s.suffix;
    h.position = s.position;
    h.note = note;
    return h;
}

} // namespace

class TestAnnotateExport final : public QObject
{
    Q_OBJECT

private slots:
    void marksPlainText();
    void marksAcrossFormattingAndParagraphs();
    void marksKeepEscapesAndEntitiesWhole();
    void marksSkipCodeAndFollowLinks();
    void marksCjkAndQuoteContinuationLines();
    void rendererDrawsHtmlMarks();
    void everyWindowMarksWithoutChangingTheText();
    void exportRoundTrip();
    void exportWithoutHighlightsIsTheArticle();
};

void TestAnnotateExport::marksPlainText()
{
    const QString md = QStringLiteral("One two three four.\n");
    QCOMPARE(marked(md, {QStringLiteral("two three")}), QStringLiteral("One ==two three== four.\n"));
    // Overlapping highlights are one mark; nothing to mark leaves the Markdown as it was.
    QCOMPARE(marked(md, {QStringLiteral("two three"), QStringLiteral("three four")}),
             QStringLiteral("One ==two three four==.\n"));
    QCOMPARE(markMarkdown(md, {}, equalsMarks()), md);
}

void TestAnnotateExport::marksAcrossFormattingAndParagraphs()
{
    const QString md = QStringLiteral("The *quick* brown fox.\n\nNext **para** here.\n");
    const QString out = marked(md, {QStringLiteral("quick brown fox. Next para")});
    QCOMPARE(out, QStringLiteral("The *==quick==* ==brown fox.==\n\n==Next== **==para==** here.\n"));
    // Whitespace stays outside the marks, and the marks hold the quote.
    QCOMPARE(markedTexts(out).join(u' '), QStringLiteral("quick brown fox. Next para"));
}

void TestAnnotateExport::marksKeepEscapesAndEntitiesWhole()
{
    const QString md = QStringLiteral("Say \\*stars\\* and Tom &amp; Jerry &#x263A; end.\n");
    QCOMPARE(articleText(md), QStringLiteral("Say *stars* and Tom & Jerry \u263A end."));
    QCOMPARE(marked(md, {QStringLiteral("*stars*")}), QStringLiteral("Say ==\\*stars\\*== and Tom &amp; Jerry &#x263A; end.\n"));
    QCOMPARE(marked(md, {QStringLiteral("& Jerry \u263A")}), QStringLiteral("Say \\*stars\\* and Tom ==&amp; Jerry &#x263A;== end.\n"));
}

void TestAnnotateExport::marksSkipCodeAndFollowLinks()
{
    const QString md = QStringLiteral("Use `grep -r` to [search the tree](https://example.com/a_b) fast.\n");
    QCOMPARE(marked(md, {QStringLiteral("Use grep -r to")}),
             QStringLiteral("==Use== `grep -r` ==to== [search the tree](https://example.com/a_b) fast.\n"));
    // Text after a span that ends inside link text goes after the link.
    const QList<MarkSpan> spans{spanOf(md, QStringLiteral("search the"), QStringLiteral("[^n1]"))};
    QCOMPARE(markMarkdown(md, spans, equalsMarks()),
             QStringLiteral("Use `grep -r` to [==search the== tree](https://example.com/a_b)[^n1] fast.\n"));
    const QString block = QStringLiteral("Before.\n\n```\ncode here\n```\n\nAfter.\n");
    QCOMPARE(marked(block, {QStringLiteral("Before. code here After")}),
             QStringLiteral("==Before.==\n\n```\ncode here\n```\n\n==After==.\n"));
}

void TestAnnotateExport::marksCjkAndQuoteContinuationLines()
{
    const QString md = QStringLiteral("> 第二段讲的是**国产芯片**的新进展，\n> 速度很快。\n\n- item one\n  continued here\n");
    QCOMPARE(marked(md, {QStringLiteral("国产芯片的新进展，速度")}),
             QStringLiteral("> 第二段讲的是**==国产芯片==**==的新进展，==\n> ==速度==很快。\n\n- item one\n  continued here\n"));
    QCOMPARE(marked(md, {QStringLiteral("one continued")}),
             QStringLiteral("> 第二段讲的是**国产芯片**的新进展，\n> 速度很快。\n\n- item ==one==\n  ==continued== here\n"));
}

void TestAnnotateExport::rendererDrawsHtmlMarks()
{
    const QString md = QStringLiteral("The *quick* brown fox.\n\nNext para.\n");
    const QString html = render::bodyHtml(markMarkdown(md, {spanOf(md, QStringLiteral("quick brown fox. Next"))}, htmlMarks()));
    QVERIFY2(html.contains(QStringLiteral("<em><mark>quick</mark></em> <mark>brown fox.</mark>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<p><mark>Next</mark> para.</p>")), qPrintable(html));
}

void TestAnnotateExport::everyWindowMarksWithoutChangingTheText()
{
    // Every construct of the stored dialect; every window of its text marked: the Markdown without the
    // marks is the original byte for byte, every marked piece is text of the window, and the renderer's
    // HTML keeps its text and balances its marks.
    const QString md = QStringLiteral(
        "# A *heading* with `code`\n\n"
        "Text with **strong _nested_ emphasis**, ~~struck~~ words, H<sub>2</sub>O and 6.1<sup>1</sup>,\n"
        "a soft break, an escaped \\[bracket\\] and Tom &amp; Jerry &copy; 2024.\n\n"
        "> A quote line\n> continued *here*\n>\n> - a list in it\n\n"
        "1. First item with [a link](https://example.com/a \"title\")\n2. Second item<br>broken\n\n"
        "| Name | 说明 |\n| --- | --- |\n| Alpha | 国产芯片 |\n| Beta | 速度很快 |\n\n"
        "Term\n: its definition\n\n"
        "```cpp\nint main() { return 0; }\n```\n\n"
        "A footnote reference[^1] and an autolink https://example.org/x.\n\n"
        "[^1]: The footnote text.\n");
    const QString text = articleText(md);
    const QString plainHtml = render::bodyHtml(md).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    int marked = 0;
    for (qsizetype start = 0; start < text.size(); start += 7) {
        for (const qsizetype length : {1, 9, 40}) {
            const TextRange range{start, std::min(text.size(), start + length)};
            const QString out = markMarkdown(md, {MarkSpan{range, QStringLiteral("[^x]")}}, equalsMarks());
            QString stripped = out;
            stripped.remove(QStringLiteral("==")).remove(QStringLiteral("[^x]"));
            QCOMPARE(stripped, md);
            const QString window = normalizedForm(text.mid(range.start, range.end - range.start));
            for (const QString &piece : markedTexts(out)) {
                const QString pieceText = articleText(piece); // escapes and entities read as text
                QVERIFY2(window.contains(normalizedForm(pieceText.isEmpty() ? piece : pieceText)),
                         qPrintable(piece + QStringLiteral(" | ") + window));
                ++marked;
            }
            const QString html = render::bodyHtml(markMarkdown(md, {MarkSpan{range, {}}}, htmlMarks()));
            QCOMPARE(html.count(QStringLiteral("<mark>")), html.count(QStringLiteral("</mark>")));
            QCOMPARE(QString(html).remove(QRegularExpression(QStringLiteral("<[^>]*>"))), plainHtml);
        }
    }
    QVERIFY(marked > 100);
}

void TestAnnotateExport::exportRoundTrip()
{
    Article article;
    article.id = 7;
    article.meta.title = QStringLiteral("Field \"notes\": a *test*");
    article.meta.url = QStringLiteral("https://example.com/notes?id=1");
    article.meta.author = QStringLiteral("Jane Doe");
    article.meta.siteName = QStringLiteral("Example News");
    article.meta.published = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
    article.saved = QDateTime(QDate(2024, 5, 2), QTime(8, 30), Qt::UTC);
    article.tags = {QStringLiteral("gpu"), QStringLiteral("machine learning")};
    const QString md = QStringLiteral("The *quick* brown fox jumps.\n\nIt has a [link](https://x.org) and more text.\n\n"
                                      "Closing words here.\n");
    article.markdown = md;
    Highlight withNote = highlightAt(md, 3, QStringLiteral("quick brown fox jumps. It has"),
                                     QStringLiteral("Why it *matters*.\n\nSecond line."));
    withNote.color = QStringLiteral("green");
    const Highlight plain = highlightAt(md, 4, QStringLiteral("Closing words"));
    Highlight orphan;
    orphan.id = 5;
    orphan.articleId = 7;
    orphan.quote = QStringLiteral("A sentence that was deleted.");
    orphan.note = QStringLiteral("kept anyway");

    const QString out = exportMarkdown(article, md, {orphan, plain, withNote}, QStringLiteral("My note on it."));
    QVERIFY2(out.startsWith(QStringLiteral("---\ntitle: \"Field \\\"notes\\\": a *test*\"\n")), qPrintable(out));

    // The front matter reads back as a Markdown clip.
    const import::MarkdownClip clip = import::parseMarkdownClip(out);
    QCOMPARE(clip.title, article.meta.title);
    QCOMPARE(clip.url, article.meta.url);
    QCOMPARE(clip.author, article.meta.author);
    QCOMPARE(clip.siteName, article.meta.siteName);
    QCOMPARE(clip.published, article.meta.published);
    QCOMPARE(clip.created, article.saved);
    QCOMPARE(clip.tags, article.tags);

    // The body: the marks hold the quotes, a footnote follows the highlight with a note, and without
    // the marks and the reference it is the article's Markdown.
    const QString body = clip.body.section(QStringLiteral("\n## Note\n"), 0, 0);
    QVERIFY(body.startsWith(QStringLiteral("\n# Field \"notes\": a \\*test\\*\n\n")));
    const QString articleBody = body.section(QStringLiteral("\\*test\\*\n\n"), 1);
    QCOMPARE(markedTexts(articleBody), (QStringList{QStringLiteral("quick"), QStringLiteral("brown fox jumps."),
                                                    QStringLiteral("It has"), QStringLiteral("Closing words")}));
    QVERIFY(articleBody.contains(QStringLiteral("==It has==[^hl-3] a [link]")));
    QString unmarked = articleBody;
    unmarked.remove(QStringLiteral("==")).remove(QStringLiteral("[^hl-3]"));
    QCOMPARE(unmarked.trimmed(), md.trimmed());
    QCOMPARE(articleText(unmarked), articleText(md));

    // The note, then every highlight in text order, the orphan last and marked so, then the footnote.
    QVERIFY(out.contains(QStringLiteral("\n## Note\n\nMy note on it.\n")));
    const QString highlights = out.section(QStringLiteral("\n## Highlights\n"), 1);
    QVERIFY2(highlights.startsWith(QStringLiteral("\n> quick brown fox jumps.\n>\n> It has\n\nWhy it *matters*.\n\nSecond line.\n"
                                                  "\n> Closing words\n"
                                                  "\n> A sentence that was deleted.\n\n*Orphaned: this passage is no longer in the article.*\n\nkept anyway\n")),
             qPrintable(highlights));
    QVERIFY(out.endsWith(QStringLiteral("\n[^hl-3]: Why it *matters*.\n\n    Second line.\n")));
}

void TestAnnotateExport::exportWithoutHighlightsIsTheArticle()
{
    Article article;
    article.meta.title = QStringLiteral("Plain");
    const QString md = QStringLiteral("Just *text*.\n");
    const QString out = exportMarkdown(article, md, {}, QString());
    QCOMPARE(out, QStringLiteral("---\ntitle: \"Plain\"\nurl: \"\"\nauthor: \"\"\nsite: \"\"\ntags: []\n---\n\n# Plain\n\nJust *text*.\n"));
}

QTEST_GUILESS_MAIN(TestAnnotateExport)
#include "tst_annotateexport.moc"
