#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A CSV reader (RFC 4180 and what real exports do beyond it): quoted fields holding commas, doubled
// quotes, CR/LF and newlines; CRLF, LF or CR line ends; a UTF-8 byte order mark. Fields are bounded:
// a record with a field longer than the limit is reported (its line and the reason) and skipped,
// while the reader goes on with the next record, without holding more than the limit in memory.
namespace offprint::readers {

struct CsvRecord
{
    int line = 0;       // 1-based line where the record starts
    QStringList fields; // UTF-8 decoded
    QString problem;    // non-empty: the record is bad (fields may be incomplete); "field 3 is longer than 1 MB"
};

class CsvReader
{
public:
    static constexpr qsizetype kDefaultMaxField = 1024 * 1024;

    explicit CsvReader(QByteArray data, qsizetype maxFieldBytes = kDefaultMaxField);

    // The next record; false at the end of the data. Empty lines are skipped.
    bool next(CsvRecord &record);

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_maxField;
};

// Index of the column named `name` (case-insensitive, trimmed) in a header record, or -1.
int csvColumn(const QStringList &header, const QString &name);

// The field at `column`, or an empty string when the record is shorter or column is -1.
QString csvField(const CsvRecord &record, int column);

} // namespace offprint::readers
