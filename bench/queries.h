#pragma once

#include <QStringList>

namespace offprint::bench {

// The fixed query set of the search benchmark: names, products, two-character words, mixed Chinese and
// English, one-character terms, phrases, prefixes, filters — what people type into a reader.
const QStringList &searchQueries();

} // namespace offprint::bench
