#include "encoding/decoder.h"

#include "encoding/charsets.h"
#include "encoding/detector.h"
#include "encoding/prescan.h"

namespace offprint::encoding {

namespace {

constexpr qsizetype kPrescanBytes = 1024;
// Chinese pages often put the charset meta after scripts and styles, past the first kilobyte.
constexpr qsizetype kExtendedPrescanBytes = 64 * 1024;

bool isUtf16(const QString &charset)
{
    return charset == QLatin1String("UTF-16LE") || charset == QLatin1String("UTF-16BE");
}


// True when the decoded text has so many replacement characters that the charset is probably wrong.
bool tooManyErrors(int errors, int highBytes)
{
    return errors > 3 && errors * 50 > highBytes; // more than ~2% of the non-ASCII bytes
}

DecodedText make(Conversion conv, const QString &charset, DecodedText::Source source, bool suspect)
{
    DecodedText out;
    out.text = std::move(conv.text);
    out.encoding = charset;
    out.source = source;
    out.suspect = suspect;
    return out;
}

DecodedText decodeDetected(const QByteArray &bytes)
{
    const Detection d = detectCharset(bytes);
    Conversion conv = convert(bytes, d.charset);
    const Utf8Stats stats = checkUtf8(bytes);
    const auto source = stats.highBytes == 0 && d.charset == QLatin1String("UTF-8") ? DecodedText::Source::Default
                                                                                     : DecodedText::Source::Detected;
    const bool suspect = tooManyErrors(conv.errors, stats.highBytes);
    return make(std::move(conv), d.charset, source, suspect);
}

// Decodes with a declared charset, overriding it only when the bytes clearly contradict it.
DecodedText decodeDeclared(const QByteArray &bytes, const QString &declared, DecodedText::Source source)
{
    if (isUtf16(declared))
        return make(convert(bytes, declared), declared, source, false);

    const Utf8Stats utf8 = checkUtf8(bytes);
    if (declared == QLatin1String("UTF-8")) {
        if (utf8.valid)
            return make(convert(bytes, declared), declared, source, false);
        // Declared UTF-8 but the bytes are not: a legacy page whose meta was edited, or a
        // converted page saved with its old bytes. Prefer a detection that decodes cleanly.
        const Detection d = detectCharset(bytes);
        if (d.charset != QLatin1String("UTF-8") && d.charset != QLatin1String("windows-1252")) {
            Conversion alt = convert(bytes, d.charset);
            if (alt.ok && alt.errors == 0)
                return make(std::move(alt), d.charset, DecodedText::Source::Detected, true);
        }
        Conversion conv = convert(bytes, declared);
        const bool suspect = tooManyErrors(conv.errors, utf8.highBytes);
        return make(std::move(conv), declared, source, suspect);
    }

    // Declared a legacy charset, but the bytes are valid UTF-8 with real multi-byte sequences:
    // the page was converted and the meta was left behind. A few sequences could be chance, many
    // cannot.
    if (utf8.valid && utf8.multibyte > 0) {
        Conversion legacy = convert(bytes, declared);
        // Many valid sequences are proof, not suspicion; a handful leaves room for doubt.
        if (utf8.multibyte >= 4 || legacy.errors > 0)
            return make(convert(bytes, QStringLiteral("UTF-8")), QStringLiteral("UTF-8"),
                        DecodedText::Source::Detected, utf8.multibyte < 4);
        return make(std::move(legacy), declared, source, false);
    }

    Conversion conv = convert(bytes, declared);
    if (!tooManyErrors(conv.errors, utf8.highBytes))
        return make(std::move(conv), declared, source, false);
    const Detection d = detectCharset(bytes);
    if (d.charset != declared) {
        Conversion alt = convert(bytes, d.charset);
        if (alt.ok && alt.errors * 4 < conv.errors)
            return make(std::move(alt), d.charset, DecodedText::Source::Detected, true);
    }
    return make(std::move(conv), declared, source, true);
}

} // namespace

DecodedText decodeHtml(const QByteArray &bytes, const QString &containerCharset)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return make(convert(bytes.mid(3), QStringLiteral("UTF-8")), QStringLiteral("UTF-8"),
                    DecodedText::Source::Bom, false);
    if (bytes.startsWith("\xFF\xFE"))
        return make(convert(bytes.mid(2), QStringLiteral("UTF-16LE")), QStringLiteral("UTF-16LE"),
                    DecodedText::Source::Bom, false);
    if (bytes.startsWith("\xFE\xFF"))
        return make(convert(bytes.mid(2), QStringLiteral("UTF-16BE")), QStringLiteral("UTF-16BE"),
                    DecodedText::Source::Bom, false);

    const QString container = canonicalCharset(containerCharset);
    if (!container.isEmpty())
        return decodeDeclared(bytes, container, DecodedText::Source::Container);

    // A UTF-16 page without a BOM has no ASCII-readable meta; look at the NUL pattern first.
    const QString utf16 = sniffUtf16(bytes);
    if (!utf16.isEmpty())
        return make(convert(bytes, utf16), utf16, DecodedText::Source::Detected, false);

    QString label = prescanMetaCharset(bytes, kPrescanBytes);
    if (label.isEmpty())
        label = prescanMetaCharset(bytes, kExtendedPrescanBytes);
    QString declared = canonicalCharset(label);
    if (!declared.isEmpty()) {
        // WHATWG: a meta that says UTF-16 was readable as ASCII, so the page is not UTF-16.
        if (isUtf16(declared))
            declared = QStringLiteral("UTF-8");
        return decodeDeclared(bytes, declared, DecodedText::Source::Meta);
    }
    const QString xml = canonicalCharset(xmlDeclarationCharset(bytes));
    if (!xml.isEmpty() && !isUtf16(xml))
        return decodeDeclared(bytes, xml, DecodedText::Source::XmlDeclaration);
    return decodeDetected(bytes);
}

Result<DecodedText> decodeAs(const QByteArray &bytes, const QString &charsetName)
{
    const QString charset = canonicalCharset(charsetName);
    if (charset.isEmpty())
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("offprint::Error", "unknown encoding \"%1\""), charsetName);
    QByteArray body = bytes;
    // A BOM of the forced charset is not content.
    if (charset == QLatin1String("UTF-8") && body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    else if (charset == QLatin1String("UTF-16LE") && body.startsWith("\xFF\xFE"))
        body.remove(0, 2);
    else if (charset == QLatin1String("UTF-16BE") && body.startsWith("\xFE\xFF"))
        body.remove(0, 2);
    Conversion conv = convert(body, charset);
    if (!conv.ok)
        return makeError(ErrorCode::Unavailable, QT_TRANSLATE_NOOP("offprint::Error", "encoding \"%1\" is not available"), charsetName);
    const bool suspect = tooManyErrors(conv.errors, checkUtf8(body).highBytes);
    return make(std::move(conv), charset, DecodedText::Source::Forced, suspect);
}

} // namespace offprint::encoding
