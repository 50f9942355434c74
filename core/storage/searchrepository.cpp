#include "storage/searchrepository.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/logging.h"
#include "storage/statement.h"

#include <QTime>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <variant>
#include <vector>

namespace offprint::storage {

// SQL fragment and values for the filters; every '?' is bound in order, so user values never become
// SQL text.
struct FilterSql
{
    std::string sql;
    std::vector<std::variant<QString, qint64>> values;
    bool coveredByRankIndex = true; // every column the filters read is in the articles_rank index
};

namespace {

using search::Filter;

// Markers FTS5 puts around matched tokens in snippets (see SearchHit::snippet).
#define OFFPRINT_SNIPPET_ARGS "char(2), char(3), '…', 32"
// Column weights: title 10, body 1, author 3, site 2, tags 5.
// Column weights of offprint_rank (storage/ftsrank.h) in index column order: body, title, author, site, tags.
#define OFFPRINT_RANK_WEIGHTS "1.0, 10.0, 3.0, 2.0, 5.0"


QString dayStart(const QDate &date)
{
    // Dates typed by the user are local days; stored times are UTC.
    return Database::toSqlTime(QDateTime(date, QTime(0, 0)));
}

std::string conditionFor(const Filter &filter, std::vector<std::variant<QString, qint64>> &values)
{
    const QString folded = filter.value.simplified().toCaseFolded();
    switch (filter.kind) {
    case Filter::Kind::Tag:
        values.emplace_back(folded);
        return "EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id "
               "WHERE at.article_id = a.id AND instr(offprint_fold(t.name), ?) > 0)";
    case Filter::Kind::Site:
        values.emplace_back(folded);
        values.emplace_back(folded);
        return "(instr(offprint_fold(a.site_name), ?) > 0 OR instr(offprint_host(a.url), ?) > 0)";
    case Filter::Kind::Author:
        values.emplace_back(folded);
        return "instr(offprint_fold(a.author), ?) > 0";
    case Filter::Kind::Unread:
        return "a.read = 0";
    case Filter::Kind::Read:
        return "a.read = 1";
    case Filter::Kind::Starred:
        return "a.starred = 1";
    case Filter::Kind::Language:
        values.emplace_back(folded);
        values.emplace_back(folded + QLatin1Char('-'));
        return "(lower(a.language) = ? OR instr(lower(a.language), ?) = 1)";
    case Filter::Kind::Before:
        // An article matches when its saved date or its published date satisfies the condition.
        values.emplace_back(dayStart(filter.date));
        values.emplace_back(dayStart(filter.date));
        return "(a.saved < ? OR coalesce(a.published < ?, 0))";
    case Filter::Kind::After:
        // after:D includes day D, so before:D and after:D split the library in two.
        values.emplace_back(dayStart(filter.date));
        values.emplace_back(dayStart(filter.date));
        return "(a.saved >= ? OR coalesce(a.published >= ?, 0))";
    }
    return "1";
}

FilterSql filterSql(const QList<Filter> &filters)
{
    FilterSql out;
    for (const Filter &filter : filters) {
        if ((filter.kind == Filter::Kind::Before || filter.kind == Filter::Kind::After) && !filter.date.isValid())
            continue;
        const std::string condition = conditionFor(filter, out.values);
        if (filter.kind == Filter::Kind::Tag || filter.kind == Filter::Kind::Site || filter.kind == Filter::Kind::Author)
            out.coveredByRankIndex = false;
        out.sql += filter.negated ? " AND NOT coalesce(" + condition + ", 0)" : " AND " + condition;
    }
    return out;
}

void bindValues(Statement &stmt, int &index, const FilterSql &filters)
{
    for (const auto &value : filters.values) {
        if (const auto *text = std::get_if<QString>(&value))
            stmt.bind(index++, *text);
        else
            stmt.bind(index++, std::get<qint64>(value));
    }
}


} // namespace

Error SearchRepository::searchError(const Statement &stmt, const search::CompiledQuery &query) const
{
    // A plain SQL error here comes from FTS5 rejecting the expression: SQLite's wording would not help
    // the user, so say what can be done instead.
    if ((stmt.resultCode() & 0xff) == SQLITE_ERROR) {
        qCWarning(lcStorage) << "search failed:" << sqlite3_errmsg(m_db.handle()) << "for" << query.match;
        return makeError(QStringLiteral("search \"%1\": the query could not be run; try fewer special characters "
                                        "or quote the words")
                             .arg(query.terms.join(QLatin1Char(' '))));
    }
    return stmt.error(QStringLiteral("search"));
}

SearchRepository::SearchRepository(Database &db) : m_db(db) {}

Result<SearchRepository::Ranked> SearchRepository::rank(const search::CompiledQuery &query, const FilterSql &filters,
                                                        int limit, int offset)
{
    const bool hasText = !query.match.trimmed().isEmpty();
    Ranked ranked;
    if (!hasText) {
        const std::string sql = "SELECT a.id, 0.0 FROM articles a WHERE 1" + filters.sql
                                + " ORDER BY a.saved DESC, a.id DESC LIMIT ? OFFSET ?";
        Statement stmt = m_db.cached(sql);
        int index = 1;
        bindValues(stmt, index, filters);
        stmt.bind(index, qint64(limit < 0 ? -1 : limit));
        stmt.bind(index + 1, qint64(qMax(0, offset)));
        while (stmt.step()) {
            ranked.ids << stmt.int64(0);
            ranked.scores << stmt.real(1);
        }
        if (!stmt.ok())
            return searchError(stmt, query);
        return ranked;
    }

    // Ranked inside the index alone: joining every match to its article row would cost more than the
    // ranking itself on a broad query. Ties go to the newer import (higher id); run() then puts the page in
    // (score, saved date) order.
    //
    // Words that occur in more than half of a large library carry no ranking information (their BM25 idf
    // is not positive): such a query lists its matches newest first, which FTS5 reads straight off the
    // doclist instead of scoring every match (a common word on 100,000 articles: 20 ms → 1 ms).
    const bool byRecency = mostlyMatches(query);
    std::string sql = byRecency ? "SELECT rowid, 0.0 FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC"
                                : "SELECT rowid, -offprint_rank(articles_fts, " OFFPRINT_RANK_WEIGHTS ") AS score "
                                  "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score DESC, rowid DESC";
    if (filters.sql.empty())
        sql += " LIMIT ? OFFSET ?";
    Statement stmt = m_db.cached(sql);
    stmt.bind(1, query.match);
    if (filters.sql.empty()) {
        stmt.bind(2, qint64(limit < 0 ? -1 : limit));
        stmt.bind(3, qint64(qMax(0, offset)));
        while (stmt.step()) {
            ranked.ids << stmt.int64(0);
            ranked.scores << stmt.real(1);
        }
        if (!stmt.ok())
            return searchError(stmt, query);
        return ranked;
    }

    // With filters: walk the ranked matches and check each against the filters (one indexed lookup) until
    // the page is full, instead of joining every match before sorting. A selective filter such as
    // is:starred reads a few hundred rows, not every match.
    const char *from = filters.coveredByRankIndex ? "SELECT 1 FROM articles a INDEXED BY articles_rank "
                                                  : "SELECT 1 FROM articles a ";
    Statement check = m_db.cached(std::string(from) + "WHERE a.id = ?" + filters.sql);
    int toSkip = qMax(0, offset);
    while ((limit < 0 || ranked.ids.size() < limit) && stmt.step()) {
        const qint64 id = stmt.int64(0);
        check.reset();
        check.bind(1, id);
        int index = 2;
        bindValues(check, index, filters);
        const bool passes = check.step();
        if (!check.ok())
            return searchError(check, query);
        if (!passes)
            continue;
        if (toSkip > 0) {
            --toSkip;
            continue;
        }
        ranked.ids << id;
        ranked.scores << stmt.real(1);
    }
    if (!stmt.ok())
        return searchError(stmt, query);
    return ranked;
}

qint64 SearchRepository::articleCount()
{
    // Counting 100,000 rows costs about a millisecond: keep the count until this or another connection
    // writes (PRAGMA data_version moves for other connections' commits, total_changes for ours).
    const qint64 dataVersion = m_db.dataVersion();
    const qint64 changes = m_db.totalChanges();
    if (m_countCache.articles < 0 || m_countCache.dataVersion != dataVersion || m_countCache.changes != changes) {
        Statement total = m_db.cached("SELECT count(*) FROM articles INDEXED BY articles_rank");
        m_countCache = {total.step() ? total.int64(0) : 0, dataVersion, changes};
    }
    return m_countCache.articles;
}

bool SearchRepository::mostlyMatches(const search::CompiledQuery &query)
{
    // Only for queries without OR: every word of such a query then occurs in more than half the library.
    bool quoted = false;
    const QString &match = query.match;
    for (qsizetype i = 0; i < match.size(); ++i) {
        const QChar c = match.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && match.mid(i, 3) == QLatin1String(" OR"))
            return false;
    }
    const qint64 articles = articleCount();
    if (articles < kRecencyLibrarySize)
        return false;
    Statement matches = m_db.cached("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1");
    matches.bind(1, query.match);
    return matches.step() && matches.int64(0) * 2 > articles;
}

Result<QList<SearchHit>> SearchRepository::search(const QString &query, int limit, int offset)
{
    auto compiled = search::compileQuery(query);
    if (!compiled)
        return compiled.error();
    return run(*compiled, limit, offset);
}

Result<QList<SearchHit>> SearchRepository::run(const search::CompiledQuery &query, int limit, int offset)
{
    const FilterSql filters = filterSql(query.filters);
    const bool hasText = !query.match.trimmed().isEmpty();
    if (hasText && !m_db.tokenizerRegistered())
        return makeError(QStringLiteral("%1: search is unavailable (this SQLite has no full-text search)")
                             .arg(m_db.path()));
    // Ranking first, on ids only: snippets and row columns are then fetched for the page alone (computing
    // a snippet for every match before sorting would cost more than the ranking on a large library).
    auto ranked = rank(query, filters, limit, offset);
    if (!ranked)
        return ranked.error();
    const QList<ArticleId> &ids = ranked->ids;
    const QList<double> &scores = ranked->scores;

    const QList<Article> rows = ArticleRepository(m_db).getMany(ids);
    QList<SearchHit> hits;
    hits.reserve(rows.size());
    for (qsizetype i = 0, r = 0; i < ids.size() && r < rows.size(); ++i) {
        if (rows.at(r).id != ids.at(i))
            continue; // deleted between the two queries
        SearchHit hit;
        hit.article = rows.at(r++);
        hit.score = scores.at(i);
        hits.append(std::move(hit));
    }
    // Equal scores: the more recently saved article first (the index ranked ties by import order).
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.score != b.score ? a.score > b.score : a.article.saved > b.article.saved;
    });
    for (SearchHit &hit : hits) {
        if (!hasText) {
            // Filters only: the excerpt, or the start of the text.
            hit.snippet = hit.article.meta.excerpt.left(200);
            if (hit.snippet.isEmpty()) {
                Statement start = m_db.cached("SELECT substr(text, 1, 200) FROM articles WHERE id = ?1");
                start.bind(1, hit.article.id);
                if (start.step())
                    hit.snippet = start.text(0);
            }
            continue;
        }
        // The body's snippet; the title's only when the body holds no match (each snippet() tokenizes
        // its column again, and the body is where the time goes).
        for (const char *column : {"0", "1"}) {
            Statement snippet = m_db.cached(std::string("SELECT snippet(articles_fts, ") + column
                                            + ", " OFFPRINT_SNIPPET_ARGS ") FROM articles_fts "
                                              "WHERE articles_fts MATCH ?1 AND rowid = ?2");
            snippet.bind(1, query.match).bind(2, hit.article.id);
            const QString text = snippet.step() ? snippet.text(0) : QString();
            if (!snippet.ok())
                return searchError(snippet, query);
            if (hit.snippet.isEmpty())
                hit.snippet = text;
            if (text.contains(QChar(0x02))) {
                hit.snippet = text;
                break;
            }
        }
    }
    return hits;
}

} // namespace offprint::storage
