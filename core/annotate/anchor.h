#pragma once

#include "annotate/normalize.h"

#include <QList>
#include <QString>

#include <optional>

namespace offprint::annotate {

// Code points of text kept before and after a highlight's quote.
inline constexpr int kContextLength = 32;

// The plain text that highlight positions count in: markdown::toPlainText of the stored Markdown,
// what `offprint-cli show ID --format text` prints and what the renderer shows, blocks separated by
// "\n\n".
QString articleText(const QString &markdown);

// A range of the plain text in UTF-16 indices [start, end).
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool operator==(const TextRange &other) const { return start == other.start && end == other.end; }
};

// What a highlight keeps of its place (the W3C text-quote selector plus a position).
struct Selector
{
    QString quote;
    QString prefix;
    QString suffix;
    std::optional<qint64> position; // code points; a hint (none: orphaned)
};

// The selector of a range of `text`: its exact text, kContextLength code points on each side, its
// position in code points.
Selector selectorFor(const QString &text, TextRange range);

struct Anchor
{
    TextRange range;
    bool exact = true;       // the quote was found as it is (normalize.h), else a tolerant match
    double similarity = 1.0; // of the quote found to the quote kept: 1 - edits / length
};

// Finds quotes in one text; build once per text, use for every highlight of the article.
class TextAnchorer
{
public:
    explicit TextAnchorer(QString text);

    const QString &text() const { return m_text; }

    // Every occurrence of the quote in the text (compared in the normalised form, normalize.h), in
    // text order, as ranges of the text. Empty when the quote has nothing but whitespace.
    QList<TextRange> occurrences(const QString &quote) const;

    // Where a highlight belongs in this text (after its article's text changed):
    // 1. the quote as it is: of several occurrences the one whose prefix and suffix match best, then
    //    the one nearest the old position;
    // 2. else a tolerant match for small edits: the quote within 25 % edits (Myers' bit-parallel
    //    search over the whole text, fuzzy.h), scored 50 × quote similarity + 20 × prefix and
    //    20 × suffix similarity + 2 × closeness to the old position, among the places whose
    //    context (prefix and suffix, on average) is at least half the same and that are not the
    //    text that used to be next to the quote (its kept suffix is at least as like the place as
    //    the quote is, and is not after it; or the same with the prefix), and found in one place only (another place within 2 points of
    //    the best: the text repeats itself there, and none is taken); quotes under 8 or over
    //    4,096 characters (normalised) get no tolerant match (the search costs the text's length
    //    × ⌈quote / 64⌉; in an article of 1,000,000 characters, the largest stored: 36 ms for a
    //    quote of 200, 0.8 s for one of 4,000);
    // 3. else nothing: the highlight is orphaned (kept, without a position).
    std::optional<Anchor> locate(const Selector &selector) const;

    // Limits of the tolerant match (see locate()).
    static constexpr double kMaxEditShare = 0.25;
    static constexpr qsizetype kMinFuzzyLength = 8;
    static constexpr qsizetype kMaxFuzzyLength = 4096;
    static constexpr double kMinContext = 0.5;
    static constexpr double kAmbiguityMargin = 2.0;

private:
    struct Candidate;
    // How the kept prefix and suffix compare with a candidate place (normalised range).
    struct Context
    {
        double before = 0;     // the kept prefix against the text before the place
        double after = 0;      // the kept suffix against the text after it
        double likePrefix = 0; // the kept prefix against the place's end
        double likeSuffix = 0; // the kept suffix against the place's start
        double similarity() const { return (before + after) / 2.0; }
        bool isNeighbour(double quoteSimilarity) const;
    };
    Context contextAt(const Selector &selector, qsizetype normStart, qsizetype normEnd) const;
    TextRange originalRange(qsizetype normStart, qsizetype normEnd) const;
    qsizetype hintIndex(const Selector &selector) const;

    QString m_text;
    NormalizedText m_normalized;
};

} // namespace offprint::annotate
