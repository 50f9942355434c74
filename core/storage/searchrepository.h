#pragma once

#include "common/result.h"
#include "domain/article.h"
#include "search/query.h"
#include "storage/searchwalk.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace offprint::search {
struct RankStats;
}

namespace offprint::storage {

using search::RankStats;

class Database;
struct TagTerms;

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
    ~SearchRepository();
    SearchRepository(const SearchRepository &) = delete;
    SearchRepository &operator=(const SearchRepository &) = delete;

    // Parses and runs the query. A malformed query gives an Error whose message is fit for the
    // user (never an SQL/FTS5 message).
    // Ranking: offprint_rank (BM25 without length normalisation, search/ftsrank.h) with column weights
    // title 10, body 1, author 3, site 2, notes 2; equal scores, the most recently imported first, so
    // that pages fetched with offsets never repeat or skip an article. A query of filters only lists the
    // matching articles, newest saved first (score 0). A word that names a tag also finds the articles
    // with that tag (storage/tagsearch.h): those that satisfy the query come first, newest saved first
    // (score kTagTierScore). A query with Latin word prefixes lists its exact
    // matches first (scores raised by kExactTierBonus), then the articles matching only by prefix.
    // limit < 0: all.
    Result<QList<SearchHit>> search(const QString &query, int limit, int offset = 0);
    // Runs an already compiled query (the GUI compiles once to highlight terms, tests build filters).
    Result<QList<SearchHit>> run(const search::CompiledQuery &query, int limit, int offset = 0);

    // Added to the score of an exact match of a query with word prefixes, so that scores keep the order
    // of the list (and mark the exact matches): BM25 gives each phrase at most idf × (k1 + 1), so 64
    // phrases stay far below it.
    static constexpr double kExactTierBonus = 10000.0;
    // The score of an article found through a tag whose name the query has (listed before the text
    // matches, newest saved first).
    static constexpr double kTagTierScore = 2 * kExactTierBonus;

    // Libraries of at least this many articles are searched as two halves on two connections at once
    // (when the machine has two cores); -1: never. Tests lower it to exercise the parallel path.
    void setParallelThreshold(qint64 articles);
    static constexpr qint64 kDefaultParallelThreshold = 20000;
    // How many walks of the index ran as two halves at once (diagnostics and tests).
    qint64 parallelWalks() const { return m_parallelWalks; }

private:
    struct Ranked
    {
        QList<ArticleId> ids;
        QList<double> scores;
    };
    struct Split
    {
        RowRange lower;
        RowRange upper;
    };
    struct PhraseCounts
    {
        qint64 rows = 0;                // rows of the index
        std::vector<qint64> phraseRows; // rows holding each phrase of the MATCH expression, in its order
    };
    // The page's ids and scores, best first.
    Result<Ranked> rank(const search::CompiledQuery &query, const FilterSql &filters,
                        const std::optional<Split> &split, int limit, int offset);
    // The best spec.wanted matches: idf from the phrase counts, or newest first when ranking is uninformative.
    Result<Candidates> rankCandidates(const search::CompiledQuery &query, WalkSpec spec,
                                      const std::optional<Split> &split);
    // A query with word prefixes (CompiledQuery::exactMatch): the exact matches, then the prefix-only ones.
    Result<Candidates> rankInTiers(const search::CompiledQuery &query, const WalkSpec &spec,
                                   const std::optional<Split> &split);
    // One walk, in two halves at once when split.
    Result<Candidates> walk(const WalkSpec &spec, const std::optional<Split> &split, RankStats *stats);
    // The counts, or nothing when no row matches the query.
    Result<std::optional<PhraseCounts>> phraseCounts(const search::CompiledQuery &query,
                                                     const std::optional<Split> &split);
    // True when every phrase of a query without OR occurs in more than half of a library of at least
    // kRecencyLibrarySize articles: then no phrase has a positive idf and matches are listed newest first.
    static bool rankingIsUninformative(const search::CompiledQuery &query, const PhraseCounts &counts);
    // The rowid halves when this search should run on two connections, else nothing.
    std::optional<Split> splitForParallelWalks();
    // Runs lower(m_db) here and upper(second connection) in a thread; false when no thread could start.
    template<typename Lower, typename Upper>
    bool inParallel(Lower &&lower, Upper &&upper);
    // The article's snippet with the matches marked (exact: of CompiledQuery::exactMatch, when it has one).
    // The first `wanted` (-1: all) articles with a tag named by the query that satisfy it
    // (storage/tagsearch.h), newest saved first.
    Result<Ranked> taggedMatches(const search::CompiledQuery &query, const TagTerms &tags, const FilterSql &filters,
                                 qint64 wanted);
    static Result<QString> snippetFor(Database &db, const search::CompiledQuery &query, ArticleId id, bool exact);
    qint64 articleCount();
    struct CountCache
    {
        qint64 articles = -1;
        qint64 dataVersion = -1;
        qint64 changes = -1;
    } m_countCache;

    Database &m_db;
    std::unique_ptr<Database> m_helper; // read-only, for the upper half of parallel walks
    qint64 m_parallelThreshold = kDefaultParallelThreshold;
    qint64 m_parallelWalks = 0;
};

} // namespace offprint::storage
