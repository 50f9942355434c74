#include "annotate/fuzzy.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace offprint::annotate {

namespace {

using Word = std::uint64_t;
constexpr int kWordBits = 64;

// The pattern's match masks: for each UTF-16 unit of the pattern, one bit per pattern position, in
// blocks of 64 positions.
class Masks
{
public:
    explicit Masks(QStringView pattern) : m_blocks((pattern.size() + kWordBits - 1) / kWordBits), m_slot(65536, -1)
    {
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            int &slot = m_slot[pattern[i].unicode()];
            if (slot < 0) {
                slot = int(m_masks.size() / size_t(m_blocks));
                m_masks.resize(m_masks.size() + size_t(m_blocks), 0);
            }
            m_masks[size_t(slot) * size_t(m_blocks) + size_t(i / kWordBits)] |= Word(1) << (i % kWordBits);
        }
    }
    qsizetype blocks() const { return m_blocks; }
    // Mask of unit `c` for block `b` (0 when the pattern does not hold it).
    const Word *row(QChar c) const
    {
        const int slot = m_slot[c.unicode()];
        return slot < 0 ? nullptr : m_masks.data() + size_t(slot) * size_t(m_blocks);
    }

private:
    qsizetype m_blocks;
    std::vector<int> m_slot;
    std::vector<Word> m_masks;
};

// One column of the dynamic-programming matrix for the pattern, as vertical delta bit vectors
// (Pv: +1, Mv: -1) per block, plus the value of the last row.
class Column
{
public:
    Column(const Masks &masks, qsizetype patternLength)
        : m_masks(masks), m_pv(size_t(masks.blocks()), ~Word(0)), m_mv(size_t(masks.blocks()), 0),
          m_lastBit(Word(1) << ((patternLength - 1) % kWordBits)), m_score(int(patternLength))
    {
    }

    // Advances by one text unit. anchored: the match must start at the first text unit (row 0 grows by
    // one per column); else it may start anywhere (row 0 stays 0). Returns the last row's value.
    int advance(QChar c, bool anchored)
    {
        const Word *eqRow = m_masks.row(c);
        int hin = anchored ? 1 : 0;
        const qsizetype blocks = m_masks.blocks();
        for (qsizetype b = 0; b < blocks; ++b) {
            Word eq = eqRow ? eqRow[b] : 0;
            Word &pv = m_pv[size_t(b)];
            Word &mv = m_mv[size_t(b)];
            const Word high = b == blocks - 1 ? m_lastBit : Word(1) << (kWordBits - 1);
            const Word xv = eq | mv;
            if (hin < 0)
                eq |= 1;
            const Word xh = (((eq & pv) + pv) ^ pv) | eq;
            Word ph = mv | ~(xh | pv);
            Word mh = pv & xh;
            int hout = 0;
            if (ph & high)
                hout = 1;
            else if (mh & high)
                hout = -1;
            ph <<= 1;
            mh <<= 1;
            if (hin < 0)
                mh |= 1;
            else if (hin > 0)
                ph |= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            hin = hout;
        }
        m_score += hin;
        return m_score;
    }

private:
    const Masks &m_masks;
    std::vector<Word> m_pv;
    std::vector<Word> m_mv;
    Word m_lastBit;
    int m_score;
};

// Where the best alignment of the pattern that ends just before `end` starts: the reversed pattern
// run backwards over the text from `end`, anchored there.
FuzzyMatch startOf(QStringView text, const Masks &reversedMasks, qsizetype patternLength, qsizetype end, int maxErrors)
{
    Column column(reversedMasks, patternLength);
    FuzzyMatch best{end, end, int(patternLength)};
    const qsizetype longest = std::min(end, patternLength + maxErrors);
    for (qsizetype taken = 1; taken <= longest; ++taken) {
        const int errors = column.advance(text[end - taken], true);
        // Fewest errors; among equals the length nearest the pattern's.
        if (errors < best.errors
            || (errors == best.errors
                && std::abs(taken - patternLength) < std::abs((best.end - best.start) - patternLength))) {
            best = {end - taken, end, errors};
        }
    }
    return best;
}

} // namespace

std::vector<FuzzyMatch> findApproximate(QStringView text, QStringView pattern, int maxErrors, int maxMatches)
{
    std::vector<FuzzyMatch> out;
    if (pattern.isEmpty() || text.isEmpty() || maxErrors < 0 || maxMatches <= 0)
        return out;
    const Masks masks(pattern);
    Column column(masks, pattern.size());
    // Runs of end positions within maxErrors: the first and the last end of each run with its fewest
    // errors (the alignments around one place; where the quote's end was edited, the shortest and the
    // longest reading tie, and the context decides between them).
    struct Run
    {
        int errors = 0;
        qsizetype firstEnd = 0; // exclusive
        qsizetype lastEnd = 0;
    };
    std::vector<Run> runs;
    bool inRun = false;
    for (qsizetype j = 0; j < text.size(); ++j) {
        const int errors = column.advance(text[j], false);
        if (errors <= maxErrors) {
            if (!inRun)
                runs.push_back({errors, j + 1, j + 1});
            else if (errors < runs.back().errors)
                runs.back() = {errors, j + 1, j + 1};
            else if (errors == runs.back().errors)
                runs.back().lastEnd = j + 1;
            inRun = true;
        } else {
            inRun = false;
        }
    }
    std::stable_sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.errors < b.errors; });
    std::vector<qsizetype> ends;
    for (size_t r = 0; r < runs.size() && ends.size() < size_t(maxMatches); ++r) {
        ends.push_back(runs[r].firstEnd);
        if (runs[r].lastEnd != runs[r].firstEnd && ends.size() < size_t(maxMatches))
            ends.push_back(runs[r].lastEnd);
    }

    QString reversed = pattern.toString();
    std::reverse(reversed.begin(), reversed.end());
    const Masks reversedMasks(reversed);
    for (const qsizetype end : ends) {
        FuzzyMatch match = startOf(text, reversedMasks, pattern.size(), end, maxErrors);
        if (match.errors <= maxErrors)
            out.push_back(match);
    }
    std::stable_sort(out.begin(), out.end(), [](const FuzzyMatch &a, const FuzzyMatch &b) { return a.errors < b.errors; });
    return out;
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

} // namespace offprint::annotate
