#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace offprint::storage {

// Content-addressed files inside the library folder: blobs/<aa>/<sha256><.ext>. Identical content
// is stored once. Writes are atomic; a blob is written before the database row that refers to it.
class BlobStore final
{
public:
    explicit BlobStore(QString libraryFolder);

    // Stores the bytes and returns the blob's relative path ("blobs/ab/abcdef….png").
    Result<QString> put(const QByteArray &data, const QString &extension);
    // The relative path a blob with this content would get (no write).
    static QString relativePathFor(const QByteArray &data, const QString &extension);
    QString absolutePath(const QString &relativePath) const;
    Result<QByteArray> read(const QString &relativePath) const;
    bool contains(const QString &relativePath) const;

private:
    QString m_folder;
};

} // namespace offprint::storage
