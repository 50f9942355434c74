#pragma once

#include <QString>
#include <QStringList>

namespace offprint::markdown {

// Makes Markdown safe to hand to cmark-gfm in time and memory linear in its size, changing only
// what is beyond a budget (common/limits.h):
// - GFM tables: cmark pads every row to the header's column count, so 5,000 columns × 20,000
//   one-character rows ask for 100 million cells. Once the page's tables reach kMaxTableCells
//   (rows × columns), further tables are escaped (their delimiter row loses its meaning) and read
//   as plain paragraphs; so are tables wider than kMaxTableColumns (cmark's renderer is quadratic in
//   the cells of one row).
// - Brackets: cmark's link matching is quadratic in the '[' of one paragraph; beyond
//   kMaxBracketsPerParagraph they are escaped.
// Returns the input itself (no copy) when nothing is over budget. Each budget reached adds one
// warning naming it to `warnings` (when given).
QString boundForRendering(const QString &markdown, QStringList *warnings = nullptr);

// The cells (rows × columns after padding) of every GFM table in the Markdown, as cmark-gfm would
// allocate them (an upper bound: a table is taken to run to the next blank line).
qint64 tableCells(const QString &markdown);

} // namespace offprint::markdown
