#pragma once

#include <QString>

#include <vector>

namespace offprint::annotate {

// The form in which quotes are compared with the text, so that a quote selected in the reader or typed
// on the command line finds the passage whatever the whitespace and typography in between:
// - every run of whitespace (spaces, tabs, line and paragraph breaks, U+2029 from a selection,
//   no-break and ideographic spaces) is one space, and no space at all when the character before or
//   after it is CJK (Chinese, Japanese, Korean text has no spaces; a line break inside it is not one);
//   leading and trailing whitespace is dropped;
// - invisible characters (soft hyphen, zero-width space and joiners, word joiner, BOM) are dropped;
// - typographic quotes and apostrophes are ASCII quotes, and hyphens and dashes (‐ ‑ ‒ – —) are '-'.
// Letters keep their case: matching is exact on this form, and only the tolerant match (fuzzy.h)
// forgives other differences.
class NormalizedText
{
public:
    NormalizedText() = default;
    explicit NormalizedText(const QString &text);

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }
    // The original's UTF-16 range [originalStart(i), originalEnd(i)) that normalised unit i stands for.
    qsizetype originalStart(qsizetype i) const { return m_start[size_t(i)]; }
    qsizetype originalEnd(qsizetype i) const { return m_end[size_t(i)]; }
    // The first normalised unit at or after original index `at` (size() when none).
    qsizetype fromOriginal(qsizetype at) const;

private:
    QString m_text;
    std::vector<qsizetype> m_start;
    std::vector<qsizetype> m_end;
};

// normalize(text).text() without the index maps.
QString normalizedForm(const QString &text);

// Whether the code point belongs to a script written without spaces between words (Han, kana,
// Hangul) or is CJK punctuation / a full-width form.
bool isCjk(char32_t codePoint);

// Code points ↔ UTF-16 indices of a string (a surrogate pair is one code point).
qsizetype codePointsBefore(const QString &text, qsizetype utf16Index);
// The UTF-16 index of code point `codePoints`; text.size() when beyond the end, -1 when negative.
qsizetype utf16IndexOf(const QString &text, qsizetype codePoints);
qsizetype codePointCount(const QString &text);

} // namespace offprint::annotate
