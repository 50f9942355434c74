#include "articlejson.h"

#include "cli.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace offprint::cli {

QJsonValue dateToJson(const QDateTime &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return date.toString(Qt::ISODate);
}

QString formatDate(const QDateTime &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("----------");
}

QJsonObject articleToJson(const Article &article)
{
    QJsonObject obj;
    obj.insert(QStringLiteral("id"), article.id);
    obj.insert(QStringLiteral("title"), article.meta.title);
    obj.insert(QStringLiteral("site"), article.meta.siteName);
    obj.insert(QStringLiteral("url"), article.meta.url);
    obj.insert(QStringLiteral("author"), article.meta.author);
    obj.insert(QStringLiteral("lang"), article.meta.language);
    obj.insert(QStringLiteral("saved"), dateToJson(article.saved));
    obj.insert(QStringLiteral("published"), dateToJson(article.meta.published));
    obj.insert(QStringLiteral("imported"), dateToJson(article.imported));
    obj.insert(QStringLiteral("read"), article.read);
    obj.insert(QStringLiteral("starred"), article.starred);
    obj.insert(QStringLiteral("tags"), QJsonArray::fromStringList(article.tags));
    obj.insert(QStringLiteral("text_length"), article.textLength);
    obj.insert(QStringLiteral("reading_minutes"), article.readingMinutes);
    obj.insert(QStringLiteral("link_only"), article.linkOnly); // a link entry: its page is not saved yet
    return obj;
}

QJsonObject highlightToJson(const Highlight &h)
{
    QJsonObject obj;
    obj.insert(QStringLiteral("id"), h.id);
    obj.insert(QStringLiteral("article"), h.articleId);
    obj.insert(QStringLiteral("quote"), h.quote);
    obj.insert(QStringLiteral("note"), h.note);
    obj.insert(QStringLiteral("color"), h.color);
    obj.insert(QStringLiteral("created"), dateToJson(h.created));
    obj.insert(QStringLiteral("updated"), dateToJson(h.updated));
    obj.insert(QStringLiteral("anchored"), h.anchored());
    obj.insert(QStringLiteral("position"), h.position ? QJsonValue(*h.position) : QJsonValue(QJsonValue::Null));
    return obj;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
}

ArticleId parseId(const QString &text)
{
    QString digits = text;
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace offprint::cli
