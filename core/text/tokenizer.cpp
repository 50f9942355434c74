#include "text/tokenizer.h"

#include "text/cjkfold.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace offprint::text {

namespace {

enum class CharClass { Other, Letter, Digit, Mark };

CharClass classify(UChar32 c)
{
    if (c < 0x80) {
        if (c < 0)
            return CharClass::Other; // invalid UTF-8
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return CharClass::Letter;
        if (c >= '0' && c <= '9')
            return CharClass::Digit;
        return CharClass::Other;
    }
    const uint32_t mask = U_GET_GC_MASK(c);
    if (mask & U_GC_L_MASK)
        return CharClass::Letter;
    if (mask & U_GC_N_MASK)
        return CharClass::Digit;
    // Invisible format characters (soft hyphen, zero-width joiners) continue a word like marks do;
    // NFKC_Casefold then drops them, so inter\u00ADnational indexes as international.
    if (mask & (U_GC_M_MASK | U_GC_CF_MASK))
        return CharClass::Mark;
    return CharClass::Other;
}

// Whether anything after `from` gives a token: decides the mark of a one-character CJK run in a query.
bool restHasToken(const char *text, int from, int length)
{
    int i = from;
    while (i < length) {
        UChar32 c;
        U8_NEXT(text, i, length, c);
        if (c < 0)
            continue;
        const CharClass k = classify(c);
        if (k == CharClass::Letter || k == CharClass::Digit || isCjkLetter(char32_t(c)))
            return true;
    }
    return false;
}

int encodeUtf8(char *out, char32_t c)
{
    int length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t *>(out), length, 4, UChar32(c), error);
    return error ? 0 : length;
}

} // namespace

SearchTokenizer::SearchTokenizer()
{
    UErrorCode status = U_ZERO_ERROR;
    m_words = ubrk_open(UBRK_WORD, "zh", nullptr, 0, &status);
    if (U_FAILURE(status)) {
        ubrk_close(m_words);
        m_words = nullptr; // no ICU data: letter/digit runs are still found without word boundaries
    }
    status = U_ZERO_ERROR;
    m_nfkc = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status))
        m_nfkc = nullptr;
    status = U_ZERO_ERROR;
    m_utext = utext_openUTF8(nullptr, "", 0, &status);
    if (U_FAILURE(status)) {
        utext_close(m_utext);
        m_utext = nullptr;
    }
    m_run.reserve(256);
    m_runOffsets.reserve(257);
    m_token.reserve(4 * kMaxTokenBytes);
    warmUpCjkFolding();
}

SearchTokenizer::~SearchTokenizer()
{
    ubrk_close(m_words);
    utext_close(m_utext);
}

int SearchTokenizer::tokenize(const char *utf8, int length, TokenizeMode mode, TokenCallback callback, void *context)
{
    m_callback = callback;
    m_context = context;
    m_emitted = 0;
    if (!utf8 || length <= 0)
        return 0;

    int i = 0;
    while (i < length) {
        const int start = i;
        UChar32 c;
        U8_NEXT(utf8, i, length, c);
        int rc = 0;
        if (c >= 0 && isCjkLetter(char32_t(c))) {
            m_run.clear();
            m_runOffsets.clear();
            m_run.push_back(foldCjk(char32_t(c)));
            m_runOffsets.push_back(start);
            while (i < length) {
                int at = i;
                int next = i;
                UChar32 d;
                U8_NEXT(utf8, next, length, d);
                // Format characters inside a run do not split it either, except ZERO WIDTH SPACE, which
                // is a word separator (as in ICU's word rules).
                while (d > 0 && d != 0x200B && (U_GET_GC_MASK(d) & U_GC_CF_MASK) && next < length) {
                    at = next;
                    U8_NEXT(utf8, next, length, d);
                }
                if (d < 0 || !isCjkLetter(char32_t(d)))
                    break;
                m_run.push_back(foldCjk(char32_t(d)));
                m_runOffsets.push_back(at);
                i = next;
            }
            m_runOffsets.push_back(i);
            const bool after = mode == TokenizeMode::Query && m_run.size() == 1 && restHasToken(utf8, i, length);
            rc = emitCjkRun(mode, m_emitted > 0, after);
        } else {
            bool needsIcu = c >= 0x80 && classify(c) != CharClass::Other;
            while (i < length) {
                int next = i;
                UChar32 d;
                U8_NEXT(utf8, next, length, d);
                if (d >= 0 && isCjkLetter(char32_t(d)))
                    break;
                if (d >= 0x80 && !needsIcu)
                    needsIcu = classify(d) != CharClass::Other;
                i = next;
            }
            rc = emitWords(utf8, start, i, needsIcu);
        }
        if (rc != 0)
            return rc;
    }
    return 0;
}

int SearchTokenizer::emitCjkRun(TokenizeMode mode, bool tokenBefore, bool tokenAfter)
{
    const size_t n = m_run.size();
    char buffer[16];
    if (n == 1) {
        const int length = encodeUtf8(buffer, m_run[0]);
        const int start = m_runOffsets[0];
        const int end = m_runOffsets[1];
        if (mode == TokenizeMode::Query) {
            if (!tokenBefore && !tokenAfter)
                return emitToken(0, buffer, length, start, end);
            buffer[length] = tokenBefore && tokenAfter ? kSingleRunMark : tokenBefore ? kRunStartMark : kRunEndMark;
            return emitToken(0, buffer, length + 1, start, end);
        }
        buffer[length] = kRunStartMark;
        if (int rc = emitToken(0, buffer, length + 1, start, end))
            return rc;
        buffer[length] = kRunEndMark;
        if (int rc = emitToken(kTokenColocated, buffer, length + 1, start, end))
            return rc;
        buffer[length] = kSingleRunMark;
        return emitToken(kTokenColocated, buffer, length + 1, start, end);
    }

    for (size_t i = 0; i + 1 < n; ++i) {
        const int first = encodeUtf8(buffer, m_run[i]);
        const int length = first + encodeUtf8(buffer + first, m_run[i + 1]);
        if (int rc = emitToken(0, buffer, length, m_runOffsets[i], m_runOffsets[i + 2]))
            return rc;
        if (mode == TokenizeMode::Query)
            continue;
        if (i == 0) {
            buffer[first] = kRunStartMark;
            if (int rc = emitToken(kTokenColocated, buffer, first + 1, m_runOffsets[0], m_runOffsets[1]))
                return rc;
        }
        if (i + 2 == n) {
            const int last = encodeUtf8(buffer, m_run[i + 1]);
            buffer[last] = kRunEndMark;
            if (int rc = emitToken(kTokenColocated, buffer, last + 1, m_runOffsets[i + 1], m_runOffsets[i + 2]))
                return rc;
        }
    }
    return 0;
}

int SearchTokenizer::emitWords(const char *text, int start, int end, bool needsIcu)
{
    if (!needsIcu && m_asciiShortcut)
        return emitPieces(text, start, end);
    if (!m_words || !m_utext)
        return emitPieces(text, start, end);

    UErrorCode status = U_ZERO_ERROR;
    m_utext = utext_openUTF8(m_utext, text + start, end - start, &status);
    if (U_SUCCESS(status))
        ubrk_setUText(m_words, m_utext, &status);
    if (U_FAILURE(status))
        return emitPieces(text, start, end);

    int32_t wordStart = ubrk_first(m_words);
    for (int32_t wordEnd = ubrk_next(m_words); wordEnd != UBRK_DONE;
         wordStart = wordEnd, wordEnd = ubrk_next(m_words)) {
        if (ubrk_getRuleStatus(m_words) < UBRK_WORD_NONE_LIMIT)
            continue;
        if (int rc = emitPieces(text, start + wordStart, start + wordEnd))
            return rc;
    }
    return 0;
}

// Splits [start, end) into maximal letter runs and digit runs; marks stay with their base letter.
int SearchTokenizer::emitPieces(const char *text, int start, int end)
{
    int pieceStart = -1;
    CharClass pieceClass = CharClass::Other;
    bool ascii = true;
    int i = start;
    while (i < end) {
        const int at = i;
        UChar32 c;
        U8_NEXT(text, i, end, c);
        const CharClass k = classify(c);
        if (k == CharClass::Mark) {
            ascii = false;
            continue;
        }
        if (pieceStart >= 0 && k != pieceClass) {
            if (int rc = emitPiece(text, pieceStart, at, ascii))
                return rc;
            pieceStart = -1;
        }
        if (k == CharClass::Other)
            continue;
        if (pieceStart < 0) {
            pieceStart = at;
            pieceClass = k;
            ascii = true;
        }
        if (c >= 0x80)
            ascii = false;
    }
    if (pieceStart >= 0)
        return emitPiece(text, pieceStart, end, ascii);
    return 0;
}

int SearchTokenizer::emitPiece(const char *text, int start, int end, bool ascii)
{
    if (ascii) {
        m_token.assign(text + start, size_t(end - start));
        for (char &ch : m_token) {
            if (ch >= 'A' && ch <= 'Z')
                ch = char(ch + ('a' - 'A'));
        }
    } else {
        if (!m_nfkc)
            return 0;
        UErrorCode status = U_ZERO_ERROR;
        m_utf16.resize(size_t(end - start) + 1);
        int32_t utf16Length = 0;
        u_strFromUTF8WithSub(m_utf16.data(), int32_t(m_utf16.size()), &utf16Length, text + start, end - start,
                             0xFFFD, nullptr, &status);
        if (U_FAILURE(status))
            return 0;
        // NFKC_Casefold expands at most ~18× (U+FDFA); retry once with the size ICU reports.
        m_normalized.resize(size_t(utf16Length) * 3 + 8);
        int32_t normalizedLength = unorm2_normalize(m_nfkc, m_utf16.data(), utf16Length, m_normalized.data(),
                                                    int32_t(m_normalized.size()), &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            status = U_ZERO_ERROR;
            m_normalized.resize(size_t(normalizedLength) + 1);
            normalizedLength = unorm2_normalize(m_nfkc, m_utf16.data(), utf16Length, m_normalized.data(),
                                                int32_t(m_normalized.size()), &status);
        }
        if (U_FAILURE(status))
            return 0;
        m_token.resize(size_t(normalizedLength) * 3 + 1);
        int32_t tokenLength = 0;
        u_strToUTF8(m_token.data(), int32_t(m_token.size()), &tokenLength, m_normalized.data(), normalizedLength,
                    &status);
        if (U_FAILURE(status))
            return 0;
        m_token.resize(size_t(tokenLength));
    }
    size_t length = m_token.size();
    if (length > size_t(kMaxTokenBytes)) {
        length = kMaxTokenBytes;
        while (length > 0 && (uint8_t(m_token[length]) & 0xC0) == 0x80)
            --length;
    }
    if (length == 0)
        return 0;
    return emitToken(0, m_token.data(), int(length), start, end);
}

int SearchTokenizer::emitToken(int flags, const char *token, int length, int start, int end)
{
    ++m_emitted;
    return m_callback(m_context, flags, token, length, start, end);
}

namespace {

int collectToken(void *context, int flags, const char *token, int length, int start, int end)
{
    static_cast<QList<Token> *>(context)->append(
        Token{QByteArray(token, length), start, end, (flags & kTokenColocated) != 0});
    return 0;
}

SearchTokenizer &threadTokenizer()
{
    thread_local SearchTokenizer tokenizer;
    return tokenizer;
}

} // namespace

QList<Token> tokenize(const QByteArray &utf8, TokenizeMode mode)
{
    QList<Token> tokens;
    threadTokenizer().tokenize(utf8.constData(), int(utf8.size()), mode, collectToken, &tokens);
    return tokens;
}

bool isLoneCjkCharacter(const QString &term)
{
    const QList<Token> tokens = tokenize(term.toUtf8(), TokenizeMode::Query);
    if (tokens.size() != 1)
        return false;
    const QByteArray &text = tokens.front().text;
    int i = 0;
    UChar32 c;
    U8_NEXT(text.constData(), i, int(text.size()), c);
    return c >= 0 && i == text.size() && isCjkLetter(char32_t(c));
}

bool endsWithWordToken(const QString &term)
{
    const QList<Token> tokens = tokenize(term.toUtf8(), TokenizeMode::Query);
    if (tokens.isEmpty())
        return false;
    const QByteArray &text = tokens.back().text;
    int i = 0;
    UChar32 c;
    U8_NEXT(text.constData(), i, int(text.size()), c);
    if (c < 0 || isCjkLetter(char32_t(c)))
        return false;
    const CharClass k = classify(c);
    return k == CharClass::Letter || k == CharClass::Digit;
}

bool hasSearchableText(const QString &term)
{
    return !tokenize(term.toUtf8(), TokenizeMode::Query).isEmpty();
}

} // namespace offprint::text
