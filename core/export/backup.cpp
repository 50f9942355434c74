#include "export/backup.h"

#include "archive/zipreader.h"
#include "archive/zipwriter.h"
#include "common/fileutil.h"
#include "storage/library.h"
#include "storage/snapshot.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <openssl/evp.h>

#include <memory>


namespace offprint::exporting {

namespace {

using archive::ZipReader;
using archive::ZipWriter;

const QString kManifest = QStringLiteral("manifest.json");
const QString kDatabase = QStringLiteral("library.sqlite");
const QString kFormat = QStringLiteral("offprint-backup");
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxManifestBytes = 256LL * 1024 * 1024;

// The names a backup may hold besides the manifest: the database and the stored files.
bool isLibraryEntry(const QString &name)
{
    static const QRegularExpression blob(QStringLiteral("^blobs/[0-9a-f]{2}/[0-9a-f]{64}(\\.[A-Za-z0-9]{1,16})?$"));
    return name == kDatabase || name == QLatin1String("blobs/.library-id") || blob.match(name).hasMatch();
}

// Formats that are compressed already are stored as they are.
ZipWriter::Compression compressionFor(const QString &name)
{
    static const QSet<QString> packed = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("avif"),
                                         QStringLiteral("zip"), QStringLiteral("gz"), QStringLiteral("mp4"),
                                         QStringLiteral("woff2")};
    return packed.contains(QFileInfo(name).suffix().toLower()) ? ZipWriter::Compression::Store
                                                               : ZipWriter::Compression::Deflate;
}

struct Entry
{
    QString name;
    qint64 size = 0;
    QString sha256;
};

// The file's size and SHA-256, read in pieces (a database of gigabytes is never held whole).
Result<Entry> hashFile(const QString &name, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return makeError(QStringLiteral("%1: cannot compute its SHA-256").arg(path));
    Entry entry{name, 0, {}};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
        entry.size += n;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return makeError(QStringLiteral("%1: cannot compute its SHA-256").arg(path));
    entry.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return entry;
}

Error damaged(const QString &archivePath, const QString &entry, const QString &reason)
{
    return makeError(QStringLiteral("%1: damaged backup: %2 (%3)").arg(archivePath, entry, reason));
}

Result<QList<Entry>> readManifest(const ZipReader &zip, const QString &archivePath)
{
    if (!zip.contains(kManifest))
        return damaged(archivePath, kManifest, QStringLiteral("missing: this is not an Offprint backup"));
    auto bytes = zip.read(kManifest, kMaxManifestBytes);
    if (!bytes)
        return damaged(archivePath, kManifest, bytes.errorMessage());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(archivePath, kManifest, QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return damaged(archivePath, kManifest, QStringLiteral("not an Offprint backup manifest"));
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return makeError(QStringLiteral("%1: backup format version %2 is not one this Offprint reads (it reads %3)")
                             .arg(archivePath)
                             .arg(root.value(QStringLiteral("version")).toInt())
                             .arg(kFormatVersion));
    const int schema = root.value(QStringLiteral("schema")).toInt();
    if (schema > storage::Library::schemaVersion())
        return makeError(QStringLiteral("%1: the backup was made by a newer Offprint (library version %2, this one "
                                        "opens up to %3); update Offprint to restore it")
                             .arg(archivePath)
                             .arg(schema)
                             .arg(storage::Library::schemaVersion()));
    QList<Entry> entries;
    QSet<QString> names;
    const QJsonArray array = root.value(QStringLiteral("entries")).toArray();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Entry e{o.value(QStringLiteral("name")).toString(), qint64(o.value(QStringLiteral("size")).toDouble(-1)),
                o.value(QStringLiteral("sha256")).toString()};
        if (!isLibraryEntry(e.name) || archive::safeEntryPath(e.name) != e.name)
            return damaged(archivePath, e.name.isEmpty() ? kManifest : e.name,
                           QStringLiteral("not a file an Offprint library holds"));
        if (names.contains(e.name))
            return damaged(archivePath, e.name, QStringLiteral("listed twice in the manifest"));
        if (e.size < 0 || !hex.match(e.sha256).hasMatch())
            return damaged(archivePath, e.name, QStringLiteral("the manifest gives no valid size and SHA-256"));
        names.insert(e.name);
        entries << e;
    }
    if (!names.contains(kDatabase))
        return damaged(archivePath, kDatabase, QStringLiteral("missing from the manifest"));
    for (const archive::ZipEntry &z : zip.entries()) {
        if (!z.isDirectory && z.name != kManifest && !names.contains(z.name))
            return damaged(archivePath, z.name, QStringLiteral("not listed in the manifest"));
    }
    return entries;
}

// Reads the entry and checks it against the manifest.
Result<QByteArray> verifiedEntry(const ZipReader &zip, const QString &archivePath, const Entry &e)
{
    const qsizetype index = zip.indexOf(e.name);
    if (index < 0)
        return damaged(archivePath, e.name, QStringLiteral("listed in the manifest but missing from the archive"));
    if (zip.entries().at(index).size != e.size)
        return damaged(archivePath, e.name, QStringLiteral("%1 bytes, the manifest says %2")
                                                .arg(zip.entries().at(index).size)
                                                .arg(e.size));
    auto data = zip.readAt(index, e.size);
    if (!data)
        return damaged(archivePath, e.name, data.errorMessage());
    if (data->size() != e.size || fileutil::sha256Hex(*data) != e.sha256)
        return damaged(archivePath, e.name, QStringLiteral("its SHA-256 differs from the manifest"));
    return data;
}

bool isEmptyFolder(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).isEmpty();
}

} // namespace

Result<BackupReport> backupLibrary(storage::Library &library, const QString &archivePath)
{
    const QFileInfo target(archivePath);
    QTemporaryDir work(target.absoluteDir().filePath(QStringLiteral(".offprint-backup-XXXXXX")));
    if (!work.isValid())
        return makeError(QStringLiteral("%1: cannot create a working folder beside it (%2)")
                             .arg(archivePath, work.errorString()));
    const QString databaseCopy = work.filePath(kDatabase);
    if (auto copied = storage::snapshotDatabase(library, databaseCopy); !copied)
        return copied.error();

    // Stored files after the database copy (see the header).
    QList<std::pair<Entry, QString>> files; // entry, source path
    auto database = hashFile(kDatabase, databaseCopy);
    if (!database)
        return database.error();
    files.append({*database, databaseCopy});
    const QDir root(library.folder());
    QStringList names;
    QDirIterator it(root.filePath(QStringLiteral("blobs")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = root.relativeFilePath(it.next());
        if (isLibraryEntry(name))
            names << name; // temporary files of a write in progress are not
    }
    names.sort();
    BackupReport report;
    for (const QString &name : std::as_const(names)) {
        const QString source = root.filePath(name);
        auto entry = hashFile(name, source);
        if (!entry) {
            if (!QFileInfo::exists(source))
                continue; // collected since it was listed: nothing refers to it
            return entry.error();
        }
        files.append({*entry, source});
    }

    QJsonArray entries;
    for (const auto &[entry, source] : files) {
        entries.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                   {QStringLiteral("size"), double(entry.size)},
                                   {QStringLiteral("sha256"), entry.sha256}});
        report.bytes += entry.size;
    }
    const QJsonObject manifest{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("version"), kFormatVersion},
                               {QStringLiteral("schema"), storage::Library::schemaVersion()},
                               {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("entries"), entries}};
    auto writer = ZipWriter::create(archivePath);
    if (!writer)
        return writer.error();
    Result<void> r = writer->addData(kManifest, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    for (qsizetype i = 0; r && i < files.size(); ++i)
        r = writer->addFile(files[i].first.name, files[i].second, compressionFor(files[i].first.name));
    if (r)
        r = writer->finish();
    if (!r)
        return r.error();
    report.files = int(files.size());
    return report;
}

Result<BackupReport> restoreLibrary(const QString &archivePath, const QString &libraryDir)
{
    const QFileInfo dirInfo(libraryDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return makeError(QStringLiteral("%1: exists and is not a folder; restore into a new or empty folder").arg(libraryDir));
    if (dirInfo.isDir() && !isEmptyFolder(libraryDir))
        return makeError(QStringLiteral("%1: the folder is not empty; restore into a new or empty folder").arg(libraryDir));

    // Everything is checked before anything is written.
    auto zip = ZipReader::openFile(archivePath);
    if (!zip)
        return damaged(archivePath, QStringLiteral("the archive"), zip.errorMessage());
    auto entries = readManifest(*zip, archivePath);
    if (!entries)
        return entries.error();
    for (const Entry &e : std::as_const(*entries)) {
        if (auto data = verifiedEntry(*zip, archivePath, e); !data)
            return data.error();
    }

    const QString absoluteTarget = dirInfo.absoluteFilePath();
    const QDir parent = dirInfo.absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return makeError(QStringLiteral("%1: cannot create the folder").arg(parent.absolutePath()));
    QTemporaryDir work(parent.filePath(QStringLiteral(".%1.restore-XXXXXX").arg(dirInfo.fileName())));
    if (!work.isValid())
        return makeError(QStringLiteral("%1: cannot create a folder beside it to restore into (%2)")
                             .arg(libraryDir, work.errorString()));
    BackupReport report;
    for (const Entry &e : std::as_const(*entries)) {
        auto data = verifiedEntry(*zip, archivePath, e); // read again: the archive may have changed
        if (!data)
            return data.error();
        const QString path = work.filePath(e.name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.flush()) {
            return makeError(QStringLiteral("%1: cannot write %2 (%3); nothing was restored")
                                 .arg(libraryDir, e.name, file.errorString()));
        }
        ++report.files;
        report.bytes += e.size;
    }
    {
        auto restored = storage::Library::open(work.path());
        if (!restored)
            return makeError(QStringLiteral("%1: the restored library does not open (%2); nothing was restored")
                                 .arg(archivePath, restored.errorMessage()));
        if (auto check = (*restored)->checkIntegrity(); !check)
            return makeError(QStringLiteral("%1: the restored library fails its check (%2); nothing was restored")
                                 .arg(archivePath, check.errorMessage()));
    }
    if (dirInfo.isDir() && !QDir(parent).rmdir(dirInfo.fileName()))
        return makeError(QStringLiteral("%1: cannot replace the empty folder; nothing was restored").arg(libraryDir));
    if (!QDir().rename(work.path(), absoluteTarget)) {
        if (dirInfo.isDir())
            QDir().mkpath(absoluteTarget); // the empty folder the user gave back as it was
        return makeError(QStringLiteral("%1: cannot move the restored library into place; nothing was restored")
                             .arg(libraryDir));
    }
    work.setAutoRemove(false);
    return report;
}

} // namespace offprint::exporting
