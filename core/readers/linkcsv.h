#pragma once

#include "readers/csv.h"
#include "readers/exportrecord.h"

#include <functional>

// The part shared by the CSV link exports (Pocket, Instapaper): a header naming the columns, then one
// link per row.
namespace offprint::readers {

// One row of a link CSV, its fields looked up by column name.
class LinkCsvRow
{
public:
    LinkCsvRow(const QStringList &header, const CsvRecord &record) : m_header(header), m_record(record) {}
    // The field under the column named `name` (case-insensitive); empty when there is no such column.
    QString field(const QString &name) const { return csvField(m_record, csvColumn(m_header, name)); }

private:
    const QStringList &m_header;
    const CsvRecord &m_record;
};

// Reads `data` (from `origin`, a file or an archive entry): an empty file, a header without the column
// `urlColumn`, a bad row and a row whose URL cannot be a link entry are problems naming the line; every
// other row becomes a record (origin and url set) that `fill` completes.
void readLinkCsv(const QByteArray &data, const QString &origin, const QString &urlColumn, ExportContents &contents,
                 const std::function<void(const LinkCsvRow &row, ExportRecord &record)> &fill);

} // namespace offprint::readers
