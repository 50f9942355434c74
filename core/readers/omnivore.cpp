#include "readers/omnivore.h"

#include "archive/zipreader.h"
#include "common/limits.h"
#include "readers/contentjson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace offprint::readers {

namespace cj = contentjson;

namespace {

const QRegularExpression &metadataName()
{
    static const QRegularExpression re(QStringLiteral("^metadata_\\d+_to_\\d+\\.json$"));
    return re;
}

bool isLabelLine(const QString &line)
{
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (const QString &w : words)
        if (!w.startsWith(u'#') || w.size() < 2 || w.at(1) == u'#')
            return false;
    return true;
}

// "> quote [⤴️](https://omnivore.app/me/slug#id)": the link back is not part of the quote.
QString withoutLinkBack(QString line)
{
    static const QRegularExpression link(QStringLiteral("\\s*\\[[^\\]]{0,8}\\]\\(https?://[^)\\s]*\\)\\s*$"));
    line.remove(link);
    return line;
}

ExportRecord recordFrom(const QJsonObject &item, const QString &origin)
{
    ExportRecord r;
    r.origin = origin;
    r.url = cj::text(item, {"url", "originalUrl"}).trimmed();
    r.title = cj::text(item, {"title"}).trimmed();
    r.author = cj::text(item, {"author"}).trimmed();
    r.description = cj::text(item, {"description"}).trimmed();
    r.tags = cj::names(cj::field(item, {"labels", "labelNames"}));
    r.saved = cj::parseDate(cj::field(item, {"savedAt", "createdAt"}));
    r.published = cj::parseDate(cj::field(item, {"publishedAt"}));
    const QString state = cj::text(item, {"state"}).toLower();
    r.read = state == QLatin1String("archived");
    r.progress = cj::progressFromPercent(cj::number(item, {"readingProgress", "readingProgressBottomPercent"}));
    if (r.progress >= 0.999)
        r.read = true; // read to the end
    return r;
}

} // namespace

QList<ExportHighlight> parseOmnivoreHighlights(const QString &markdown, QString *itemNote)
{
    QList<ExportHighlight> out;
    QStringList looseNotes;
    const QStringList lines = QString(markdown).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n');
    qsizetype i = 0;
    QStringList noteLines;
    auto flushNote = [&]() {
        const QString note = noteLines.join(u'\n').trimmed();
        noteLines.clear();
        if (note.isEmpty())
            return;
        if (out.isEmpty())
            looseNotes.append(note);
        else
            out.last().note = out.last().note.isEmpty() ? note : out.last().note + QStringLiteral("\n\n") + note;
    };
    while (i < lines.size()) {
        const QString &line = lines.at(i);
        const bool startsQuote = line.startsWith(u'>') && (i == 0 || lines.at(i - 1).trimmed().isEmpty());
        if (!startsQuote) {
            if (!isLabelLine(line.trimmed()))
                noteLines.append(line);
            ++i;
            continue;
        }
        flushNote();
        // The quote runs to the first empty line (Omnivore writes its inner blank lines as "> ").
        QStringList quote;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) {
            QString q = lines.at(i);
            if (q.startsWith(QLatin1String("> ")))
                q = q.mid(2);
            else if (q.startsWith(u'>'))
                q = q.mid(1);
            quote.append(q);
            ++i;
        }
        if (!quote.isEmpty())
            quote.last() = withoutLinkBack(quote.last());
        ExportHighlight h;
        h.quote = quote.join(u'\n').trimmed();
        if (!h.quote.isEmpty())
            out.append(h);
    }
    flushNote();
    if (itemNote)
        *itemNote = looseNotes.join(QStringLiteral("\n\n"));
    return out;
}

bool matchesOmnivore(const ExportProbe &probe)
{
    for (const QString &name : probe.zipEntries)
        if (metadataName().match(name).hasMatch())
            return true;
    return false;
}

Result<ExportContents> readOmnivore(const QString &path)
{
    const QString label = QFileInfo(path).fileName();
    auto zip = archive::ZipReader::openFile(path);
    if (!zip)
        return zip.error();
    ExportContents out;
    out.format = QStringLiteral("Omnivore ZIP");
    for (const archive::ZipEntry &entry : zip->entries()) {
        if (!metadataName().match(entry.name).hasMatch())
            continue;
        const QString where = QStringLiteral("%1: %2").arg(label, entry.name);
        auto data = zip->read(entry.name, limits::kMaxExportMetadataBytes);
        if (!data) {
            out.problems.append(data.errorMessage());
            continue;
        }
        auto elements = cj::splitArray(*data);
        if (!elements) {
            out.problems.append(QStringLiteral("%1: %2").arg(where, elements.errorMessage()));
            continue;
        }
        for (const cj::ArrayElement &element : *elements) {
            if (!element.problem.isEmpty()) {
                out.problems.append(element.index == 0
                                        ? QStringLiteral("%1: %2").arg(where, element.problem)
                                        : QStringLiteral("%1: item %2: %3").arg(where).arg(element.index).arg(element.problem));
                continue;
            }
            const QString slug = cj::text(element.object, {"slug"}).trimmed();
            const QString contentName = QStringLiteral("content/%1.html").arg(slug);
            ExportRecord record = recordFrom(element.object, slug.isEmpty()
                                                                 ? QStringLiteral("%1: item %2").arg(where).arg(element.index)
                                                                 : QStringLiteral("%1: %2").arg(label, contentName));
            if (slug.isEmpty() || archive::safeEntryPath(contentName).isEmpty()) {
                out.problems.append(QStringLiteral("%1: item %2: no usable slug").arg(where).arg(element.index));
                if (!record.url.isEmpty())
                    out.records.append(std::move(record)); // still a link
                continue;
            }
            if (zip->contains(contentName)) {
                auto html = zip->read(contentName, limits::kMaxHtmlBytes);
                if (html && !html->trimmed().isEmpty()) {
                    record.content = ExportRecord::Content::Article;
                    record.html = std::move(html).value();
                } else if (!html) {
                    out.problems.append(html.errorMessage());
                }
            } else {
                out.problems.append(QStringLiteral("%1: %2 is missing: kept as a link").arg(label, contentName));
            }
            const QString highlightsName = QStringLiteral("highlights/%1.md").arg(slug);
            if (zip->contains(highlightsName)) {
                auto md = zip->read(highlightsName, limits::kMaxHtmlBytes);
                if (md)
                    record.highlights = parseOmnivoreHighlights(QString::fromUtf8(*md), &record.note);
                else
                    out.problems.append(md.errorMessage());
            }
            if (record.url.isEmpty() && record.content == ExportRecord::Content::None) {
                out.problems.append(QStringLiteral("%1: item %2: neither a url nor content").arg(where).arg(element.index));
                continue;
            }
            out.records.append(std::move(record));
        }
    }
    return out;
}

} // namespace offprint::readers
