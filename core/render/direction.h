#pragma once

#include <QString>
#include <QStringView>

namespace offprint::render {

enum class Direction { Neutral, LeftToRight, RightToLeft };

// The direction of the first strong character (Unicode bidi classes L, R, AL), as HTML's
// dir="auto" decides a block's direction. Neutral when the text has none (digits, punctuation).
Direction firstStrongDirection(QStringView text);

// True when `text` holds any right-to-left strong character.
bool hasRightToLeft(QStringView text);

// True for languages written right to left (ar, he, fa, ur, yi, ps, sd, ug, dv, ckb; any region).
bool isRightToLeftLanguage(const QString &language);

} // namespace offprint::render
