#include "readers/instapaper.h"

#include "readers/linkcsv.h"
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
    readLinkCsv(data, origin, QStringLiteral("URL"), contents, [](const LinkCsvRow &row, ExportRecord &record) {
        record.title = row.field(QStringLiteral("title")).simplified();
        record.description = row.field(QStringLiteral("selection")).trimmed();
        record.saved = epochTime(row.field(QStringLiteral("timestamp")));
        const QString place = row.field(QStringLiteral("folder")).trimmed();
        if (place.compare(QLatin1String("Archive"), Qt::CaseInsensitive) == 0)
            record.read = true;
        else if (place.compare(QLatin1String("Starred"), Qt::CaseInsensitive) == 0)
            record.starred = true;
        else if (!place.isEmpty() && place.compare(QLatin1String("Unread"), Qt::CaseInsensitive) != 0)
            addTags(record.tags, {place});
        addTags(record.tags, tagsField(row.field(QStringLiteral("tags"))));
    });
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
