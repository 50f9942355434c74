#pragma once

#include "import/importer.h"
#include "readers/exportrecord.h"

namespace offprint::storage {
class Library;
}

// Storing the records of other readers' exports that carry their content (Wallabag, Omnivore,
// Readeck): the one entry point a dispatcher over export records calls for a record with content.
namespace offprint::import {

// Stores one record with content (record.content is Page or Article) as an article, in one write
// transaction:
// - Page: the normal pipeline (extraction as for an imported HTML file), record.files as the page's
//   own images; Article: converted whole to Offprint's Markdown by the HTML→Markdown writer (same
//   sanitising, no extraction that could cut it). Remote images are never fetched.
// - then the record's metadata wins over the page's (url, title, author, site, dates, language,
//   description), its tags, read/starred state and reading progress (→ reading position), its
//   highlights (anchored where their quote is found in the article text, else stored orphaned,
//   never dropped) and its note.
// A record whose normalised URL (or text) is already in the library is a Duplicate: the existing
// article is kept and gains the record's tags, the highlights it lacks, and its note.
// `exportPath` is the export file (stored as the article's source file).
// A record without content is Skipped (link-only records are stored by the link importer).
ImportOutcome storeContentRecord(storage::Library &library, const readers::ExportRecord &record,
                                 const QString &exportPath, const PrepareOptions &options = {});

} // namespace offprint::import
