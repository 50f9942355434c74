// Extraction never crashes, stays fast on hostile pages, and says when it is unsure.
#include "extract/extractor.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace offprint;

namespace {

ExtractedArticle run(const QByteArray &html)
{
    extract::ExtractInput input;
    input.html = html;
    input.baseUrl = QStringLiteral("https://example.org/p.html");
    return extract::extractArticle(input);
}

} // namespace

class TestExtractRobustness final : public QObject
{
    Q_OBJECT

private slots:
    void emptyAndGarbage()
    {
        const ExtractedArticle empty = run(QByteArray());
        QVERIFY(empty.text.isEmpty());
        QCOMPARE(empty.confidence, 0.0);
        QVERIFY(!empty.warnings.isEmpty());

        QByteArray noise(200000, '\0');
        QRandomGenerator rng(42);
        for (char &c : noise)
            c = char(rng.bounded(256));
        const ExtractedArticle garbage = run(noise);
        QVERIFY(garbage.confidence < 0.5);

        const ExtractedArticle scripts = run(QByteArrayLiteral("<script>document.write('x')</script><style>p{}</style>"));
        QVERIFY(scripts.text.isEmpty());
    }

    void navigationOnlyPageIsUnsure()
    {
        QByteArray html = "<html><body><ul>";
        for (int i = 0; i < 40; ++i)
            html += "<li><a href=\"/p" + QByteArray::number(i) + "\">Link number " + QByteArray::number(i) + "</a></li>";
        html += "</ul></body></html>";
        const ExtractedArticle a = run(html);
        QVERIFY2(a.confidence < 0.5, qPrintable(QString::number(a.confidence)));
    }

    void fallbackKeepsMainText()
    {
        // Short text without paragraphs: nothing scores, the page text comes back with low confidence.
        const ExtractedArticle a = run(QByteArrayLiteral("<html><body><span>短短一句话。</span></body></html>"));
        QCOMPARE(a.text, QStringLiteral("短短一句话。"));
        QVERIFY(a.confidence <= 0.3);
    }

    void hostilePagesAreBounded()
    {
        QByteArray deep;
        for (int i = 0; i < 50000; ++i)
            deep += "<div><span>";
        deep += "<p>Deep text that is long enough to count as a paragraph of the article, really.</p>";
        QElapsedTimer timer;
        timer.start();
        // Nesting beyond limits::kMaxParseNesting is flattened before parsing: bounded time, text kept.
        const ExtractedArticle a = run(deep);
        QVERIFY(a.text.contains(QLatin1String("Deep text"))); // flattened, not lost
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

        QByteArray deepButFine;
        for (int i = 0; i < 1500; ++i)
            deepButFine += "<div><span>";
        deepButFine += "<p>Deep text that is long enough to count as a paragraph of the article, really.</p>";
        QVERIFY(run(deepButFine).text.contains(QLatin1String("Deep text")));

        // 15,000 paragraphs (840,000 characters) stay whole under limits::kMaxArticleChars.
        QByteArray wide = "<div>";
        for (int i = 0; i < 15000; ++i)
            wide += "<p>Paragraph " + QByteArray::number(i) + ", with a comma, and some words to score.</p>";
        wide += "</div>";
        const ExtractedArticle b = run(wide);
        QVERIFY(b.text.contains(QLatin1String("Paragraph 14999")));

        QByteArray tables;
        for (int i = 0; i < 3000; ++i)
            tables += "<table><tr><td>";
        tables += "cell";
        QVERIFY(!run(tables).text.isEmpty());

        QByteArray attrs = "<p";
        for (int i = 0; i < 5000; ++i)
            attrs += " a" + QByteArray::number(i) + "=\"x\"";
        attrs += ">text</p>";
        run(attrs);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestExtractRobustness)
#include "tst_extract_robustness.moc"
