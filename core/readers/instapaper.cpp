#include "readers/instapaper.h"

#include "readers/csv.h"
#include "readers/linkfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offprint::readers {

namespace {

constexpr qint64 kMaxCsvBytes = 512LL * 1024 * 1024;

QStringList tagsField(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(u'[')) {
        QStringList tags;
        const QJsonDocument json = QJsonDocument::fromJson(trimmed.toUtf8());
        for (const QJsonValue &tag : json.array()) {
            // ["name", ...] or [{"name": "..."}, ...]
            addTags(tags, {tag.isObject() ? tag.toObject().value(QStringLiteral("name")).toString() : tag.toString()});
        }
        if (json.isArray())
            return tags;
    }
    return splitTags(trimmed, u',');
}

} // namespace

bool looksLikeInstapaperCsv(const ExportProbe &probe)
{
    if (!probe.zipEntries.isEmpty())
        return false;
    QByteArray start = probe.head.left(256);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.toLower().startsWith("url,title,selection,folder");
}

void readInstapaperCsvData(const QByteArray &data, const QString &origin, ExportContents &contents)
{
    CsvReader reader(data);
    CsvRecord header;
    if (!reader.next(header) || header.fields.isEmpty()) {
        contents.problems.append(QStringLiteral("%1: empty file").arg(origin));
        return;
    }
    const int url = csvColumn(header.fields, QStringLiteral("url"));
    const int title = csvColumn(header.fields, QStringLiteral("title"));
    const int selection = csvColumn(header.fields, QStringLiteral("selection"));
    const int folder = csvColumn(header.fields, QStringLiteral("folder"));
    const int timestamp = csvColumn(header.fields, QStringLiteral("timestamp"));
    const int tags = csvColumn(header.fields, QStringLiteral("tags"));
    if (url < 0) {
        contents.problems.append(
            QStringLiteral("%1: line %2: no \"URL\" column in the header").arg(origin).arg(header.line));
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
        record.title = csvField(row, title).simplified();
        record.description = csvField(row, selection).trimmed();
        record.saved = epochTime(csvField(row, timestamp));
        const QString place = csvField(row, folder).trimmed();
        if (place.compare(QLatin1String("Archive"), Qt::CaseInsensitive) == 0)
            record.read = true;
        else if (place.compare(QLatin1String("Starred"), Qt::CaseInsensitive) == 0)
            record.starred = true;
        else if (!place.isEmpty() && place.compare(QLatin1String("Unread"), Qt::CaseInsensitive) != 0)
            addTags(record.tags, {place});
        addTags(record.tags, tagsField(csvField(row, tags)));
        contents.records.append(std::move(record));
    }
}

Result<ExportContents> readInstapaperCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    if (file.size() > kMaxCsvBytes)
        return makeError(QStringLiteral("%1: larger than 512 MB, not a link export").arg(path));
    ExportContents contents;
    contents.format = QStringLiteral("Instapaper CSV");
    readInstapaperCsvData(file.readAll(), originName(path), contents);
    return contents;
}

} // namespace offprint::readers
