#include "readers/wallabag.h"

#include "common/fileutil.h"
#include "common/limits.h"
#include "readers/contentjson.h"

#include <QFileInfo>
#include <QJsonArray>

namespace offprint::readers {

namespace cj = contentjson;

namespace {

ExportRecord recordFrom(const QJsonObject &entry, const QString &origin)
{
    ExportRecord r;
    r.origin = origin;
    r.url = cj::text(entry, {"url", "given_url", "origin_url"}).trimmed();
    r.title = cj::text(entry, {"title"}).trimmed();
    r.author = cj::names(cj::field(entry, {"published_by"})).join(QStringLiteral(", "));
    r.siteName = cj::text(entry, {"domain_name"});
    r.language = cj::text(entry, {"language"}).section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    r.tags = cj::names(cj::field(entry, {"tags"}));
    r.saved = cj::parseDate(cj::field(entry, {"created_at"}));
    r.published = cj::parseDate(cj::field(entry, {"published_at"}));
    r.read = cj::flag(entry, {"is_archived"});
    r.starred = cj::flag(entry, {"is_starred"});
    const QString content = cj::text(entry, {"content"});
    if (!content.trimmed().isEmpty()) {
        r.content = ExportRecord::Content::Article;
        r.html = content.toUtf8();
    }
    QStringList notes;
    for (const QJsonValue value : cj::field(entry, {"annotations"}).toArray()) {
        const QJsonObject a = value.toObject();
        ExportHighlight h;
        h.quote = cj::text(a, {"quote"}).trimmed();
        h.note = cj::text(a, {"text"}).trimmed();
        h.created = cj::parseDate(cj::field(a, {"created_at"}));
        h.updated = cj::parseDate(cj::field(a, {"updated_at"}));
        if (!h.quote.isEmpty())
            r.highlights.append(h);
        else if (!h.note.isEmpty())
            notes.append(h.note); // a note without a passage: a note on the whole entry
    }
    r.note = notes.join(QStringLiteral("\n\n"));
    return r;
}

} // namespace

bool matchesWallabag(const ExportProbe &probe)
{
    if (!probe.zipEntries.isEmpty())
        return false;
    const QByteArray head = probe.head.trimmed();
    const qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype at = start;
    while (at < head.size() && (head[at] == ' ' || head[at] == '\n' || head[at] == '\r' || head[at] == '\t'))
        ++at;
    if (at >= head.size() || head[at] != '[')
        return false;
    return head.contains("\"is_archived\"") && (head.contains("\"domain_name\"") || head.contains("\"is_starred\""));
}

ExportContents readWallabagData(const QByteArray &data, const QString &label)
{
    ExportContents out;
    out.format = QStringLiteral("Wallabag JSON");
    auto elements = cj::splitArray(data);
    if (!elements) {
        out.problems.append(QStringLiteral("%1: %2").arg(label, elements.errorMessage()));
        return out;
    }
    for (const cj::ArrayElement &element : *elements) {
        const QString origin = QStringLiteral("%1: entry %2").arg(label).arg(element.index);
        if (element.index == 0) {
            out.problems.append(QStringLiteral("%1: %2").arg(label, element.problem));
            continue;
        }
        if (!element.problem.isEmpty()) {
            out.problems.append(QStringLiteral("%1: %2").arg(origin, element.problem));
            continue;
        }
        ExportRecord record = recordFrom(element.object, origin);
        if (record.url.isEmpty() && record.content == ExportRecord::Content::None) {
            out.problems.append(QStringLiteral("%1: neither a url nor content").arg(origin));
            continue;
        }
        if (record.html.size() > limits::kMaxHtmlBytes) {
            out.problems.append(QStringLiteral("%1: content too large (%2 MB, the limit is %3 MB)")
                                    .arg(origin)
                                    .arg(record.html.size() / (1024 * 1024))
                                    .arg(limits::kMaxHtmlBytes / (1024 * 1024)));
            continue;
        }
        out.records.append(std::move(record));
    }
    return out;
}

Result<ExportContents> readWallabag(const QString &path)
{
    auto data = fileutil::readFile(path, limits::kMaxInputFileBytes);
    if (!data)
        return data.error();
    return readWallabagData(*data, QFileInfo(path).fileName());
}

} // namespace offprint::readers
