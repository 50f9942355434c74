#pragma once

#include <QString>

namespace offprint::gui::readerhtml {

// The stored original page made inert for display: scripts, styles, frames, forms and every
// external reference removed. Non-HTML originals are shown as their text.
QString originalHtml(const QString &decodedHtml);

} // namespace offprint::gui::readerhtml
