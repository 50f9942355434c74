#pragma once

#include "common/result.h"
#include "domain/article.h"
#include "search/query.h"

#include <QList>

namespace offprint::storage {

class Database;
class Statement;
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
    // True when the query matches more than half of a library of at least kRecencyLibrarySize articles.
    bool mostlyMatches(const search::CompiledQuery &query);
    static constexpr qint64 kRecencyLibrarySize = 2000;
    qint64 articleCount();
    struct CountCache
    {
        qint64 articles = -1;
        qint64 dataVersion = -1;
        qint64 changes = -1;
    } m_countCache;
    Error searchError(const Statement &stmt, const search::CompiledQuery &query) const;

    Database &m_db;
};

} // namespace offprint::storage
