// TEMPORARY STUB (replaced by the search work): registers "offprint" as an alias of unicode61 so that
// the storage layer can create and query its FTS5 table before the real tokenizer lands.
#include "storage/ftstokenizer.h"

#include <sqlite3.h>

namespace offprint::storage {

static fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

bool registerTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return false;
    void *userData = nullptr;
    fts5_tokenizer tokenizer{};
    if (api->xFindTokenizer(api, "unicode61", &userData, &tokenizer) != SQLITE_OK)
        return false;
    return api->xCreateTokenizer(api, kTokenizerName, userData, &tokenizer, nullptr) == SQLITE_OK;
}

int tokenizerVersion()
{
    return 0;
}

const char *tokenizerSignature()
{
    return "offprint-0/stub";
}

} // namespace offprint::storage
