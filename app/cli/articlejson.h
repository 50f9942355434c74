#pragma once

#include "domain/article.h"
#include "domain/highlight.h"

#include <QJsonObject>

namespace offprint::cli {

// The JSON shape of an article in `list`, `search` and `show --format json`:
// id, title, site, url, saved, published, read, starred, tags (+ author, lang, ...).
QJsonObject articleToJson(const Article &article);
QJsonValue dateToJson(const QDateTime &date);
// The JSON shape of a highlight in `highlights --json` and `export --format json`: id, article, quote,
// note, color, created, updated, anchored (true/false), position (code points of `show ID --format
// text`, null when orphaned).
QJsonObject highlightToJson(const Highlight &highlight);
QString formatDate(const QDateTime &date);

// Prints an object or array as one indented JSON document on stdout.
void printJson(const QJsonValue &value);

// Parses a numeric article id; prints a usage error and returns 0 when it is not one.
ArticleId parseId(const QString &text);

} // namespace offprint::cli
