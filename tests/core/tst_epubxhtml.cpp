// The reader's HTML as XHTML for EPUB (export/xhtml.h) and image types by their bytes (export/epub.h).
#include "export/epub.h"
#include "export/xhtml.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace offprint::exporting;

namespace {

bool wellFormed(const QString &fragment)
{
    QXmlStreamReader reader(QStringLiteral("<body xmlns=\"http://www.w3.org/1999/xhtml\">%1</body>").arg(fragment));
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

} // namespace

class TestEpubXhtml : public QObject
{
    Q_OBJECT

private slots:
    void voidElementsAndEntities()
    {
        const QString out = fragmentToXhtml(QStringLiteral("<p>a&nbsp;b<br>c &amp; d &lt;e&gt;</p><hr class=header>"), {});
        QCOMPARE(out, QStringLiteral("<p>a\u00a0b<br/>c &amp; d &lt;e&gt;</p><hr class=\"header\"/>"));
        QVERIFY(wellFormed(out));
    }

    void idsBecomeXmlNamesAndLinksFollow()
    {
        const QString out = fragmentToXhtml(QStringLiteral("<p><a id=\"1\"></a><a href=\"#1\">one</a>"
                                                           "<a href=\"#fn:2\" id=\"ok_id\">two</a></p>"),
                                            {});
        QVERIFY2(out.contains(QStringLiteral("<a id=\"id-1\"></a><a href=\"#id-1\">one</a>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("<a href=\"#fn-2\" id=\"ok_id\">two</a>")), qPrintable(out));
        QVERIFY(wellFormed(out));
    }

    void brokenWebLinksKeepTheirTextOnly()
    {
        const QString out = fragmentToXhtml(QStringLiteral("<p><a href=\"http://www.example.net)%E6%90%9C\">a</a>"
                                                           "<a href=\"http://www.%5C*.com\">b</a>"
                                                           "<a href=\"https://例子.中国/路径?q=1&amp;r=2\">c</a>"
                                                           "<a href=\"mailto:x@example.org\">d</a></p>"),
                                            {});
        QVERIFY2(out.startsWith(QStringLiteral("<p><a>a</a><a>b</a><a href=\"https://")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("&amp;r=2\">c</a><a href=\"mailto:x@example.org\">d</a>")), qPrintable(out));
        QVERIFY(wellFormed(out));
    }

    void alignBecomesAStyleAndControlCharactersGo()
    {
        // gumbo turns a control character into U+FFFD, which XML accepts.
        const QString out = fragmentToXhtml(QStringLiteral("<table><tr><td align=\"right\">1\x01</td></tr></table>"), {});
        QVERIFY2(out.contains(QStringLiteral("<td style=\"text-align:right;\">1\ufffd</td>")), qPrintable(out));
        QVERIFY(wellFormed(out));
        // Text that does not pass through gumbo (titles, metadata) loses what XML forbids.
        QCOMPARE(xmlEscaped(QStringLiteral("a") + QChar(0x01) + QStringLiteral("b") + QChar(0x0b) + QStringLiteral("\"<&>")),
                 QStringLiteral("ab&quot;&lt;&amp;&gt;"));
    }

    void imagesAreMappedOrLeftOutWithTheirAltText()
    {
        const ImageMapper mapper = [](const QString &src) {
            return src == QLatin1String("blobs/aa/keep.png") ? QStringLiteral("../images/keep.png") : QString();
        };
        const QString out = fragmentToXhtml(QStringLiteral("<p><img src=\"blobs/aa/keep.png\" alt=\"kept\" title=\"t\">"
                                                           "<img src=\"https://x/y.webp\" alt=\"远程\"></p>"),
                                            mapper);
        QVERIFY2(out.contains(QStringLiteral("<img src=\"../images/keep.png\" alt=\"kept\" title=\"t\"/>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("<span class=\"imgph\">远程</span>")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("https://x")));
        QVERIFY(wellFormed(out));
    }

    void mediaTypesComeFromTheBytes()
    {
        QCOMPARE(imageMediaType(QByteArray("\x89PNG\r\n\x1a\n....", 12)), QStringLiteral("image/png"));
        QCOMPARE(imageMediaType(QByteArray("\xff\xd8\xff\xe0....")), QStringLiteral("image/jpeg"));
        QCOMPARE(imageMediaType(QByteArray("GIF89a....")), QStringLiteral("image/gif"));
        QCOMPARE(imageMediaType(QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16)), QStringLiteral("image/webp"));
        QCOMPARE(imageMediaType(QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
                 QStringLiteral("image/svg+xml"));
        QCOMPARE(imageMediaType(QByteArray("<html><body>not an image</body></html>")), QString());
    }
};

QTEST_GUILESS_MAIN(TestEpubXhtml)
#include "tst_epubxhtml.moc"
