#include "storagefixtures.h"

using offprint::Article;

namespace storagefixtures {

Article makeArticle(const QString &title, const QString &site, const QDateTime &saved, const QStringList &tags)
{
    Article a;
    a.meta.title = title;
    a.meta.author = QStringLiteral("Ada Writer");
    a.meta.siteName = site;
    a.meta.url = QStringLiteral("https://%1/posts/%2?utm_source=rss").arg(site, QString::number(qHash(title)));
    a.meta.language = QStringLiteral("en");
    a.meta.excerpt = QStringLiteral("Excerpt of ") + title;
    a.meta.published = saved.addDays(-1);
    a.saved = saved;
    a.markdown = QStringLiteral("# %1\n\nBody of the article.").arg(title);
    a.text = QStringLiteral("%1 Body of the article.").arg(title);
    a.sourceFile = QStringLiteral("/tmp/%1.html").arg(title);
    a.sourceFormat = QStringLiteral("html");
    a.encoding = QStringLiteral("UTF-8");
    a.contentHash = QStringLiteral("hash-") + title;
    a.confidence = 0.75;
    a.tags = tags;
    return a;
}

QDateTime day(int d)
{
    return QDateTime(QDate(2024, 3, d), QTime(9, 30), Qt::UTC);
}

Article articleFrom(const SearchSpec &spec)
{
    Article a;
    a.meta.title = spec.title;
    a.meta.author = spec.author;
    a.meta.siteName = spec.site;
    a.meta.url = spec.url;
    a.meta.language = spec.language;
    a.meta.published = spec.published;
    a.meta.excerpt = spec.text.left(30);
    a.saved = spec.saved;
    a.text = spec.text;
    a.markdown = spec.text;
    a.tags = spec.tags;
    return a;
}

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

} // namespace storagefixtures
