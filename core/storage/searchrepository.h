#pragma once

#include "common/result.h"
#include "domain/article.h"

#include <QList>

namespace offprint::storage {

class Database;

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
    Result<QList<SearchHit>> search(const QString &query, int limit, int offset = 0);

private:
    Database &m_db;
};

} // namespace offprint::storage
