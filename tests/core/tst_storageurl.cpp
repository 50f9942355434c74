// URL normalisation: the duplicate key of articles (ArticleRepository::normalizeUrl).
#include "storage/articlerepository.h"

#include <QtTest>

using offprint::storage::ArticleRepository;

class TestStorageUrl final : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void idempotent_data();
    void idempotent();
};

void TestStorageUrl::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "" << "";
    QTest::newRow("blank") << "   " << "";
    QTest::newRow("scheme and host case") << "HTTPS://Example.COM/Path/Page" << "https://example.com/Path/Page";
    QTest::newRow("default https port") << "https://example.com:443/a" << "https://example.com/a";
    QTest::newRow("default http port") << "http://example.com:80/a" << "http://example.com/a";
    QTest::newRow("other port kept") << "https://example.com:8443/a" << "https://example.com:8443/a";
    QTest::newRow("fragment dropped") << "https://example.com/a#comments" << "https://example.com/a";
    QTest::newRow("hashbang route kept") << "https://example.com/#!/post/12" << "https://example.com/#!/post/12";
    QTest::newRow("trailing slash") << "https://example.com/blog/post/" << "https://example.com/blog/post";
    QTest::newRow("root slash added") << "https://example.com" << "https://example.com/";
    QTest::newRow("root slash kept") << "https://example.com/" << "https://example.com/";
    QTest::newRow("dot segments") << "https://example.com/a/./b/../c" << "https://example.com/a/c";
    QTest::newRow("utm params") << "https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x"
                                << "https://example.com/a";
    QTest::newRow("params sorted") << "https://example.com/item?z=1&a=2&m=3" << "https://example.com/item?a=2&m=3&z=1";
    QTest::newRow("tracking among real params")
        << "https://news.example.com/read?id=42&fbclid=IwAR0&gclid=Cj0&ref=hn"
        << "https://news.example.com/read?id=42";
    QTest::newRow("spm and from (Chinese sites)")
        << "https://www.zhihu.com/question/123?spm=a2c4e.11153940&from=timeline"
        << "https://www.zhihu.com/question/123";
    QTest::newRow("wechat share link")
        << "https://mp.weixin.qq.com/s?__biz=MzA3MDM3NjE5NQ==&mid=2650&idx=1&sn=9c1f&chksm=84d6&scene=21"
           "&srcid=0101&sharer_sharetime=1700000000&sharer_shareid=abc#wechat_redirect"
        << "https://mp.weixin.qq.com/s?__biz=MzA3MDM3NjE5NQ==&idx=1&mid=2650&sn=9c1f";
    QTest::newRow("bilibili share params")
        << "https://www.bilibili.com/read/cv123?share_source=copy_link&share_medium=iphone&vd_source=x"
        << "https://www.bilibili.com/read/cv123";
    QTest::newRow("tracking key case-insensitive") << "https://e.com/a?UTM_Source=x&b=1" << "https://e.com/a?b=1";
    QTest::newRow("empty query dropped") << "https://e.com/a?" << "https://e.com/a";
    QTest::newRow("stray ampersands") << "https://e.com/a?&b=1&&c=2&" << "https://e.com/a?b=1&c=2";
    QTest::newRow("non-ascii path encoded") << "https://zh.wikipedia.org/wiki/芯片"
                                            << "https://zh.wikipedia.org/wiki/%E8%8A%AF%E7%89%87";
    QTest::newRow("percent-encoded path equal")
        << "https://zh.wikipedia.org/wiki/%e8%8a%af%e7%89%87" << "https://zh.wikipedia.org/wiki/%E8%8A%AF%E7%89%87";
    QTest::newRow("surrounding spaces") << "  https://example.com/a  " << "https://example.com/a";
    QTest::newRow("not a url") << "just some words" << "just some words";
    QTest::newRow("relative path") << "/posts/1" << "/posts/1";
    QTest::newRow("file url") << "file:///home/me/page.html" << "file:///home/me/page.html";
}

void TestStorageUrl::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ArticleRepository::normalizeUrl(input), expected);
}

void TestStorageUrl::idempotent_data()
{
    normalize_data();
}

void TestStorageUrl::idempotent()
{
    QFETCH(QString, input);
    const QString once = ArticleRepository::normalizeUrl(input);
    QCOMPARE(ArticleRepository::normalizeUrl(once), once);
}

QTEST_GUILESS_MAIN(TestStorageUrl)
#include "tst_storageurl.moc"
