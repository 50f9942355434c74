#pragma once

#include "common/result.h"

#include <QtGlobal>

namespace offprint::storage {

class Library;

// Sizes of a library, for benchmarks and the about box.
struct LibraryStats
{
    qint64 articles = 0;
    qint64 indexedTextBytes = 0; // UTF-8 bytes of everything the full-text index covers
    qint64 indexBytes = 0;       // pages of the FTS5 shadow tables
    qint64 databaseBytes = 0;    // all pages of library.sqlite
};

LibraryStats libraryStats(Library &library);

// Merges the full-text index's segments (FTS5 'optimize'): smaller index, faster queries. Worth running
// after a large import.
Result<void> optimizeSearchIndex(Library &library);

} // namespace offprint::storage
