#pragma once

#include "common/result.h"
#include "import/importer.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace offprint::storage {
class Library;
class WriteTransaction;
} // namespace offprint::storage

// Writing prepared articles into a library: their stored files, and the one path that replaces an
// existing article's content (import --update, watch, reimport, re-extraction). Used by importer.cpp
// and reextract.cpp.
namespace offprint::import {

// Starts a write transaction, asking again while another process keeps taking the write lock (up to
// two minutes in all): an import or a re-extraction can wait rather than fail an article.
void beginWrite(std::optional<storage::WriteTransaction> &transaction, storage::Library &library);

// Writes the original (unless already stored: empty `original`), the assets and the manifest of the
// images read from the page's folder; returns the asset blob list for the article row. Call inside
// the transaction that records them (Library::collectGarbage may run meanwhile).
Result<QStringList> storeBlobs(storage::Library &library, PreparedArticle &prepared);

// Replaces article `id`'s content with `prepared` (its blobs first), keeping id, tags, read/starred
// state and reading position; inside a write transaction the caller commits. Every replacement of an
// existing article's content goes through here (and so through ArticleRepository::replaceContent).
Result<void> replaceStoredContent(storage::Library &library, ArticleId id, PreparedArticle &prepared);

// The images a page read from its folder, as recorded next to its original: reference → blob.
QHash<QString, QString> storedFolderAssets(storage::Library &library, ArticleId id);

} // namespace offprint::import
