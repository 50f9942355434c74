#pragma once

#include <QByteArray>
#include <QString>

namespace offprint::encoding {

// The WHATWG "prescan a byte stream to determine its encoding" algorithm over the first `limit`
// bytes: <meta charset>, <meta http-equiv=Content-Type content="…charset=…">. Returns the raw
// label (not yet mapped), empty when none is found.
QString prescanMetaCharset(const QByteArray &bytes, qsizetype limit);

// encoding="…" of an XML declaration at the start of the document, empty when absent.
QString xmlDeclarationCharset(const QByteArray &bytes);

// The charset=… parameter of a Content-Type value ("text/html; charset=gbk" → "gbk").
QString charsetFromContentType(const QByteArray &value);

} // namespace offprint::encoding
