#pragma once

#include "common/result.h"

#include <QString>

namespace offprint::storage {

class Library;

// Copies the library's database into a new file `path` through SQLite's online backup API, in one
// pass under one read transaction: the copy is the database as it stood at one moment, even while
// another window or process writes (WAL readers do not block writers). The copy is checked
// (PRAGMA quick_check) before it is reported written; on failure `path` is removed.
Result<void> snapshotDatabase(Library &library, const QString &path);

} // namespace offprint::storage
