#pragma once

struct fts5_api;

namespace offprint::storage {

// Name of the ranking function registered next to the tokenizer.
inline constexpr const char *kRankFunctionName = "offprint_rank";

// Registers offprint_rank(fts_table, weight_0, weight_1, ...) on a connection's FTS5 API.
//
// It is BM25 (k1 = 1.2) with per-column weights and without document-length normalisation (b = 0).
// SQLite's bm25() reads every matching row's column sizes through a nested %_docsize query; on a broad
// query over a large library that lookup is two thirds of the ranking time (measured: 9.4 ms → 2.8 ms
// for 6,560 matches). Saturation (k1) keeps long articles from winning on repetition alone, and titles
// (weight 10 by default) dominate as in bm25(). Like bm25() it returns lower values for better matches,
// so `ORDER BY rank` lists the best first.
bool registerRankFunction(fts5_api *api);

} // namespace offprint::storage
