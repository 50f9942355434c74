#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace offprint::archive {

// Writes a ZIP archive through libzip. Nothing appears at `path` until finish() succeeds: libzip
// writes a temporary file beside it and renames it into place, so a failed or abandoned archive
// never leaves a half file (and never replaces an older one).
class ZipWriter
{
public:
    enum class Compression { Deflate, Store };

    static Result<ZipWriter> create(const QString &path);

    ZipWriter(ZipWriter &&) noexcept;
    ZipWriter &operator=(ZipWriter &&) noexcept;
    ~ZipWriter(); // discards an unfinished archive

    // Entries are written in the order they are added. `modified` defaults to a fixed time so that
    // the same content gives the same archive.
    Result<void> addData(const QString &name, const QByteArray &data,
                         Compression compression = Compression::Deflate, const QDateTime &modified = {});
    // The file is read when finish() runs; it must stay in place until then.
    Result<void> addFile(const QString &name, const QString &sourcePath,
                         Compression compression = Compression::Deflate, const QDateTime &modified = {});
    Result<void> finish();

    const QString &path() const { return m_path; }

private:
    struct State;
    ZipWriter(std::unique_ptr<State> state, QString path);
    Result<void> setEntry(qint64 index, const QString &name, Compression compression, const QDateTime &modified);

    std::unique_ptr<State> m_state;
    QString m_path;
};

} // namespace offprint::archive
