#pragma once

namespace offprint::text {

// Characters indexed as CJK (bigrams + marked unigrams): letters of the Han, Hiragana and Katakana
// scripts, including Common/Inherited letters and marks used only with them (ー, ゙, ｰ). Decided on the
// NFKC_Casefold form, so compatibility ideographs and Kangxi radicals count as the ideograph they fold to.
bool isCjkLetter(char32_t c);

// NFKC_Casefold, then Traditional→Simplified Chinese (ICU "Traditional-Simplified", per character), so
// that 英偉達 and 英伟达, ｶﾀ and カタ index alike. Only meaningful for isCjkLetter() characters;
// returns c unchanged when folding would not give exactly one code point.
char32_t foldCjk(char32_t c);

// Builds the per-code-point table now (it is built lazily on first use otherwise, ~tens of ms).
void warmUpCjkFolding();

} // namespace offprint::text
