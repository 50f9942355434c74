#pragma once

#include "domain/article.h"

#include <QDateTime>
#include <QStringList>

// Article values for the storage tests: every field filled, so that round trips check them all.
namespace storagefixtures {

offprint::Article makeArticle(const QString &title, const QString &site, const QDateTime &saved,
                              const QStringList &tags = {});
// 2024-03-<d> 09:30 UTC.
QDateTime day(int d);

// A search test's article: what ranking, filters and snippets look at.
struct SearchSpec
{
    QString title;
    QString text;
    QString author;
    QString site;
    QString url;
    QString language;
    QDateTime saved;
    QDateTime published;
    QStringList tags;
};
offprint::Article articleFrom(const SearchSpec &spec);
// <year>-<month>-<day> 12:00 UTC.
QDateTime at(int year, int month, int day);

} // namespace storagefixtures
