#pragma once

#include "domain/article.h"

#include <QJsonObject>

namespace offprint::cli {

// The JSON shape of an article in `list`, `search` and `show --format json`:
// id, title, site, url, saved, published, read, starred, tags (+ author, lang, ...).
QJsonObject articleToJson(const Article &article);
QJsonValue dateToJson(const QDateTime &date);
QString formatDate(const QDateTime &date);

// Prints an object or array as one indented JSON document on stdout.
void printJson(const QJsonValue &value);

// Parses a numeric article id; prints a usage error and returns 0 when it is not one.
ArticleId parseId(const QString &text);

} // namespace offprint::cli
