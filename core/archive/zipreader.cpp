#include "archive/zipreader.h"

#include "common/limits.h"

#include <QFile>
#include <QHash>

#include <zip.h>

namespace offprint::archive {

namespace {

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

QString openFailure(const QString &label, int code)
{
    switch (code) {
    case ZIP_ER_NOZIP:
        return QStringLiteral("%1: not a ZIP archive, or a truncated one (no end of central directory)").arg(label);
    case ZIP_ER_INCONS:
        return QStringLiteral("%1: damaged ZIP archive (its directory is inconsistent)").arg(label);
    case ZIP_ER_MEMORY:
        return QStringLiteral("%1: cannot read the ZIP archive (out of memory)").arg(label);
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
        return QStringLiteral("%1: cannot read the ZIP archive (%2)").arg(label, libzipMessage(code));
    default:
        return QStringLiteral("%1: damaged ZIP archive (%2)").arg(label, libzipMessage(code));
    }
}

} // namespace

struct ZipReader::State
{
    zip_t *zip = nullptr;
    QByteArray data; // backs an archive opened from memory
    QHash<QString, qsizetype> byName;

    ~State()
    {
        if (zip)
            zip_discard(zip);
    }
};

ZipReader::ZipReader(std::unique_ptr<State> state, QString label, QList<ZipEntry> entries)
    : m_state(std::move(state)), m_label(std::move(label)), m_entries(std::move(entries))
{
}

ZipReader::ZipReader(ZipReader &&) noexcept = default;
ZipReader &ZipReader::operator=(ZipReader &&) noexcept = default;
ZipReader::~ZipReader() = default;

Result<ZipReader> ZipReader::fromState(std::unique_ptr<State> state, const QString &label)
{
    const zip_int64_t count = zip_get_num_entries(state->zip, 0);
    if (count < 0)
        return makeError(QStringLiteral("%1: damaged ZIP archive (no entry count)").arg(label));
    if (count > limits::kMaxZipEntries)
        return makeError(QStringLiteral("%1: ZIP archive with %2 entries refused (the limit is %3)")
                             .arg(label)
                             .arg(count)
                             .arg(limits::kMaxZipEntries));
    QList<ZipEntry> entries;
    entries.reserve(count);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(state->zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            return makeError(QStringLiteral("%1: damaged ZIP archive (entry %2 unreadable)").arg(label).arg(i));
        ZipEntry entry;
        entry.name = QString::fromUtf8(st.name);
        entry.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
        entry.isDirectory = entry.name.endsWith(QLatin1Char('/'));
        state->byName.insert(entry.name, entries.size()); // a repeated name: the last one wins
        entries.append(std::move(entry));
    }
    return ZipReader(std::move(state), label, std::move(entries));
}

Result<ZipReader> ZipReader::openFile(const QString &path)
{
    int code = 0;
    auto state = std::make_unique<State>();
    state->zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!state->zip)
        return makeError(openFailure(path, code));
    return fromState(std::move(state), path);
}

Result<ZipReader> ZipReader::openData(QByteArray data, const QString &label)
{
    auto state = std::make_unique<State>();
    state->data = std::move(data);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(state->data.constData(), zip_uint64_t(state->data.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return makeError(openFailure(label, ZIP_ER_MEMORY));
    }
    state->zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!state->zip) {
        const int code = zip_error_code_zip(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        return makeError(openFailure(label, code));
    }
    zip_error_fini(&error);
    return fromState(std::move(state), label);
}

qsizetype ZipReader::indexOf(const QString &name) const
{
    return m_state->byName.value(name, -1);
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return makeError(QStringLiteral("%1: no entry %2 in the archive").arg(m_label, name));
    return readAt(index, maxBytes);
}

Result<QByteArray> ZipReader::readAt(qsizetype index, qint64 maxBytes) const
{
    if (index < 0 || index >= m_entries.size())
        return makeError(QStringLiteral("%1: no entry %2 in the archive").arg(m_label).arg(index));
    const ZipEntry &entry = m_entries.at(index);
    const QString where = QStringLiteral("%1: %2").arg(m_label, entry.name);
    if (entry.size > maxBytes)
        return makeError(QStringLiteral("%1: too large (%2 bytes, the limit is %3)").arg(where).arg(entry.size).arg(maxBytes));
    zip_file_t *file = zip_fopen_index(m_state->zip, zip_uint64_t(index), 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(m_state->zip));
        zip_error_clear(m_state->zip);
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            return makeError(QStringLiteral("%1: encrypted entry (not supported)").arg(where));
        if (code == ZIP_ER_COMPNOTSUPP)
            return makeError(QStringLiteral("%1: unsupported compression method").arg(where));
        return makeError(QStringLiteral("%1: cannot read (%2)").arg(where, libzipMessage(code)));
    }
    QByteArray out;
    out.resize(qsizetype(entry.size));
    qint64 filled = 0;
    char spill[1];
    for (;;) {
        // Read the declared size, then one byte more: an entry whose data is longer than its
        // declared size is refused rather than trusted.
        char *target = filled < entry.size ? out.data() + filled : spill;
        const zip_uint64_t want = filled < entry.size ? zip_uint64_t(entry.size - filled) : 1;
        const zip_int64_t got = zip_fread(file, target, want);
        if (got < 0) {
            const QString reason = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            return makeError(QStringLiteral("%1: damaged entry (%2)").arg(where, reason));
        }
        if (got == 0)
            break;
        if (target == spill) {
            zip_fclose(file);
            return makeError(QStringLiteral("%1: damaged entry (more data than declared)").arg(where));
        }
        filled += got;
    }
    zip_fclose(file);
    if (filled != entry.size)
        return makeError(QStringLiteral("%1: damaged entry (%2 of %3 bytes)").arg(where).arg(filled).arg(entry.size));
    return out;
}

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

QString safeEntryPath(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)) || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return {};
    QStringList kept;
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return {};
        if (part != QLatin1String("."))
            kept.append(part);
    }
    return kept.join(QLatin1Char('/'));
}

} // namespace offprint::archive
