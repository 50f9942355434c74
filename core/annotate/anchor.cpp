#include "annotate/anchor.h"

#include "annotate/fuzzy.h"
#include "markdown/plaintext.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace offprint::annotate {

namespace {

// Tolerant matches looked at: the best few places are enough to choose from.
constexpr int kMaxFuzzyCandidates = 32;

// 1 - edits / length of `kept` against `found` (1 when nothing was kept to compare).
double similarity(QStringView kept, QStringView found)
{
    if (kept.isEmpty())
        return 1.0;
    return 1.0 - std::min(1.0, double(editDistance(kept, found)) / double(kept.size()));
}

} // namespace

QString articleText(const QString &markdown)
{
    return markdown::toPlainText(markdown);
}

Selector selectorFor(const QString &text, TextRange range)
{
    Selector selector;
    const qsizetype start = qBound<qsizetype>(0, range.start, text.size());
    const qsizetype end = qBound(start, range.end, text.size());
    selector.quote = text.mid(start, end - start);
    qsizetype before = start;
    for (int n = 0; n < kContextLength && before > 0; ++n)
        before -= before >= 2 && text.at(before - 1).isLowSurrogate() && text.at(before - 2).isHighSurrogate() ? 2 : 1;
    selector.prefix = text.mid(before, start - before);
    qsizetype after = end;
    for (int n = 0; n < kContextLength && after < text.size(); ++n)
        after += after + 1 < text.size() && text.at(after).isHighSurrogate() && text.at(after + 1).isLowSurrogate() ? 2 : 1;
    selector.suffix = text.mid(end, after - end);
    selector.position = codePointsBefore(text, start);
    return selector;
}

TextAnchorer::TextAnchorer(QString text) : m_text(std::move(text)), m_normalized(m_text) {}

TextRange TextAnchorer::originalRange(qsizetype normStart, qsizetype normEnd) const
{
    return {m_normalized.originalStart(normStart), m_normalized.originalEnd(normEnd - 1)};
}

QList<TextRange> TextAnchorer::occurrences(const QString &quote) const
{
    QList<TextRange> found;
    const QString needle = normalizedForm(quote);
    if (needle.isEmpty())
        return found;
    const QString &haystack = m_normalized.text();
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        found << originalRange(at, at + needle.size());
    return found;
}

TextAnchorer::Context TextAnchorer::contextAt(const Selector &selector, qsizetype normStart, qsizetype normEnd) const
{
    // The kept context, normalised, against as much of the text next to the candidate. The normalised
    // context has no whitespace at its ends, so the space between it and the quote is skipped here too.
    const QString &text = m_normalized.text();
    const QString prefix = normalizedForm(selector.prefix);
    const QString suffix = normalizedForm(selector.suffix);
    qsizetype prefixEnd = normStart;
    if (prefixEnd > 0 && text.at(prefixEnd - 1) == u' ')
        --prefixEnd;
    qsizetype suffixStart = normEnd;
    if (suffixStart < text.size() && text.at(suffixStart) == u' ')
        ++suffixStart;
    const qsizetype prefixFrom = std::max<qsizetype>(0, prefixEnd - prefix.size());
    Context context;
    context.before = similarity(prefix, QStringView(text).mid(prefixFrom, prefixEnd - prefixFrom));
    context.after = similarity(suffix, QStringView(text).mid(suffixStart, suffix.size()));
    // Is the candidate the text that came right after the quote (or before it)? Then what follows it
    // is not what followed the quote: a deleted list item, and the similar item after it.
    const QStringView candidate = QStringView(text).mid(normStart, normEnd - normStart);
    const qsizetype afterLength = std::min(candidate.size(), suffix.size());
    const qsizetype beforeLength = std::min(candidate.size(), prefix.size());
    context.likeSuffix = afterLength > 0 ? similarity(QStringView(suffix).left(afterLength), candidate.left(afterLength)) : 0.0;
    context.likePrefix = beforeLength > 0 ? similarity(QStringView(prefix).right(beforeLength), candidate.right(beforeLength)) : 0.0;
    return context;
}

bool TextAnchorer::Context::isNeighbour(double quoteSimilarity) const
{
    // The candidate is at least as like the kept suffix as like the quote, and the kept suffix is not
    // after it (it is the suffix); the same for the prefix. A sentence that merely ends like the one
    // before it, with that one still before it, is not its neighbour.
    return (likeSuffix >= quoteSimilarity && after < kMinContext)
        || (likePrefix >= quoteSimilarity && before < kMinContext);
}

qsizetype TextAnchorer::hintIndex(const Selector &selector) const
{
    return selector.position ? utf16IndexOf(m_text, *selector.position) : -1;
}

struct TextAnchorer::Candidate
{
    qsizetype start = 0; // normalised
    qsizetype end = 0;
    double quote = 1.0;
    double context = 0.0;
    double closeness = 0.0;
};

std::optional<Anchor> TextAnchorer::locate(const Selector &selector) const
{
    const QString needle = normalizedForm(selector.quote);
    if (needle.isEmpty() || m_normalized.size() == 0)
        return std::nullopt;
    const QString &haystack = m_normalized.text();
    const qsizetype hint = hintIndex(selector);
    auto closeness = [&](qsizetype normStart) {
        if (hint < 0)
            return 0.0;
        const double distance = std::abs(double(m_normalized.originalStart(normStart) - hint));
        return 1.0 - std::min(1.0, distance / double(std::max<qsizetype>(1, m_text.size())));
    };

    // 1. The quote as it is.
    std::optional<Candidate> best;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        Candidate c{at, at + needle.size(), 1.0, contextAt(selector, at, at + needle.size()).similarity(), closeness(at)};
        if (!best || c.context > best->context || (c.context == best->context && c.closeness > best->closeness))
            best = c;
    }
    if (best)
        return Anchor{originalRange(best->start, best->end), true, 1.0};

    // 2. A tolerant match for small edits.
    if (needle.size() < kMinFuzzyLength || needle.size() > kMaxFuzzyLength)
        return std::nullopt;
    const int maxErrors = int(std::floor(double(needle.size()) * kMaxEditShare));
    std::vector<std::pair<double, Candidate>> scored;
    for (const FuzzyMatch &match : findApproximate(haystack, needle, maxErrors, kMaxFuzzyCandidates)) {
        if (match.end <= match.start)
            continue;
        const Context context = contextAt(selector, match.start, match.end);
        Candidate c{match.start, match.end, 1.0 - double(match.errors) / double(needle.size()), context.similarity(),
                    closeness(match.start)};
        // Changed and away from its context: another passage like it (the next day's figures in the
        // same words, a list item next to a deleted one), not this one. (A passage edited together
        // with both its neighbours is orphaned: kept and listed rather than put on the wrong passage.)
        if (c.context < kMinContext || context.isNeighbour(c.quote))
            continue;
        scored.emplace_back(50.0 * c.quote + 40.0 * c.context + 2.0 * c.closeness, c);
    }
    if (scored.empty())
        return std::nullopt;
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    best = scored.front().second;
    // Another place about as good: the text repeats itself around the passage (a heading of each of
    // several sections: "Plan B", "Plan D", … for a deleted "Plan C"), and none of them is it.
    for (size_t i = 1; i < scored.size() && scored[i].first >= scored.front().first - kAmbiguityMargin; ++i) {
        const Candidate &other = scored[i].second;
        if (other.end <= best->start || other.start >= best->end)
            return std::nullopt;
    }
    return Anchor{originalRange(best->start, best->end), false, best->quote};
}

} // namespace offprint::annotate
