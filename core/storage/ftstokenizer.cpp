// SQLite glue for the search tokenizer (text/tokenizer.h holds the logic and the token scheme).
#include "storage/ftstokenizer.h"

#include "storage/ftsrank.h"
#include "storage/ftssnippet.h"

#include "text/tokenizer.h"

#include <sqlite3.h>
#include <unicode/uversion.h>

#include <cstdio>
#include <new>

namespace offprint::storage {

namespace {

// Bump whenever the tokens for some text change: the library then rebuilds its index.
constexpr int kTokenizerVersion = 1;

int createTokenizer(void *, const char **arguments, int argumentCount, Fts5Tokenizer **out)
{
    *out = nullptr;
    if (argumentCount > 0 && arguments)
        return SQLITE_ERROR; // the scheme has no options; a typo in tokenize='…' should not pass silently
    auto *tokenizer = new (std::nothrow) text::SearchTokenizer;
    if (!tokenizer)
        return SQLITE_NOMEM;
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<text::SearchTokenizer *>(tokenizer);
}

int runTokenizer(Fts5Tokenizer *tokenizer, void *context, int flags, const char *textBytes, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    static_assert(text::kTokenColocated == FTS5_TOKEN_COLOCATED);
    // FTS5_TOKENIZE_AUX (highlight(), snippet()) must see document tokens so positions line up.
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? text::TokenizeMode::Query : text::TokenizeMode::Document;
    try {
        return reinterpret_cast<text::SearchTokenizer *>(tokenizer)->tokenize(textBytes, length, mode, token, context);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM; // nothing may unwind into SQLite's C frames
    } catch (...) {
        return SQLITE_ERROR;
    }
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return nullptr;
    }
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerTokenizer(sqlite3 *db)
{
    if (!db)
        return false;
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return false;
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, runTokenizer};
    return api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr) == SQLITE_OK
           && registerRankFunction(api) && registerSnippetFunction(api);
}

int tokenizerVersion()
{
    return kTokenizerVersion;
}

const char *tokenizerSignature()
{
    static const char *signature = [] {
        static char buffer[64];
        UVersionInfo version;
        u_getVersion(version);
        char icu[U_MAX_VERSION_STRING_LENGTH];
        u_versionToString(version, icu);
        std::snprintf(buffer, sizeof buffer, "offprint-%d/icu-%s", kTokenizerVersion, icu);
        return buffer;
    }();
    return signature;
}

} // namespace offprint::storage
