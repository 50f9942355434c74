// Who wrote a post and when, on blog and forum pages of every era (Chinese and English), and names
// of sites and channels that are not authors.
#include "extract/extractor.h"
#include "extract/postlines.h"
#include "extract/textmetadata.h"

#include <QTest>

using namespace offprint;
using namespace offprint::extract;

namespace {

ExtractedArticle extractPage(const QString &html, const QString &url = QString())
{
    ExtractInput input;
    input.html = html.toUtf8();
    input.baseUrl = url;
    return extractArticle(input);
}

QString day(const QDateTime &dt)
{
    return dt.isValid() ? dt.date().toString(Qt::ISODate) : QString();
}

const QString kStory = QStringLiteral(
    "<p>最近，在北美的，还有祖国大陆的很多朋友都给我发了美丽的雪景照片，给我描述美丽的雪，而在南半球的我，正在海边迎着夏风。"
    "雪，在澳洲是难得一见的。我是南方姑娘，雪在我的童年里是很模糊的。</p>"
    "<p>在美国的两个冬天，让我难忘那几场美丽的大雪，雪好大好白，一夜之间大雪把屋顶、马路、花园全变白了。"
    "有一次为了清洗道路，我花了好几个小时才铲通陷入雪堆里的那辆小汽车。</p>"
    "<p>澳洲没有大雪，但是澳洲有雪山，每年七八月，我总喜欢跑去雪山，不是为了滑雪，而是为了看雪。</p>");

} // namespace

class TestPostLines final : public QObject
{
    Q_OBJECT

private slots:
    void posters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("poster");
        QTest::newRow("name before 发表于") << QStringLiteral("[湖湘文化] 警世钟 ggjjzhzz 发表于 2005-9-15 11:46:00") << "ggjjzhzz";
        QTest::newRow("Han nickname, 写于") << QStringLiteral("最后，送你一首歌。\n海姑娘写于2005年3月16日") << "海姑娘";
        QTest::newRow("本贴由 … 于") << QStringLiteral("本贴由 大卫 于2005年8月12日16:12:21在〖心灵体操〗发表") << "大卫";
        QTest::newRow("time then by") << QStringLiteral("〓 网易娱乐 发布时间 2005/05/17 22:11:42 by 眉间尺 〓") << "眉间尺";
        QTest::newRow("label 发表人") << QStringLiteral("发表人：skywalker5-x 发表时间：2004-12-11 9:51:00") << "skywalker5-x";
        QTest::newRow("bracketed reporter") << QStringLiteral("2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]") << "黄宇";
        QTest::newRow("posted by") << QStringLiteral("Posted by Jane Doe at 10:02 PM | 3 comments") << "Jane Doe";
        QTest::newRow("posted by user") << QStringLiteral("posted by mkretschmann in markey at 05:46") << "mkretschmann";
        QTest::newRow("sentence with 由于") << QStringLiteral("由于我现在还不是成年人，所以钱得暂时存起来。") << "";
        QTest::newRow("sentence with 由…在") << QStringLiteral("其他人员由档案所在的人才中心签署意见。") << "";
        QTest::newRow("本文发表于") << QStringLiteral("(本文发表于首页 批评与建议, 已被阅读178次)") << "";
        QTest::newRow("attribute left in text") << QStringLiteral("作者： size=\"20\" 来源： size=\"20\"") << "";
    }

    void posters()
    {
        QFETCH(QString, text);
        QFETCH(QString, poster);
        QCOMPARE(findPosterInText(text), poster);
    }

    void postersInRunningText()
    {
        // In the whole article text only a post line with its date names the poster.
        const QString text = QStringLiteral("这首诗是鲁迅写于上海的作品，我一直很喜欢。\n雪花的快乐\n海姑娘写于2005年3月16日\n下载");
        QCOMPARE(findPosterInText(text, PosterLines::Dated), QStringLiteral("海姑娘"));
        QCOMPARE(findPosterInText(QStringLiteral("这首诗是鲁迅写于上海的作品。"), PosterLines::Dated), QString());
        QCOMPARE(findPosterInText(QStringLiteral("posted by mkretschmann in markey at 05:46"), PosterLines::Dated),
                 QString());
    }

    void labelledDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        // The blog's founding date comes first; the post's labelled date is the one.
        QTest::newRow("labelled beats first") << QStringLiteral("建立于:2004年10月6日 … ggjjzhzz 发表于 2005-9-15 11:46:00")
                                              << "2005-09-15";
        QTest::newRow("发布时间 with slashes") << QStringLiteral("发布时间 2005/05/17 22:11:42 by 眉间尺") << "2005-05-17";
        QTest::newRow("month first after label") << QStringLiteral("作者： 来源： 发布日期： 9/17/2004") << "2004-09-17";
        QTest::newRow("写于") << QStringLiteral("海姑娘写于2005年3月16日") << "2005-03-16";
        QTest::newRow("posted on") << QStringLiteral("Posted on June 3, 2024 by admin") << "2024-06-03";
        QTest::newRow("label without date") << QStringLiteral("发表于首页 批评与建议") << "";
    }

    void labelledDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, date);
        QCOMPARE(day(findLabelledDate(text)), date);
    }

    void datesFromAddresses()
    {
        QCOMPARE(day(dateFromUrl(QStringLiteral("http://aseigo.blogspot.com/2004/11/ah-but-start-up-times.html"))), QString());
        QCOMPARE(day(dateFromUrl(QStringLiteral("http://example.org/2005/05/07/snow"))), QStringLiteral("2005-05-07"));
        QCOMPARE(day(dateFromUrl(QStringLiteral("http://auto.sohu.com/20050513/n225551143.shtml"))),
                 QStringLiteral("2005-05-13"));
        QCOMPARE(day(dateFromUrl(QStringLiteral("https://news.example.com/2012-11-06/chips.html"))),
                 QStringLiteral("2012-11-06"));
        QCOMPARE(day(dateFromUrl(QStringLiteral("https://example.com/item/12345678/x"))), QString());
    }

    void organisationsAreNotAuthors()
    {
        QVERIFY(isOrganisationName(QStringLiteral("大汉网络"), QString()));
        QVERIFY(isOrganisationName(QStringLiteral("新华网"), QString()));
        QVERIFY(isOrganisationName(QStringLiteral("钱江晚报"), QString()));
        QVERIFY(isOrganisationName(QStringLiteral("新浪科技"), QStringLiteral("新浪科技")));
        QVERIFY(!isOrganisationName(QStringLiteral("王燕平"), QString()));
        QVERIFY(!isOrganisationName(QStringLiteral("Nicolas Perriault"), QString()));
    }

    void reportersSeparatedBySpacesAndCommas()
    {
        QCOMPARE(findBylineInText(QStringLiteral("本报记者 王燕平 方云凤 柏建斌 2003-7-24 钱江晚报")),
                 QStringLiteral("王燕平、方云凤、柏建斌"));
        QCOMPARE(findBylineInText(QStringLiteral("作者：张三、李四")), QStringLiteral("张三、李四"));
        QCOMPARE(findBylineInText(QStringLiteral("新华网黑龙江频道 记者 伊琳 李清芬\n")), QStringLiteral("伊琳、李清芬"));
    }

    void blogPageGivesPosterAndDate()
    {
        // A blog of 2005: the title is the blog's, the post line stands under the post.
        const QString html = QStringLiteral(
            "<html><head><title>海姑娘的博客</title></head><body><div id=nav><a href=/>首页</a> <a href=/list>目录</a></div>"
            "<div class=sidebar>建立于:2004年10月6日 文章 - 178</div>"
            "<div class=post><h2>雪花的快乐</h2>%1<p>海姑娘 发表于 2005-3-16 21:23 | 阅读 3727 | 评论 63</p></div>"
            "</body></html>").arg(kStory);
        const ExtractedArticle a = extractPage(html);
        QCOMPARE(a.meta.author, QStringLiteral("海姑娘"));
        QCOMPARE(day(a.meta.published), QStringLiteral("2005-03-16"));
    }

    void forumPageGivesPosterAndDate()
    {
        const QString html = QStringLiteral(
            "<html><head><title>雪景照片 - 旅游论坛</title></head><body><table><tr><td>"
            "<div class=postinfo>作者：芊草凡凡 &nbsp; 发表时间：2005-08-22 19:13:18</div>"
            "<div class=postbody>%1</div></td></tr></table></body></html>").arg(kStory);
        const ExtractedArticle a = extractPage(html);
        QCOMPARE(a.meta.author, QStringLiteral("芊草凡凡"));
        QCOMPARE(day(a.meta.published), QStringLiteral("2005-08-22"));
    }

    void vendorInMetaIsNotTheAuthor()
    {
        const QString html = QStringLiteral(
            "<html><head><title>雪景</title><meta name=Author content=\"大汉网络\"></head><body>"
            "<div class=content>%1</div></body></html>").arg(kStory);
        QCOMPARE(extractPage(html).meta.author, QString());
    }

    void addressGivesTheDateLast()
    {
        const QString html = QStringLiteral("<html><head><title>Snow</title></head><body><div class=content>%1</div>"
                                            "</body></html>").arg(kStory);
        QCOMPARE(day(extractPage(html, QStringLiteral("http://blog.example.org/2005/03/16/snow.html")).meta.published),
                 QStringLiteral("2005-03-16"));
    }
};

QTEST_GUILESS_MAIN(TestPostLines)
#include "tst_postlines.moc"
