// Tags: case-insensitive names, rename/merge, removal, and Article.tags kept in step.
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;

namespace {

Article makeArticle(const QString &title, const QString &site, const QDateTime &saved, const QStringList &tags = {})
{
    Article a;
    a.meta.title = title;
    a.meta.author = QStringLiteral("Ada Writer");
    a.meta.siteName = site;
    a.meta.url = QStringLiteral("https://%1/posts/%2?utm_source=rss").arg(site, QString::number(qHash(title)));
    a.meta.language = QStringLiteral("en");
    a.meta.excerpt = QStringLiteral("Excerpt of ") + title;
    a.meta.published = saved.addDays(-1);
    a.saved = saved;
    a.markdown = QStringLiteral("# %1\n\nBody of the article.").arg(title);
    a.text = QStringLiteral("%1 Body of the article.").arg(title);
    a.sourceFile = QStringLiteral("/tmp/%1.html").arg(title);
    a.sourceFormat = QStringLiteral("html");
    a.encoding = QStringLiteral("UTF-8");
    a.contentHash = QStringLiteral("hash-") + title;
    a.confidence = 0.75;
    a.tags = tags;
    return a;
}

QDateTime day(int d)
{
    return QDateTime(QDate(2024, 3, d), QTime(9, 30), Qt::UTC);
}

} // namespace

class TestStorageTags final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tagsAreCaseInsensitive();
    void tagRenameAndMerge();
    void tagRemove();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
};

void TestStorageTags::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Library::open(m_dir->filePath(QStringLiteral("lib")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    m_lib = std::move(*opened);
}

void TestStorageTags::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

void TestStorageTags::tagsAreCaseInsensitive()
{
    auto &repo = m_lib->articles();
    auto one = repo.insert(makeArticle("one", "s.com", day(1), {QStringLiteral("Linux"), QStringLiteral("linux"),
                                                                 QStringLiteral("  Open   Source ")}));
    auto two = repo.insert(makeArticle("two", "s.com", day(2), {QStringLiteral("LINUX")}));
    QVERIFY(one.ok() && two.ok());
    QCOMPARE(repo.get(*one)->tags, (QStringList{QStringLiteral("Linux"), QStringLiteral("Open Source")}));
    QCOMPARE(repo.get(*two)->tags, QStringList{QStringLiteral("Linux")}); // first spelling wins
    auto &tags = m_lib->tags();
    QVERIFY(tags.addTags(*two, {QStringLiteral("open source"), QStringLiteral("新闻")}).ok());
    QCOMPARE(tags.tagsOf(*two),
             (QStringList{QStringLiteral("Linux"), QStringLiteral("Open Source"), QStringLiteral("新闻")}));
    const QList<TagCount> list = tags.list();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].name, QStringLiteral("Linux"));
    QCOMPARE(list[0].count, 2);
    QCOMPARE(list[1].count, 2);
    QCOMPARE(list[2].count, 1);
    QVERIFY(tags.removeTags(*two, {QStringLiteral("LINUX")}).ok());
    QCOMPARE(repo.get(*two)->tags, (QStringList{QStringLiteral("Open Source"), QStringLiteral("新闻")}));
    QVERIFY(!tags.addTags(424242, {QStringLiteral("x")}).ok());
}


void TestStorageTags::tagRenameAndMerge()
{
    auto &repo = m_lib->articles();
    auto &tags = m_lib->tags();
    auto a = repo.insert(makeArticle("a", "s.com", day(1), {QStringLiteral("js")}));
    auto b = repo.insert(makeArticle("b", "s.com", day(2), {QStringLiteral("js"), QStringLiteral("JavaScript")}));
    auto c = repo.insert(makeArticle("c", "s.com", day(3), {QStringLiteral("JavaScript")}));
    QVERIFY(a.ok() && b.ok() && c.ok());

    // Case-only rename.
    QVERIFY(tags.rename(QStringLiteral("JS"), QStringLiteral("JS")).ok());
    QCOMPARE(repo.get(*a)->tags, QStringList{QStringLiteral("JS")});
    // Rename onto an existing tag merges (b had both: it keeps one).
    QVERIFY(tags.rename(QStringLiteral("js"), QStringLiteral("javascript")).ok());
    QCOMPARE(repo.get(*a)->tags, QStringList{QStringLiteral("JavaScript")});
    QCOMPARE(repo.get(*b)->tags, QStringList{QStringLiteral("JavaScript")});
    QCOMPARE(repo.get(*c)->tags, QStringList{QStringLiteral("JavaScript")});
    const QList<TagCount> list = tags.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().count, 3);
    // Plain rename.
    QVERIFY(tags.rename(QStringLiteral("JavaScript"), QStringLiteral("Web")).ok());
    ArticleFilter web;
    web.tag = QStringLiteral("web");
    QCOMPARE(repo.count(web), 3);
    QVERIFY(!tags.rename(QStringLiteral("nope"), QStringLiteral("x")).ok());
    QVERIFY(!tags.rename(QStringLiteral("Web"), QStringLiteral("   ")).ok());
}


void TestStorageTags::tagRemove()
{
    auto &repo = m_lib->articles();
    auto a = repo.insert(makeArticle("a", "s.com", day(1), {QStringLiteral("draft"), QStringLiteral("keep")}));
    QVERIFY(a.ok());
    QVERIFY(m_lib->tags().remove(QStringLiteral("DRAFT")).ok());
    QCOMPARE(repo.get(*a)->tags, QStringList{QStringLiteral("keep")});
    QCOMPARE(m_lib->tags().list().size(), 1);
    QVERIFY(!m_lib->tags().remove(QStringLiteral("draft")).ok());
}


QTEST_GUILESS_MAIN(TestStorageTags)
#include "tst_storagetags.moc"
