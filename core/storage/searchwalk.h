#pragma once

// Internal to storage: the pieces SearchRepository builds a search from. A walk reads the full-text
// index over one range of rowids on one connection, so that a large library can be searched as two
// halves on two connections (two cores) at once.

#include "common/result.h"
#include "search/query.h"

#include <QString>

#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace offprint::search {
struct RankStats;
}

namespace offprint::storage {

using search::RankStats;

class Database;
class Statement;

// SQL fragment and values for the filters; every '?' is bound in order, so user values never become
// SQL text.
struct FilterSql
{
    std::string sql;
    std::vector<std::variant<QString, qint64>> values;
    bool coveredByRankIndex = true; // every column the filters read is in the articles_rank index
};
FilterSql filterSql(const QList<search::Filter> &filters);
// Binds the filters' values from `index` on; `index` ends after the last one.
void bindFilterValues(Statement &stmt, int &index, const FilterSql &filters);

// A failed search statement as an error fit for the user (FTS5's own wording never reaches them).
Error searchError(Database &db, const Statement &stmt, const search::CompiledQuery &query);

struct RowRange
{
    qint64 first = std::numeric_limits<qint64>::min();
    qint64 last = std::numeric_limits<qint64>::max();
};

// Matches, best first.
struct Candidates
{
    std::vector<qint64> ids;
    std::vector<double> scores; // higher is better
};

struct WalkSpec
{
    const search::CompiledQuery *query = nullptr;
    const FilterSql *filters = nullptr;
    bool byRecency = false;  // newest first instead of by offprint_rank
    std::vector<double> idf; // by rank: one per phrase of the MATCH expression
    qint64 wanted = -1;      // how many of the best matches (that pass the filters); -1: all
    double passRate = 0;     // with filters: the sampled share of the library that passes; 0: unknown
};

// The best spec.wanted matches whose rowid is in `range`, passing the filters. With filters, each of
// the best matches is checked (one indexed lookup) until enough pass; SQLite keeps a heap of a window
// of best matches (sized from passRate) instead of sorting them all, widened when too few pass.
// `stats` (by rank only) receives what offprint_rank saw.
Result<Candidates> walkRange(Database &db, const WalkSpec &spec, RowRange range, RankStats *stats);

// The lowest and highest article id; nothing when the library is empty or on an error (left in the
// statement's log).
std::optional<std::pair<qint64, qint64>> articleIdRange(Database &db);

// Rows in `range` matching the MATCH expression `match` (for instance one phrase of the query).
Result<qint64> countRange(Database &db, const search::CompiledQuery &query, const QString &match, RowRange range);

// The share of an evenly spread sample of the library's articles that pass the filters; 0 when almost
// none does (then the window is every match).
Result<double> filterPassRate(Database &db, const FilterSql &filters, const search::CompiledQuery &query);

// The best `wanted` (-1: all) of two candidate lists, each best first; equal scores: the higher rowid.
Candidates mergeCandidates(const Candidates &a, const Candidates &b, qint64 wanted);

} // namespace offprint::storage
