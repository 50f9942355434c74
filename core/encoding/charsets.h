#pragma once

#include <QByteArray>
#include <QString>

namespace offprint::encoding {

// Maps a charset label as found in pages (meta, MIME, webarchive) to the decoder a browser would
// use, following the WHATWG Encoding Standard: gb2312/gbk/… → "GB18030", big5 → "Big5-HKSCS",
// latin1/ascii → "windows-1252", utf-16 → "UTF-16LE". Labels outside the table are accepted when
// ICU knows them. Empty when the label is unknown.
QString canonicalCharset(const QString &label);

struct Utf8Stats
{
    bool valid = true;      // strictly valid UTF-8 (no overlongs, surrogates or truncation)
    int multibyte = 0;      // number of multi-byte sequences seen
    int highBytes = 0;      // bytes >= 0x80
};
Utf8Stats checkUtf8(const QByteArray &bytes);

struct Conversion
{
    QString text;
    int errors = 0;   // byte sequences the charset could not map (each became U+FFFD)
    bool ok = false;  // false: the charset is unknown to ICU
};
// Decodes the whole buffer with ICU's converter for `canonicalName`, substituting U+FFFD.
Conversion convert(const QByteArray &bytes, const QString &canonicalName);

// Guesses UTF-16 without a BOM from the pattern of NUL bytes ("UTF-16LE"/"UTF-16BE", else empty).
QString sniffUtf16(const QByteArray &bytes);

} // namespace offprint::encoding
