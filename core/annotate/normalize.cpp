#include "annotate/normalize.h"

#include <algorithm>

namespace offprint::annotate {

namespace {

bool isInvisible(char32_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

char32_t folded(char32_t c)
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
        return U'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
        return U'-';
    default:
        return c;
    }
}

// The code point at `i` and how many UTF-16 units it takes (a lone surrogate is one unit as itself).
char32_t codePointAt(const QString &text, qsizetype i, int *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

} // namespace

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)      // radicals, Kangxi
        || (c >= 0x3000 && c <= 0x303F)      // CJK symbols and punctuation
        || (c >= 0x3040 && c <= 0x30FF)      // hiragana, katakana
        || (c >= 0x3100 && c <= 0x31FF)      // bopomofo, Hangul compatibility jamo, kanbun, ...
        || (c >= 0x3200 && c <= 0x4DBF)      // enclosed CJK, compatibility, extension A
        || (c >= 0x4E00 && c <= 0x9FFF)      // unified ideographs
        || (c >= 0xA960 && c <= 0xA97F)      // Hangul jamo extended-A
        || (c >= 0xAC00 && c <= 0xD7FF)      // Hangul syllables, jamo extended-B
        || (c >= 0xF900 && c <= 0xFAFF)      // compatibility ideographs
        || (c >= 0xFE30 && c <= 0xFE4F)      // CJK compatibility forms
        || (c >= 0xFF00 && c <= 0xFFEF)      // full-width and half-width forms
        || (c >= 0x20000 && c <= 0x3FFFF);   // extensions B and later
}

NormalizedText::NormalizedText(const QString &text)
{
    m_text.reserve(text.size());
    m_start.reserve(size_t(text.size()));
    m_end.reserve(size_t(text.size()));
    bool pendingSpace = false;
    qsizetype spaceStart = 0, spaceEnd = 0;
    char32_t last = 0; // the last code point written
    auto put = [this](QChar unit, qsizetype from, qsizetype to) {
        m_text.append(unit);
        m_start.push_back(from);
        m_end.push_back(to);
    };
    for (qsizetype i = 0; i < text.size();) {
        int units = 1;
        const char32_t c = codePointAt(text, i, &units);
        const qsizetype next = i + units;
        if (QChar::isSpace(c)) {
            if (!pendingSpace)
                spaceStart = i;
            pendingSpace = true;
            spaceEnd = next;
            i = next;
            continue;
        }
        if (isInvisible(c)) {
            i = next;
            continue;
        }
        if (pendingSpace) {
            if (!m_text.isEmpty() && !isCjk(last) && !isCjk(c))
                put(QLatin1Char(' '), spaceStart, spaceEnd);
            pendingSpace = false;
        }
        const char32_t f = folded(c);
        if (QChar::requiresSurrogates(f)) {
            put(QChar(QChar::highSurrogate(f)), i, next);
            put(QChar(QChar::lowSurrogate(f)), i, next);
        } else {
            put(QChar(char16_t(f)), i, next);
        }
        last = c;
        i = next;
    }
}

qsizetype NormalizedText::fromOriginal(qsizetype at) const
{
    return qsizetype(std::lower_bound(m_start.begin(), m_start.end(), at) - m_start.begin());
}

QString normalizedForm(const QString &text)
{
    return NormalizedText(text).text();
}

qsizetype codePointsBefore(const QString &text, qsizetype utf16Index)
{
    const qsizetype end = qBound<qsizetype>(0, utf16Index, text.size());
    qsizetype count = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

qsizetype utf16IndexOf(const QString &text, qsizetype codePoints)
{
    if (codePoints < 0)
        return -1;
    qsizetype i = 0;
    for (qsizetype n = 0; n < codePoints && i < text.size(); ++n) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        i += pair ? 2 : 1;
    }
    return i;
}

qsizetype codePointCount(const QString &text)
{
    return codePointsBefore(text, text.size());
}

} // namespace offprint::annotate
