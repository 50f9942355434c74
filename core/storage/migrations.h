#pragma once

#include "common/result.h"

#include <QString>

#include <functional>

namespace offprint::storage {

class Database;

// Schema versioning (PRAGMA user_version). Internal to storage; tests use the target version to build
// libraries at an old schema.
namespace migrations {

// The schema version this build writes.
int latestVersion();

// Looks at an existing library file read-only (nothing is written, not even a journal mode) and returns
// its schema version; refuses files of a newer Offprint and files that are not Offprint libraries.
// A missing or empty file is version 0.
Result<int> inspect(const QString &file);

struct MigrationOutcome
{
    int from = 0;        // schema version found
    bool created = false; // this call created the schema of a new library (not another process)
    QString backupFile;  // copy made before upgrading an existing library
};

// Brings the connection's database to `targetVersion`. A new library gets all migrations in one
// transaction; an existing one (version > 0) is first copied to "<file>.bak-v<old>", then migrated one
// transaction per migration. A failed migration is rolled back and the error says so.
Result<MigrationOutcome> migrate(Database &db, int targetVersion = latestVersion());

// Name of the backup file the last upgrade of `file` from `version` would write (no suffix when unused).
QString backupPath(const QString &file, int version);

// Rebuilds the full-text index when the tokenizer's signature differs from the one it was built with.
// Returns true when it rebuilt.
Result<bool> refreshIndexIfTokenizerChanged(Database &db);

// Rebuilds the full-text index from the articles, in steps of a few thousand articles, reporting
// each step to the progress handler (setIndexProgressHandler).
Result<void> rebuildIndex(Database &db);

// Called while a migration or a tokenizer change rebuilds the full-text index (minutes on a library of
// 100,000 articles): articles indexed so far and in all. Process-wide; empty: no reporting.
using IndexProgressHandler = std::function<void(qint64 done, qint64 total)>;
void setIndexProgressHandler(IndexProgressHandler handler);

} // namespace migrations
} // namespace offprint::storage
