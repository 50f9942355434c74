#include "text/readingtime.h"

#include <QList>
#include <QtMath>

namespace offprint::text {

namespace {

constexpr double kCjkCharsPerMinute = 400.0;
constexpr double kWordsPerMinute = 230.0;

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

} // namespace

int readingMinutes(const QString &text)
{
    qint64 cjk = 0;
    qint64 words = 0;
    bool inWord = false;
    for (const char32_t c : text.toUcs4()) {
        if (isCjk(c)) {
            ++cjk;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c)) {
            if (!inWord)
                ++words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    if (cjk + words == 0)
        return 0;
    return qMax(1, qRound(double(cjk) / kCjkCharsPerMinute + double(words) / kWordsPerMinute));
}

} // namespace offprint::text
