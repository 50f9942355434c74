#pragma once

#include <QByteArray>
#include <QString>

namespace offprint::text {

// A binary sort key for a title: comparing keys bytewise (memcmp, SQLite's BLOB order) orders the
// titles as a reader expects in a mixed library: Latin letters alphabetically without regard to
// case or accents first, Chinese characters by their pinyin (ICU's "zh" collation, whose Latin
// order is the root one), then the rest by script. Empty for an empty title.
QByteArray titleSortKey(const QString &title);

} // namespace offprint::text
