#pragma once

#include <QString>

namespace offprint::markdown {

// cmark-gfm rendering with the table, strikethrough, autolink and tasklist extensions and raw HTML
// disabled (the output never carries the page's own HTML). This is exactly what the reader shows.
QString toHtml(const QString &markdown);

// The text of the Markdown as a reader sees it: no markup, blocks separated by blank lines.
QString toPlainText(const QString &markdown);

} // namespace offprint::markdown
