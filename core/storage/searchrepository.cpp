#include "storage/searchrepository.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/ftsrank.h"
#include "storage/logging.h"
#include "storage/statement.h"

#include <QTime>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
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
    if (query.match.trimmed().isEmpty()) {
        Ranked ranked;
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

    // The idf of every phrase needs the number of rows holding it: one walk of each phrase's matches.
    // A query of one phrase needs no idf beforehand (it scales every score alike): its ranking walk counts
    // the phrase's rows and the scores are scaled afterwards, one walk of the index instead of two.
    if (query.phrases == 1) {
        RankStats stats;
        const std::vector<double> unit{1.0};
        auto ranked = walk(query, filters, Order::Score, unit, &stats, limit, offset);
        if (!ranked || stats.rowsRanked == 0)
            return ranked;
        const PhraseCounts counts{stats.tableRows, {stats.rowsRanked}};
        if (rankingIsUninformative(query, counts))
            return walk(query, filters, Order::Recency, {}, nullptr, limit, offset);
        const double idf = phraseIdf(counts.rows, counts.phraseRows.front());
        for (double &score : ranked->scores)
            score *= idf;
        return ranked;
    }
    const Result<std::optional<PhraseCounts>> counted = phraseCounts(query);
    if (!counted)
        return counted.error();
    const std::optional<PhraseCounts> &counts = *counted;
    if (!counts)
        return Ranked{};
    if (rankingIsUninformative(query, *counts))
        return walk(query, filters, Order::Recency, {}, nullptr, limit, offset);
    std::vector<double> idf;
    for (const qint64 hits : counts->phraseRows)
        idf.push_back(phraseIdf(counts->rows, hits));
    return walk(query, filters, Order::Score, idf, nullptr, limit, offset);
}

Result<SearchRepository::Ranked> SearchRepository::walk(const search::CompiledQuery &query, const FilterSql &filters,
                                                        Order order, const std::vector<double> &idf, RankStats *stats,
                                                        int limit, int offset)
{
    // Ranked inside the index alone: joining every match to its article row would cost more than the
    // ranking itself on a broad query. Ties go to the newer import (higher id); run() then puts the page in
    // (score, saved date) order. Newest first reads the doclist backwards and stops at the page.
    const std::string sql = order == Order::Recency
        ? "SELECT rowid, 0.0 FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2 OFFSET ?3"
        : "SELECT rowid, -offprint_rank(articles_fts, " OFFPRINT_RANK_WEIGHTS ", ?4, ?5) AS score "
          "FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY score DESC, rowid DESC LIMIT ?2 OFFSET ?3";
    auto start = [&](qint64 rows, qint64 skip) {
        Statement stmt = m_db.cached(sql);
        stmt.bind(1, query.match).bind(2, rows).bind(3, skip);
        if (order == Order::Score) {
            stmt.bindBlob(4, idf.data(), int(idf.size() * sizeof(double)));
            stmt.bindPointer(5, stats, kRankStatsPointerType);
        }
        if (stats)
            *stats = {};
        return stmt;
    };

    Ranked ranked;
    if (filters.sql.empty()) {
        Statement stmt = start(limit < 0 ? -1 : limit, qMax(0, offset));
        while (stmt.step()) {
            ranked.ids << stmt.int64(0);
            ranked.scores << stmt.real(1);
        }
        if (!stmt.ok())
            return searchError(stmt, query);
        return ranked;
    }

    // With filters: check the best matches against the filters (one indexed lookup each) until the page is
    // full, instead of joining every match before sorting. The walk is limited to a window of the best
    // matches so that SQLite keeps a small heap instead of sorting every match; when too few of them pass,
    // the window is widened from the pass rate seen and the walk runs again.
    const char *from = filters.coveredByRankIndex ? "SELECT 1 FROM articles a INDEXED BY articles_rank "
                                                  : "SELECT 1 FROM articles a ";
    Statement check = m_db.cached(std::string(from) + "WHERE a.id = ?" + filters.sql);
    auto passes = [&](qint64 id) -> std::optional<bool> {
        check.reset();
        check.bind(1, id);
        int index = 2;
        bindValues(check, index, filters);
        const bool passed = check.step();
        if (!check.ok())
            return std::nullopt;
        return passed;
    };
    const qint64 wanted = limit < 0 ? -1 : qint64(limit) + qMax(0, offset);
    qint64 window = -1;
    if (wanted >= 0) {
        // The filters' pass rate, estimated on a sample of the library, sizes the window so that it
        // holds the page with a wide margin; a filter that almost nothing passes gets every match.
        auto rate = filterPassRate(passes);
        if (!rate)
            return searchError(check, query);
        if (*rate > 0)
            window = qMax(kMinFilterWindow, qint64(double(wanted) / *rate * kFilterWindowMargin));
    }
    for (;;) {
        ranked = {};
        Statement stmt = start(window, 0);
        int toSkip = qMax(0, offset);
        qint64 seen = 0, passed = 0;
        while ((limit < 0 || ranked.ids.size() < limit) && stmt.step()) {
            ++seen;
            const qint64 id = stmt.int64(0);
            const std::optional<bool> result = passes(id);
            if (!result)
                return searchError(check, query);
            if (!*result)
                continue;
            ++passed;
            if (toSkip > 0) {
                --toSkip;
                continue;
            }
            ranked.ids << id;
            ranked.scores << stmt.real(1);
        }
        if (!stmt.ok())
            return searchError(stmt, query);
        if (window < 0 || seen < window || ranked.ids.size() >= limit)
            return ranked; // every match was seen, or the page is full
        // Fewer passed than the sample promised: size the window from the pass rate among these matches.
        window = passed == 0 ? -1 : qMax(window * 2, qint64(double(wanted) * double(seen) / double(passed) * 1.5));
    }
}

std::optional<double> SearchRepository::filterPassRate(const std::function<std::optional<bool>(qint64)> &passes)
{
    Statement range = m_db.cached("SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)");
    if (!range.step())
        return range.ok() ? std::optional<double>(0.0) : std::nullopt;
    const qint64 low = range.int64(0), high = range.int64(1);
    if (high < low)
        return 0.0;
    // Evenly spread ids (ids are import order, so this samples every period of the library's history);
    // ids of deleted articles simply fail the check.
    const qint64 span = high - low + 1;
    const qint64 samples = qMin(span, kFilterSampleSize);
    qint64 passed = 0;
    for (qint64 i = 0; i < samples; ++i) {
        const std::optional<bool> result = passes(low + (2 * i + 1) * span / (2 * samples));
        if (!result)
            return std::nullopt;
        passed += *result;
    }
    const double rate = double(passed) / double(samples);
    return rate < kMinSampledPassRate ? 0.0 : rate;
}

Result<std::optional<SearchRepository::PhraseCounts>> SearchRepository::phraseCounts(const search::CompiledQuery &query)
{
    Statement stmt = m_db.cached("SELECT offprint_phrase_counts(articles_fts) FROM articles_fts "
                                 "WHERE articles_fts MATCH ?1 LIMIT 1");
    stmt.bind(1, query.match);
    if (!stmt.step()) {
        if (!stmt.ok())
            return searchError(stmt, query);
        return std::optional<PhraseCounts>(); // no match
    }
    // Native 64-bit integers: the rows of the index, then each phrase's rows.
    const QByteArray blob = stmt.blob(0);
    const qsizetype values = blob.size() / qsizetype(sizeof(qint64));
    if (values < 1)
        return std::optional<PhraseCounts>();
    PhraseCounts counts;
    counts.rows = qFromUnaligned<qint64>(blob.constData());
    for (qsizetype i = 1; i < values; ++i)
        counts.phraseRows.push_back(qFromUnaligned<qint64>(blob.constData() + i * qsizetype(sizeof(qint64))));
    return std::optional<PhraseCounts>(std::move(counts));
}

bool SearchRepository::rankingIsUninformative(const search::CompiledQuery &query, const PhraseCounts &counts)
{
    // Not with OR: an alternative may be rare and worth ranking.
    if (query.hasOr || counts.rows < kRecencyLibrarySize || counts.phraseRows.empty())
        return false;
    return std::all_of(counts.phraseRows.begin(), counts.phraseRows.end(),
                       [&](qint64 hits) { return hits * 2 > counts.rows; });
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
