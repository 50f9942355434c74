#pragma once

#include <QString>

struct sqlite3;

namespace offprint::storage {

// Per-connection SQL helpers used by queries only (never by the schema, so other SQLite tools can
// still read and write a library):
//   offprint_fold(text)  Unicode case folding (SQLite's lower()/LIKE only fold ASCII)
//   offprint_host(url)   the host of a URL, lower-cased ('' when there is none)
void registerSqlFunctions(sqlite3 *db);

QString hostOfUrl(const QString &url);

} // namespace offprint::storage
