#pragma once

#include <QRegularExpression>
#include <QString>

#include <functional>

namespace offprint::textutil {

// `text` with every match of `pattern` replaced by what `replacement` returns for it (its own text
// keeps a match as it is). Matches are found in the original text, left to right, not overlapping.
QString replaceMatches(const QString &text, const QRegularExpression &pattern,
                       const std::function<QString(const QRegularExpressionMatch &)> &replacement);

} // namespace offprint::textutil
