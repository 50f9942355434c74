#include "readingtime.h"

#include <QList>
#include <QtMath>

namespace offprint::gui {

namespace {
constexpr double kCjkCharsPerMinute = 400.0;
constexpr double kWordsPerMinute = 230.0;
// An English word with its space averages about six characters.
constexpr double kCharsPerWord = 6.0;

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

int roundMinutes(double minutes, bool nonEmpty)
{
    if (!nonEmpty)
        return 0;
    return qMax(1, qRound(minutes));
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
    return roundMinutes(cjk / kCjkCharsPerMinute + words / kWordsPerMinute, cjk + words > 0);
}

int estimatedReadingMinutes(qint64 textLength, const QString &language)
{
    const bool cjk = language.startsWith(QLatin1String("zh")) || language.startsWith(QLatin1String("ja"))
        || language.startsWith(QLatin1String("ko"));
    const double minutes = cjk ? textLength / kCjkCharsPerMinute : textLength / (kCharsPerWord * kWordsPerMinute);
    return roundMinutes(minutes, textLength > 0);
}

} // namespace offprint::gui
