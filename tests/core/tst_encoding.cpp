#include "encoding/charsets.h"
#include "encoding/decoder.h"
#include "encoding/prescan.h"

#include <QStringEncoder>
#include <QTest>

using namespace offprint;
using namespace offprint::encoding;

namespace {

// A realistic simplified-Chinese tech-news paragraph, including GBK-only characters (镕, 堃, 喆)
// that are not in GB2312, as pages labelled gb2312 routinely contain.
const QString kSimplified = QStringLiteral(
    "国产大模型推理框架发布：新版本在单张显卡上的吞吐量提升了三倍。开发团队表示，这次更新重写了内存管理模块，"
    "并且支持更多的开源模型。工程师朱镕、王堃和李喆在发布会上介绍了技术细节，用户可以在官方网站下载测试版本。"
    "业内人士认为，这将降低中小企业部署人工智能应用的成本。");
const QString kTraditional = QStringLiteral(
    "國產大模型推理框架發布：新版本在單張顯示卡上的吞吐量提升了三倍。開發團隊表示，這次更新重寫了記憶體管理模組，"
    "並且支援更多的開源模型。工程師在發表會上介紹了技術細節，使用者可以在官方網站下載測試版本。"
    "業內人士認為，這將降低中小企業部署人工智慧應用的成本。");
const QString kEnglish = QStringLiteral("The new release triples throughput on a single GPU, the team said.");

QByteArray encode(const QString &text, const char *charset)
{
    QStringEncoder encoder(charset);
    if (!encoder.isValid())
        qFatal("encoder %s unavailable", charset);
    QByteArray out = encoder.encode(text);
    return out;
}

QString page(const QString &head, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head>%1<title>新闻</title></head><body><article><p>%2</p>"
                          "</article></body></html>\n")
        .arg(head, body);
}

} // namespace

class TestEncoding final : public QObject
{
    Q_OBJECT

private slots:
    void labelsFollowWhatwg_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gb2312") << "gb2312" << "GB18030";
        QTest::newRow("GBK upper") << " GBK " << "GB18030";
        QTest::newRow("chinese") << "chinese" << "GB18030";
        QTest::newRow("csgb2312") << "csgb2312" << "GB18030";
        QTest::newRow("x-gbk") << "x-gbk" << "GB18030";
        QTest::newRow("iso-ir-58") << "iso-ir-58" << "GB18030";
        QTest::newRow("big5") << "big5" << "Big5-HKSCS";
        QTest::newRow("big5-hkscs") << "Big5-HKSCS" << "Big5-HKSCS";
        QTest::newRow("latin1") << "latin1" << "windows-1252";
        QTest::newRow("iso-8859-1") << "ISO-8859-1" << "windows-1252";
        QTest::newRow("ascii") << "us-ascii" << "windows-1252";
        QTest::newRow("utf8") << "utf8" << "UTF-8";
        QTest::newRow("utf-16") << "utf-16" << "UTF-16LE";
        QTest::newRow("utf-16be") << "utf-16be" << "UTF-16BE";
        QTest::newRow("unknown") << "no-such-charset" << "";
    }
    void labelsFollowWhatwg()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(canonicalCharset(label), expected);
    }

    void prescanFindsMetaForms()
    {
        QCOMPARE(prescanMetaCharset("<meta charset=\"gbk\">", 1024), QStringLiteral("gbk"));
        QCOMPARE(prescanMetaCharset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GB2312'>", 1024),
                 QStringLiteral("gb2312"));
        QCOMPARE(prescanMetaCharset("<meta content=\"text/html;charset=big5\" http-equiv=\"content-type\">", 1024),
                 QStringLiteral("big5"));
        // content= without the http-equiv pragma does not count, nor does a meta inside a comment.
        QCOMPARE(prescanMetaCharset("<meta content=\"text/html; charset=gbk\">", 1024), QString());
        QCOMPARE(prescanMetaCharset("<!-- <meta charset=gbk> --><meta charset=utf-8>", 1024), QStringLiteral("utf-8"));
        // An attribute value containing "<meta" is not a meta.
        QCOMPARE(prescanMetaCharset("<a title='<meta charset=gbk>'>x</a>", 1024), QString());
        // The limit is honoured.
        const QByteArray late = QByteArray(2000, ' ') + "<meta charset=gbk>";
        QCOMPARE(prescanMetaCharset(late, 1024), QString());
        QCOMPARE(prescanMetaCharset(late, 65536), QStringLiteral("gbk"));
        QCOMPARE(xmlDeclarationCharset("<?xml version=\"1.0\" encoding=\"GBK\"?><html/>"), QStringLiteral("GBK"));
    }

    void gbkWithMetaDeclaration()
    {
        const QByteArray bytes = encode(page("<meta charset=\"gb2312\">", kSimplified), "GB18030");
        const DecodedText d = decodeHtml(bytes);
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.source, DecodedText::Source::Meta);
        QVERIFY(d.text.contains(kSimplified));
        QVERIFY(!d.suspect);
    }

    void gbkWithLateHttpEquiv()
    {
        // The declaration sits after 1024 bytes of script, as on old portal pages.
        const QString script = QStringLiteral("<script>var x = '%1';</script>").arg(QString(3000, QLatin1Char('a')));
        const QString head = script + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">";
        const DecodedText d = decodeHtml(encode(page(head, kSimplified), "GB18030"));
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.source, DecodedText::Source::Meta);
        QVERIFY(d.text.contains(kSimplified));
    }

    void gbkWithoutDeclarationIsDetected()
    {
        const DecodedText d = decodeHtml(encode(page({}, kSimplified), "GB18030"));
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.source, DecodedText::Source::Detected);
        QVERIFY(d.text.contains(kSimplified));
    }

    void big5WithAndWithoutDeclaration()
    {
        const DecodedText declared = decodeHtml(encode(page("<meta charset=big5>", kTraditional), "Big5"));
        QCOMPARE(declared.encoding, QStringLiteral("Big5-HKSCS"));
        QVERIFY(declared.text.contains(kTraditional));

        const DecodedText detected = decodeHtml(encode(page({}, kTraditional), "Big5"));
        QCOMPARE(detected.encoding, QStringLiteral("Big5-HKSCS"));
        QCOMPARE(detected.source, DecodedText::Source::Detected);
        QVERIFY(detected.text.contains(kTraditional));
    }

    void utf16WithAndWithoutBom()
    {
        const QString html = page("<meta charset=utf-16>", kSimplified + kEnglish);
        QByteArray le = encode(html, "UTF-16LE");
        DecodedText d = decodeHtml(QByteArray("\xFF\xFE", 2) + le);
        QCOMPARE(d.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(d.source, DecodedText::Source::Bom);
        QCOMPARE(d.text, html);

        d = decodeHtml(QByteArray("\xFE\xFF", 2) + encode(html, "UTF-16BE"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(d.text, html);

        d = decodeHtml(le);
        QCOMPARE(d.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(d.text, html);
        d = decodeHtml(encode(html, "UTF-16BE"));
        QCOMPARE(d.encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(d.text, html);
    }

    void utf8BomAndDetection()
    {
        const QString html = page({}, kSimplified);
        DecodedText d = decodeHtml("\xEF\xBB\xBF" + html.toUtf8());
        QCOMPARE(d.source, DecodedText::Source::Bom);
        QCOMPARE(d.text, html);
        d = decodeHtml(html.toUtf8());
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.source, DecodedText::Source::Detected);
        QCOMPARE(d.text, html);
        // A BOM overrides a contradicting meta.
        d = decodeHtml("\xEF\xBB\xBF" + page("<meta charset=gbk>", kSimplified).toUtf8());
        QVERIFY(d.text.contains(kSimplified));
    }

    void wrongUtf8DeclarationFallsBackToGb18030()
    {
        const DecodedText d = decodeHtml(encode(page("<meta charset=utf-8>", kSimplified), "GB18030"));
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QVERIFY(d.suspect);
        QVERIFY(d.text.contains(kSimplified));
    }

    void latin1DeclarationOnUtf8BytesIsUtf8()
    {
        const QString html = page("<meta charset=iso-8859-1>", QStringLiteral("Café, naïve résumé — ") + kSimplified);
        const DecodedText d = decodeHtml(html.toUtf8());
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.text, html);
    }

    void gbkDeclarationOnUtf8BytesIsUtf8()
    {
        const QString html = page("<meta charset=gb2312>", kSimplified);
        const DecodedText d = decodeHtml(html.toUtf8());
        QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(d.source, DecodedText::Source::Detected);
        QVERIFY(!d.suspect); // dozens of valid multi-byte sequences are proof enough
        QCOMPARE(d.text, html);
    }

    void undeclaredLatin1IsWindows1252()
    {
        QString html = page({}, QStringLiteral("Le café est très apprécié à Montréal, où l'hiver est long. ")
                                    .repeated(4));
        html.replace(QStringLiteral("新闻"), QStringLiteral("Nouvelles"));
        const DecodedText d = decodeHtml(encode(html, "windows-1252"));
        QCOMPARE(d.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(d.text, html);
        // The windows-1252 extras (curly quotes, euro) decode as a browser does.
        const DecodedText quotes = decodeHtml(QByteArray("<meta charset=latin1><p>\x93quoted\x94 \x80 5</p>"));
        QVERIFY(quotes.text.contains(QStringLiteral("“quoted” € 5")));
    }

    void containerCharsetWinsOverMeta()
    {
        const QByteArray bytes = encode(page("<meta charset=iso-8859-1>", kSimplified), "GB18030");
        const DecodedText d = decodeHtml(bytes, QStringLiteral("GBK"));
        QCOMPARE(d.encoding, QStringLiteral("GB18030"));
        QCOMPARE(d.source, DecodedText::Source::Container);
        QVERIFY(d.text.contains(kSimplified));
    }

    void xmlDeclarationIsUsed()
    {
        const QString html = QStringLiteral("<?xml version=\"1.0\" encoding=\"gbk\"?>\n") + page({}, kSimplified);
        const DecodedText d = decodeHtml(encode(html, "GB18030"));
        QCOMPARE(d.source, DecodedText::Source::XmlDeclaration);
        QVERIFY(d.text.contains(kSimplified));
    }

    void decodeAsOverrides()
    {
        const QByteArray bytes = encode(page("<meta charset=utf-8>", kTraditional), "Big5");
        const Result<DecodedText> d = decodeAs(bytes, QStringLiteral("big5"));
        QVERIFY(d.ok());
        QCOMPARE(d->source, DecodedText::Source::Forced);
        QVERIFY(d->text.contains(kTraditional));
        const Result<DecodedText> bad = decodeAs(bytes, QStringLiteral("klingon-8"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(QStringLiteral("klingon-8")));
    }

    void pureAsciiAndEmpty()
    {
        DecodedText d = decodeHtml(page({}, kEnglish).toUtf8());
        QCOMPARE(d.text, page({}, kEnglish));
        d = decodeHtml(QByteArray());
        QVERIFY(d.text.isEmpty());
    }

    void garbageNeverCrashes()
    {
        QByteArray noise;
        quint32 x = 12345;
        for (int i = 0; i < 20000; ++i) {
            x = x * 1103515245u + 12345u;
            noise.append(char(x >> 24));
        }
        const DecodedText d = decodeHtml(noise);
        QVERIFY(!d.encoding.isEmpty());
        QVERIFY(!decodeHtml(noise, QStringLiteral("utf-8")).encoding.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
