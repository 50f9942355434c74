#pragma once

#include <QString>
#include <QStringList>

namespace offprint::text {

// ICU word segmentation (BreakIterator, word instance): the words of the text in order;
// punctuation and white space are not words. Used by `offprint-cli segment` and display features.
QStringList segmentWords(const QString &text);

} // namespace offprint::text
