#include "readers/readeck.h"

#include "archive/zipreader.h"
#include "common/limits.h"
#include "readers/contentjson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace offprint::readers {

namespace cj = contentjson;

namespace {


const QRegularExpression &infoName()
{
    static const QRegularExpression re(QStringLiteral("^bookmarks/([^/]+)/info\\.json$"));
    return re;
}

ExportRecord recordFrom(const QJsonObject &b, const QString &origin)
{
    // Go's encoding/json writes the field names (URL, IsMarked); accept snake_case too.
    ExportRecord r;
    r.origin = origin;
    r.url = cj::text(b, {"URL", "url", "InitialURL"}).trimmed();
    r.title = cj::text(b, {"Title", "title"}).trimmed();
    r.author = cj::names(cj::field(b, {"Authors", "authors"})).join(QStringLiteral(", "));
    r.siteName = cj::text(b, {"SiteName", "site_name"}).trimmed();
    r.language = cj::text(b, {"Lang", "lang"}).section(u'-', 0, 0).toLower();
    r.description = cj::text(b, {"Description", "description"}).trimmed();
    r.tags = cj::names(cj::field(b, {"Labels", "labels"}));
    r.saved = cj::parseDate(cj::field(b, {"Created", "created"}));
    r.published = cj::parseDate(cj::field(b, {"Published", "published"}));
    r.read = cj::flag(b, {"IsArchived", "is_archived"});
    r.starred = cj::flag(b, {"IsMarked", "is_marked"});
    r.progress = cj::progressFromPercent(cj::number(b, {"ReadProgress", "read_progress"}));
    for (const QJsonValue value : cj::field(b, {"Annotations", "annotations"}).toArray()) {
        const QJsonObject a = value.toObject();
        ExportHighlight h;
        h.quote = cj::text(a, {"text", "Text"}).trimmed();
        h.note = cj::text(a, {"note", "Note"}).trimmed();
        h.color = cj::colorName(cj::text(a, {"color", "Color"}));
        h.created = cj::parseDate(cj::field(a, {"created", "Created"}));
        if (!h.quote.isEmpty())
            r.highlights.append(h);
    }
    return r;
}

QString articleFileName(const QJsonObject &b)
{
    const QJsonObject files = cj::field(b, {"Files", "files"}).toObject();
    const QJsonObject article = files.value(QStringLiteral("article")).toObject();
    const QString name = cj::text(article, {"name", "Name"});
    return name.isEmpty() ? QStringLiteral("index.html") : name;
}

} // namespace

bool matchesReadeck(const ExportProbe &probe)
{
    if (!probe.zipEntries.contains(QStringLiteral("data.json")))
        return false;
    for (const QString &name : probe.zipEntries)
        if (infoName().match(name).hasMatch())
            return true;
    return false;
}

Result<ExportContents> readReadeck(const QString &path)
{
    const QString label = QFileInfo(path).fileName();
    auto zip = archive::ZipReader::openFile(path);
    if (!zip)
        return zip.error();
    ExportContents out;
    out.format = QStringLiteral("Readeck ZIP");

    // Entries of each bookmark's container, by uid (one pass over the archive).
    QMap<QString, QList<qsizetype>> containers;
    QList<QPair<QString, qsizetype>> infos;
    for (qsizetype i = 0; i < zip->entries().size(); ++i) {
        const archive::ZipEntry &entry = zip->entries().at(i);
        if (entry.isDirectory)
            continue;
        const QRegularExpressionMatch info = infoName().match(entry.name);
        if (info.hasMatch()) {
            infos.append({info.captured(1), i});
            continue;
        }
        const QStringList parts = entry.name.split(u'/');
        if (parts.size() >= 4 && parts.at(0) == QLatin1String("bookmarks") && parts.at(2) == QLatin1String("container"))
            containers[parts.at(1)].append(i);
    }

    for (const auto &[uid, index] : infos) {
        const QString infoEntry = zip->entries().at(index).name;
        const QString where = QStringLiteral("%1: %2").arg(label, infoEntry);
        auto data = zip->readAt(index, limits::kMaxExportMetadataBytes);
        if (!data) {
            out.problems.append(data.errorMessage());
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*data, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            out.problems.append(QStringLiteral("%1: not a JSON object (%2)")
                                    .arg(where, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                         : QStringLiteral("another JSON value")));
            continue;
        }
        const QJsonObject b = doc.object();
        const QString prefix = QStringLiteral("bookmarks/%1/container/").arg(uid);
        const QString articleName = prefix + articleFileName(b);
        ExportRecord record = recordFrom(b, QStringLiteral("%1: %2").arg(label, articleName));
        if (zip->contains(articleName)) {
            auto html = zip->read(articleName, limits::kMaxHtmlBytes);
            if (html && !html->trimmed().isEmpty()) {
                record.content = ExportRecord::Content::Article;
                record.html = std::move(html).value();
            } else if (!html) {
                out.problems.append(html.errorMessage());
            }
        }
        if (record.content != ExportRecord::Content::None) {
            qint64 total = 0;
            for (const qsizetype fileIndex : containers.value(uid)) {
                const QString name = zip->entries().at(fileIndex).name.mid(prefix.size());
                if (!name.startsWith(QLatin1String("_resources/")))
                    continue;
                auto file = zip->readAt(fileIndex, limits::kMaxAssetBytes);
                if (!file) {
                    out.problems.append(file.errorMessage());
                    continue;
                }
                if (total + file->size() > limits::kMaxAssetsPerArticleBytes) {
                    out.problems.append(QStringLiteral("%1: images beyond %2 MB left out")
                                            .arg(where)
                                            .arg(limits::kMaxAssetsPerArticleBytes / (1024 * 1024)));
                    break;
                }
                total += file->size();
                record.files.insert(QStringLiteral("./") + name, *file);
                record.files.insert(name, std::move(file).value());
            }
        }
        if (record.url.isEmpty() && record.content == ExportRecord::Content::None) {
            out.problems.append(QStringLiteral("%1: neither a url nor content").arg(where));
            continue;
        }
        out.records.append(std::move(record));
    }
    if (infos.isEmpty())
        out.problems.append(QStringLiteral("%1: no bookmarks/<uid>/info.json inside").arg(label));
    return out;
}

} // namespace offprint::readers
