#include "archive/zipwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QTimeZone>

#include <cstdlib>
#include <cstring>

#include <zip.h>

namespace offprint::archive {

struct ZipWriter::State
{
    zip_t *zip = nullptr;
    ~State()
    {
        if (zip)
            zip_discard(zip);
    }
};

ZipWriter::ZipWriter(std::unique_ptr<State> state, QString path) : m_state(std::move(state)), m_path(std::move(path)) {}
ZipWriter::ZipWriter(ZipWriter &&) noexcept = default;
ZipWriter &ZipWriter::operator=(ZipWriter &&) noexcept = default;
ZipWriter::~ZipWriter() = default;

Result<ZipWriter> ZipWriter::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(QStringLiteral("%1: is a folder, not a file").arg(path));
    if (!info.absoluteDir().exists())
        return makeError(QStringLiteral("%1: cannot write (the folder does not exist)").arg(path));
    int code = 0;
    auto state = std::make_unique<State>();
    state->zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!state->zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return makeError(QStringLiteral("%1: cannot write (%2)").arg(path, reason));
    }
    return ZipWriter(std::move(state), path);
}

Result<void> ZipWriter::setEntry(qint64 index, const QString &name, Compression compression, const QDateTime &modified)
{
    const zip_int32_t method = compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(m_state->zip, zip_uint64_t(index), method, 0) != 0)
        return makeError(QStringLiteral("%1: %2: cannot set compression (%3)")
                             .arg(m_path, name, QString::fromUtf8(zip_strerror(m_state->zip))));
    // A fixed default time: the same content gives byte-identical archives.
    static const QDateTime fixed(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime when = modified.isValid() ? modified : fixed;
    if (zip_file_set_mtime(m_state->zip, zip_uint64_t(index), time_t(when.toSecsSinceEpoch()), 0) != 0)
        return makeError(QStringLiteral("%1: %2: cannot set the time (%3)")
                             .arg(m_path, name, QString::fromUtf8(zip_strerror(m_state->zip))));
    return {};
}

Result<void> ZipWriter::addData(const QString &name, const QByteArray &data, Compression compression,
                                const QDateTime &modified)
{
    if (!m_state || !m_state->zip)
        return makeError(QStringLiteral("%1: the archive is already closed").arg(m_path));
    // libzip reads a source when the archive is closed: give it its own copy, freed by libzip (an
    // empty entry has no buffer at all: libzip would not free one of length 0).
    void *copy = nullptr;
    if (!data.isEmpty()) {
        copy = std::malloc(size_t(data.size()));
        if (!copy)
            return makeError(QStringLiteral("%1: %2: out of memory").arg(m_path, name));
        std::memcpy(copy, data.constData(), size_t(data.size()));
    }
    zip_source_t *source = zip_source_buffer(m_state->zip, copy, zip_uint64_t(data.size()), copy ? 1 : 0);
    if (!source) {
        std::free(copy);
        return makeError(QStringLiteral("%1: %2: cannot add (%3)").arg(m_path, name, QString::fromUtf8(zip_strerror(m_state->zip))));
    }
    const zip_int64_t index = zip_file_add(m_state->zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return makeError(QStringLiteral("%1: %2: cannot add (%3)").arg(m_path, name, QString::fromUtf8(zip_strerror(m_state->zip))));
    }
    return setEntry(index, name, compression, modified);
}

Result<void> ZipWriter::addFile(const QString &name, const QString &sourcePath, Compression compression,
                                const QDateTime &modified)
{
    if (!m_state || !m_state->zip)
        return makeError(QStringLiteral("%1: the archive is already closed").arg(m_path));
    if (!QFileInfo(sourcePath).isFile())
        return makeError(QStringLiteral("%1: no such file").arg(sourcePath));
    zip_source_t *source = zip_source_file(m_state->zip, QFile::encodeName(sourcePath).constData(), 0, 0);
    if (!source)
        return makeError(QStringLiteral("%1: cannot read (%2)").arg(sourcePath, QString::fromUtf8(zip_strerror(m_state->zip))));
    const zip_int64_t index = zip_file_add(m_state->zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return makeError(QStringLiteral("%1: %2: cannot add (%3)").arg(m_path, name, QString::fromUtf8(zip_strerror(m_state->zip))));
    }
    return setEntry(index, name, compression, modified);
}

Result<void> ZipWriter::finish()
{
    if (!m_state || !m_state->zip)
        return makeError(QStringLiteral("%1: the archive is already closed").arg(m_path));
    if (zip_close(m_state->zip) != 0) {
        const QString reason = QString::fromUtf8(zip_strerror(m_state->zip));
        return makeError(QStringLiteral("%1: cannot write the archive (%2)").arg(m_path, reason)); // ~State discards it
    }
    m_state->zip = nullptr;
    return {};
}

} // namespace offprint::archive
