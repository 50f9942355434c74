#pragma once

#include <QDateTime>
#include <QString>

namespace offprint::extract {

// Parses a machine-readable date (ISO 8601 with or without offset, RFC 2822, "2024-06-03 20:52",
// "2024/6/3", unix seconds). Offsets are kept; a date without one is taken as written, in UTC,
// so it never shifts with the machine's time zone. Invalid when unknown.
QDateTime parseMachineDate(const QString &text);

// Finds the first date written for people in `text`: "2024-06-03 20:52", "2024年6月3日 20:52",
// "2005-04-05 06:40", "June 3, 2024", "3 June 2024", "Jun. 3, 2024". Years 1990..2100 only.
QDateTime findDateInText(const QString &text);

} // namespace offprint::extract
