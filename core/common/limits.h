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

// Per-page budgets: each bounds the work one hostile page can cause (and so one import's time and
// memory). Beyond a budget the page is cut or refused with a warning naming the limit.

// Attributes kept per element: gumbo checks each new attribute against all earlier ones (quadratic);
// further attributes are dropped before parsing (html/nesting.h).
inline constexpr int kMaxAttributesPerElement = 256;
// Cells of all tables of one page, counted after padding every row to the table's column count
// (rows × columns), which is what cmark-gfm and the Markdown writer allocate. Tables beyond it are
// written as plain paragraphs (from HTML) or escaped so that cmark reads them as text (Markdown).
inline constexpr qint64 kMaxTableCells = 200000;
// Columns of one table: cmark-gfm's HTML renderer finds each cell's column by walking the row from
// its start, so a row costs columns² (one row of 41,000 cells took 10 s; found by fuzz_tables).
// Wider tables are treated like tables beyond kMaxTableCells.
inline constexpr int kMaxTableColumns = 256;
// Images written into one article's Markdown (and local images resolved for it); further images
// are left out.
inline constexpr int kMaxImagesPerPage = 10000;
// Entries of one ZIP archive (an export, a compressed page, a backup); larger archives are refused.
inline constexpr qint64 kMaxZipEntries = 1000000;
// Largest metadata file read from an archive (another reader's export: Omnivore's metadata_*.json,
// Readeck's info.json; a compressed SingleFile page's manifest.json). Article HTML inside is bounded
// by kMaxHtmlBytes, images by kMaxAssetBytes and kMaxAssetsPerArticleBytes.
inline constexpr qint64 kMaxExportMetadataBytes = 64LL * 1024 * 1024;
// Tags taken from one Markdown clip's front matter; the rest are left out.
inline constexpr int kMaxTagsPerClip = 64;
// Binary property lists (webarchives) are checked before libplist parses them (import/plistcheck.h):
// nesting depth, objects after expanding shared references, and data bytes after that expansion.
inline constexpr int kMaxPlistDepth = 64;
inline constexpr qint64 kMaxPlistItems = 1000000;
inline constexpr qint64 kMaxPlistExpandedBytes = kMaxInputFileBytes;
// Characters of Markdown stored for one article; beyond it the article is cut at a block (HTML) or
// line (clip) boundary. Indexing dominates the cost of a long article: SQLite's FTS5 takes
// superlinear time in the distinct terms of one document (random CJK text, every bigram new: 1
// million characters 2 s, 2 million 5.8 s of CPU, 5 million over 25 s and 1.1 GB).
inline constexpr qint64 kMaxArticleChars = 1000000;
// '[' openers cmark-gfm sees in one paragraph: its bracket matching is quadratic in them (150,000
// "![[]()" took a minute); further ones are escaped before rendering.
inline constexpr int kMaxBracketsPerParagraph = 2000;

// The original-page view (html/sanitize.h). QTextDocument::setHtml and its layout run on the GUI
// thread, so what the sanitiser writes is bounded by what Qt 6.4 lays out quickly (measured: about
// 0.12 µs a text byte, 6 µs a paragraph, 80 µs a cell of a large table): blocks nest at most
// kMaxSanitizedNesting deep, tables hold at most kMaxSanitizedTableCells cells per page (larger ones
// are written flat, a row a line), and the output costs at most kMaxSanitizedWork units (a text byte
// is one unit, see html/sanitizewriter.h), about 0.4 s of Qt's time; the rest of the page is left out
// with a note.
inline constexpr int kMaxSanitizedNesting = 24;
inline constexpr qint64 kMaxSanitizedTableCells = 3000;
inline constexpr qint64 kMaxSanitizedWork = 3000000;

} // namespace offprint::limits
