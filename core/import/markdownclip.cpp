#include "import/markdownclip.h"

#include "common/limits.h"

#include <QRegularExpression>
#include <QSet>

namespace offprint::import {

namespace {

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\'')))) {
        const QChar q = v.front();
        v = v.mid(1, v.size() - 2);
        if (q == u'"')
            v.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
        else
            v.replace(QLatin1String("''"), QLatin1String("'"));
    }
    // Obsidian writes people and places as wiki links: "[[Jane Doe]]".
    if (v.startsWith(QLatin1String("[[")) && v.endsWith(QLatin1String("]]")))
        v = v.mid(2, v.size() - 4);
    return v.trimmed();
}

QStringList inlineList(const QString &value)
{
    QString v = value.trimmed();
    if (!(v.startsWith(u'[') && v.endsWith(u']')) || v.startsWith(QLatin1String("[[")))
        return {unquote(v)};
    v = v.mid(1, v.size() - 2);
    QStringList items;
    for (const QString &part : v.split(u',', Qt::SkipEmptyParts)) {
        const QString item = unquote(part);
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

// Distinct tags (case-insensitively), at most limits::kMaxTagsPerClip; `dropped` counts the others.
QStringList cleanTags(const QStringList &raw, qsizetype &dropped)
{
    QStringList tags;
    QSet<QString> seen;
    for (QString tag : raw) {
        tag = tag.trimmed();
        if (tag.startsWith(u'#'))
            tag.remove(0, 1);
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        if (tags.size() < limits::kMaxTagsPerClip)
            tags.append(tag);
        else
            ++dropped;
    }
    return tags;
}

// Cuts a body beyond limits::kMaxArticleChars at its last line end before the limit.
void limitBody(MarkdownClip &clip)
{
    if (clip.body.size() <= limits::kMaxArticleChars)
        return;
    const qsizetype end = clip.body.lastIndexOf(u'\n', limits::kMaxArticleChars);
    clip.body.truncate(end > 0 ? end + 1 : limits::kMaxArticleChars);
    clip.warnings.append(QStringLiteral("clip cut: its Markdown exceeds %1 characters (the limit)")
                             .arg(limits::kMaxArticleChars));
}

} // namespace

QDateTime parseClipDate(const QString &value)
{
    const QString v = unquote(value);
    if (v.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
        if (d.isValid())
            dt = d.startOfDay(Qt::UTC);
    }
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime && !v.contains(u'T') && !v.contains(u' '))
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt;
}

MarkdownClip parseMarkdownClip(const QString &input)
{
    MarkdownClip clip;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!text.startsWith(QLatin1String("---\n"))) {
        clip.body = text;
        limitBody(clip);
        return clip;
    }
    const qsizetype close = text.indexOf(QLatin1String("\n---"), 3);
    if (close < 0) {
        clip.body = text;
        limitBody(clip);
        return clip;
    }
    const QString yaml = text.mid(4, close - 4 + 1);
    qsizetype bodyStart = text.indexOf(u'\n', close + 1);
    clip.body = bodyStart < 0 ? QString() : text.mid(bodyStart + 1);

    QString listKey;
    QStringList listItems;
    auto flushList = [&]() {
        if (listKey == QLatin1String("tags") || listKey == QLatin1String("keywords"))
            clip.tags += listItems;
        else if ((listKey == QLatin1String("author") || listKey == QLatin1String("authors")) && clip.author.isEmpty())
            clip.author = listItems.join(QLatin1String(", "));
        listKey.clear();
        listItems.clear();
    };
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z_][A-Za-z0-9_ -]*):\\s*(.*)$"));
    for (const QString &line : yaml.split(u'\n')) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (!listKey.isEmpty() && line.trimmed().startsWith(QLatin1String("- "))) {
            listItems.append(unquote(line.trimmed().mid(2)));
            continue;
        }
        flushList();
        const QRegularExpressionMatch m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).trimmed().toLower();
        const QString value = m.captured(2).trimmed();
        if (value.isEmpty()) {
            listKey = key; // a block list may follow
            continue;
        }
        if (key == QLatin1String("title"))
            clip.title = unquote(value);
        else if (key == QLatin1String("source") || ((key == QLatin1String("url") || key == QLatin1String("link"))
                                                    && clip.url.isEmpty()))
            clip.url = unquote(value);
        else if (key == QLatin1String("author") || key == QLatin1String("authors"))
            clip.author = inlineList(value).join(QLatin1String(", "));
        else if (key == QLatin1String("site") || key == QLatin1String("site_name"))
            clip.siteName = unquote(value);
        else if (key == QLatin1String("description"))
            clip.description = unquote(value);
        else if (key == QLatin1String("published") || key == QLatin1String("date"))
            clip.published = parseClipDate(value);
        else if (key == QLatin1String("created") || key == QLatin1String("clipped") || key == QLatin1String("saved"))
            clip.created = parseClipDate(value);
        else if (key == QLatin1String("tags") || key == QLatin1String("keywords"))
            clip.tags += value.startsWith(u'[') ? inlineList(value)
                                                : inlineList(QStringLiteral("[%1]").arg(value));
    }
    flushList();
    qsizetype droppedTags = 0;
    clip.tags = cleanTags(clip.tags, droppedTags);
    if (droppedTags > 0)
        clip.warnings.append(QStringLiteral("%1 tag(s) left out: more than %2 tags (the limit)")
                                 .arg(droppedTags)
                                 .arg(limits::kMaxTagsPerClip));
    limitBody(clip);
    return clip;
}

} // namespace offprint::import
