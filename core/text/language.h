#pragma once

#include <QString>

// The language of a text, read from the text itself: the script of its letters, and for the many
// languages written in Latin or Cyrillic letters, their most frequent short words. Codes are ISO 639-1
// ("en", "zh", "ja", …); Chinese is "zh" in simplified and traditional characters alike.
namespace offprint::text {

// The language of `text`, or an empty string when the text is too short or too mixed to tell.
QString detectLanguage(const QString &text);

// A declared language ("en-US", "zh_CN", <html lang>) as its primary code when it is a real ISO 639-1
// code, else empty: "utf-8" or "x-default" are not languages.
QString normalizeDeclaredLanguage(const QString &declared);

// The language to store for an article: the text's own when it can be told and differs from what the
// page declared (templates declare "de" on English pages), else the declared one, else the text's
// script-level guess.
QString chooseLanguage(const QString &declared, const QString &text);

} // namespace offprint::text
