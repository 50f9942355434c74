#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace offprint::fileutil {

// Reads a whole file, refusing files larger than maxBytes. The error names the file.
Result<QByteArray> readFile(const QString &path, qint64 maxBytes);

// Writes atomically (temporary file + rename) so that a crash never leaves a half file.
Result<void> writeFileAtomic(const QString &path, const QByteArray &data);

// Lower-case hex SHA-256 of the bytes.
QString sha256Hex(const QByteArray &data);

// True when `path` (after resolving symlinks) lies inside `root` (after resolving symlinks).
bool isInside(const QString &root, const QString &path);

} // namespace offprint::fileutil
