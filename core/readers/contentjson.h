#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// Helpers shared by the parsers of content-bearing exports (Wallabag, Omnivore, Readeck): JSON
// values as the other apps write them, dates in their several shapes, colours.
namespace offprint::readers::contentjson {

// One element of a top-level JSON array, read on its own: a damaged element (or a file cut off
// inside one) costs that element only.
struct ArrayElement
{
    int index = 0;          // 1-based position in the array; 0: the array itself (not closed)
    QJsonObject object;     // valid when `problem` is empty
    QString problem;        // "not valid JSON (...)", "not an object", "cut off: the file ends inside it"
};

// Splits a JSON array into its elements without parsing the whole file as one document. Fails when
// the data does not start with '[' (after whitespace and a BOM).
Result<QList<ArrayElement>> splitArray(const QByteArray &data);

// The first present key of `keys` (the apps' field names changed between versions).
QJsonValue field(const QJsonObject &object, std::initializer_list<const char *> keys);
QString text(const QJsonObject &object, std::initializer_list<const char *> keys);
// true/false, 1/0, "1"/"0", "true"/"false"; `fallback` when absent or anything else.
bool flag(const QJsonObject &object, std::initializer_list<const char *> keys, bool fallback = false);
// A number or a numeric string; NaN when absent.
double number(const QJsonObject &object, std::initializer_list<const char *> keys);
// An array of strings, or of objects carrying one of `nameKeys` ("label", "name").
QStringList names(const QJsonValue &value);

// ISO 8601 with or without a colon in the offset ("+0200"), with any number of fraction digits,
// "YYYY-MM-DD HH:MM:SS" (UTC), or seconds / milliseconds since the epoch. Invalid when none fits
// or the date is the zero time Go writes for "unset".
QDateTime parseDate(const QJsonValue &value);

// A reading progress as a share 0..1 from a percentage 0..100; -1 when unknown or out of range.
double progressFromPercent(double percent);

// Offprint's colour name for another app's highlight colour (empty: the default).
QString colorName(const QString &color);

} // namespace offprint::readers::contentjson
