#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace offprint::archive {

struct ZipEntry
{
    QString name;          // as stored, '/'-separated (UTF-8 or CP437 decoded by libzip)
    qint64 size = 0;       // uncompressed, as the archive declares it
    bool isDirectory = false;
};

// Read-only access to a ZIP archive (other readers' exports, compressed SingleFile pages, EPUB,
// backups) through libzip. Every read is bounded: an entry larger than the caller's limit, or one
// whose data does not match its declared size or CRC, fails with a message naming the archive and
// the entry; the archive's own structure is checked when it is opened (a truncated or damaged
// archive fails then). Names are never used as paths here: see safeEntryPath(). Not thread-safe:
// one reader per thread.
class ZipReader
{
public:
    // `label` names the archive in messages (usually its path).
    static Result<ZipReader> openFile(const QString &path);
    static Result<ZipReader> openData(QByteArray data, const QString &label);

    ZipReader(ZipReader &&) noexcept;
    ZipReader &operator=(ZipReader &&) noexcept;
    ~ZipReader();

    const QString &label() const { return m_label; }
    const QList<ZipEntry> &entries() const { return m_entries; }
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    // Index into entries(), or -1.
    qsizetype indexOf(const QString &name) const;

    // The entry's data; fails when it is larger than maxBytes, unreadable or corrupt.
    Result<QByteArray> read(const QString &name, qint64 maxBytes) const;
    Result<QByteArray> readAt(qsizetype index, qint64 maxBytes) const;

private:
    struct State;
    ZipReader(std::unique_ptr<State> state, QString label, QList<ZipEntry> entries);
    static Result<ZipReader> fromState(std::unique_ptr<State> state, const QString &label);

    std::unique_ptr<State> m_state;
    QString m_label;
    QList<ZipEntry> m_entries;
};

// True when the data starts like a ZIP archive (local file header or an empty archive).
bool looksLikeZip(const QByteArray &head);

// A relative path safe to create under a folder for this entry name, or empty when the name is
// absolute, climbs out with "..", holds a backslash or a NUL, or is empty.
QString safeEntryPath(const QString &name);

} // namespace offprint::archive
