#pragma once

#include "import/importer.h"
#include "readers/exportrecord.h"

#include <QString>

#include <atomic>

namespace offprint::storage {
class Library;
}

// Storing other readers' exports (readers/exportformats.h) into a library. A link-only record
// (Pocket, Instapaper, bookmarks) becomes a link entry: an article marked "not saved yet"
// (Article::linkOnly) with its title, URL, tags, saved time and read/starred state. A record whose
// normalised URL is already in the library (from this export, another export or a saved page) is
// merged into that article: its tags are added, the earlier saved time kept, read/starred set when
// the export says so. Records are written one transaction per batch. The import command, the GUI
// import and drag-and-drop all come here for files that collectFiles() lists as exports.
namespace offprint::import {

struct ExportSummary
{
    QString file;   // the export file
    QString format; // "Pocket CSV", ...
    int imported = 0;
    int merged = 0;
    int skipped = 0;
    int failed = 0;
    // "imported N, merged M, skipped K, failed F from FILE (FORMAT)"
    QString line() const;
};

struct ExportImport
{
    QList<ImportOutcome> outcomes; // file: the record's origin ("pocket.csv: line 12")
    ExportSummary summary;
};

// Reads the export at `path` (detected by content) and stores its records. A file that is not an
// export, or cannot be read at all, gives one Failed outcome naming it.
ExportImport importExport(storage::Library &library, const QString &path, const ProgressCallback &progress = {},
                          const std::atomic_bool *cancel = nullptr);

// Stores records already read (`contents.problems` become Failed/Skipped outcomes); `file` names the
// export in the summary.
ExportImport storeExportContents(storage::Library &library, const readers::ExportContents &contents,
                                 const QString &file, const ProgressCallback &progress = {},
                                 const std::atomic_bool *cancel = nullptr);

// Records written per transaction.
inline constexpr int kExportBatch = 1000;

} // namespace offprint::import
