#include "search/ftssnippet.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace offprint::search {

namespace {

constexpr int kBodyColumn = 0;
constexpr int kTitleColumn = 1;
constexpr int kNotesColumn = 5; // the reader's note and highlights (schema 8)
constexpr int kMaxWindowTokens = 64;
// Window starts considered: the first matches only (a long article can hold hundreds).
constexpr std::size_t kMaxCandidates = 64;

struct Hit
{
    int position = 0; // token position of the phrase's first token in its column
    int phrase = 0;
    int size = 1;     // tokens of the phrase
};

struct Window
{
    int from = 0;   // first token position shown
    int to = 0;     // one past the last position shown
    int anchor = 0; // first match in the window: the start may move forward to a sentence start up to here
};

// The window of `tokens` positions holding the most distinct phrases (then the most matches), the
// earliest among equals, starting a quarter window before its first match.
Window bestWindow(const std::vector<Hit> &hits, int tokens, int columnTokens)
{
    const int lead = tokens / 4;
    Window best;
    int bestScore = -1;
    std::vector<char> seen;
    for (std::size_t i = 0; i < hits.size() && i < kMaxCandidates; ++i) {
        int from = std::max(0, hits[i].position - lead);
        if (columnTokens > tokens)
            from = std::min(from, columnTokens - tokens); // fill the window at the end of the text
        const int to = from + tokens;
        seen.assign(seen.size(), 0);
        int distinct = 0, count = 0, first = hits[i].position;
        for (const Hit &hit : hits) {
            if (hit.position < from || hit.position + hit.size > to)
                continue;
            first = std::min(first, hit.position);
            if (std::size_t(hit.phrase) >= seen.size())
                seen.resize(std::size_t(hit.phrase) + 1, 0);
            if (!seen[std::size_t(hit.phrase)]) {
                seen[std::size_t(hit.phrase)] = 1;
                ++distinct;
            }
            ++count;
        }
        const int score = distinct * 1000 + std::min(count, 999);
        if (score > bestScore) {
            bestScore = score;
            best = {from, std::max(to, hits[i].position + hits[i].size), first};
        }
    }
    return best;
}

bool endsSentence(std::string_view gap)
{
    for (std::string_view mark : {"\xE3\x80\x82" /* 。 */, "\xEF\xBC\x81" /* ！ */, "\xEF\xBC\x9F" /* ？ */,
                                  "\xEF\xBC\x9B" /* ； */, ". ", "! ", "? ", "\n"}) {
        if (gap.find(mark) != std::string_view::npos)
            return true;
    }
    return false;
}

// Byte ranges of the window's token positions, found by tokenizing the column up to the window's end.
struct Walk
{
    std::string_view text;
    Window window;
    int tokens = 0;         // window length, kept when the start moves to a sentence start
    int position = -1;      // of the last token seen
    int previousEnd = 0;    // byte end of the tokens before the current position
    bool truncated = false; // tokens follow the window
    std::vector<std::pair<int, int>> spans; // [start, end) bytes of positions window.from...
};

int onToken(void *context, int flags, const char *, int, int start, int end)
{
    auto &walk = *static_cast<Walk *>(context);
    if (flags & FTS5_TOKEN_COLOCATED) {
        if (walk.position >= walk.window.from && !walk.spans.empty()) {
            walk.spans.back().first = std::min(walk.spans.back().first, start);
            walk.spans.back().second = std::max(walk.spans.back().second, end);
        }
        return SQLITE_OK;
    }
    ++walk.position;
    if (walk.position >= walk.window.to) {
        walk.truncated = true;
        return SQLITE_DONE; // the rest of the text is not needed
    }
    if (walk.position > walk.window.from && walk.position <= walk.window.anchor && walk.previousEnd <= start
        && endsSentence(walk.text.substr(std::size_t(walk.previousEnd), std::size_t(start - walk.previousEnd)))) {
        // Start at the sentence that holds the first match rather than in the middle of the one before.
        walk.spans.clear();
        walk.window.to = std::max(walk.window.to, walk.position + walk.tokens);
        walk.window.from = walk.position;
    }
    if (walk.position >= walk.window.from)
        walk.spans.emplace_back(start, end);
    walk.previousEnd = std::max(walk.previousEnd, end);
    return SQLITE_OK;
}

std::string_view argText(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? std::string_view(text, std::size_t(sqlite3_value_bytes(value))) : std::string_view();
}

void snippetOf(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 4) {
        sqlite3_result_error(context, "offprint_snippet: wrong number of arguments", -1);
        return;
    }
    const std::string_view open = argText(argv[0]), close = argText(argv[1]), ellipsis = argText(argv[2]);
    const int tokens = std::clamp(sqlite3_value_int(argv[3]), 1, kMaxWindowTokens);

    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    std::vector<Hit> body, title, notes;
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        std::vector<Hit> *into = column == kBodyColumn ? &body
            : column == kNotesColumn                   ? &notes
            : column == kTitleColumn                   ? &title
                                                       : nullptr;
        if (rc == SQLITE_OK && into)
            into->push_back({offset, phrase, std::max(1, api->xPhraseSize(fts, phrase))});
    }
    // A match only in the reader's notes and highlights shows that text; matches in other columns
    // (author, site, tags) only: the start of the body, unmarked.
    const int column = !body.empty() ? kBodyColumn
        : !notes.empty()             ? kNotesColumn
        : !title.empty()             ? kTitleColumn
                                     : kBodyColumn;
    std::vector<Hit> &hits = column == kBodyColumn ? body : column == kNotesColumn ? notes : title;
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.position < b.position; });

    const char *textData = nullptr;
    int textBytes = 0;
    int columnTokens = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnText(fts, column, &textData, &textBytes);
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, column, &columnTokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    if (!textData || textBytes <= 0) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }

    Walk walk;
    walk.text = std::string_view(textData, std::size_t(textBytes));
    walk.tokens = tokens;
    walk.window = hits.empty() ? Window{0, tokens, 0} : bestWindow(hits, tokens, columnTokens);
    rc = api->xTokenize(fts, textData, textBytes, &walk, onToken);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    if (walk.spans.empty()) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const int from = walk.window.from;
    const int last = from + int(walk.spans.size()) - 1; // last position shown
    const int begin = from == 0 ? 0 : walk.spans.front().first;
    const int end = walk.truncated ? walk.spans.back().second : textBytes;

    // Marked runs: each match from its first token to its last (clipped to the window), overlaps merged.
    std::vector<std::pair<int, int>> marks;
    for (const Hit &hit : hits) {
        if (hit.position < from || hit.position > last)
            continue;
        const int lastToken = std::min(hit.position + hit.size - 1, last);
        marks.emplace_back(walk.spans[std::size_t(hit.position - from)].first,
                           walk.spans[std::size_t(lastToken - from)].second);
    }
    std::sort(marks.begin(), marks.end());
    std::string out;
    out.reserve(std::size_t(end - begin) + ellipsis.size() * 2 + marks.size() * (open.size() + close.size()));
    if (from > 0)
        out += ellipsis;
    int cursor = begin;
    for (std::size_t i = 0; i < marks.size();) {
        const int markStart = std::max(marks[i].first, cursor);
        int markEnd = marks[i].second;
        while (++i < marks.size() && marks[i].first < markEnd)
            markEnd = std::max(markEnd, marks[i].second);
        if (markEnd <= markStart)
            continue;
        out.append(walk.text.substr(std::size_t(cursor), std::size_t(markStart - cursor)));
        out += open;
        out.append(walk.text.substr(std::size_t(markStart), std::size_t(markEnd - markStart)));
        out += close;
        cursor = markEnd;
    }
    if (cursor < end)
        out.append(walk.text.substr(std::size_t(cursor), std::size_t(end - cursor)));
    if (walk.truncated)
        out += ellipsis;
    sqlite3_result_text64(context, out.data(), out.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    try {
        snippetOf(api, fts, context, argc, argv);
    } catch (...) {
        sqlite3_result_error_nomem(context); // nothing may unwind into SQLite's C frames
    }
}

} // namespace

bool registerSnippetFunction(fts5_api *api)
{
    return api && api->xCreateFunction(api, kSnippetFunctionName, nullptr, snippet, nullptr) == SQLITE_OK;
}

} // namespace offprint::search
