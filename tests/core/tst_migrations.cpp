// Schema versions: upgrading an old library, refusing a newer one untouched, backups, failed
// migrations rolled back, and the index rebuilt when the tokenizer changes.
#include "common/fileutil.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/schema.h"
#include "storage/searchrepository.h"
#include "storage/statement.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace offprint;
using namespace offprint::storage;

namespace {

QString fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return fileutil::sha256Hex(f.readAll());
}

// A library as schema 1 wrote it, with two articles and tags, through raw SQL (like an old build).
void createVersion1Library(const QString &folder)
{
    QVERIFY(QDir().mkpath(folder));
    auto db = Database::open(QDir(folder).filePath(QStringLiteral("library.sqlite")), Database::Mode::ReadWrite);
    QVERIFY(db.ok());
    QVERIFY(migrations::migrate(**db, 1).ok());
    QCOMPARE((*db)->userVersion(), 1);
    QVERIFY((*db)->exec(R"sql(
        INSERT INTO articles(id, title, author, site_name, url, normalized_url, saved, imported, language, markdown,
                             text, text_length, read, starred, reading_position)
        VALUES (1, 'Understanding write-ahead logging', 'Richard', 'sqlite.org', 'https://sqlite.org/wal.html',
                'https://sqlite.org/wal.html', '2023-05-01T10:00:00.000Z', '2023-05-02T10:00:00.000Z', 'en',
                '# WAL', 'Readers do not block writers and a writer does not block readers.', 66, 1, 0, 0.3),
               (2, '国产芯片的新进展', '李四', '36氪', 'https://36kr.com/p/1', 'https://36kr.com/p/1',
                '2023-06-01T10:00:00.000Z', '2023-06-01T11:00:00.000Z', 'zh', '正文', 'chip news body', 15, 0, 1, 0);
        INSERT INTO tags(id, name) VALUES (1, 'databases'), (2, 'Hardware');
        INSERT INTO article_tags(article_id, tag_id) VALUES (1, 1), (2, 2), (2, 1);
        INSERT INTO article_assets(article_id, blob) VALUES (2, 'blobs/aa/aa11.png');
    )sql")
                .ok());
}

QStringList titlesFor(SearchRepository &search, const QString &query)
{
    QStringList titles;
    auto hits = search.search(query, 10);
    if (!hits.ok())
        return {QStringLiteral("error: ") + hits.errorMessage()};
    for (const SearchHit &hit : *hits)
        titles << hit.article.meta.title;
    return titles;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void upgradesVersion1KeepingData();
    void upgradesFrozenVersion1File();
    void newerLibraryIsRefusedUntouched();
    void newerLibraryInWalModeIsRefusedUntouched();
    void foreignFilesAreRefused();
    void failedMigrationRollsBack();
    void tokenizerChangeRebuildsIndex();
    void wordPrefixIndexIsBuiltWithProgress();
    void errorMessagesAreForUsers();
};

void TestMigrations::upgradesVersion1KeepingData()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("lib"));
    createVersion1Library(folder);
    const QString file = QDir(folder).filePath(QStringLiteral("library.sqlite"));

    auto opened = Library::open(folder);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    Library &lib = **opened;
    QVERIFY(!lib.wasCreated());
    QCOMPARE(databaseOf(lib).userVersion(), migrations::latestVersion());

    const auto wal = lib.articles().get(1);
    QVERIFY(wal.has_value());
    QCOMPARE(wal->meta.title, QStringLiteral("Understanding write-ahead logging"));
    QVERIFY(wal->read);
    QCOMPARE(wal->readingPosition, 0.3);
    QCOMPARE(wal->tags, QStringList{QStringLiteral("databases")});
    const auto chip = lib.articles().get(2);
    QCOMPARE(chip->tags, (QStringList{QStringLiteral("databases"), QStringLiteral("Hardware")}));
    QVERIFY(chip->starred);
    QCOMPARE(lib.articles().assetsOf(2), QStringList{QStringLiteral("blobs/aa/aa11.png")});

    // The index was built from the existing rows, including the tags.
    QCOMPARE(titlesFor(lib.search(), QStringLiteral("writers")),
             QStringList{QStringLiteral("Understanding write-ahead logging")});
    QCOMPARE(titlesFor(lib.search(), QStringLiteral("hardware")), QStringList{QStringLiteral("国产芯片的新进展")});
    QCOMPARE(titlesFor(lib.search(), QStringLiteral("databases")).size(), 2);

    // Schema 9 gave the existing rows their title sort keys: Latin titles before Chinese ones.
    ArticleFilter byTitle;
    byTitle.sort = ArticleFilter::Sort::Title;
    byTitle.descending = false;
    const QList<Article> sorted = lib.articles().list(byTitle);
    QCOMPARE(sorted.size(), 2);
    QCOMPARE(sorted.first().meta.title, QStringLiteral("Understanding write-ahead logging"));
    Statement keys = databaseOf(lib).prepare("SELECT count(*) FROM articles WHERE title_key IS NULL OR length(title_key) = 0");
    QVERIFY(keys.step());
    QCOMPARE(keys.integer(0), 0);

    // The pre-upgrade copy is a schema-1 database with the same articles.
    const QString backup = file + QStringLiteral(".bak-v1");
    QVERIFY(QFileInfo::exists(backup));
    auto old = Database::open(backup, Database::Mode::ReadOnly);
    QVERIFY(old.ok());
    QCOMPARE((*old)->userVersion(), 1);
    Statement count = (*old)->prepare("SELECT count(*) FROM articles");
    QVERIFY(count.step());
    QCOMPARE(count.integer(0), 2);

    // Opening again does not migrate or back up again.
    opened->reset();
    QVERIFY(Library::open(folder).ok());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".bak-v1-2")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".bak-v2")));
}

void TestMigrations::upgradesFrozenVersion1File()
{
    // Built from a frozen copy of what schema 1 wrote, not from today's migration code.
    QFile sqlFile(qEnvironmentVariable("OFFPRINT_TEST_DATA") + QStringLiteral("/storage/library-v1.sql"));
    QVERIFY2(sqlFile.open(QIODevice::ReadOnly), qPrintable(sqlFile.fileName()));
    const QByteArray sql = sqlFile.readAll();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &raw), SQLITE_OK);
        char *error = nullptr;
        const int rc = sqlite3_exec(raw, sql.constData(), nullptr, nullptr, &error);
        QVERIFY2(rc == SQLITE_OK, error);
        sqlite3_close(raw);
    }
    auto opened = Library::open(dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    Library &lib = **opened;
    QCOMPARE(databaseOf(lib).userVersion(), Library::schemaVersion());
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".bak-v1")));

    const auto wal = lib.articles().get(1);
    QVERIFY(wal.has_value());
    QCOMPARE(wal->meta.author, QStringLiteral("D. Richard Hipp"));
    QCOMPARE(wal->readAt, QDateTime(QDate(2024, 1, 11), QTime(20, 0), Qt::UTC));
    QCOMPARE(wal->meta.published, QDateTime(QDate(2010, 7, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(wal->read && wal->starred);
    QCOMPARE(wal->readingPosition, 0.6);
    QCOMPARE(wal->tags, QStringList{QStringLiteral("Databases")});
    const auto litho = lib.articles().get(2);
    QCOMPARE(litho->encoding, QStringLiteral("GB18030"));
    QCOMPARE(litho->tags, (QStringList{QStringLiteral("to-read"), QStringLiteral("半导体")}));
    QCOMPARE(lib.articles().findByUrl(QStringLiteral("https://36kr.com/p/2345678")), ArticleId(2));
    QCOMPARE(lib.articles().findByContentHash(QStringLiteral("hash-wal")), ArticleId(1));

    QCOMPARE(titlesFor(lib.search(), QStringLiteral("readers")),
             QStringList{QStringLiteral("How SQLite uses write-ahead logging")});
    QCOMPARE(titlesFor(lib.search(), QStringLiteral("光刻机")), QStringList{QStringLiteral("国产光刻机取得新突破")});
    QCOMPARE(titlesFor(lib.search(), QStringLiteral("半导体")), QStringList{QStringLiteral("国产光刻机取得新突破")});
    QCOMPARE(titlesFor(lib.search(), QStringLiteral("is:starred")),
             QStringList{QStringLiteral("How SQLite uses write-ahead logging")});

    // New articles get ids after the old ones and are indexed too.
    Article fresh;
    fresh.meta.title = QStringLiteral("Checkpoint starvation");
    fresh.text = QStringLiteral("Long readers can starve checkpoints.");
    auto id = lib.articles().insert(fresh);
    QVERIFY(id.ok());
    QCOMPARE(*id, ArticleId(3));
    QCOMPARE(titlesFor(lib.search(), QStringLiteral("starve")), QStringList{QStringLiteral("Checkpoint starvation")});
}

void TestMigrations::newerLibraryIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString folder = dir.path();
    const QString file = QDir(folder).filePath(QStringLiteral("library.sqlite"));
    {
        // Crafted the way a future Offprint might leave it (rollback journal, schema 99).
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &raw), SQLITE_OK);
        const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(schema::kApplicationId)
                               + "; CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, future_column BLOB);"
                                 " INSERT INTO articles(title) VALUES ('from the future'); PRAGMA user_version = 99;";
        QCOMPARE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
    }
    const QString before = fileHash(file);
    const QStringList filesBefore = QDir(folder).entryList(QDir::Files | QDir::Hidden);

    auto opened = Library::open(folder);
    QVERIFY(!opened.ok());
    const QString message = opened.errorMessage();
    QVERIFY2(message.contains(QStringLiteral("newer Offprint")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("schema 99")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("this build knows %1").arg(Library::schemaVersion())),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not modified")), qPrintable(message));
    QVERIFY(message.contains(file));
    QCOMPARE(fileHash(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

void TestMigrations::newerLibraryInWalModeIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString folder = dir.path();
    const QString file = QDir(folder).filePath(QStringLiteral("library.sqlite"));
    {
        auto lib = Library::open(folder);
        QVERIFY(lib.ok());
        QVERIFY(databaseOf(**lib).exec("PRAGMA user_version = 99").ok());
    }
    const QString before = fileHash(file);
    auto opened = Library::open(folder);
    QVERIFY(!opened.ok());
    QVERIFY(opened.errorMessage().contains(QStringLiteral("schema 99")));
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".bak-v99")));
}

void TestMigrations::foreignFilesAreRefused()
{
    QTemporaryDir dir;
    // Some other program's database.
    const QString other = dir.filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    const QString otherFile = QDir(other).filePath(QStringLiteral("library.sqlite"));
    {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(otherFile.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
    }
    const QString otherHash = fileHash(otherFile);
    auto refused = Library::open(other);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("not an Offprint library")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(fileHash(otherFile), otherHash);

    // Not a database at all.
    const QString text = dir.filePath(QStringLiteral("text"));
    QVERIFY(QDir().mkpath(text));
    QFile f(QDir(text).filePath(QStringLiteral("library.sqlite")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    f.close();
    auto notDb = Library::open(text);
    QVERIFY(!notDb.ok());
    QVERIFY2(notDb.errorMessage().contains(QStringLiteral("not an Offprint library")),
             qPrintable(notDb.errorMessage()));
    QVERIFY(!notDb.errorMessage().contains(QStringLiteral("file is not a database")));
}

void TestMigrations::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("lib"));
    createVersion1Library(folder);
    const QString file = QDir(folder).filePath(QStringLiteral("library.sqlite"));
    {
        // An object in the way of migration 2 makes it fail half-way (after ALTER TABLE).
        auto db = Database::open(file, Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec("CREATE TABLE articles_fts_content(x)").ok());
    }
    auto opened = Library::open(folder);
    QVERIFY(!opened.ok());
    const QString message = opened.errorMessage();
    QVERIFY2(message.contains(QStringLiteral("rolled back")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("schema 1")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(".bak-v1")), qPrintable(message));

    auto db = Database::open(file, Database::Mode::ReadOnly);
    QVERIFY(db.ok());
    QCOMPARE((*db)->userVersion(), 1);
    Statement column = (*db)->prepare("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'tags_text'");
    QVERIFY(column.step());
    QCOMPARE(column.integer(0), 0); // the ALTER TABLE was rolled back too
    Statement rows = (*db)->prepare("SELECT count(*) FROM articles");
    QVERIFY(rows.step());
    QCOMPARE(rows.integer(0), 2);
}

void TestMigrations::tokenizerChangeRebuildsIndex()
{
    QTemporaryDir dir;
    {
        auto lib = Library::open(dir.path());
        QVERIFY(lib.ok());
        Article a;
        a.meta.title = QStringLiteral("Compilers and linkers");
        a.text = QStringLiteral("Link-time optimisation explained");
        QVERIFY((*lib)->articles().insert(a).ok());
        QCOMPARE(titlesFor((*lib)->search(), QStringLiteral("optimisation")).size(), 1);
        // Empty the index and pretend it was built by another tokenizer version.
        QVERIFY(databaseOf(**lib).exec("INSERT INTO articles_fts(articles_fts) VALUES('delete-all');"
                                        "UPDATE meta SET value = 'offprint-0/old' WHERE key = 'tokenizer_signature'")
                    .ok());
        QCOMPARE(titlesFor((*lib)->search(), QStringLiteral("optimisation")).size(), 0);
    }
    auto lib = Library::open(dir.path());
    QVERIFY(lib.ok());
    QCOMPARE(titlesFor((*lib)->search(), QStringLiteral("optimisation")),
             QStringList{QStringLiteral("Compilers and linkers")});
    Statement sig = databaseOf(**lib).prepare("SELECT value FROM meta WHERE key = 'tokenizer_signature'");
    QVERIFY(sig.step());
    QVERIFY(sig.text(0) != QStringLiteral("offprint-0/old"));
}

void TestMigrations::errorMessagesAreForUsers()
{
    QTemporaryDir dir;
    auto lib = Library::open(dir.path());
    QVERIFY(lib.ok());
    Database &db = databaseOf(**lib);
    for (int code : {SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL, SQLITE_READONLY, SQLITE_CORRUPT, SQLITE_IOERR}) {
        const QString message = db.error(code).message();
        QVERIFY(message.startsWith(db.path()));
        QVERIFY2(!message.contains(QStringLiteral("database is locked")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("malformed")), qPrintable(message));
    }
    QVERIFY(db.error(SQLITE_BUSY).message().contains(QStringLiteral("in use")));
    QVERIFY(db.error(SQLITE_FULL).message().contains(QStringLiteral("disk is full")));

    // A real lock held by another connection: a write waits for the busy timeout, then says so.
    auto other = Database::open(db.path(), Database::Mode::ReadWrite);
    QVERIFY(other.ok());
    QVERIFY((*other)->exec("BEGIN IMMEDIATE").ok());
    sqlite3_busy_timeout(db.handle(), 50);
    Article a;
    a.meta.title = QStringLiteral("blocked");
    auto blocked = (*lib)->articles().insert(a);
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.errorMessage().contains(QStringLiteral("in use by another Offprint")),
             qPrintable(blocked.errorMessage()));
    QVERIFY((*other)->exec("ROLLBACK").ok());
    QVERIFY((*lib)->articles().insert(a).ok());
}

void TestMigrations::wordPrefixIndexIsBuiltWithProgress()
{
    // A library of schema 5 (one-character prefix index only) with more articles than one indexing step:
    // opening it rebuilds the index for word prefixes, reporting each step, and then finds "writ".
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("lib"));
    createVersion1Library(folder);
    const QString file = QDir(folder).filePath(QStringLiteral("library.sqlite"));
    {
        auto db = Database::open(file, Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(migrations::migrate(**db, 5).ok());
        QVERIFY((*db)->exec(R"sql(
            WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i + 1 FROM n WHERE i < 5102)
            INSERT INTO articles(id, title, saved, imported, text)
                SELECT i, 'Filler ' || i, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z',
                       'graphics cards and 芯片 number ' || i FROM n;
        )sql")
                    .ok());
    }
    QList<std::pair<qint64, qint64>> steps;
    Library::setIndexProgressHandler([&steps](qint64 done, qint64 total) { steps.append({done, total}); });
    auto opened = Library::open(folder);
    Library::setIndexProgressHandler({});
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    QCOMPARE(databaseOf(**opened).userVersion(), migrations::latestVersion());
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".bak-v5")));
    QCOMPARE(steps.size(), 2); // 5,102 articles in steps of 5,000
    QCOMPARE(steps.first(), (std::pair<qint64, qint64>{5000, 5102}));
    QCOMPARE(steps.last(), (std::pair<qint64, qint64>{5102, 5102}));
    QCOMPARE(titlesFor((*opened)->search(), QStringLiteral("writ")),
             QStringList{QStringLiteral("Understanding write-ahead logging")});
    QCOMPARE(titlesFor((*opened)->search(), QStringLiteral("\"writ\"")), QStringList{});
    QCOMPARE(titlesFor((*opened)->search(), QStringLiteral("number 510")).size(), 4); // 510, 5100, 5101, 5102
    QCOMPARE(titlesFor((*opened)->search(), QStringLiteral("芯片 graph")).size(), 10);
    // The index agrees with the articles, and opening again rebuilds nothing.
    QVERIFY((*opened)->checkIntegrity().ok());
    opened->reset();
    Library::setIndexProgressHandler([&steps](qint64 done, qint64 total) { steps.append({done, total}); });
    QVERIFY(Library::open(folder).ok());
    Library::setIndexProgressHandler({});
    QCOMPARE(steps.size(), 2);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
