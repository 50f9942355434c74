#pragma once

#include "domain/article.h"
#include "thememanager.h"

#include <QString>

namespace offprint::gui {

struct ReaderFont
{
    bool serif = true;
    double pointSize = 13;
};

// Builds what the reader shows. Everything here is pure text work so that it can be tested without
// a window: the stylesheet, the article header, and the body HTML made safe for QTextBrowser.
namespace readerhtml {

QStringList fontFamilies(bool serif);
QString styleSheet(const ReaderColors &colors, const ReaderFont &font);
// Title, site, author, dates, reading time, tags as chips and the star.
QString headerHtml(const Article &article, int readingMinutes);
// markdown::toHtml output prepared for QTextBrowser: remote images become an alt-text placeholder
// (never fetched), image-only paragraphs are centred figures, an emphasised line under a figure is
// its caption, tables get cell borders.
QString bodyHtml(const QString &renderedMarkdown);
// A whole page for the reader: header, then the body.
QString articleHtml(const Article &article, const QString &renderedMarkdown, int readingMinutes);

} // namespace readerhtml
} // namespace offprint::gui
