#pragma once

#include "common/result.h"

#include <QString>

#include <memory>

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

// Opens the window's library. Opening can take a while when the library was written by an older
// Offprint: the file is copied first, and some upgrades rebuild the search index (schema 14: 34 s for
// 100,000 articles). So the library is opened on a worker thread, and after a moment a progress
// window says what is happening (with the articles indexed so far) instead of nothing showing at all.
// `showAfterMs`: how long an opening may take before the progress window shows.
Result<std::unique_ptr<storage::Library>> openLibraryShowingProgress(const QString &folder, int showAfterMs = 400);

} // namespace offprint::gui
