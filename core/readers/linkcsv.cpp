#include "readers/linkcsv.h"

#include "readers/linkfields.h"

namespace offprint::readers {

void readLinkCsv(const QByteArray &data, const QString &origin, const QString &urlColumn, ExportContents &contents,
                 const std::function<void(const LinkCsvRow &row, ExportRecord &record)> &fill)
{
    CsvReader reader(data);
    CsvRecord header;
    if (!reader.next(header) || header.fields.isEmpty()) {
        contents.problems.append(QStringLiteral("%1: empty file").arg(origin));
        return;
    }
    const int url = csvColumn(header.fields, urlColumn);
    if (url < 0) {
        contents.problems.append(
            QStringLiteral("%1: line %2: no \"%3\" column in the header").arg(origin).arg(header.line).arg(urlColumn));
        return;
    }
    CsvRecord row;
    while (reader.next(row)) {
        const QString where = QStringLiteral("%1: line %2").arg(origin).arg(row.line);
        if (!row.problem.isEmpty()) {
            contents.problems.append(where + QStringLiteral(": ") + row.problem);
            continue;
        }
        ExportRecord record;
        record.origin = where;
        record.url = csvField(row, url).trimmed();
        if (const QString reason = unusableUrlReason(record.url); !reason.isEmpty()) {
            contents.problems.append(where + QStringLiteral(": ") + reason);
            continue;
        }
        fill(LinkCsvRow(header.fields, row), record);
        contents.records.append(std::move(record));
    }
}

} // namespace offprint::readers
