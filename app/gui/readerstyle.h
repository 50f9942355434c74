#pragma once

#include "thememanager.h"

#include <QString>
#include <QStringList>

namespace offprint::gui {

struct ReaderFont
{
    bool serif = true;
    double pointSize = 13;
};

// How the reader styles the HTML core renders (render/articlehtml.h): fonts chosen by the
// article's language, colours of the theme, sizes of the chosen font. Pure text work, testable
// without a window. The GUI never changes the HTML itself.
namespace readerstyle {

// The script family a language tag asks for: Chinese (simplified or traditional), Japanese, Korean,
// or everything else (Latin, Cyrillic, Greek, Arabic, Hebrew, ...).
enum class Script { Latin, ChineseSimplified, ChineseTraditional, Japanese, Korean };
Script scriptFor(const QString &language);
bool isCjk(Script script);

// Font families for text in `language`, first choice first. Latin text is set in Latin fonts (a
// CJK font's Latin glyphs give English curly quotes a full-width look); CJK text in the CJK font of
// its own region; each list ends with the other script's fonts, an emoji font and the generic
// family, so mixed text always finds a glyph.
QStringList fontFamilies(const QString &language, bool serif);
QStringList monospaceFamilies();
// The interface's own font families for a title in `language` (the article list uses this too).
QStringList uiFamilies(const QString &language);

QString styleSheet(const ReaderColors &colors, const ReaderFont &font, const QString &language);

} // namespace readerstyle
} // namespace offprint::gui
