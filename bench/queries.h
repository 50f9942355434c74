#pragma once

#include <QStringList>

namespace offprint::bench {

// The fixed query set of the search benchmark: names, products, two-character words, mixed Chinese and
// English, one-character terms, phrases, prefixes, filters — what people type into a reader.
const QStringList &searchQueries();

// Short and common word prefixes (a Latin word finds the words it begins), measured as a set of their
// own so that the figures of the fixed set stay comparable: what a search box sends while one types.
const QStringList &prefixQueries();

} // namespace offprint::bench
