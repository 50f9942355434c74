#include "readers/contentjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace offprint::readers::contentjson {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The end (one past) of the JSON value starting at `from`, or -1 when the data ends inside it.
// Strings and nesting are followed; anything else runs to the next ',' or ']' at this level.
qsizetype valueEnd(const QByteArray &data, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < data.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i; // the enclosing array closes: a scalar ended
            if (--depth == 0)
                return i + 1;
        } else if (c == ',' && depth == 0) {
            return i;
        }
    }
    return -1;
}

} // namespace

Result<QList<ArrayElement>> splitArray(const QByteArray &data)
{
    qsizetype at = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < data.size() && isSpace(data[at]))
        ++at;
    if (at >= data.size() || data[at] != '[')
        return makeError(QStringLiteral("not a JSON array"));
    ++at;
    QList<ArrayElement> elements;
    int index = 0;
    while (true) {
        while (at < data.size() && (isSpace(data[at]) || data[at] == ','))
            ++at;
        if (at >= data.size()) {
            elements.append({0, {}, QStringLiteral("cut off: the file ends before the array closes")});
            break;
        }
        if (data[at] == ']')
            break;
        ArrayElement element;
        element.index = ++index;
        const qsizetype end = valueEnd(data, at);
        if (end < 0) {
            element.problem = QStringLiteral("cut off: the file ends inside it");
            elements.append(element);
            break;
        }
        if (data[at] != '{') {
            element.problem = QStringLiteral("not an object");
        } else {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(data.mid(at, end - at), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                element.problem = QStringLiteral("not valid JSON (%1 at byte %2)")
                                      .arg(error.errorString())
                                      .arg(at + error.offset);
            else
                element.object = doc.object();
        }
        elements.append(element);
        at = end;
    }
    return elements;
}

QJsonValue field(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const auto it = object.constFind(QLatin1String(key));
        if (it != object.constEnd() && !it->isNull() && !it->isUndefined())
            return *it;
    }
    return {};
}

QString text(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    const QJsonValue value = field(object, keys);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

bool flag(const QJsonObject &object, std::initializer_list<const char *> keys, bool fallback)
{
    const QJsonValue value = field(object, keys);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("1") || s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("0") || s == QLatin1String("false") || s.isEmpty())
            return false;
    }
    return fallback;
}

double number(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    const QJsonValue value = field(object, keys);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nan("");
}

QStringList names(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue item : value.toArray()) {
        QString name;
        if (item.isString())
            name = item.toString();
        else if (item.isObject())
            name = text(item.toObject(), {"label", "name", "title"});
        name = name.trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out.append(name);
    }
    return out;
}

QDateTime parseDate(const QJsonValue &value)
{
    QDateTime date;
    if (value.isDouble()) {
        const double n = value.toDouble();
        if (n <= 0 || !std::isfinite(n))
            return {};
        // Milliseconds when it would otherwise be after the year 5000.
        date = n > 1e11 ? QDateTime::fromMSecsSinceEpoch(qint64(n), Qt::UTC)
                        : QDateTime::fromSecsSinceEpoch(qint64(n), Qt::UTC);
        return date;
    }
    QString s = value.toString().trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("^\\d{9,13}$"));
    if (digits.match(s).hasMatch())
        return parseDate(QJsonValue(s.toDouble()));
    s.replace(u' ', u'T');
    // "+0200" → "+02:00"; fractions cut to milliseconds (Go writes nanoseconds).
    static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    s.replace(offset, QStringLiteral("\\1:\\2"));
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    s.replace(fraction, QStringLiteral("\\1"));
    date = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(s, Qt::ISODate);
    if (!date.isValid())
        return {};
    if (date.timeSpec() == Qt::LocalTime)
        date.setTimeSpec(Qt::UTC); // no offset written: UTC, as these apps store dates
    if (date.date().year() <= 1)
        return {}; // Go's zero time
    return date.toUTC();
}

double progressFromPercent(double percent)
{
    if (!std::isfinite(percent) || percent < 0 || percent > 100)
        return -1;
    return percent / 100.0;
}

QString colorName(const QString &color)
{
    const QString c = color.trimmed().toLower();
    if (c.isEmpty())
        return {};
    // Offprint's colour names (domain/highlight.h: highlightColors(), which readers/ may not include).
    static const QStringList offprint = {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
                                         QStringLiteral("pink"), QStringLiteral("purple")};
    if (offprint.contains(c))
        return c;
    if (c == QLatin1String("red") || c == QLatin1String("orange"))
        return QStringLiteral("pink");
    return {};
}

} // namespace offprint::readers::contentjson
