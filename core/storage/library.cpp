#include "storage/library.h"

#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/migrations.h"
#include "storage/searchrepository.h"
#include "storage/statement.h"
#include "storage/tagrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDateTime>
#include <QDirIterator>
#include <QHash>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <sqlite3.h>

namespace offprint::storage {

namespace {

const char kDatabaseFile[] = "library.sqlite";
const char kBlobFolder[] = "blobs";

} // namespace

struct Library::Private
{
    explicit Private(QString folderPath, std::unique_ptr<Database> database)
        : folder(std::move(folderPath)), db(std::move(database)), articles(*db), tags(*db), blobs(folder),
          search(*db)
    {
    }

    QString folder;
    std::unique_ptr<Database> db;
    ArticleRepository articles;
    TagRepository tags;
    BlobStore blobs;
    SearchRepository search;
    bool created = false;
};

Library::Library() = default;
Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &folderPath)
{
    if (folderPath.trimmed().isEmpty())
        return makeError(QStringLiteral("no library folder given"));
    const QString folder = QFileInfo(folderPath).absoluteFilePath();
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return makeError(QStringLiteral("%1: is a file, not a library folder").arg(folder));
    if (!QDir().mkpath(folder))
        return makeError(QStringLiteral("%1: cannot create the library folder").arg(folder));
    const QString file = QDir(folder).filePath(QLatin1String(kDatabaseFile));

    // Checked on a read-only connection first: a library of a newer Offprint must stay byte-identical
    // (a read-write open would already switch its journal mode).
    auto found = migrations::inspect(file);
    if (!found)
        return found.error();
    auto opened = Database::open(file, Database::Mode::ReadWrite);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(*opened);
    if (!db->tokenizerRegistered())
        return makeError(QStringLiteral("%1: this SQLite has no full-text search (FTS5); Offprint needs it").arg(file));
    auto migrated = migrations::migrate(*db);
    if (!migrated)
        return migrated.error();
    if (auto r = migrations::refreshIndexIfTokenizerChanged(*db); !r)
        return r.error();
    if (!QDir(folder).mkpath(QLatin1String(kBlobFolder)))
        return makeError(QStringLiteral("%1: cannot create the folder for stored files")
                             .arg(QDir(folder).filePath(QLatin1String(kBlobFolder))));

    std::unique_ptr<Library> library(new Library());
    library->d = std::make_unique<Private>(folder, std::move(db));
    library->d->created = migrated->created;
    return library;
}

QString Library::defaultFolder()
{
    const QByteArray fromEnv = qgetenv("OFFPRINT_LIBRARY");
    if (!fromEnv.isEmpty())
        return QFileInfo(QString::fromLocal8Bit(fromEnv)).absoluteFilePath();
    // The GUI and the CLI must agree on the folder even if one of them forgot to name itself; Qt's
    // default application name is the executable's, which differs between the two.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Offprint"));
    const QString executable = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
    const QString appName = QCoreApplication::applicationName();
    if (appName.isEmpty() || appName == executable)
        QCoreApplication::setApplicationName(QStringLiteral("Offprint"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library");
}

int Library::schemaVersion()
{
    return migrations::latestVersion();
}

QString Library::folder() const
{
    return d->folder;
}

bool Library::wasCreated() const
{
    return d->created;
}

Database &Library::database()
{
    return *d->db;
}

ArticleRepository &Library::articles()
{
    return d->articles;
}

TagRepository &Library::tags()
{
    return d->tags;
}

BlobStore &Library::blobs()
{
    return d->blobs;
}

SearchRepository &Library::search()
{
    return d->search;
}

qint64 Library::externalChangeCounter()
{
    // PRAGMA data_version: per connection, unaffected by this connection's own commits.
    Statement stmt = d->db->cached("PRAGMA data_version");
    return stmt.step() ? stmt.int64(0) : -1;
}

Result<void> Library::checkIntegrity()
{
    Database &db = *d->db;
    QStringList problems;
    {
        Statement check = db.prepare("PRAGMA quick_check(20)");
        while (check.step()) {
            const QString line = check.text(0);
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!check.ok())
            return check.error(QStringLiteral("checking the library"));
    }
    if (!problems.isEmpty()) {
        qCWarning(lcStorage) << db.path() << "integrity problems:" << problems;
        return makeError(QStringLiteral("%1: the library file is damaged (%2 problem(s), first: %3); restore it "
                                        "from a backup (library.sqlite.bak-v* files are kept next to it)")
                             .arg(db.path())
                             .arg(problems.size())
                             .arg(problems.first()));
    }
    Statement index = db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)");
    if (auto r = index.run(); !r) {
        // SQLITE_CORRUPT_VTAB: the index disagrees with its content; anything else is a plain failure.
        if ((index.resultCode() & 0xff) != SQLITE_CORRUPT)
            return r;
        return makeError(QStringLiteral("%1: the search index does not match the articles; rebuild it (the "
                                        "articles themselves are fine)")
                             .arg(db.path()));
    }
    return {};
}

Result<void> Library::rebuildSearchIndex()
{
    return migrations::rebuildIndex(*d->db);
}

void Library::setIndexProgressHandler(std::function<void(qint64, qint64)> handler)
{
    migrations::setIndexProgressHandler(std::move(handler));
}

Result<int> Library::collectGarbage(std::chrono::seconds grace)
{
    // Inside a write transaction: imports write their files inside theirs, before the rows that refer
    // to them, so no file of an import in progress (here or in another process) is ever unreferenced
    // while this runs.
    Transaction transaction(*d->db);
    if (!transaction.ok())
        return transaction.error();
    QSet<QString> referenced;
    Statement stmt = d->db->prepare("SELECT blob FROM article_assets UNION SELECT original_blob FROM articles "
                                    "UNION SELECT lead_image FROM articles");
    while (stmt.step())
        referenced.insert(stmt.text(0));
    if (!stmt.ok())
        return stmt.error();
    QHash<QString, QDateTime> released;
    Statement releases = d->db->prepare("SELECT blob, released FROM released_blobs");
    while (releases.step())
        released.insert(releases.text(0), Database::fromSqlTime(releases.text(1)));
    if (!releases.ok())
        return releases.error();

    // A file goes when nothing refers to it and it was released before the cutoff; a file never
    // recorded (left by an import that failed, or released before the library recorded releases)
    // goes when it was last written before the cutoff.
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-grace.count());
    int removed = 0;
    QStringList settled; // release records no longer needed
    const QDir root(d->folder);
    QDirIterator it(root.filePath(QLatin1String(kBlobFolder)), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (referenced.contains(relative) || d->blobs.absolutePath(relative).isEmpty())
            continue;
        const auto release = released.constFind(relative);
        const QDateTime since = release != released.constEnd() ? *release : it.fileInfo().lastModified().toUTC();
        if (since.isValid() && since >= cutoff)
            continue;
        if (QFile::remove(path)) {
            ++removed;
            if (release != released.constEnd())
                settled << relative;
        }
    }
    for (auto release = released.constBegin(); release != released.constEnd(); ++release)
        if (referenced.contains(release.key()))
            settled << release.key(); // in use again (the same file imported once more)
    Statement forget = d->db->prepare("DELETE FROM released_blobs WHERE blob = ?1");
    for (const QString &blob : std::as_const(settled)) {
        forget.reset();
        forget.bind(1, blob);
        if (auto r = forget.run(); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    if (removed > 0)
        qCInfo(lcStorage) << d->folder << "removed" << removed << "stored files no article uses";
    return removed;
}

Result<int> Library::collectGarbageIfDue()
{
    // At most once a day: the collector reads every stored file's name.
    constexpr const char *kKey = "blobs_collected";
    Statement last = d->db->prepare("SELECT value FROM meta WHERE key = ?1");
    last.bind(1, kKey);
    const QDateTime previous = last.step() ? Database::fromSqlTime(last.text(0)) : QDateTime();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (previous.isValid() && previous > now.addDays(-1) && previous <= now)
        return 0;
    auto removed = collectGarbage();
    if (!removed)
        return removed;
    Statement record = d->db->prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    record.bind(1, kKey).bind(2, Database::toSqlTime(now));
    if (auto r = record.run(); !r)
        return r.error();
    return removed;
}

} // namespace offprint::storage
