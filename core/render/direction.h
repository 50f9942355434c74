#pragma once

#include <QStringView>

namespace offprint::render {

enum class Direction { Neutral, LeftToRight, RightToLeft };

// The direction of the first strong character (Unicode bidi classes L, R, AL), as HTML's
// dir="auto" decides a block's direction. Neutral when the text has none (digits, punctuation).
Direction firstStrongDirection(QStringView text);

} // namespace offprint::render
