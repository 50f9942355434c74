#include "search/highlight.h"

#include "text/cjkfold.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <vector>

namespace offprint::search {

namespace {

enum class Kind { Other, Letter, Digit, Cjk };

Kind kindOf(char32_t c)
{
    if (text::isCjkLetter(c))
        return Kind::Cjk;
    if (QChar::isLetter(c) || QChar::isMark(c))
        return Kind::Letter;
    if (QChar::isDigit(c) || QChar::category(c) == QChar::Number_Other)
        return Kind::Digit;
    return Kind::Other;
}

// The text folded per code point, white space dropped, with each folded unit's source range.
struct Folded
{
    QString text;
    std::vector<int> from; // source start of each unit
    std::vector<int> to;   // source end of each unit
};

Folded fold(const QString &source)
{
    Folded out;
    out.text.reserve(source.size());
    for (qsizetype i = 0; i < source.size();) {
        const qsizetype start = i;
        char32_t c = source.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < source.size() && source.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(source.at(i), source.at(i + 1));
            ++i;
        }
        ++i;
        if (QChar::isSpace(c))
            continue;
        QString piece;
        if (text::isCjkLetter(c)) {
            piece = QString::fromUcs4(std::array{text::foldCjk(c)}.data(), 1);
        } else if (c < 0x80) {
            piece = QChar(char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else {
            piece = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC).toCaseFolded();
        }
        for (QChar unit : piece) {
            out.text += unit;
            out.from.push_back(int(start));
            out.to.push_back(int(i));
        }
    }
    return out;
}

char32_t codePointBefore(const QString &text, int index)
{
    if (index <= 0)
        return 0;
    const QChar unit = text.at(index - 1);
    if (unit.isLowSurrogate() && index >= 2 && text.at(index - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(index - 2), unit);
    return unit.unicode();
}

char32_t codePointAt(const QString &text, int index)
{
    if (index >= text.size())
        return 0;
    const QChar unit = text.at(index);
    if (unit.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(unit, text.at(index + 1));
    return unit.unicode();
}

// A Latin (non-CJK) letter or digit at the edge of a term must not continue a word of the same kind,
// because the index splits words exactly there.
bool continuesWord(char32_t edge, char32_t neighbour)
{
    const Kind kind = kindOf(edge);
    return (kind == Kind::Letter || kind == Kind::Digit) && kindOf(neighbour) == kind;
}

} // namespace

QList<TextRange> findTermRanges(const QString &text, const QStringList &terms, int maxRanges)
{
    std::vector<std::pair<int, int>> found; // start, end in the source
    const Folded haystack = fold(text);
    for (QString term : terms) {
        bool prefix = false;
        while (term.endsWith(u'*')) {
            term.chop(1);
            prefix = true;
        }
        const Folded needle = fold(term);
        if (needle.text.isEmpty())
            continue;
        const char32_t first = codePointAt(term.trimmed(), 0);
        const char32_t last = codePointBefore(term.trimmed(), int(term.trimmed().size()));
        for (qsizetype at = haystack.text.indexOf(needle.text); at >= 0 && int(found.size()) < maxRanges;
             at = haystack.text.indexOf(needle.text, at + 1)) {
            const int start = haystack.from[size_t(at)];
            int end = haystack.to[size_t(at + needle.text.size() - 1)];
            if (continuesWord(first, codePointBefore(text, start)))
                continue;
            if (prefix) { // light up the whole word the prefix begins
                for (char32_t next = codePointAt(text, end); end < text.size() && continuesWord(last, next);
                     next = codePointAt(text, end))
                    end += next > 0xFFFF ? 2 : 1;
            } else if (continuesWord(last, codePointAt(text, end))) {
                continue;
            }
            found.emplace_back(start, end);
        }
    }
    std::sort(found.begin(), found.end());
    QList<TextRange> ranges;
    for (const auto &[start, end] : found) {
        if (!ranges.isEmpty() && start <= ranges.back().start + ranges.back().length) {
            TextRange &previous = ranges.back();
            previous.length = std::max(previous.start + previous.length, end) - previous.start;
        } else {
            ranges.append(TextRange{start, end - start});
        }
    }
    return ranges;
}

QList<TextRange> findTextRanges(const QString &text, const QString &needle, int maxRanges)
{
    QList<TextRange> ranges;
    const Folded folded = fold(needle);
    if (folded.text.isEmpty())
        return ranges;
    const Folded haystack = fold(text);
    for (qsizetype at = haystack.text.indexOf(folded.text); at >= 0 && ranges.size() < maxRanges;
         at = haystack.text.indexOf(folded.text, at + folded.text.size())) {
        const int start = haystack.from[size_t(at)];
        const int end = haystack.to[size_t(at + folded.text.size() - 1)];
        // One source character can fold to several units (ﬁ → fi); a match starting inside the
        // previous one's last character would overlap it.
        if (!ranges.isEmpty() && start < ranges.back().start + ranges.back().length)
            continue;
        ranges.append(TextRange{start, end - start});
    }
    return ranges;
}

} // namespace offprint::search
