#include "storage/library.h"

#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/bulkoperations.h"
#include "storage/database.h"
#include "storage/highlightrepository.h"
#include "storage/librarysettings.h"
#include "storage/logging.h"
#include "storage/migrations.h"
#include "storage/searchrepository.h"
#include "storage/statement.h"
#include "storage/schema.h"
#include "storage/tagrepository.h"
#include "common/fileutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDateTime>
#include <QDirIterator>
#include <QHash>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

#include <sqlite3.h>

namespace offprint::storage {

namespace {

const char kDatabaseFile[] = "library.sqlite";
const char kBlobFolder[] = "blobs";
// Written when a library is created: the same id is in the database (meta.library_id), so gc can tell
// that the stored files belong to this library file.
const char kIdentityFile[] = "blobs/.library-id";

// Whether blobs/ holds at least one stored file (stops at the first one).
bool holdsStoredFiles(const QString &blobFolder)
{
    QDirIterator it(blobFolder, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext();
}

Error damagedLibraryError(const QString &folder, const QString &file, bool exists)
{
    QStringList backups = QDir(folder).entryList({QStringLiteral("library.sqlite.bak-v*")}, QDir::Files, QDir::Name);
    const QString restore = backups.isEmpty()
        ? QStringLiteral("restore library.sqlite from your own backup")
        : QStringLiteral("restore it from a backup (for example copy %1 to library.sqlite; backups here: %2)")
              .arg(QDir(folder).filePath(backups.last()), backups.join(QStringLiteral(", ")));
    return makeError(ErrorCode::DamagedLibrary, QStringLiteral("%1: the library file is %2 but the library's stored files are still in %3; "
                                    "it was not re-created, so that no stored file is lost. To recover, %4. "
                                    "To start a new library instead, move the whole folder away")
                         .arg(file, exists ? QStringLiteral("empty (0 bytes)") : QStringLiteral("missing"),
                              QDir(folder).filePath(QLatin1String(kBlobFolder)), restore));
}

} // namespace

struct Library::Private
{
    explicit Private(QString folderPath, std::unique_ptr<Database> database)
        : folder(std::move(folderPath)), db(std::move(database)), articles(*db), tags(*db), blobs(folder),
          search(*db), highlights(*db), settings(*db)
    {
    }

    QString folder;
    std::unique_ptr<Database> db;
    ArticleRepository articles;
    TagRepository tags;
    BlobStore blobs;
    SearchRepository search;
    HighlightRepository highlights;
    LibrarySettings settings;
    bool created = false;
    bool readOnly = false;
};

Library::Library() = default;
Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &folderPath)
{
    if (folderPath.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("offprint::Error", "no library folder given"), QString());
    const QString folder = QFileInfo(folderPath).absoluteFilePath();
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotALibrary, QT_TRANSLATE_NOOP("offprint::Error", "%1: is a file, not a library folder"), folder);
    const QString file = QDir(folder).filePath(QLatin1String(kDatabaseFile));
    const QString blobFolder = QDir(folder).filePath(QLatin1String(kBlobFolder));

    // A library file that vanished or was emptied (a failed copy, a sync tool, a crash of the disk)
    // while its stored files remain must not become a new, empty library: the next gc would see every
    // stored original as unused and delete it.
    const QFileInfo fileInfo(file);
    if ((!fileInfo.exists() || fileInfo.size() == 0) && holdsStoredFiles(blobFolder))
        return damagedLibraryError(folder, file, fileInfo.exists());

    // A library the user cannot change (read-only medium or permissions) is opened for reading only:
    // list, show, search and export work, every change fails saying the library is read-only.
    const bool readOnly = fileInfo.exists() && fileInfo.size() > 0
        && (::access(QFile::encodeName(file).constData(), W_OK) != 0
            || ::access(QFile::encodeName(folder).constData(), W_OK) != 0);
    if (readOnly)
        return openReadOnly(folder, file);

    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::CannotWrite, QT_TRANSLATE_NOOP("offprint::Error", "%1: cannot create the library folder"), folder);
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
        return makeError(ErrorCode::Unavailable,
                         QT_TRANSLATE_NOOP("offprint::Error", "%1: this SQLite has no full-text search (FTS5); Offprint needs it"), file);
    auto migrated = migrations::migrate(*db);
    if (!migrated)
        return migrated.error();
    if (auto r = migrations::refreshIndexIfTokenizerChanged(*db); !r)
        return r.error();
    if (!QDir(folder).mkpath(QLatin1String(kBlobFolder)))
        return makeError(ErrorCode::CannotWrite, QT_TRANSLATE_NOOP("offprint::Error", "%1: cannot create the folder for stored files"), blobFolder);

    std::unique_ptr<Library> library(new Library());
    library->d = std::make_unique<Private>(folder, std::move(db));
    library->d->created = migrated->created;
    // Records which stored files belong to this library file (gc checks it); failing to record it
    // only means gc will refuse to run, so it does not stop the open.
    if (auto r = library->establishIdentity(); !r)
        qCWarning(lcStorage) << folder << r.errorMessage();
    // Articles deleted a month ago go for good, a bounded number per open (the index entries of each
    // are removed too: a few milliseconds per article).
    if (auto r = BulkOperations(*library).purgeDeleted(BulkOperations::kPurgeAge, BulkOperations::kPurgeAtOpen); !r)
        qCWarning(lcStorage) << folder << "purging deleted articles:" << r.errorMessage();
    else if (*r > 0)
        qCInfo(lcStorage) << folder << "purged" << *r << "articles deleted more than 30 days ago";
    return library;
}

Result<std::unique_ptr<Library>> Library::openReadOnly(const QString &folder, const QString &file)
{
    auto opened = Database::open(file, Database::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(*opened);
    if (!db->tokenizerRegistered())
        return makeError(ErrorCode::Unavailable,
                         QT_TRANSLATE_NOOP("offprint::Error", "%1: this SQLite has no full-text search (FTS5); Offprint needs it"), file);
    Statement stmt = db->prepare("SELECT (SELECT user_version FROM pragma_user_version), "
                                 "(SELECT application_id FROM pragma_application_id)");
    if (!stmt.step())
        return stmt.error(QStringLiteral("reading the read-only library"));
    const int version = stmt.integer(0);
    const int applicationId = stmt.integer(1);
    if (applicationId != schema::kApplicationId || version <= 0)
        return makeError(ErrorCode::NotALibrary, QT_TRANSLATE_NOOP("offprint::Error", "%1: this file is not an Offprint library"), file);
    if (version != migrations::latestVersion())
        return makeError(ErrorCode::ReadOnly, QStringLiteral("%1: the library is read-only and was written by %2 version of Offprint "
                                        "(schema %3, this build uses %4); it cannot be %5 while read-only")
                             .arg(file, version > migrations::latestVersion() ? QStringLiteral("a newer")
                                                                              : QStringLiteral("an older"))
                             .arg(version)
                             .arg(migrations::latestVersion())
                             .arg(version > migrations::latestVersion() ? QStringLiteral("opened")
                                                                        : QStringLiteral("upgraded")));
    std::unique_ptr<Library> library(new Library());
    library->d = std::make_unique<Private>(folder, std::move(db));
    library->d->readOnly = true;
    return library;
}

bool Library::isReadOnly() const
{
    return d->readOnly;
}

Error Library::readOnlyError() const
{
    return makeError(ErrorCode::ReadOnly,
                     QT_TRANSLATE_NOOP("offprint::Error", "%1: the library is read-only (the file or its folder cannot be written); nothing was changed"),
                     d->db->path());
}

QString Library::identityFile() const
{
    return QDir(d->folder).filePath(QLatin1String(kIdentityFile));
}

QString Library::storedIdentity() const
{
    QFile f(identityFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.read(128)).trimmed();
}

QString Library::databaseIdentity()
{
    Statement stmt = d->db->prepare("SELECT value FROM meta WHERE key = 'library_id'");
    return stmt.step() ? stmt.text(0) : QString();
}

Result<void> Library::writeIdentity()
{
    // The database's identity wins: a new one is recorded only when it has none, so two processes
    // opening a new library at once agree on it, and the file always gets the database's.
    Statement record = d->db->prepare("INSERT INTO meta(key, value) VALUES ('library_id', ?1) "
                                      "ON CONFLICT(key) DO NOTHING");
    record.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto r = record.run(); !r)
        return r.error();
    const QString id = databaseIdentity();
    if (id.isEmpty())
        return makeError(ErrorCode::Unreadable, QStringLiteral("%1: cannot read the library's identity back").arg(d->db->path()));
    auto written = fileutil::writeFileAtomic(identityFile(), id.toLatin1() + '\n');
    if (!written)
        return makeError(ErrorCode::CannotWrite, QStringLiteral("%1: cannot record the library's identity (%2)")
                             .arg(identityFile(), written.errorMessage()));
    return {};
}

Result<void> Library::establishIdentity()
{
    if (d->readOnly)
        return {};
    const QString inDatabase = databaseIdentity();
    const QString inFolder = storedIdentity();
    if (!inDatabase.isEmpty() || !inFolder.isEmpty())
        return {}; // recorded (whether they match is gc's question)
    // A new library, or one from before identities: claim the stored files when this file can be
    // theirs (it has articles or remembers released files) or there are none yet.
    if (!d->created && holdsStoredFiles(QDir(d->folder).filePath(QLatin1String(kBlobFolder))) && !knowsAnyBlob())
        return {};
    return writeIdentity();
}

bool Library::knowsAnyBlob()
{
    Statement stmt = d->db->prepare("SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM released_blobs)");
    return stmt.step() && stmt.integer(0) != 0;
}

Result<void> Library::verifyStoredFilesBelongHere()
{
    const QString inDatabase = databaseIdentity();
    const QString inFolder = storedIdentity();
    if (!inDatabase.isEmpty() && inDatabase == inFolder)
        return {};
    const QString blobFolder = QDir(d->folder).filePath(QLatin1String(kBlobFolder));
    const QString refused = QStringLiteral("%1: gc refused, nothing was deleted: ").arg(d->db->path());
    if (!holdsStoredFiles(blobFolder))
        return writeIdentity();
    if (inDatabase.isEmpty() && inFolder.isEmpty()) {
        if (knowsAnyBlob())
            return writeIdentity();
        return makeError(ErrorCode::DamagedLibrary, refused + QStringLiteral("the library file has no articles but the folder holds stored "
                                                  "files; it may have been re-created or replaced. Restore the "
                                                  "library file from a backup (library.sqlite.bak-v* next to it)"));
    }
    if (inFolder.isEmpty())
        return makeError(ErrorCode::DamagedLibrary, refused + QStringLiteral("%1 is missing, so the stored files cannot be shown to belong "
                                                  "to this library file. If they do, run 'gc --adopt'")
                                       .arg(identityFile()));
    return makeError(ErrorCode::DamagedLibrary, refused + QStringLiteral("the stored files belong to another library file (%1 does not "
                                              "match it); it may have been re-created or restored from an old "
                                              "backup. Restore the right library file, or run 'gc --adopt' if this "
                                              "one is right")
                                   .arg(identityFile()));
}

Result<void> Library::adoptStoredFiles()
{
    if (d->readOnly)
        return readOnlyError();
    return writeIdentity();
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

Database &databaseOf(Library &library)
{
    return *library.d->db;
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

HighlightRepository &Library::highlights()
{
    return d->highlights;
}

LibrarySettings &Library::settings()
{
    return d->settings;
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
        return makeError(ErrorCode::DamagedLibrary, QStringLiteral("%1: the library file is damaged (%2 problem(s), first: %3); restore it "
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
        return makeError(ErrorCode::DamagedLibrary, QStringLiteral("%1: the search index does not match the articles; rebuild it (the "
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
    if (d->readOnly)
        return readOnlyError();
    Transaction transaction(*d->db);
    if (!transaction.ok())
        return transaction.error();
    // Never on a library file that cannot be shown to own the stored files: a re-created or replaced
    // file would see every stored original as unused.
    if (auto r = verifyStoredFilesBelongHere(); !r)
        return r.error();
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
    if (d->readOnly)
        return 0;
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
