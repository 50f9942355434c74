#pragma once

namespace offprint::extract {

// The version of what the extractor writes. Bump it when the stored Markdown of the same page
// changes (a structure kept that was lost before, a different way of writing it): libraries then
// re-extract their articles from the stored originals (import/reextract.h). Articles stored before
// this number existed carry version 1; version 0 marks content that no extractor made (tests,
// generated benchmark libraries), which is never re-extracted.
constexpr int kExtractorVersion = 2;

} // namespace offprint::extract
