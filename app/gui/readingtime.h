#pragma once

#include <QString>

namespace offprint::gui {

// Reading time as people read: Chinese about 400 characters a minute, English about 230 words a
// minute. Mixed text adds both. Never less than one minute for a non-empty text.
int readingMinutes(const QString &text);

// The same estimate from the stored text length alone (list rows do not load the text).
int estimatedReadingMinutes(qint64 textLength, const QString &language);

} // namespace offprint::gui
