// The gumbo wrapper: ownership, navigation, attributes, text, hostile input.
#include "common/limits.h"
#include "html/document.h"
#include "html/nesting.h"
#include "html/imagesource.h"

#include <QElapsedTimer>
#include <QTest>

using namespace offprint;
using html::Tag;

class TestHtmlDocument final : public QObject
{
    Q_OBJECT

private slots:
    void structureAndAttributes()
    {
        auto doc = html::Document::parse(QByteArrayLiteral(
            "<!doctype html><html lang=en><head><title>T</title></head><body>"
            "<div ID=\"Main\" class=\"Post Body\"><p>Hello <b>world</b><script>var x;</script></p>"
            "<picture><source srcset=\"a.webp\"><img alt=\"x\"></picture><my-widget>w</my-widget></div></body></html>"));
        QCOMPARE(doc->root().tag(), Tag::Html);
        QCOMPARE(doc->root().attribute("lang"), QStringLiteral("en"));
        QCOMPARE(doc->head().tag(), Tag::Head);
        const html::Node div = doc->body().child(0);
        QCOMPARE(div.tag(), Tag::Div);
        QCOMPARE(div.tagName(), QStringLiteral("div"));
        QCOMPARE(div.attribute("id"), QStringLiteral("Main"));
        QCOMPARE(div.classAndId(), QStringLiteral("post body main"));
        QVERIFY(div.hasAttribute("ID")); // case-insensitive lookup
        QVERIFY(!div.hasAttribute("style"));
        QCOMPARE(div.textContent(), QStringLiteral("Hello worldw"));
        const html::Node p = div.child(0);
        QCOMPARE(p.parent(), div);
        QCOMPARE(p.nextElementSibling().tag(), Tag::Picture); // gumbo 0.10 does not know <picture> itself
        QCOMPARE(p.nextElementSibling().nextElementSibling().tagName(), QStringLiteral("my-widget"));
        QCOMPARE(p.child(0).text(), QStringLiteral("Hello "));
        QVERIFY(p.child(0).isText());
        QVERIFY(p.child(99).isNull());
        QVERIFY(html::Node().parent().isNull());
        QCOMPARE(html::Node().childCount(), 0);
    }

    void invalidUtf8AndEmpty()
    {
        static const char kBroken[] = "<p>\xff\xfe bad \xc3</p>";
        auto doc = html::Document::parse(QByteArray(kBroken, sizeof kBroken - 1));
        QVERIFY(doc->body().textContent().contains(QStringLiteral("bad")));
        auto empty = html::Document::parse(QByteArray());
        QVERIFY(empty->body().isElement()); // the parser always builds html/head/body
        QCOMPARE(empty->body().childCount(), 0);
        auto binary = html::Document::parse(QByteArray(4096, '\0'));
        QVERIFY(!binary->root().isNull());
    }

    void deepNestingDoesNotCrash()
    {
        QByteArray deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<div>";
        deep += "bottom";
        QElapsedTimer timer;
        timer.start();
        // Absurd nesting is flattened before gumbo (which is quadratic in depth); the text stays.
        auto doc = html::Document::parse(deep);
        QVERIFY(!doc->truncated());
        QVERIFY(doc->body().textContent().contains(QStringLiteral("bottom")));
        doc.reset(); // freeing must not recurse either
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

        // Unclosed <p>/<li>/<font> are ordinary sloppy HTML and parse as written.
        QByteArray plausible;
        for (int i = 0; i < 2000; ++i)
            plausible += "<p>a<li>b<font>";
        plausible += "bottom";
        auto ok = html::Document::parse(plausible);
        QVERIFY(!ok->truncated());
        QVERIFY(ok->body().textContent().contains(QStringLiteral("bottom")));
        const QByteArray scripted = QByteArrayLiteral("<div><script>'<div><div>'</script></div>");
        QCOMPARE(html::limitNesting(scripted, 1), scripted); // markup inside a script is not nesting
    }

    void foreignContentDoesNotSwallowThePage()
    {
        // 16,000 unclosed <svg>, each followed by an HTML block: the parser closes the svg at the <div>,
        // so the nesting pass must too, or it drops the <div>s past its depth and the text stays inside
        // an svg (which nothing shows).
        QByteArray icons;
        for (int i = 0; i < 16000; ++i)
            icons += "<svg><path d=\"M0 0\"/><div>caption " + QByteArray::number(i) + "</div>";
        const QByteArray limited = html::limitNesting(icons, limits::kMaxParseNesting);
        QCOMPARE(limited.count("<div>"), 16000);
        auto doc = html::Document::parse(icons);
        const html::Node last = doc->body().child(doc->body().childCount() - 1);
        QCOMPARE(last.tag(), html::Tag::Div);
        QCOMPARE(last.textContent(), QStringLiteral("caption 15999"));

        // Outside svg, "/>" does not close an element: <x/> nests in the parser, so it is counted.
        const QByteArray selfClosing = QByteArray("<x/>").repeated(2000) + "bottom";
        QCOMPARE(html::limitNesting(selfClosing, 100).count("<x/>"), 100);
        QCOMPARE(html::limitNesting(QByteArray("<svg/>").repeated(2000), 100).count("<svg/>"), 2000);
    }

    void imageSources()
    {
        auto doc = html::Document::parse(QByteArrayLiteral(
            "<img id=a src=\"/pixel.gif\" data-original=\"/real.jpg\">"
            "<img id=b src=\"/x.jpg\" srcset=\"/x-1.jpg 1x, /x-3.jpg 3x, /x-2.jpg 2x\">"
            "<img id=c src=\"/t.gif\" width=\"1\" height=\"1\">"
            "<img id=d src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
            "<img id=e data-lazy-src=\"/lazy-real.png\" src=\"\">"));
        const html::Node body = doc->body();
        QCOMPARE(html::bestImageSource(body.child(0)), QStringLiteral("/real.jpg"));
        QCOMPARE(html::bestImageSource(body.child(1)), QStringLiteral("/x-3.jpg"));
        QCOMPARE(html::bestImageSource(body.child(2)), QString());
        QCOMPARE(html::bestImageSource(body.child(3)), QString());
        QCOMPARE(html::bestImageSource(body.child(4)), QStringLiteral("/lazy-real.png"));
        QCOMPARE(html::bestSrcsetCandidate(QStringLiteral("a.jpg 480w, b.jpg 1080w, c.jpg 800w")), QStringLiteral("b.jpg"));
        QCOMPARE(html::bestSrcsetCandidate(QStringLiteral("only.jpg")), QStringLiteral("only.jpg"));
        QVERIFY(html::isPlaceholderImageSource(QStringLiteral("https://s.example/img/blank.gif")));
        QVERIFY(html::isPlaceholderImageSource(QStringLiteral("/static/loading.svg")));
        QVERIFY(!html::isPlaceholderImageSource(QStringLiteral("/photos/harbour.jpg")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlDocument)
#include "tst_html_document.moc"
