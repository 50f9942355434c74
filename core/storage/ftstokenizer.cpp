// SQLite glue for the search tokenizer (text/tokenizer.h holds the logic and the token scheme).
#include "storage/ftstokenizer.h"

#include "search/ftsrank.h"
#include "search/ftssnippet.h"

#include "text/cjkfold.h"
#include "text/tokenizer.h"

#include <sqlite3.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

#include <cstdio>
#include <new>
#include <string>

namespace offprint::storage {

namespace {

// Bump whenever the tokens for some text change: the library then rebuilds its index.
constexpr int kTokenizerVersion = 2; // 2: word tokens behind kWordMark

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

// Word tokens (letters or digits, not CJK) reach FTS5 behind kWordMark, two characters long, so that
// FTS5's prefix indexes of 3 to 7 characters (schema migration 6) hold the one- to five-character
// prefixes of words only: CJK tokens (bigrams and marked characters, two characters) are never copied
// into them. A word prefix query "th"* becomes "\x05\x05th"*, one doclist.
constexpr char kWordMark[] = "\x05\x05";
constexpr int kWordMarkLength = 2;

struct MarkingContext
{
    void *context;
    int (*token)(void *, int, const char *, int, int, int);
    std::string buffer;
};

int markWords(void *context, int flags, const char *token, int length, int start, int end)
{
    auto *marking = static_cast<MarkingContext *>(context);
    int i = 0;
    UChar32 c = -1;
    if (length > 0)
        U8_NEXT(token, i, length, c);
    if (c < 0 || text::isCjkLetter(char32_t(c)))
        return marking->token(marking->context, flags, token, length, start, end);
    marking->buffer.assign(kWordMark, kWordMarkLength);
    marking->buffer.append(token, size_t(length));
    return marking->token(marking->context, flags, marking->buffer.data(), int(marking->buffer.size()), start, end);
}

int runTokenizer(Fts5Tokenizer *tokenizer, void *context, int flags, const char *textBytes, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    static_assert(text::kTokenColocated == FTS5_TOKEN_COLOCATED);
    // FTS5_TOKENIZE_AUX (highlight(), snippet()) must see document tokens so positions line up.
    const auto mode = (flags & FTS5_TOKENIZE_QUERY) ? text::TokenizeMode::Query : text::TokenizeMode::Document;
    try {
        MarkingContext marking{context, token, {}};
        return reinterpret_cast<text::SearchTokenizer *>(tokenizer)->tokenize(textBytes, length, mode, markWords,
                                                                              &marking);
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
           && search::registerRankFunction(api) && search::registerSnippetFunction(api);
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
