#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace offprint::search {

struct TextRange
{
    int start = 0;  // UTF-16 index into the text
    int length = 0; // UTF-16 units
    bool operator==(const TextRange &other) const = default;
};

// Where the query terms (CompiledQuery::terms) occur in a plain text, the way search matches them:
// NFKC case folding and Traditional/Simplified folding (英偉達 highlights 英伟达, ＧＰＵ highlights gpu),
// white space ignored ("RTX 4090" highlights RTX4090), Latin letters and digits only at word edges
// ("ai" does not light up inside "said"; a term ending in '*' lights up the whole word it begins).
// Ranges are sorted and merged; at most `maxRanges` are returned.
QList<TextRange> findTermRanges(const QString &text, const QStringList &terms, int maxRanges = 1000);

// Where `needle` occurs in `text` for find-in-page: the same folding as findTermRanges (case, width,
// Traditional/Simplified, white space ignored) but anywhere inside words, as a browser finds. Matches
// do not overlap; sorted; at most `maxRanges`.
QList<TextRange> findTextRanges(const QString &text, const QString &needle, int maxRanges = 10000);

} // namespace offprint::search
