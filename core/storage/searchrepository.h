#pragma once

#include "common/result.h"
#include "domain/article.h"
#include "search/query.h"

#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace offprint::storage {

class Database;
class Statement;
struct RankStats;
struct FilterSql;

struct SearchHit
{
    Article article; // without markdown
    double score = 0; // higher is better
    QString snippet;  // plain text with matches wrapped in \x02 … \x03 (see highlight markers)
};

// Runs user queries (the query language of core/search) against the FTS5 index.
class SearchRepository final
{
public:
    explicit SearchRepository(Database &db);

    // Parses and runs the query. A malformed query gives an Error whose message is fit for the
    // user (never an SQL/FTS5 message).
    // Ranking: offprint_rank (BM25 without length normalisation, storage/ftsrank.h) with column weights
    // title 10, body 1, author 3, site 2, tags 5, then newest saved
    // first. A query of filters only lists the matching articles, newest saved first (score 0).
    // limit < 0: all.
    Result<QList<SearchHit>> search(const QString &query, int limit, int offset = 0);
    // Runs an already compiled query (the GUI compiles once to highlight terms, tests build filters).
    Result<QList<SearchHit>> run(const search::CompiledQuery &query, int limit, int offset = 0);

private:
    struct Ranked
    {
        QList<ArticleId> ids;
        QList<double> scores;
    };
    // The page's ids and scores, best first.
    Result<Ranked> rank(const search::CompiledQuery &query, const FilterSql &filters, int limit, int offset);
    struct PhraseCounts
    {
        qint64 rows = 0;                // rows of the index
        std::vector<qint64> phraseRows; // rows holding each phrase of the MATCH expression, in its order
    };
    // The counts, or nothing when no row matches the query.
    Result<std::optional<PhraseCounts>> phraseCounts(const search::CompiledQuery &query);
    // True when every phrase of a query without OR occurs in more than half of a library of at least
    // kRecencyLibrarySize articles: then no phrase has a positive idf and matches are listed newest first.
    static bool rankingIsUninformative(const search::CompiledQuery &query, const PhraseCounts &counts);
    static constexpr qint64 kRecencyLibrarySize = 2000;
    enum class Order { Score, Recency };
    // One walk of the query's matches in `order`: the page, filters checked on the best matches.
    Result<Ranked> walk(const search::CompiledQuery &query, const FilterSql &filters, Order order,
                        const std::vector<double> &idf, RankStats *stats, int limit, int offset);
    // With filters, the walk takes the best max(kMinFilterWindow, page / pass rate × kFilterWindowMargin)
    // matches, the pass rate sampled on kFilterSampleSize articles; under kMinSampledPassRate it takes all.
    static constexpr qint64 kMinFilterWindow = 200;
    static constexpr double kFilterWindowMargin = 3.0;
    static constexpr qint64 kFilterSampleSize = 100;
    static constexpr double kMinSampledPassRate = 0.02;
    // Share of a sample of the library that passes; 0 when (almost) none does, nothing on an error.
    std::optional<double> filterPassRate(const std::function<std::optional<bool>(qint64)> &passes);
    Error searchError(const Statement &stmt, const search::CompiledQuery &query) const;

    Database &m_db;
};

} // namespace offprint::storage
