#pragma once

#include <QtGlobal>

// Resource bounds for hostile input, in one place (documented in README "Safety").
namespace offprint::limits {

// Largest saved file Offprint reads (any format). Larger files fail with a clear message.
inline constexpr qint64 kMaxInputFileBytes = 256LL * 1024 * 1024;
// Largest HTML document handed to the parser after decoding.
inline constexpr qint64 kMaxHtmlBytes = 64LL * 1024 * 1024;
// Largest single image or other asset kept from a page (decoded size).
inline constexpr qint64 kMaxAssetBytes = 32LL * 1024 * 1024;
// Largest total of assets kept for one article.
inline constexpr qint64 kMaxAssetsPerArticleBytes = 128LL * 1024 * 1024;
// Deepest element nesting the extractor and the Markdown writer descend into; deeper content is
// flattened to text.
inline constexpr int kMaxTreeDepth = 512;
// Deepest nesting of elements handed to the HTML parser (gumbo slows down quadratically with depth);
// start tags deeper than this are dropped before parsing and their text kept (see html/nesting.h).
inline constexpr int kMaxParseNesting = 512;

} // namespace offprint::limits
