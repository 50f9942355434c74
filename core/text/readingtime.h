#pragma once

#include <QString>

namespace offprint::text {

// Reading time as people read: Chinese, Japanese and Korean about 400 characters a minute, other
// languages about 230 words a minute; mixed text adds both. At least one minute for a text with any
// letter, 0 for none. The one estimate of Offprint: stored with each article at import and shown by the
// list, the reader and `offprint-cli` alike.
int readingMinutes(const QString &text);

} // namespace offprint::text
