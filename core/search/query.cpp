// TEMPORARY STUB (replaced by the search work): every whitespace-separated word becomes a quoted
// phrase, ANDed; no filters.
#include "search/query.h"

namespace offprint::search {

Result<CompiledQuery> compileQuery(const QString &query)
{
    CompiledQuery compiled;
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return makeError(QStringLiteral("empty query"));
    QStringList phrases;
    for (QString word : words) {
        compiled.terms << word;
        phrases << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    compiled.match = phrases.join(QLatin1Char(' '));
    return compiled;
}

} // namespace offprint::search
