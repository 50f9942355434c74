#pragma once

#include <QtGlobal>

struct fts5_api;

namespace offprint::search {

// Name of the ranking function registered next to the tokenizer.
inline constexpr const char *kRankFunctionName = "offprint_rank";
// offprint_phrase_counts(fts_table): a blob of native 64-bit integers, the table's row count and then,
// for each phrase of the MATCH expression, the number of rows holding it (evaluated on any matching row).
inline constexpr const char *kPhraseCountsFunctionName = "offprint_phrase_counts";

// idf of a phrase found in `hits` of `rows` rows: bm25()'s, floored at kMinIdf so that a word found in
// more than half the rows (whose BM25 idf is not positive) still counts a little.
inline constexpr double kMinIdf = 1e-6;
double phraseIdf(qint64 rows, qint64 hits);

// What offprint_rank saw in one statement, when the statement binds a pointer to it (type
// kRankStatsPointerType, sqlite3_bind_pointer) as its last argument.
inline constexpr const char *kRankStatsPointerType = "offprint_rank_stats";
struct RankStats
{
    qint64 tableRows = 0;  // rows of the index
    qint64 rowsRanked = 0; // calls, one per matching row
};

// Registers offprint_rank(fts_table, weight_0, weight_1, ... [, idf] [, stats]) and
// offprint_phrase_counts on a connection's FTS5 API. The optional idf blob (native doubles, one per
// phrase) spares the ranking a count of every phrase's rows when the caller has the counts already.
//
// It is BM25 (k1 = 1.2) with per-column weights and without document-length normalisation (b = 0).
// SQLite's bm25() reads every matching row's column sizes through a nested %_docsize query; on a broad
// query over a large library that lookup is two thirds of the ranking time (measured: 9.4 ms → 2.8 ms
// for 6,560 matches). Saturation (k1) keeps long articles from winning on repetition alone, and titles
// (weight 10 by default) dominate as in bm25(). Like bm25() it returns lower values for better matches,
// so `ORDER BY rank` lists the best first.
bool registerRankFunction(fts5_api *api);

} // namespace offprint::search
