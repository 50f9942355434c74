// Library, ArticleRepository and TagRepository end to end on a temporary library folder.
#include "storagefixtures.h"

#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "storage/statement.h"
#include "storage/tagrepository.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;

using storagefixtures::day;
using storagefixtures::makeArticle;

class TestStorage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsLibraryFolder();
    void defaultFolderFromEnvironment();
    void insertAndGetRoundTrip();
    void chineseContentRoundTrip();
    void listDoesNotLoadBodies();
    void filterSortAndPaging();
    void idsAndGetMany();
    void stateToggles();
    void replaceContentKeepsState();
    void removeDeletesLinks();
    void findByUrlAndHash();
    void sitesCounts();
    void transactionsNest();
    void garbageCollectionKeepsReferencedBlobs();
    void replacedContentReleasesOnlyWhatItDrops();
    void rebuildKeepsSearchWorking();
    void integrityCheckFindsDamage();
    void unknownIdsGiveErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
};

void TestStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Library::open(m_dir->filePath(QStringLiteral("lib")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    m_lib = std::move(*opened);
}

void TestStorage::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

void TestStorage::createsLibraryFolder()
{
    QVERIFY(m_lib->wasCreated());
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("lib/library.sqlite"))));
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("lib/blobs"))).isDir());
    QCOMPARE(databaseOf(*m_lib).userVersion(), Library::schemaVersion());

    Statement pragma = databaseOf(*m_lib).prepare("PRAGMA journal_mode");
    QVERIFY(pragma.step());
    QCOMPARE(pragma.text(0), QStringLiteral("wal"));
    Statement fk = databaseOf(*m_lib).prepare("PRAGMA foreign_keys");
    QVERIFY(fk.step());
    QCOMPARE(fk.integer(0), 1);

    const QString folder = m_lib->folder();
    m_lib.reset();
    auto reopened = Library::open(folder);
    QVERIFY(reopened.ok());
    QVERIFY(!(*reopened)->wasCreated());

    // A file where the folder should be is refused with a message naming it.
    const QString file = m_dir->filePath(QStringLiteral("plainfile"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto refused = Library::open(file);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(file));
}

void TestStorage::defaultFolderFromEnvironment()
{
    const QByteArray old = qgetenv("OFFPRINT_LIBRARY");
    qputenv("OFFPRINT_LIBRARY", m_dir->filePath(QStringLiteral("elsewhere")).toLocal8Bit());
    QCOMPARE(Library::defaultFolder(), m_dir->filePath(QStringLiteral("elsewhere")));
    qunsetenv("OFFPRINT_LIBRARY");
    const QString standard = Library::defaultFolder();
    QVERIFY(standard.endsWith(QStringLiteral("/library")));
    QVERIFY(standard.contains(QStringLiteral("Offprint")));
    if (!old.isEmpty())
        qputenv("OFFPRINT_LIBRARY", old);
}

void TestStorage::insertAndGetRoundTrip()
{
    Article in = makeArticle(QStringLiteral("Rust 2024 edition"), QStringLiteral("blog.rust-lang.org"), day(5),
                             {QStringLiteral("rust"), QStringLiteral("Programming Languages")});
    in.meta.canonicalUrl = QStringLiteral("HTTPS://Blog.Rust-Lang.org:443/2024/edition/?utm_medium=x#top");
    in.meta.leadImage = QStringLiteral("blobs/ab/lead.png");
    in.originalBlob = QStringLiteral("blobs/cd/original.html");
    auto id = m_lib->articles().insert(in, {QStringLiteral("blobs/ab/one.png"), QStringLiteral("blobs/ab/two.png")});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.errorMessage()));
    QVERIFY(*id > 0);

    const auto out = m_lib->articles().get(*id);
    QVERIFY(out.has_value());
    QCOMPARE(out->id, *id);
    QCOMPARE(out->meta.title, in.meta.title);
    QCOMPARE(out->meta.author, in.meta.author);
    QCOMPARE(out->meta.siteName, in.meta.siteName);
    QCOMPARE(out->meta.url, in.meta.url);
    QCOMPARE(out->meta.canonicalUrl, in.meta.canonicalUrl);
    QCOMPARE(out->meta.language, in.meta.language);
    QCOMPARE(out->meta.excerpt, in.meta.excerpt);
    QCOMPARE(out->meta.leadImage, in.meta.leadImage);
    QCOMPARE(out->meta.published, in.meta.published);
    QCOMPARE(out->saved, in.saved);
    QVERIFY(out->imported.isValid());
    QCOMPARE(out->markdown, in.markdown);
    QCOMPARE(out->text, in.text);
    QCOMPARE(out->textLength, in.text.size());
    QCOMPARE(out->sourceFile, in.sourceFile);
    QCOMPARE(out->sourceFormat, in.sourceFormat);
    QCOMPARE(out->encoding, in.encoding);
    QCOMPARE(out->contentHash, in.contentHash);
    QCOMPARE(out->originalBlob, in.originalBlob);
    QCOMPARE(out->confidence, 0.75);
    QCOMPARE(out->read, false);
    QVERIFY(!out->readAt.isValid());
    QCOMPARE(out->tags, (QStringList{QStringLiteral("Programming Languages"), QStringLiteral("rust")}));
    QCOMPARE(m_lib->articles().assetsOf(*id),
             (QStringList{QStringLiteral("blobs/ab/one.png"), QStringLiteral("blobs/ab/two.png")}));
    // The canonical URL is the duplicate key, normalised.
    QCOMPARE(m_lib->articles().findByUrl(QStringLiteral("https://blog.rust-lang.org/2024/edition")), *id);
    QVERIFY(!m_lib->articles().get(*id + 100).has_value());
}

void TestStorage::chineseContentRoundTrip()
{
    Article in = makeArticle(QStringLiteral("华为发布新款芯片"), QStringLiteral("36氪"), day(2),
                             {QStringLiteral("芯片"), QStringLiteral("硬件")});
    in.meta.author = QStringLiteral("张三");
    in.text = QStringLiteral("华为今天发布了新款麒麟芯片，采用７纳米工艺。");
    in.markdown = QStringLiteral("华为今天发布了新款**麒麟**芯片，采用７纳米工艺。");
    auto id = m_lib->articles().insert(in);
    QVERIFY(id.ok());
    const auto out = m_lib->articles().get(*id);
    QVERIFY(out.has_value());
    QCOMPARE(out->meta.title, in.meta.title);
    QCOMPARE(out->meta.author, in.meta.author);
    QCOMPARE(out->text, in.text);
    QCOMPARE(out->markdown, in.markdown);
    QCOMPARE(out->tags.size(), 2);
    QVERIFY(out->tags.contains(QStringLiteral("芯片")));
}

void TestStorage::listDoesNotLoadBodies()
{
    QVERIFY(m_lib->articles().insert(makeArticle(QStringLiteral("One"), QStringLiteral("a.com"), day(1),
                                                 {QStringLiteral("x")}))
                .ok());
    const QList<Article> rows = m_lib->articles().list({});
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().markdown.isEmpty());
    QVERIFY(rows.first().text.isEmpty());
    QVERIFY(rows.first().textLength > 0);
    QCOMPARE(rows.first().tags, QStringList{QStringLiteral("x")});
    QCOMPARE(rows.first().meta.title, QStringLiteral("One"));
}

void TestStorage::filterSortAndPaging()
{
    auto &repo = m_lib->articles();
    const QStringList titles = {QStringLiteral("delta"), QStringLiteral("Alpha"), QStringLiteral("charlie"),
                                QStringLiteral("Bravo"), QStringLiteral("echo")};
    QList<ArticleId> ids;
    for (int i = 0; i < titles.size(); ++i) {
        const QString site = i % 2 == 0 ? QStringLiteral("even.example") : QStringLiteral("odd.example");
        auto id = repo.insert(makeArticle(titles.at(i), site, day(i + 1),
                                          i < 2 ? QStringList{QStringLiteral("Tagged")} : QStringList{}));
        QVERIFY(id.ok());
        ids << *id;
    }
    QVERIFY(repo.setRead(ids[0], true).ok());
    QVERIFY(repo.setRead(ids[3], true).ok());
    QVERIFY(repo.setStarred(ids[2], true).ok());

    auto titlesOf = [](const QList<Article> &rows) {
        QStringList out;
        for (const Article &a : rows)
            out << a.meta.title;
        return out;
    };

    ArticleFilter filter; // saved, newest first
    QCOMPARE(titlesOf(repo.list(filter)), (QStringList{"echo", "Bravo", "charlie", "Alpha", "delta"}));
    filter.descending = false;
    QCOMPARE(titlesOf(repo.list(filter)), (QStringList{"delta", "Alpha", "charlie", "Bravo", "echo"}));
    filter.sort = ArticleFilter::Sort::Title;
    QCOMPARE(titlesOf(repo.list(filter)), (QStringList{"Alpha", "Bravo", "charlie", "delta", "echo"}));
    filter.offset = 1;
    filter.limit = 2;
    QCOMPARE(titlesOf(repo.list(filter)), (QStringList{"Bravo", "charlie"}));
    QCOMPARE(repo.count(filter), 5); // count ignores paging
    filter.offset = 4;
    filter.limit = 10;
    QCOMPARE(titlesOf(repo.list(filter)), (QStringList{"echo"}));

    // Chinese titles by pinyin, after the Latin ones; a renamed article moves with its new title.
    auto zhBei = repo.insert(makeArticle(QStringLiteral("北京的秋天"), QStringLiteral("zh.example"), day(6)));
    auto zhA = repo.insert(makeArticle(QStringLiteral("阿里巴巴财报"), QStringLiteral("zh.example"), day(7)));
    auto zhShen = repo.insert(makeArticle(QStringLiteral("深圳"), QStringLiteral("zh.example"), day(8)));
    QVERIFY(zhBei.ok() && zhA.ok() && zhShen.ok());
    ArticleFilter byTitle;
    byTitle.sort = ArticleFilter::Sort::Title;
    byTitle.descending = false;
    QCOMPARE(titlesOf(repo.list(byTitle)), (QStringList{"Alpha", "Bravo", "charlie", "delta", "echo", QStringLiteral("阿里巴巴财报"),
                                                        QStringLiteral("北京的秋天"), QStringLiteral("深圳")}));
    Article renamed = *repo.get(*zhShen);
    renamed.meta.title = QStringLiteral("Zulu");
    QVERIFY(repo.replaceContent(*zhShen, renamed).ok());
    QCOMPARE(titlesOf(repo.list(byTitle)).at(5), QStringLiteral("Zulu"));
    for (const auto &id : {*zhBei, *zhA, *zhShen})
        QVERIFY(repo.remove(id).ok());

    ArticleFilter unread;
    unread.readState = ArticleFilter::ReadState::Unread;
    QCOMPARE(titlesOf(repo.list(unread)), (QStringList{"echo", "charlie", "Alpha"}));
    QCOMPARE(repo.count(unread), 3);
    ArticleFilter read;
    read.readState = ArticleFilter::ReadState::Read;
    QCOMPARE(titlesOf(repo.list(read)), (QStringList{"Bravo", "delta"}));
    ArticleFilter starred;
    starred.starredOnly = true;
    QCOMPARE(titlesOf(repo.list(starred)), (QStringList{"charlie"}));
    ArticleFilter tagged;
    tagged.tag = QStringLiteral("tagged"); // any case
    QCOMPARE(titlesOf(repo.list(tagged)), (QStringList{"Alpha", "delta"}));
    QCOMPARE(repo.count(tagged), 2);
    ArticleFilter site;
    site.site = QStringLiteral("odd.example");
    QCOMPARE(titlesOf(repo.list(site)), (QStringList{"Bravo", "Alpha"}));
    site.readState = ArticleFilter::ReadState::Unread;
    QCOMPARE(titlesOf(repo.list(site)), (QStringList{"Alpha"}));

    ArticleFilter bySite;
    bySite.sort = ArticleFilter::Sort::Site;
    bySite.descending = false;
    QCOMPARE(titlesOf(repo.list(bySite)), (QStringList{"echo", "charlie", "delta", "Bravo", "Alpha"}));

    // Published: one article without a date sorts after the dated ones when newest first.
    Article undated = makeArticle(QStringLiteral("undated"), QStringLiteral("odd.example"), day(20));
    undated.meta.published = QDateTime();
    QVERIFY(repo.insert(undated).ok());
    ArticleFilter byPublished;
    byPublished.sort = ArticleFilter::Sort::Published;
    QCOMPARE(titlesOf(repo.list(byPublished)),
             (QStringList{"echo", "Bravo", "charlie", "Alpha", "delta", "undated"}));
    QVERIFY(!repo.list(byPublished).last().meta.published.isValid());
}

void TestStorage::idsAndGetMany()
{
    auto &repo = m_lib->articles();
    QList<ArticleId> inserted;
    for (int i = 0; i < 12; ++i) {
        auto id = repo.insert(makeArticle(QStringLiteral("Article %1").arg(i), QStringLiteral("s.com"), day(i + 1)));
        QVERIFY(id.ok());
        inserted << *id;
    }
    ArticleFilter filter;
    const QList<ArticleId> ids = repo.ids(filter);
    QCOMPARE(ids.size(), 12);
    QCOMPARE(ids.first(), inserted.last()); // newest first
    filter.offset = 10;
    QCOMPARE(repo.ids(filter), (QList<ArticleId>{inserted[1], inserted[0]}));

    const QList<ArticleId> wanted = {inserted[7], 999999, inserted[2], inserted[9]};
    const QList<Article> rows = repo.getMany(wanted);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].id, inserted[7]);
    QCOMPARE(rows[1].id, inserted[2]);
    QCOMPARE(rows[2].id, inserted[9]);
    QCOMPARE(rows[1].meta.title, QStringLiteral("Article 2"));
    QVERIFY(rows[1].markdown.isEmpty());
    QVERIFY(repo.getMany({}).isEmpty());

    // More ids than one query takes, in an arbitrary order with a repeat.
    {
        Transaction batch(databaseOf(*m_lib));
        for (int i = 0; i < 600; ++i)
            QVERIFY(repo.insert(makeArticle(QStringLiteral("Bulk %1").arg(i), QStringLiteral("s.com"), day(1))).ok());
        QVERIFY(batch.commit().ok());
    }
    QList<ArticleId> all = repo.ids({});
    QCOMPARE(all.size(), 612);
    std::reverse(all.begin(), all.end());
    all.append(all.first());
    const QList<Article> many = repo.getMany(all);
    QCOMPARE(many.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(many.at(i).id, all.at(i));
}

void TestStorage::stateToggles()
{
    auto &repo = m_lib->articles();
    auto id = repo.insert(makeArticle(QStringLiteral("State"), QStringLiteral("s.com"), day(1)));
    QVERIFY(id.ok());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(repo.setRead(*id, true).ok());
    auto a = repo.get(*id);
    QVERIFY(a->read);
    QVERIFY(a->readAt.isValid());
    QVERIFY(a->readAt >= before);
    QVERIFY(repo.setRead(*id, false).ok());
    a = repo.get(*id);
    QVERIFY(!a->read);
    QVERIFY(!a->readAt.isValid());

    QVERIFY(repo.setStarred(*id, true).ok());
    QVERIFY(repo.get(*id)->starred);
    QVERIFY(repo.setStarred(*id, false).ok());
    QVERIFY(!repo.get(*id)->starred);

    QVERIFY(repo.setReadingPosition(*id, 0.42).ok());
    QCOMPARE(repo.get(*id)->readingPosition, 0.42);
    QVERIFY(repo.setReadingPosition(*id, 7.0).ok());
    QCOMPARE(repo.get(*id)->readingPosition, 1.0);
    QVERIFY(repo.setReadingPosition(*id, -3.0).ok());
    QCOMPARE(repo.get(*id)->readingPosition, 0.0);
}

void TestStorage::replaceContentKeepsState()
{
    auto &repo = m_lib->articles();
    auto id = repo.insert(makeArticle(QStringLiteral("Old title"), QStringLiteral("s.com"), day(3),
                                      {QStringLiteral("keep")}),
                          {QStringLiteral("blobs/aa/old.png")});
    QVERIFY(id.ok());
    QVERIFY(repo.setRead(*id, true).ok());
    QVERIFY(repo.setStarred(*id, true).ok());
    QVERIFY(repo.setReadingPosition(*id, 0.5).ok());
    QVERIFY(m_lib->tags().addTags(*id, {QStringLiteral("added")}).ok());

    Article replacement = makeArticle(QStringLiteral("New title"), QStringLiteral("s.com"), QDateTime());
    replacement.text = QStringLiteral("Completely new body");
    replacement.markdown = QStringLiteral("Completely *new* body");
    replacement.tags = {QStringLiteral("ignored")};
    auto replaced = repo.replaceContent(*id, replacement, {QStringLiteral("blobs/bb/new.png")});
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.errorMessage()));

    const auto a = repo.get(*id);
    QCOMPARE(a->meta.title, QStringLiteral("New title"));
    QCOMPARE(a->markdown, replacement.markdown);
    QCOMPARE(a->text, replacement.text);
    QCOMPARE(a->saved, day(3)); // invalid new saved date keeps the old one
    QVERIFY(a->read);
    QVERIFY(a->starred);
    QCOMPARE(a->readingPosition, 0.5);
    QCOMPARE(a->tags, (QStringList{QStringLiteral("added"), QStringLiteral("keep")}));
    QCOMPARE(repo.assetsOf(*id), QStringList{QStringLiteral("blobs/bb/new.png")});
    QVERIFY(!repo.replaceContent(*id + 50, replacement).ok());
}

void TestStorage::removeDeletesLinks()
{
    auto &repo = m_lib->articles();
    auto keep = repo.insert(makeArticle(QStringLiteral("Keep"), QStringLiteral("s.com"), day(1),
                                        {QStringLiteral("shared")}));
    auto gone = repo.insert(makeArticle(QStringLiteral("Gone"), QStringLiteral("s.com"), day(2),
                                        {QStringLiteral("shared"), QStringLiteral("only-gone")}),
                            {QStringLiteral("blobs/aa/x.png")});
    QVERIFY(keep.ok() && gone.ok());
    QVERIFY(repo.remove(*gone).ok());
    QVERIFY(!repo.get(*gone).has_value());
    QVERIFY(repo.assetsOf(*gone).isEmpty());
    Statement links = databaseOf(*m_lib).prepare("SELECT count(*) FROM article_tags WHERE article_id = ?1");
    links.bind(1, *gone);
    QVERIFY(links.step());
    QCOMPARE(links.integer(0), 0);
    const QList<TagCount> tags = m_lib->tags().list();
    QCOMPARE(tags.size(), 1); // the tag only the removed article had is gone
    QCOMPARE(tags.first().name, QStringLiteral("shared"));
    QCOMPARE(tags.first().count, 1);
    const auto second = repo.remove(*gone);
    QVERIFY(!second.ok());
    QVERIFY(second.errorMessage().contains(QString::number(*gone)));
}

void TestStorage::findByUrlAndHash()
{
    auto &repo = m_lib->articles();
    Article a = makeArticle(QStringLiteral("WeChat"), QStringLiteral("mp.weixin.qq.com"), day(1));
    a.meta.url = QStringLiteral("https://mp.weixin.qq.com/s?__biz=MzA&mid=26&idx=1&sn=abc&chksm=ff&scene=21"
                                "#wechat_redirect");
    a.contentHash = QStringLiteral("deadbeef");
    auto id = repo.insert(a);
    QVERIFY(id.ok());
    QCOMPARE(repo.findByUrl(QStringLiteral("https://mp.weixin.qq.com/s?sn=abc&idx=1&__biz=MzA&mid=26")), *id);
    QCOMPARE(repo.findByUrl(ArticleRepository::normalizeUrl(a.meta.url)), *id);
    QVERIFY(!repo.findByUrl(QStringLiteral("https://mp.weixin.qq.com/s?__biz=MzA&mid=27&idx=1&sn=abc")));
    QVERIFY(!repo.findByUrl(QString()));
    QCOMPARE(repo.findByContentHash(QStringLiteral("deadbeef")), *id);
    QVERIFY(!repo.findByContentHash(QStringLiteral("cafe")));
    QVERIFY(!repo.findByContentHash(QString()));
}

void TestStorage::sitesCounts()
{
    auto &repo = m_lib->articles();
    QVERIFY(repo.insert(makeArticle("a", QStringLiteral("news.ycombinator.com"), day(1))).ok());
    QVERIFY(repo.insert(makeArticle("b", QStringLiteral("lwn.net"), day(2))).ok());
    QVERIFY(repo.insert(makeArticle("c", QStringLiteral("lwn.net"), day(3))).ok());
    QVERIFY(repo.insert(makeArticle("d", QString(), day(4))).ok());
    const auto sites = repo.sites();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites[0], (QPair<QString, qint64>(QStringLiteral("lwn.net"), 2)));
    QCOMPARE(sites[1], (QPair<QString, qint64>(QStringLiteral("news.ycombinator.com"), 1)));
}

void TestStorage::transactionsNest()
{
    auto &repo = m_lib->articles();
    {
        Transaction outer(databaseOf(*m_lib));
        QVERIFY(outer.ok());
        QVERIFY(repo.insert(makeArticle("inside", "s.com", day(1))).ok()); // nested savepoint
        // outer not committed: rolled back on scope exit
    }
    QCOMPARE(repo.count({}), 0);
    {
        Transaction outer(databaseOf(*m_lib));
        QVERIFY(repo.insert(makeArticle("committed", "s.com", day(1))).ok());
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(repo.count({}), 1);
}

void TestStorage::garbageCollectionKeepsReferencedBlobs()
{
    BlobStore &blobs = m_lib->blobs();
    auto original = blobs.put("<html>original page</html>", QStringLiteral("html"));
    auto image = blobs.put("image bytes", QStringLiteral("png"));
    auto shared = blobs.put("shared image", QStringLiteral("png"));
    auto orphan = blobs.put("unreferenced", QStringLiteral("bin"));
    QVERIFY(original.ok() && image.ok() && shared.ok() && orphan.ok());
    Article a = makeArticle(QStringLiteral("with assets"), QStringLiteral("s.com"), day(1));
    a.originalBlob = *original;
    auto first = m_lib->articles().insert(a, {*image, *shared});
    auto second = m_lib->articles().insert(makeArticle(QStringLiteral("other"), QStringLiteral("s.com"), day(2)),
                                           {*shared});
    QVERIFY(first.ok() && second.ok());

    // A file nothing refers to stays while it is recent (an import may be about to record it)...
    auto removed = m_lib->collectGarbage();
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 0);
    QVERIFY(blobs.contains(*orphan));
    // ...and goes once it is older than the grace period.
    {
        QFile file(blobs.absolutePath(*orphan));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-30), QFileDevice::FileModificationTime));
    }
    removed = m_lib->collectGarbage();
    QCOMPARE(*removed, 1);
    QVERIFY(!blobs.contains(*orphan));
    QVERIFY(blobs.contains(*original) && blobs.contains(*image) && blobs.contains(*shared));

    // Removing an article releases its files (old as they are): they stay through the grace period, so
    // that an undo finds them; shared ones stay as long as another article uses them.
    for (const QString &blob : {*original, *image, *shared}) {
        QFile file(blobs.absolutePath(blob));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-400), QFileDevice::FileModificationTime));
    }
    QVERIFY(m_lib->articles().remove(*first).ok());
    removed = m_lib->collectGarbage();
    QCOMPARE(*removed, 0);
    QVERIFY(blobs.contains(*original) && blobs.contains(*image));
    // Eight days later (the release times moved back), they go.
    QVERIFY(databaseOf(*m_lib).exec("UPDATE released_blobs SET released = '2000-01-01T00:00:00.000Z'").ok());
    removed = m_lib->collectGarbage();
    QCOMPARE(*removed, 2);
    QVERIFY(!blobs.contains(*original) && !blobs.contains(*image));
    QVERIFY(blobs.contains(*shared));
    // Release records of removed or still used files are settled.
    Statement left = databaseOf(*m_lib).prepare("SELECT count(*) FROM released_blobs");
    QVERIFY(left.step());
    QCOMPARE(left.int64(0), 0);
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("lib/library.sqlite"))));
}

void TestStorage::replacedContentReleasesOnlyWhatItDrops()
{
    BlobStore &blobs = m_lib->blobs();
    auto kept = blobs.put("kept image", QStringLiteral("png"));
    auto dropped = blobs.put("dropped image", QStringLiteral("png"));
    QVERIFY(kept.ok() && dropped.ok());
    Article a = makeArticle(QStringLiteral("v1"), QStringLiteral("s.com"), day(1));
    auto id = m_lib->articles().insert(a, {*kept, *dropped});
    QVERIFY(id.ok());
    a.meta.title = QStringLiteral("v2");
    QVERIFY(m_lib->articles().replaceContent(*id, a, {*kept}).ok());
    QVERIFY(databaseOf(*m_lib).exec("UPDATE released_blobs SET released = '2000-01-01T00:00:00.000Z'").ok());
    auto removed = m_lib->collectGarbage();
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 1);
    QVERIFY(blobs.contains(*kept));
    QVERIFY(!blobs.contains(*dropped));
}

void TestStorage::rebuildKeepsSearchWorking()
{
    QVERIFY(m_lib->articles().insert(makeArticle(QStringLiteral("Zigzag parser"), QStringLiteral("s.com"), day(1)))
                .ok());
    QVERIFY(m_lib->rebuildSearchIndex().ok());
    auto hits = m_lib->search().search(QStringLiteral("zigzag"), 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
}

void TestStorage::integrityCheckFindsDamage()
{
    for (int i = 0; i < 300; ++i) {
        Article a = makeArticle(QStringLiteral("Article number %1").arg(i), QStringLiteral("s.com"), day(1 + i % 28));
        a.text = QString(QStringLiteral("A paragraph about storage engines and B-trees. ")).repeated(20);
        QVERIFY(m_lib->articles().insert(a).ok());
    }
    QVERIFY(m_lib->checkIntegrity().ok());

    // An index that lost its entries is reported, and a rebuild repairs it.
    QVERIFY(databaseOf(*m_lib).exec("INSERT INTO articles_fts(articles_fts) VALUES('delete-all')").ok());
    const auto stale = m_lib->checkIntegrity();
    QVERIFY(!stale.ok());
    QVERIFY2(stale.errorMessage().contains(QStringLiteral("search index")), qPrintable(stale.errorMessage()));
    QVERIFY(m_lib->rebuildSearchIndex().ok());
    QVERIFY(m_lib->checkIntegrity().ok());

    // Overwritten pages in the middle of the file: reported as damage, never a crash.
    const QString folder = m_lib->folder();
    const QString file = QDir(folder).filePath(QStringLiteral("library.sqlite"));
    m_lib.reset();
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 64 * 1024);
        f.seek(f.size() / 2);
        f.write(QByteArray(16 * 1024, '\x5a'));
    }
    auto reopened = Library::open(folder);
    if (!reopened.ok()) {
        QVERIFY2(reopened.errorMessage().contains(QStringLiteral("damaged")), qPrintable(reopened.errorMessage()));
        return;
    }
    const auto damaged = (*reopened)->checkIntegrity();
    QVERIFY(!damaged.ok());
    QVERIFY2(damaged.errorMessage().contains(QStringLiteral("damaged")), qPrintable(damaged.errorMessage()));
    (*reopened)->articles().list({}); // may come back short; must not crash
}

void TestStorage::unknownIdsGiveErrors()
{
    auto &repo = m_lib->articles();
    const auto r = repo.setRead(77, true);
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(QStringLiteral("77")));
    QVERIFY(!repo.setStarred(77, true).ok());
    QVERIFY(!repo.setReadingPosition(77, 0.1).ok());
    QVERIFY(!repo.remove(77).ok());
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
