// Tags: case-insensitive names, rename/merge, removal, and Article.tags kept in step.
#include "storagefixtures.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;

using storagefixtures::day;
using storagefixtures::makeArticle;

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
