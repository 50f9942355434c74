#include "encoding/detector.h"

#include "encoding/charsets.h"

#include <unicode/ucsdet.h>

#include <algorithm>
#include <iterator>
#include <memory>

namespace offprint::encoding {

namespace {

const char16_t kCommonHan[] = {
#include "encoding/commonhan.inc"
};

bool isHan(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

struct Candidate
{
    QString charset;
    int errors = 0;
    double common = 0;
    int han = 0;
};

Candidate evaluate(const QByteArray &bytes, const QString &charset)
{
    Candidate c;
    c.charset = charset;
    const Conversion conv = convert(bytes, charset);
    if (!conv.ok) {
        c.errors = INT_MAX;
        return c;
    }
    c.errors = conv.errors;
    c.common = commonHanRatio(conv.text, &c.han);
    return c;
}

struct IcuGuess
{
    QString charset;
    int confidence = 0;
};

IcuGuess icuGuess(const QByteArray &bytes)
{
    IcuGuess guess;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), ucsdet_close);
    if (U_FAILURE(status))
        return guess;
    ucsdet_enableInputFilter(det.get(), true);
    // ICU only looks at the first few KB meaningfully; give it a bounded sample.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 256 * 1024);
    ucsdet_setText(det.get(), bytes.constData(), int32_t(n), &status);
    const UCharsetMatch *match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || !match)
        return guess;
    guess.charset = canonicalCharset(QString::fromLatin1(ucsdet_getName(match, &status)));
    guess.confidence = ucsdet_getConfidence(match, &status);
    return guess;
}

} // namespace

double commonHanRatio(const QString &text, int *hanCount)
{
    int han = 0, common = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isHan(c))
            continue;
        ++han;
        if (std::binary_search(std::begin(kCommonHan), std::end(kCommonHan), c))
            ++common;
    }
    if (hanCount)
        *hanCount = han;
    return han ? double(common) / han : 0.0;
}

Detection detectCharset(const QByteArray &bytes)
{
    const QString utf16 = sniffUtf16(bytes);
    if (!utf16.isEmpty())
        return {utf16, 90};
    const Utf8Stats utf8 = checkUtf8(bytes);
    if (utf8.highBytes == 0)
        return {QStringLiteral("UTF-8"), 50};
    if (utf8.valid)
        return {QStringLiteral("UTF-8"), utf8.multibyte >= 4 ? 100 : 80};

    const IcuGuess icu = icuGuess(bytes);
    const bool icuCjkOther = icu.charset == QLatin1String("Shift_JIS") || icu.charset == QLatin1String("EUC-JP")
                             || icu.charset == QLatin1String("ISO-2022-JP")
                             || icu.charset == QLatin1String("windows-949");
    if (icuCjkOther && icu.confidence >= 50 && evaluate(bytes, icu.charset).errors == 0)
        return {icu.charset, icu.confidence};

    const Candidate gb = evaluate(bytes, QStringLiteral("GB18030"));
    const Candidate big5 = evaluate(bytes, QStringLiteral("Big5-HKSCS"));
    // Every Big5 byte pair is also a valid GBK pair, so errors alone cannot separate the two;
    // the share of common characters in each decoding can.
    const int allowed = std::max(2, utf8.highBytes / 400);
    const bool gbClean = gb.errors <= allowed;
    const bool big5Clean = big5.errors <= allowed;
    if (gbClean && big5Clean && (gb.han > 0 || big5.han > 0)) {
        if (big5.common > gb.common + 0.1)
            return {big5.charset, int(std::min(100.0, big5.common * 100))};
        return {gb.charset, int(std::min(100.0, gb.common * 100))};
    }
    if (big5Clean && big5.han > 0 && big5.common >= 0.3)
        return {big5.charset, int(big5.common * 100)};
    if (gbClean && gb.han > 0 && gb.common >= 0.2)
        return {gb.charset, int(gb.common * 100)};

    // Not Chinese: a single-byte charset ICU recognises (Latin text, Cyrillic, …).
    if (!icu.charset.isEmpty() && icu.charset != QLatin1String("GB18030")
        && icu.charset != QLatin1String("Big5-HKSCS") && icu.charset != QLatin1String("UTF-8")) {
        const Candidate c = evaluate(bytes, icu.charset);
        if (c.errors <= allowed)
            return {icu.charset, icu.confidence};
    }
    if (gbClean)
        return {gb.charset, 20};
    return {QStringLiteral("windows-1252"), 10};
}

} // namespace offprint::encoding
