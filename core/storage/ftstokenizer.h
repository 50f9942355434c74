#pragma once

struct sqlite3;

namespace offprint::storage {

// Name under which the Chinese-aware FTS5 tokenizer is registered on a connection.
inline constexpr const char *kTokenizerName = "offprint";

// Registers the tokenizer (and the ranking function, search/ftsrank.h) on one connection; call on every connection before touching the FTS
// table. Returns false (and leaves the connection usable for non-FTS work) when FTS5 is missing.
bool registerTokenizer(sqlite3 *db);

// Version of the tokenizer's output; the library rebuilds its index when this or the ICU version
// changes (see tokenizerSignature()).
int tokenizerVersion();
// "offprint-<version>/icu-<u_getVersion>": stored in the library, compared on open.
const char *tokenizerSignature();

} // namespace offprint::storage
