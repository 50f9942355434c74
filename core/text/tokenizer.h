#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <string>
#include <vector>

struct UBreakIterator;
struct UNormalizer2;
struct UText;

namespace offprint::text {

// The search tokenizer (the FTS5 tokenizer "offprint" is a thin wrapper around it).
//
// Non-CJK text: ICU word boundaries; each word is split into maximal letter runs and digit runs
// (RTX4090 → rtx 4090, e-mail → e mail), NFKC_Casefold-normalised (ＧＰＵ → gpu).
//
// CJK runs (maximal runs of isCjkLetter() characters, folded with foldCjk()): overlapping bigrams,
// plus single characters carrying a mark, colocated with the bigram at their position:
//     X\x01 — X starts a run, X\x02 — X ends a run, X\x03 — X is a run of its own
// (a one-character run gets all three). Bigrams never span punctuation or a script change.
// In query mode a CJK run of two or more characters gives its bigrams; a one-character run gives the
// marked form its neighbours in the query require (1998年 → 1998 年\x01, 的GPU → 的\x02 gpu,
// A年B → a 年\x03 b) and, alone, the bare character X — which matches nothing by itself: the query
// compiler sends it as the FTS5 prefix query "X"*, matching every bigram and mark starting with X.
// Together this gives substring semantics for CJK queries of any length.
enum class TokenizeMode { Document, Query };

inline constexpr char kRunStartMark = '\x01';
inline constexpr char kRunEndMark = '\x02';
inline constexpr char kSingleRunMark = '\x03';
inline constexpr int kTokenColocated = 0x0001; // same value as FTS5_TOKEN_COLOCATED
// Longer non-CJK tokens are cut (at a character boundary) on both the index and the query side.
inline constexpr int kMaxTokenBytes = 256;

// Same shape as FTS5's xToken callback. A non-zero return stops tokenization and is passed back.
using TokenCallback = int (*)(void *context, int flags, const char *token, int length, int start, int end);

class SearchTokenizer final
{
public:
    SearchTokenizer();
    ~SearchTokenizer();
    SearchTokenizer(const SearchTokenizer &) = delete;
    SearchTokenizer &operator=(const SearchTokenizer &) = delete;

    // Tokenizes UTF-8 text; offsets are byte offsets into it. Invalid UTF-8 bytes separate words.
    // Returns 0 or the first non-zero value returned by the callback.
    int tokenize(const char *utf8, int length, TokenizeMode mode, TokenCallback callback, void *context);

    // Pure-ASCII stretches skip ICU: for them ICU word boundaries followed by the letter/digit split
    // give exactly the maximal [A-Za-z]+/[0-9]+ runs. Tests switch the shortcut off to prove that.
    void setAsciiShortcut(bool enabled) { m_asciiShortcut = enabled; }

private:
    int emitCjkRun(TokenizeMode mode, bool tokenBefore, bool tokenAfter);
    int emitWords(const char *text, int start, int end, bool needsIcu);
    int emitPieces(const char *text, int start, int end);
    int emitPiece(const char *text, int start, int end, bool ascii);
    int emitToken(int flags, const char *token, int length, int start, int end);

    UBreakIterator *m_words = nullptr;
    UText *m_utext = nullptr;
    const UNormalizer2 *m_nfkc = nullptr; // owned by ICU
    bool m_asciiShortcut = true;
    TokenCallback m_callback = nullptr;
    void *m_context = nullptr;
    int m_emitted = 0;
    std::vector<char32_t> m_run;   // folded characters of the current CJK run
    std::vector<int> m_runOffsets; // byte offset of each run character, plus the end
    std::u16string m_utf16;
    std::u16string m_normalized;
    std::string m_token;
};

// One token, for tests, the query compiler and debugging (allocates; not for indexing).
struct Token
{
    QByteArray text;
    int start = 0;
    int end = 0;
    bool colocated = false;
};
QList<Token> tokenize(const QByteArray &utf8, TokenizeMode mode);

// True when the query term's only token is one CJK character on its own; such a term must be sent
// as a prefix query ("X"*) to match the character anywhere.
bool isLoneCjkCharacter(const QString &term);
// True when the term's last query token is a word (letters or digits), not a CJK bigram or character:
// such a term can match as a word prefix (GPU → GPUs, 3G → 3GS, RTX40 → RTX4090).
bool endsWithWordToken(const QString &term);
// True when the term gives at least one token (a term of punctuation or emoji only gives none).
bool hasSearchableText(const QString &term);

} // namespace offprint::text
