#pragma once

#include <QString>

namespace offprint::import {

// Whether a saved file looks finished: a browser that pauses while writing leaves a file that is
// stable for a moment but cut off. Used by `watch` and the GUI's watched folders before importing.
enum class SaveState {
    Complete,   // the format's end is there (or the format has no end marker: Markdown)
    Incomplete, // the end is missing (an HTML page without </html> or </body>, an MHTML without its
                // final boundary, a property list whose trailer does not fit)
    Unreadable, // cannot be opened (the import will report why)
};

// Reads at most the first 64 KB and the last 64 KB of the file.
SaveState saveState(const QString &path);

// A browser's partial download ("page.html.part", ".crdownload", ".download", ".tmp", ".partial")
// or an editor's temporary file: never an article of its own.
bool isPartialDownloadName(const QString &fileName);

} // namespace offprint::import
