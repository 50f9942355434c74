#include "text/cjkfold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace offprint::text {

namespace {

bool classifyCjk(UChar32 c)
{
    constexpr uint32_t letterLike = U_GC_L_MASK | U_GC_NL_MASK | U_GC_MN_MASK | U_GC_MC_MASK;
    if (!(U_GET_GC_MASK(c) & letterLike))
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status))
        return false;
    if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)
        return true;
    if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED)
        return uscript_hasScript(c, USCRIPT_HAN) || uscript_hasScript(c, USCRIPT_HIRAGANA)
            || uscript_hasScript(c, USCRIPT_KATAKANA);
    return false;
}

// The Transliterator takes ~10 µs per call and builds its rules in ~50 ms, far too slow for indexing
// (the notes measured it), so its single-character mappings are read out once into a table.
class FoldTable final
{
public:
    FoldTable()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status))
            m_nfkc = nullptr;
        loadTraditionalToSimplified();

        // Bit 31: CJK letter; low bits: folded code point.
        m_bmp.resize(0x10000);
        for (UChar32 c = 0; c < 0x10000; ++c) {
            if (U_IS_SURROGATE(c)) {
                m_bmp[size_t(c)] = uint32_t(c);
                continue;
            }
            const UChar32 folded = computeFold(c);
            m_bmp[size_t(c)] = uint32_t(folded) | (classifyCjk(folded) ? kCjkBit : 0u);
        }
    }

    bool isCjk(char32_t c) const
    {
        if (c < 0x10000)
            return m_bmp[c] & kCjkBit;
        if (c > 0x10FFFF)
            return false;
        return classifyCjk(computeFold(UChar32(c)));
    }

    char32_t fold(char32_t c) const
    {
        if (c < 0x10000)
            return m_bmp[c] & ~kCjkBit;
        if (c > 0x10FFFF)
            return c;
        return char32_t(computeFold(UChar32(c)));
    }

private:
    static constexpr uint32_t kCjkBit = 0x80000000u;

    void loadTraditionalToSimplified()
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> transliterator(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !transliterator)
            return; // no transliteration data: traditional and simplified then index separately
        icu::UnicodeSet source;
        transliterator->getSourceSet(source);
        for (int32_t range = 0; range < source.getRangeCount(); ++range) {
            for (UChar32 c = source.getRangeStart(range); c <= source.getRangeEnd(range); ++c) {
                icu::UnicodeString text(c);
                transliterator->transliterate(text);
                if (text.countChar32() == 1 && text.char32At(0) != c)
                    m_toSimplified.emplace_back(c, text.char32At(0));
            }
        }
        std::sort(m_toSimplified.begin(), m_toSimplified.end());
    }

    UChar32 toSimplified(UChar32 c) const
    {
        const auto it = std::lower_bound(m_toSimplified.begin(), m_toSimplified.end(), std::make_pair(c, UChar32(0)));
        return (it != m_toSimplified.end() && it->first == c) ? it->second : c;
    }

    UChar32 computeFold(UChar32 c) const
    {
        UChar32 folded = c;
        if (m_nfkc) {
            UErrorCode status = U_ZERO_ERROR;
            const icu::UnicodeString original(c);
            if (!m_nfkc->isNormalized(original, status)) {
                status = U_ZERO_ERROR;
                const icu::UnicodeString normalized = m_nfkc->normalize(original, status);
                if (U_SUCCESS(status) && normalized.countChar32() == 1)
                    folded = normalized.char32At(0);
            }
        }
        return toSimplified(folded);
    }

    const icu::Normalizer2 *m_nfkc = nullptr;
    std::vector<std::pair<UChar32, UChar32>> m_toSimplified;
    std::vector<uint32_t> m_bmp;
};

const FoldTable &table()
{
    static const FoldTable instance; // C++ guarantees thread-safe one-time construction
    return instance;
}

} // namespace

bool isCjkLetter(char32_t c)
{
    return table().isCjk(c);
}

char32_t foldCjk(char32_t c)
{
    return table().fold(c);
}

void warmUpCjkFolding()
{
    (void)table();
}

} // namespace offprint::text
