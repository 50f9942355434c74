#include "storage/blobstore.h"

#include "common/fileutil.h"
#include "common/limits.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace offprint::storage {

namespace {

// Extensions are file-name suffixes chosen by importers from MIME types; anything unusual is dropped
// rather than trusted (no dots, slashes or other path syntax can get into a blob name).
QString cleanExtension(const QString &extension)
{
    QString ext = extension.trimmed().toLower();
    if (ext.startsWith(QLatin1Char('.')))
        ext.remove(0, 1);
    if (ext.isEmpty() || ext.size() > 10)
        return QString();
    for (const QChar c : ext) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return QString();
    }
    return ext;
}

// The only shape a blob path can have; anything else (.., absolute paths, other folders) is refused.
bool isWellFormed(const QString &relativePath)
{
    static const QRegularExpression pattern(
        QStringLiteral("^blobs/([0-9a-f]{2})/([0-9a-f]{64})(\\.[a-z0-9]{1,10})?$"));
    const QRegularExpressionMatch match = pattern.match(relativePath);
    return match.hasMatch() && match.capturedView(2).startsWith(match.capturedView(1));
}

} // namespace

BlobStore::BlobStore(QString libraryFolder) : m_folder(std::move(libraryFolder)) {}

QString BlobStore::relativePathFor(const QByteArray &data, const QString &extension)
{
    const QString hash = fileutil::sha256Hex(data);
    const QString ext = cleanExtension(extension);
    return QStringLiteral("blobs/%1/%2%3")
        .arg(hash.left(2), hash, ext.isEmpty() ? QString() : QLatin1Char('.') + ext);
}

QString BlobStore::absolutePath(const QString &relativePath) const
{
    if (!isWellFormed(relativePath))
        return QString();
    return QDir(m_folder).filePath(relativePath);
}

Result<QString> BlobStore::put(const QByteArray &data, const QString &extension)
{
    const QString relative = relativePathFor(data, extension);
    const QString path = QDir(m_folder).filePath(relative);
    const QFileInfo existing(path);
    // Same name = same SHA-256; a size mismatch means a damaged file, which gets rewritten.
    if (existing.isFile() && existing.size() == data.size() && contains(relative))
        return relative;
    if (!QDir().mkpath(existing.absolutePath()))
        return makeError(ErrorCode::CannotWrite, QT_TRANSLATE_NOOP("offprint::Error", "%1: cannot create the folder for stored files"),
                         existing.absolutePath());
    // A symlinked blobs/ or blobs/aa/ pointing elsewhere must not receive library data.
    if (!fileutil::isInside(m_folder, existing.absolutePath()))
        return makeError(ErrorCode::CannotWrite, QT_TRANSLATE_NOOP("offprint::Error", "%1: refusing to write outside the library folder"), path);
    if (auto written = fileutil::writeFileAtomic(path, data); !written)
        return written.error();
    return relative;
}

Result<QByteArray> BlobStore::read(const QString &relativePath) const
{
    if (!isWellFormed(relativePath))
        return makeError(ErrorCode::Unreadable, QT_TRANSLATE_NOOP("offprint::Error", "%1: not a stored file of this library"), relativePath);
    const QString path = absolutePath(relativePath);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::Unreadable, QT_TRANSLATE_NOOP("offprint::Error", "%1: stored file is missing from the library folder"), path);
    if (!fileutil::isInside(m_folder, path))
        return makeError(ErrorCode::Unreadable, QT_TRANSLATE_NOOP("offprint::Error", "%1: stored file lies outside the library folder"), path);
    return fileutil::readFile(path, limits::kMaxInputFileBytes);
}

bool BlobStore::contains(const QString &relativePath) const
{
    const QString path = absolutePath(relativePath);
    return !path.isEmpty() && QFileInfo(path).isFile() && fileutil::isInside(m_folder, path);
}

} // namespace offprint::storage
