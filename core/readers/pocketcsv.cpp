#include "readers/pocketcsv.h"

#include "archive/zipreader.h"
#include "readers/csv.h"
#include "readers/linkcsv.h"
#include "readers/linkfields.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace offprint::readers {

namespace {

constexpr qint64 kMaxCsvBytes = 512LL * 1024 * 1024;

bool isPartName(const QString &name)
{
    static const QRegularExpression part(QStringLiteral("(^|/)part_\\d+\\.csv$"), QRegularExpression::CaseInsensitiveOption);
    return part.match(name).hasMatch();
}

bool hasPocketHeader(const QByteArray &head)
{
    QByteArray start = head.left(256);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.toLower().startsWith("title,url,time_added");
}

} // namespace

bool looksLikePocketCsv(const ExportProbe &probe)
{
    if (!probe.zipEntries.isEmpty())
        return std::any_of(probe.zipEntries.begin(), probe.zipEntries.end(), isPartName);
    return hasPocketHeader(probe.head);
}

void readPocketCsvData(const QByteArray &data, const QString &origin, ExportContents &contents)
{
    readLinkCsv(data, origin, QStringLiteral("url"), contents, [](const LinkCsvRow &row, ExportRecord &record) {
        record.title = row.field(QStringLiteral("title")).simplified();
        record.saved = epochTime(row.field(QStringLiteral("time_added")));
        record.tags = splitTags(row.field(QStringLiteral("tags")), u'|');
        record.read = row.field(QStringLiteral("status")).trimmed().compare(QLatin1String("archive"), Qt::CaseInsensitive) == 0;
    });
}

Result<ExportContents> readPocketCsv(const QString &path)
{
    ExportContents contents;
    contents.format = QStringLiteral("Pocket CSV");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    if (!archive::looksLikeZip(file.peek(8))) {
        if (file.size() > kMaxCsvBytes)
            return makeError(QStringLiteral("%1: larger than 512 MB, not a link export").arg(path));
        readPocketCsvData(file.readAll(), originName(path), contents);
        return contents;
    }
    file.close();
    auto zip = archive::ZipReader::openFile(path);
    if (!zip)
        return zip.error();
    QStringList parts;
    for (const archive::ZipEntry &entry : zip->entries())
        if (!entry.isDirectory && isPartName(entry.name))
            parts.append(entry.name);
    std::sort(parts.begin(), parts.end());
    if (parts.isEmpty())
        return makeError(QStringLiteral("%1: no part_*.csv file in this ZIP").arg(path));
    for (const QString &part : parts) {
        const QString origin = originName(path) + QStringLiteral(": ") + part;
        auto data = zip->read(part, kMaxCsvBytes);
        if (!data) {
            contents.problems.append(data.errorMessage()); // names the archive and the entry
            continue;
        }
        readPocketCsvData(*data, origin, contents);
    }
    return contents;
}

} // namespace offprint::readers
