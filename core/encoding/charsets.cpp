#include "encoding/charsets.h"

#include <QHash>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <memory>

namespace offprint::encoding {

namespace {

// The labels of the WHATWG Encoding Standard that matter for saved pages, mapped to ICU names.
const QHash<QString, QString> &labelTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        auto add = [&t](const QString &name, std::initializer_list<const char *> labels) {
            for (const char *label : labels)
                t.insert(QString::fromLatin1(label), name);
        };
        add(QStringLiteral("UTF-8"), {"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
                                      "x-unicode20utf8"});
        add(QStringLiteral("GB18030"), {"chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312",
                                        "gb_2312-80", "gbk", "iso-ir-58", "x-gbk", "gb18030", "cp936",
                                        "windows-936", "euc-cn", "hz-gb-2312"});
        add(QStringLiteral("Big5-HKSCS"), {"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "big-5",
                                           "cp950"});
        add(QStringLiteral("windows-1252"),
            {"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
             "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
             "windows-1252", "x-cp1252"});
        add(QStringLiteral("UTF-16LE"), {"csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff",
                                         "utf-16", "utf-16le"});
        add(QStringLiteral("UTF-16BE"), {"unicodefffe", "utf-16be"});
        add(QStringLiteral("Shift_JIS"), {"csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis",
                                          "windows-31j", "x-sjis"});
        add(QStringLiteral("EUC-JP"), {"cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"});
        add(QStringLiteral("ISO-2022-JP"), {"csiso2022jp", "iso-2022-jp"});
        add(QStringLiteral("windows-949"), {"cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean",
                                            "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601",
                                            "windows-949"});
        add(QStringLiteral("windows-874"), {"dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620",
                                            "windows-874"});
        add(QStringLiteral("ISO-8859-2"), {"iso-8859-2", "latin2", "l2", "iso8859-2", "iso_8859-2"});
        add(QStringLiteral("KOI8-R"), {"koi8-r", "koi8", "koi", "cskoi8r", "koi8_r"});
        add(QStringLiteral("KOI8-U"), {"koi8-u", "koi8-ru"});
        for (int n = 1250; n <= 1258; ++n)
            if (n != 1252)
                t.insert(QStringLiteral("windows-%1").arg(n), QStringLiteral("windows-%1").arg(n));
        return t;
    }();
    return table;
}

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

void U_CALLCONV countingSubstitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                   int32_t length, UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR)
        ++*static_cast<int *>(const_cast<void *>(context));
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, status);
}

} // namespace

QString canonicalCharset(const QString &label)
{
    const QString key = label.trimmed().toLower();
    if (key.isEmpty())
        return {};
    const auto it = labelTable().constFind(key);
    if (it != labelTable().constEnd())
        return it.value();
    // Anything else ICU can open (ISO-8859-x, IBM code pages, …) is used under ICU's own name.
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray latin = key.toLatin1();
    ConverterPtr cnv(ucnv_open(latin.constData(), &status));
    if (U_FAILURE(status) || !cnv)
        return {};
    return key;
}

Utf8Stats checkUtf8(const QByteArray &bytes)
{
    Utf8Stats stats;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        ++stats.highBytes;
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            stats.valid = false;
            ++i;
            continue;
        }
        if (i + len > n) {
            stats.valid = false;
            break;
        }
        bool good = p[i + 1] >= lo && p[i + 1] <= hi;
        for (int k = 2; good && k < len; ++k)
            good = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
        if (!good) {
            stats.valid = false;
            ++i;
            continue;
        }
        stats.highBytes += len - 1;
        ++stats.multibyte;
        i += len;
    }
    return stats;
}

Conversion convert(const QByteArray &bytes, const QString &canonicalName)
{
    Conversion result;
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = canonicalName.toLatin1();
    ConverterPtr cnv(ucnv_open(name.constData(), &status));
    if (U_FAILURE(status) || !cnv)
        return result;
    int errors = 0;
    ucnv_setToUCallBack(cnv.get(), countingSubstitute, &errors, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return result;

    // Streams in chunks so that a large page never needs a worst-case sized buffer.
    QString out;
    out.reserve(bytes.size());
    UChar buffer[16384];
    const char *source = bytes.constData();
    const char *sourceLimit = source + bytes.size();
    for (;;) {
        UChar *target = buffer;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(cnv.get(), &target, buffer + std::size(buffer), &source, sourceLimit, nullptr, true,
                       &status);
        out.append(reinterpret_cast<const QChar *>(buffer), target - buffer);
        if (status == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (U_FAILURE(status))
            return result;
        break;
    }
    result.text = std::move(out);
    result.errors = errors;
    result.ok = true;
    return result;
}

QString sniffUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    int evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    const int pairs = int(n / 2);
    // ASCII markup puts a NUL in one byte of each pair; Chinese text has few NULs, so a tenth of
    // the pairs is enough as long as the other side has (almost) none.
    QString candidate;
    if (oddNul >= pairs / 10 && evenNul * 4 <= oddNul)
        candidate = QStringLiteral("UTF-16LE");
    else if (evenNul >= pairs / 10 && oddNul * 4 <= evenNul)
        candidate = QStringLiteral("UTF-16BE");
    if (candidate.isEmpty())
        return {};
    // Binary data can show the same pattern; real text decodes without errors or control codes.
    const Conversion conv = convert(bytes.left(n), candidate);
    if (!conv.ok || conv.errors > 1)
        return {};
    int control = 0;
    for (const QChar c : conv.text)
        control += c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t';
    return control * 100 <= conv.text.size() ? candidate : QString();
}

} // namespace offprint::encoding
