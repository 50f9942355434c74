#include "readers/linkfields.h"

#include <QFileInfo>
#include <QUrl>

namespace offprint::readers {

QDateTime epochTime(const QString &value)
{
    bool ok = false;
    qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n <= 0)
        return {};
    if (n > 100'000'000'000'000LL)
        n /= 1'000'000; // microseconds
    else if (n > 100'000'000'000LL)
        n /= 1000; // milliseconds
    return QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
}

void addTags(QStringList &tags, const QStringList &more)
{
    for (const QString &raw : more) {
        const QString tag = raw.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
}

QStringList splitTags(const QString &value, QChar separator)
{
    QStringList tags;
    addTags(tags, value.split(separator, Qt::SkipEmptyParts));
    return tags;
}

QString unusableUrlReason(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("no URL");
    const QUrl parsed(trimmed, QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || parsed.host().isEmpty())
        return QStringLiteral("not a web address (%1)").arg(trimmed.left(80));
    return {};
}

QString originName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace offprint::readers
