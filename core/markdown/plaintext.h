#pragma once

#include <QString>

namespace offprint::markdown {

// The text of the stored Markdown as a reader sees it: no markup, blocks separated by blank lines.
// (Its HTML is core/render's.)
QString toPlainText(const QString &markdown);

} // namespace offprint::markdown
