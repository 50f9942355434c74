#pragma once

#include "import/importer.h"

#include <QList>
#include <QStringList>

namespace offprint::import {

// Expands files and folders (recursively) into the list of importable page files. A NAME_files/
// folder belongs to its page. Unknown files come back as Skipped outcomes with the reason.
struct FileList
{
    QStringList files;
    QList<ImportOutcome> skipped;
    // Other readers' exports (readers::detectExport): imported by import::importExport
    // (exportimport.h), not as pages.
    QStringList exports;
};
FileList collectFiles(const QStringList &paths);

} // namespace offprint::import
