#pragma once

#include "common/result.h"

#include <QString>

namespace offprint::storage {
class Library;
}

namespace offprint::exporting {

struct BackupReport
{
    int files = 0;     // entries besides manifest.json (the database and every stored file)
    qint64 bytes = 0;  // their size before compression
};

// Writes the whole library into one ZIP archive at `archivePath`:
// - "library.sqlite": the database copied through SQLite's online backup (storage/snapshot.h), so a
//   backup taken while the GUI or another process imports holds one consistent moment;
// - "blobs/…": every stored file (originals, images, the library's identity), taken after the
//   database copy: stored files are written before the rows that refer to them, so every file the
//   copy refers to is there (files stored later are kept too; garbage collection drops them);
// - "manifest.json" (first): format "offprint-backup" version 1, the schema version, the time, and
//   for every other entry its name, size and SHA-256.
// Nothing appears at `archivePath` unless the whole archive was written.
Result<BackupReport> backupLibrary(storage::Library &library, const QString &archivePath);

// Checks the archive (its structure, the manifest, every entry's size and SHA-256, names that stay
// inside the library, an archive made by a schema this build can open) and only then writes the
// library into a new folder beside `libraryDir`, checks it (opens it, PRAGMA quick_check and the
// search index) and renames it to `libraryDir`: a damaged archive or a failure on the way leaves
// nothing behind. `libraryDir` must not exist or be empty. Errors name the archive and the entry:
// "FILE: damaged backup: ENTRY (reason)".
Result<BackupReport> restoreLibrary(const QString &archivePath, const QString &libraryDir);

} // namespace offprint::exporting
