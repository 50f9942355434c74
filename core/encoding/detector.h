#pragma once

#include <QByteArray>
#include <QString>

namespace offprint::encoding {

struct Detection
{
    QString charset;   // canonical name, as canonicalCharset() returns
    int confidence = 0; // 0..100
};

// Guesses the charset of a page that declares none (or declares a wrong one). Strict UTF-8 wins;
// then UTF-16 by NUL pattern; then the Chinese double-byte charsets are compared by how many of
// the commonest Chinese characters each decoding yields, with ICU's detector consulted for
// Japanese, Korean and single-byte text. High-byte text that fits nothing better is GB18030.
Detection detectCharset(const QByteArray &bytes);

// Share (0..1) of the Han characters in `text` that are among the ~1000 most frequent ones
// (simplified and traditional). Readable Chinese scores well above 0.4, mojibake far below.
double commonHanRatio(const QString &text, int *hanCount = nullptr);

} // namespace offprint::encoding
