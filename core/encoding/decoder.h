#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace offprint::encoding {

struct DecodedText
{
    QString text;
    QString encoding; // canonical name of what was used, e.g. "UTF-8", "GB18030", "Big5-HKSCS"
    enum class Source { Bom, Container, Meta, XmlDeclaration, Detected, Default, Forced } source = Source::Default;
    bool suspect = false; // the result looks like mojibake (wrong declared charset)
};

// Decodes a saved HTML page like a browser: BOM, then the container's charset (MHTML part,
// webarchive), then the <meta> pre-scan, the XML declaration, then detection. WHATWG label rules
// apply (gb2312/gbk → GB18030, big5 → Big5-HKSCS, latin1 → windows-1252).
DecodedText decodeHtml(const QByteArray &bytes, const QString &containerCharset = {});

// Decodes with a named charset (user override: reimport --encoding). Unknown name → Error.
Result<DecodedText> decodeAs(const QByteArray &bytes, const QString &charsetName);

} // namespace offprint::encoding
