#include "readers/linkhtmlformats.h"

#include "readers/linkfields.h"
#include "readers/linkhtml.h"

#include <QFile>
#include <QRegularExpression>

#include <optional>

namespace offprint::readers {

namespace {

constexpr qint64 kMaxHtmlBytes = 512LL * 1024 * 1024;
// Folders deeper than this give no more tags (a hostile file nesting 100,000 lists would otherwise
// give every link 100,000 tags).
constexpr int kMaxFolderTags = 32;

Result<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    if (file.size() > kMaxHtmlBytes)
        return makeError(QStringLiteral("%1: larger than 512 MB, not a link export").arg(path));
    return file.readAll();
}

QByteArray lowerHead(const ExportProbe &probe)
{
    return probe.head.left(16 * 1024).toLower();
}

// Tags that start the next item of a list: an element left open (a link without </a>) ends there.
bool startsItem(const HtmlToken &token)
{
    static const QStringList names = {QStringLiteral("a"),  QStringLiteral("dt"), QStringLiteral("dl"),
                                      QStringLiteral("dd"), QStringLiteral("h1"), QStringLiteral("h3"),
                                      QStringLiteral("li"), QStringLiteral("ul")};
    return names.contains(token.name);
}

// The text of an element, up to its end tag, or up to the next item when it is left open.
QString textUntilEnd(LinkHtmlScanner &scanner, const QString &name)
{
    QString text;
    HtmlToken token;
    while (scanner.next(token)) {
        if (token.type == HtmlToken::Type::Text) {
            text += token.text;
        } else if (token.type == HtmlToken::Type::EndTag && token.name == name) {
            break;
        } else if (startsItem(token)) {
            scanner.pushBack(std::move(token));
            break;
        }
    }
    return text.simplified();
}

bool isBrowserRoot(const HtmlToken &h3)
{
    return h3.attrs.contains(QStringLiteral("personal_toolbar_folder"))
           || h3.attrs.contains(QStringLiteral("unfiled_bookmarks_folder"));
}

} // namespace

bool looksLikePocketHtml(const ExportProbe &probe)
{
    if (!probe.zipEntries.isEmpty())
        return false;
    const QByteArray head = lowerHead(probe);
    if (head.contains("<!doctype netscape-bookmark-file-1"))
        return false;
    // A link carrying Pocket's own attribute under one of its two headings.
    static const QRegularExpression pocketLink(QStringLiteral("<a\\s[^>]*\\btime_added\\s*=\\s*[\"']?\\d"));
    const bool heading = head.contains("<h1>unread</h1>") || head.contains("<h1>read archive</h1>");
    return (head.contains("<title>pocket export</title>") || heading)
           && pocketLink.match(QString::fromLatin1(head)).hasMatch();
}

void readPocketHtmlData(const QByteArray &data, const QString &origin, ExportContents &contents)
{
    LinkHtmlScanner scanner(QString::fromUtf8(data));
    HtmlToken token;
    bool archive = false;
    while (scanner.next(token)) {
        if (token.type != HtmlToken::Type::StartTag)
            continue;
        if (token.name == QLatin1String("h1")) {
            archive = textUntilEnd(scanner, QStringLiteral("h1")).contains(QLatin1String("archive"), Qt::CaseInsensitive);
            continue;
        }
        if (token.name != QLatin1String("a"))
            continue;
        const QString where = QStringLiteral("%1: line %2").arg(origin).arg(token.line);
        ExportRecord record;
        record.origin = where;
        record.url = token.attrs.value(QStringLiteral("href")).trimmed();
        record.saved = epochTime(token.attrs.value(QStringLiteral("time_added")));
        record.tags = splitTags(token.attrs.value(QStringLiteral("tags")), u',');
        record.read = archive;
        record.title = textUntilEnd(scanner, QStringLiteral("a"));
        if (const QString reason = unusableUrlReason(record.url); !reason.isEmpty()) {
            contents.problems.append(where + QStringLiteral(": ") + reason);
            continue;
        }
        contents.records.append(std::move(record));
    }
}

Result<ExportContents> readPocketHtml(const QString &path)
{
    auto data = readWhole(path);
    if (!data)
        return data.error();
    ExportContents contents;
    contents.format = QStringLiteral("Pocket HTML");
    readPocketHtmlData(*data, originName(path), contents);
    return contents;
}

bool looksLikeBookmarks(const ExportProbe &probe)
{
    return probe.zipEntries.isEmpty() && lowerHead(probe).contains("<!doctype netscape-bookmark-file-1");
}

void readBookmarksData(const QByteArray &data, const QString &origin, ExportContents &contents)
{
    LinkHtmlScanner scanner(QString::fromUtf8(data));
    // The folder each open <DL> belongs to (empty: the top list or a browser root: no tag).
    QStringList folders;
    std::optional<QString> pendingFolder; // an <H3> whose <DL> has not opened yet
    qsizetype lastLink = -1;              // the record a <DD> describes
    HtmlToken token;
    while (scanner.next(token)) {
        if (token.type == HtmlToken::Type::EndTag && token.name == QLatin1String("dl")) {
            if (!folders.isEmpty())
                folders.removeLast();
            lastLink = -1;
            continue;
        }
        if (token.type != HtmlToken::Type::StartTag)
            continue;
        if (token.name == QLatin1String("h3")) {
            const bool root = isBrowserRoot(token);
            const QString name = textUntilEnd(scanner, QStringLiteral("h3"));
            pendingFolder = root ? QString() : name;
            lastLink = -1;
        } else if (token.name == QLatin1String("dl")) {
            folders.append(pendingFolder.value_or(QString()));
            pendingFolder.reset();
            lastLink = -1;
        } else if (token.name == QLatin1String("a")) {
            const QString where = QStringLiteral("%1: line %2").arg(origin).arg(token.line);
            ExportRecord record;
            record.origin = where;
            record.url = token.attrs.value(QStringLiteral("href")).trimmed();
            record.saved = epochTime(token.attrs.value(QStringLiteral("add_date")));
            for (qsizetype i = 0; i < folders.size() && i < kMaxFolderTags; ++i)
                addTags(record.tags, {folders.at(i)});
            addTags(record.tags, splitTags(token.attrs.value(QStringLiteral("tags")), u','));
            record.title = textUntilEnd(scanner, QStringLiteral("a"));
            pendingFolder.reset();
            lastLink = -1;
            if (const QString reason = unusableUrlReason(record.url); !reason.isEmpty()) {
                contents.problems.append(where + QStringLiteral(": ") + reason);
                continue;
            }
            contents.records.append(std::move(record));
            lastLink = contents.records.size() - 1;
        } else if (token.name == QLatin1String("dd")) {
            // The description runs to the next item, list or end of list.
            QString text;
            while (scanner.next(token)) {
                if (token.type == HtmlToken::Type::Text) {
                    text += token.text;
                    continue;
                }
                if (startsItem(token)) {
                    scanner.pushBack(std::move(token));
                    break;
                }
            }
            if (lastLink >= 0)
                contents.records[lastLink].description = text.trimmed();
            lastLink = -1;
        }
    }
}

Result<ExportContents> readBookmarks(const QString &path)
{
    auto data = readWhole(path);
    if (!data)
        return data.error();
    ExportContents contents;
    contents.format = QStringLiteral("Netscape bookmarks");
    readBookmarksData(*data, originName(path), contents);
    return contents;
}

} // namespace offprint::readers
