// Metadata: title suffixes, bylines and dates written for people (Chinese and English), JSON-LD.
#include "extract/dates.h"
#include "extract/extractor.h"
#include "extract/metadata.h"
#include "extract/textmetadata.h"
#include "text/language.h"
#include "html/document.h"

#include <QTest>

using namespace offprint;

namespace {

ArticleMetadata metaOf(const QString &html, const QString &base = {})
{
    const auto doc = html::Document::parse(html.toUtf8());
    return extract::readMetadata(*doc, base);
}

} // namespace

class TestMetadata final : public QObject
{
    Q_OBJECT

private slots:
    void siteNameIsNotAnAddress_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("og:site_name address") << QStringLiteral("https://www.hawaiinewsnow.com") << QStringLiteral("hawaiinewsnow.com");
        QTest::newRow("address with path") << QStringLiteral("http://blog.example.org/feed/") << QStringLiteral("blog.example.org");
        QTest::newRow("bare www host") << QStringLiteral("www.jaraguadosul.sc.gov.br") << QStringLiteral("jaraguadosul.sc.gov.br");
        QTest::newRow("a name") << QStringLiteral("  The  Verge ") << QStringLiteral("The Verge");
        QTest::newRow("chinese name") << QStringLiteral("新浪科技") << QStringLiteral("新浪科技");
        QTest::newRow("www is the whole name") << QStringLiteral("www.com") << QStringLiteral("www.com");
        QTest::newRow("name starting with www") << QStringLiteral("www.example.com news desk") << QStringLiteral("www.example.com news desk");
    }

    void siteNameIsNotMarkup()
    {
        for (const QString &junk : {QStringLiteral("size=\"20\""), QStringLiteral("width='100%'"),
                                    QStringLiteral("<b>Site</b>"), QStringLiteral("name = \"x\"")})
            QVERIFY2(extract::siteNameOf(junk).isEmpty(), qPrintable(junk));
        QCOMPARE(extract::siteNameOf(QStringLiteral("AT&T Newsroom")), QStringLiteral("AT&T Newsroom"));
        QCOMPARE(extract::siteNameOf(QStringLiteral("E = mc² Weekly")), QStringLiteral("E = mc² Weekly"));
        const auto page = metaOf(QStringLiteral("<html><head><meta property=\"og:site_name\" content=\"size=&quot;20&quot;\">"
                                              "<title>A title long enough to keep as it is</title></head><body><p>x</p></body></html>"));
        QVERIFY2(!page.siteName.contains(QLatin1Char('=')), qPrintable(page.siteName));
    }

    void siteNameIsNotAnAddress()
    {
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(extract::siteNameOf(value), shown);
        const auto page = metaOf(QStringLiteral("<html><head><meta property=\"og:site_name\" content=\"%1\">"
                                              "<title>A title long enough to keep as it is</title></head><body><p>x</p></body></html>")
                                   .arg(value));
        QCOMPARE(page.siteName, shown);
    }

    void titleSuffix_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("sina dash") << QStringLiteral("苹果发布新款芯片，性能提升三成 - 新浪科技")
                                   << QStringLiteral("苹果发布新款芯片，性能提升三成") << QStringLiteral("新浪科技");
        QTest::newRow("netease underscore chain") << QStringLiteral("国产大模型推理成本一年下降九成_网易科技_网易")
                                                  << QStringLiteral("国产大模型推理成本一年下降九成")
                                                  << QStringLiteral("网易");
        QTest::newRow("verge pipe") << QStringLiteral("Apple announces its new chips for the Mac | The Verge")
                                    << QStringLiteral("Apple announces its new chips for the Mac")
                                    << QStringLiteral("The Verge");
        QTest::newRow("site first") << QStringLiteral("Blog | A long title about something interesting")
                                    << QStringLiteral("A long title about something interesting")
                                    << QStringLiteral("Blog");
        QTest::newRow("too short to strip") << QStringLiteral("Short title - Site")
                                            << QStringLiteral("Short title - Site") << QString();
        QTest::newRow("no separator") << QStringLiteral("Just a plain title of an article")
                                      << QStringLiteral("Just a plain title of an article") << QString();
        QTest::newRow("sohu bare hyphen") << QStringLiteral("劳伦斯：一个无法定义的“洛克菲勒”-搜狐财经")
                                          << QStringLiteral("劳伦斯：一个无法定义的“洛克菲勒”") << QStringLiteral("搜狐财经");
        QTest::newRow("36kr column label and bare hyphen") << QStringLiteral("36氪首发｜某公司完成亿元融资-36氪")
                                                           << QStringLiteral("36氪首发｜某公司完成亿元融资") << QStringLiteral("36氪");
        QTest::newRow("double hyphen") << QStringLiteral("多数夫妻生活有名无实 日本无性婚姻问题严重(图)--雅虎新闻")
                                       << QStringLiteral("多数夫妻生活有名无实 日本无性婚姻问题严重(图)") << QStringLiteral("雅虎新闻");
        QTest::newRow("latin site after a bare hyphen") << QStringLiteral("小米发布新款平板电脑-IT之家")
                                                        << QStringLiteral("小米发布新款平板电脑") << QStringLiteral("IT之家");
        QTest::newRow("csdn keywords before the site") << QStringLiteral("Qt 模型视图编程入门_qt model view-CSDN博客")
                                                       << QStringLiteral("Qt 模型视图编程入门") << QStringLiteral("CSDN博客");
        QTest::newRow("short chinese title, chained sections") << QStringLiteral("投身外交(3)_读书频道_新浪网")
                                                               << QStringLiteral("投身外交(3)") << QStringLiteral("新浪网");
        QTest::newRow("chinese name before a domain") << QStringLiteral("海姑娘 | blog.wenxuecity.com")
                                                      << QStringLiteral("海姑娘") << QStringLiteral("blog.wenxuecity.com");
        QTest::newRow("chinese site first") << QStringLiteral("多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业")
                                            << QStringLiteral("播客热潮迅速蔓延 挑逗传统传媒业") << QStringLiteral("多维博客");
        QTest::newRow("mixed short title") << QStringLiteral("svfromlk的个人主页_网易部落")
                                           << QStringLiteral("svfromlk的个人主页") << QStringLiteral("网易部落");
        QTest::newRow("em dash halves stay") << QStringLiteral("中美贸易谈判——最新进展")
                                             << QStringLiteral("中美贸易谈判——最新进展") << QString();
        QTest::newRow("latin hyphen in a chinese title stays") << QStringLiteral("OpenAI发布GPT-4模型")
                                                               << QStringLiteral("OpenAI发布GPT-4模型") << QString();
        QTest::newRow("two characters left: whole title") << QStringLiteral("首页_新浪网")
                                                          << QStringLiteral("首页_新浪网") << QString();
        QTest::newRow("hyphenated words stay") << QStringLiteral("A well-known long-standing bug finally gets fixed")
                                               << QStringLiteral("A well-known long-standing bug finally gets fixed")
                                               << QString();
    }

    void titleSuffix()
    {
        QFETCH(QString, raw);
        QFETCH(QString, title);
        QFETCH(QString, suffix);
        QString removed;
        QCOMPARE(extract::cleanTitle(raw, {}, &removed), title);
        QCOMPARE(removed, suffix);
    }

    void bylineInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("author");
        QTest::newRow("作者") << QStringLiteral("2024年6月3日 来源：新浪科技 作者：李明 阅读") << QStringLiteral("李明");
        QTest::newRow("文/") << QStringLiteral("文/王小二\n正文开始") << QStringLiteral("王小二");
        QTest::newRow("记者") << QStringLiteral("本报记者：张三、李四 报道") << QStringLiteral("张三、李四");
        QTest::newRow("by") << QStringLiteral("Some headline\nBy Jane Q. Doe\nJune 3, 2024") << QStringLiteral("Jane Q. Doe");
        QTest::newRow("none") << QStringLiteral("记者从中央气象台获悉，明天有雨。") << QString();
        QTest::newRow("interview question is not a name")
            << QStringLiteral("记者：首先欢迎你来到新华网接受我们的采访。") << QString();
        QTest::newRow("markup is not a name") << QStringLiteral("作者： \n size=\"20\"\n 来源：") << QString();
        QTest::newRow("unspaced, 发自") << QStringLiteral("本报记者罗科苏盈发自北京\n　　国家统计局") << QStringLiteral("罗科苏盈");
        QTest::newRow("unspaced, 报道") << QStringLiteral("（新华社记者王五报道）国务院今天") << QStringLiteral("王五");
        QTest::newRow("unspaced sentence") << QStringLiteral("本报记者采访时报道了这一情况。") << QString();
        QTest::newRow("unspaced without an ending") << QStringLiteral("本报记者了解到，这家公司") << QString();
        QTest::newRow("transliterated name") << QStringLiteral("文/约翰·史密斯 2024-01-02") << QStringLiteral("约翰·史密斯");
        QTest::newRow("by in prose") << QStringLiteral("It was written by hand.") << QString();
        // Reporter credits without a colon, as Chinese papers print them.
        QTest::newRow("记者 in brackets") << QStringLiteral("加入，定期获得信息交流。(信报记者 蔡雪婧)") << QStringLiteral("蔡雪婧");
        QTest::newRow("several reporters")
            << QStringLiteral("本报记者 王燕平 方云凤 柏建斌\n2003-7-24") << QStringLiteral("王燕平、方云凤、柏建斌");
        QTest::newRow("next credit ends the names")
            << QStringLiteral("本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁") << QStringLiteral("樊亮、张明超");
        QTest::newRow("报道 ends the names") << QStringLiteral("记者 李明 报道 本报北京电") << QStringLiteral("李明");
        QTest::newRow("full-width spaces") << QStringLiteral("新华网\u3000记者\u3000伊琳\u3000李清芬\n个人简介")
                                           << QStringLiteral("伊琳、李清芬");
        QTest::newRow("a photo credit is not a byline") << QStringLiteral("影响很大 本报记者 惠禾 摄 编后") << QString();
        QTest::newRow("spaced sentence is not a byline") << QStringLiteral("记者 看到这里，人们都笑了。") << QString();
    }

    void bylineInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, author);
        QCOMPARE(extract::findBylineInText(text), author);
    }

    void sourceInText()
    {
        QCOMPARE(extract::findSourceInText(QStringLiteral("2005-04-05 06:40　来源：新华网 作者：x")), QStringLiteral("新华网"));
        QCOMPARE(extract::findSourceInText(QStringLiteral("没有出处")), QString());
    }

    void datesInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso minutes") << QStringLiteral("发布时间：2024-06-03 20:52 来源") << QStringLiteral("2024-06-03T20:52:00Z");
        QTest::newRow("chinese") << QStringLiteral("2024年6月3日 星期一") << QStringLiteral("2024-06-03T00:00:00Z");
        QTest::newRow("chinese with time") << QStringLiteral("2024年06月03日20:52") << QStringLiteral("2024-06-03T20:52:00Z");
        QTest::newRow("2005 portal") << QStringLiteral("2005-04-05 06:40更新") << QStringLiteral("2005-04-05T06:40:00Z");
        QTest::newRow("slashes") << QStringLiteral("更新于 2023/11/20") << QStringLiteral("2023-11-20T00:00:00Z");
        QTest::newRow("english") << QStringLiteral("By Jane Doe | June 3, 2024") << QStringLiteral("2024-06-03T00:00:00Z");
        QTest::newRow("english day first") << QStringLiteral("Published 3 Jun 2024") << QStringLiteral("2024-06-03T00:00:00Z");
        QTest::newRow("first of several") << QStringLiteral("Updated Jan. 5, 2021, first published 2020-12-31")
                                          << QStringLiteral("2021-01-05T00:00:00Z");
    }

    void datesInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const QDateTime dt = extract::findDateInText(text);
        QVERIFY2(dt.isValid(), qPrintable(text));
        QCOMPARE(dt, QDateTime::fromString(iso, Qt::ISODate));
    }

    void noDateInText()
    {
        QVERIFY(!extract::findDateInText(QStringLiteral("call 010-82616677-8165")).isValid());
        QVERIFY(!extract::findDateInText(QStringLiteral("version 2024-13-45")).isValid());
        QVERIFY(!extract::findDateInText(QString()).isValid());
    }

    void machineDatesKeepOffsets()
    {
        const QDateTime a = extract::parseMachineDate(QStringLiteral("2024-06-03T20:52:00+08:00"));
        QCOMPARE(a.offsetFromUtc(), 8 * 3600);
        QCOMPARE(a.toUTC(), QDateTime(QDate(2024, 6, 3), QTime(12, 52), Qt::UTC));
        QCOMPARE(extract::parseMachineDate(QStringLiteral("2013-09-11T10:00:00-0400")).offsetFromUtc(), -4 * 3600);
        QCOMPARE(extract::parseMachineDate(QStringLiteral("2020-07-10T14:15:42Z")).offsetFromUtc(), 0);
        QCOMPARE(extract::parseMachineDate(QStringLiteral("Wed, 02 Oct 2002 13:00:00 +0200")).offsetFromUtc(), 7200);
        QCOMPARE(extract::parseMachineDate(QStringLiteral("1717419120")).date(), QDate(2024, 6, 3));
        QVERIFY(!extract::parseMachineDate(QStringLiteral("yesterday")).isValid());
    }

    void metaTagsAndJsonLd()
    {
        const ArticleMetadata m = metaOf(QStringLiteral(
            "<html lang=\"zh-CN\"><head><title>新品发布 性能提升三成 - 新浪科技</title>"
            "<meta property=\"og:site_name\" content=\"新浪科技\">"
            "<meta name=\"author\" content=\"Meta Author\">"
            "<link rel=\"canonical\" href=\"/doc/1.shtml\">"
            "<meta property=\"og:image\" content=\"/img/lead.jpg\">"
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
            "\"name\":\"新浪\"},{\"@type\":\"NewsArticle\",\"headline\":\"新品发布 性能提升三成\",\"author\":[{\"@type\":"
            "\"Person\",\"name\":\"李明\"},{\"@type\":\"Person\",\"name\":\"王芳\"}],\"datePublished\":"
            "\"2024-06-03T20:52:00+08:00\"}]}</script></head><body><p>x</p></body></html>"),
            QStringLiteral("https://tech.sina.com.cn/a/b.html"));
        QCOMPARE(m.title, QStringLiteral("新品发布 性能提升三成"));
        QCOMPARE(m.author, QStringLiteral("李明, 王芳"));
        QCOMPARE(m.siteName, QStringLiteral("新浪科技"));
        QCOMPARE(m.published.offsetFromUtc(), 8 * 3600);
        QCOMPARE(m.canonicalUrl, QStringLiteral("https://tech.sina.com.cn/doc/1.shtml"));
        QCOMPARE(m.url, QStringLiteral("https://tech.sina.com.cn/a/b.html"));
        QCOMPARE(m.leadImage, QStringLiteral("https://tech.sina.com.cn/img/lead.jpg"));
        QCOMPARE(m.language, QStringLiteral("zh"));
    }

    void titleFallbacksAndBrokenJsonLd()
    {
        const ArticleMetadata m = metaOf(QStringLiteral(
            "<html><head><title>The long article title that a page has | Example News</title>"
            "<script type=\"application/ld+json\">{not json</script>"
            "<meta property=\"article:published_time\" content=\"2021-02-03T04:05:06Z\"></head>"
            "<body><div class=\"byline\">By <span itemprop=\"author\">Kim Lee</span>, March 2, 2021</div></body></html>"));
        QCOMPARE(m.title, QStringLiteral("The long article title that a page has"));
        QCOMPARE(m.siteName, QStringLiteral("Example News"));
        QCOMPARE(m.author, QStringLiteral("Kim Lee"));
        QCOMPARE(m.published, QDateTime(QDate(2021, 2, 3), QTime(4, 5, 6), Qt::UTC));
    }

    void bylineAndDateFromVisibleText()
    {
        extract::ExtractInput input;
        input.html = QStringLiteral(
            "<html><head><title>江南华南出现大范围降雨_新闻中心_某某网</title></head><body>"
            "<div class=\"nav\"><a href=\"/\">首页</a></div><h1>江南华南出现大范围降雨</h1>"
            "<div class=\"info\">2005-04-05 06:40　来源：新华网　作者：张华</div>"
            "<div id=\"endText\"><p>　　新华网北京4月5日电 记者从中央气象台获悉，4日至5日，我国江南、华南等地出现大范围降雨，"
            "部分地区出现暴雨。</p><p>　　气象部门提醒，有关地区要注意防范强降雨可能引发的山洪和地质灾害，做好防汛准备。</p></div>"
            "</body></html>").toUtf8();
        const ExtractedArticle a = extract::extractArticle(input);
        QCOMPARE(a.meta.title, QStringLiteral("江南华南出现大范围降雨"));
        QCOMPARE(a.meta.author, QStringLiteral("张华"));
        QCOMPARE(a.meta.published, QDateTime(QDate(2005, 4, 5), QTime(6, 40), Qt::UTC));
        QCOMPARE(a.meta.siteName, QStringLiteral("某某网"));
        QCOMPARE(a.meta.language, QStringLiteral("zh"));
    }

    void languageDetection()
    {
        QCOMPARE(text::chooseLanguage({}, QStringLiteral("这是一个中文句子，里面有一些 English words。")), QStringLiteral("zh"));
        QCOMPARE(text::chooseLanguage({}, QStringLiteral("This is English with one 中 character.")), QStringLiteral("en"));
        QCOMPARE(text::chooseLanguage({}, QStringLiteral("これは日本語の文章です。")), QStringLiteral("ja"));
        QCOMPARE(text::chooseLanguage({}, QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
