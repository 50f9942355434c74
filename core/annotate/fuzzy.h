#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace offprint::annotate {

// One approximate occurrence of a pattern: text[start, end) is within `errors` edits of it.
struct FuzzyMatch
{
    qsizetype start = 0;
    qsizetype end = 0;
    int errors = 0;
};

// The places where `pattern` occurs in `text` with at most `maxErrors` edits (insertions, deletions,
// substitutions of UTF-16 units), fewest errors first, at most `maxMatches` of them (per run of
// neighbouring end positions, the first and the last end with the run's fewest errors). Myers' bit-parallel algorithm (1999) in 64-bit blocks: time
// O(|text| · ⌈|pattern| / 64⌉) for the search, then O((|pattern| + maxErrors) · ⌈|pattern| / 64⌉) to
// find where each match starts; memory O(|text|).
std::vector<FuzzyMatch> findApproximate(QStringView text, QStringView pattern, int maxErrors, int maxMatches);

// Levenshtein distance (for short strings: O(|a| · |b|)).
int editDistance(QStringView a, QStringView b);

} // namespace offprint::annotate
