#include "storage/searchwalk.h"

#include "storage/articlefiltersql.h"
#include "storage/database.h"
#include "search/ftsrank.h"
#include "storage/logging.h"
#include "storage/statement.h"

#include <QTime>

#include <sqlite3.h>

#include <algorithm>

namespace offprint::storage {

namespace {

using search::Filter;

// Column weights of offprint_rank (search/ftsrank.h) in index column order: body, title, author, site,
// tags, notes (title 10, body 1, author 3, site 2, tags 5, notes 2: the reader's own words about the
// article, counted once like the short fields).
#define OFFPRINT_RANK_WEIGHTS "1.0, 10.0, 3.0, 2.0, 5.0, 2.0"

// With filters, a walk first takes the best max(kMinFilterWindow, wanted / pass rate × kFilterWindowMargin)
// matches; the pass rate is sampled on kFilterSampleSize articles, and under kMinSampledPassRate the
// window is every match.
constexpr qint64 kMinFilterWindow = 200;
constexpr double kFilterWindowMargin = 3.0;
constexpr qint64 kFilterSampleSize = 100;
constexpr double kMinSampledPassRate = 0.02;

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
        return "s.read = 0";
    case Filter::Kind::Read:
        return "s.read = 1";
    case Filter::Kind::Starred:
        return "s.starred = 1";
    case Filter::Kind::Language:
        values.emplace_back(folded);
        values.emplace_back(folded + QLatin1Char('-'));
        return "(lower(a.language) = ? OR instr(lower(a.language), ?) = 1)";
    case Filter::Kind::Before:
        // An article matches when its saved date or its published date satisfies the condition.
        values.emplace_back(dayStart(filter.date));
        values.emplace_back(dayStart(filter.date));
        return "(a.saved < ? OR coalesce(a.published < ?, 0))";
    case Filter::Kind::HasHighlights:
        return "EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id)";
    case Filter::Kind::HasNote:
        // A note of the article's own, or on one of its highlights.
        return "(a.note <> '' OR EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id AND h.note <> ''))";
    case Filter::Kind::After:
        // after:D includes day D, so before:D and after:D split the library in two.
        values.emplace_back(dayStart(filter.date));
        values.emplace_back(dayStart(filter.date));
        return "(a.saved >= ? OR coalesce(a.published >= ?, 0))";
    }
    return "1";
}

} // namespace

FilterSql filterSql(const QList<Filter> &filters)
{
    FilterSql out;
    for (const Filter &filter : filters) {
        if ((filter.kind == Filter::Kind::Before || filter.kind == Filter::Kind::After) && !filter.date.isValid())
            continue;
        const std::string condition = conditionFor(filter, out.values);
        if (filter.kind == Filter::Kind::Tag || filter.kind == Filter::Kind::Site || filter.kind == Filter::Kind::Author
            || filter.kind == Filter::Kind::HasNote)
            out.coveredByRankIndex = false;
        out.sql += filter.negated ? " AND NOT coalesce(" + condition + ", 0)" : " AND " + condition;
    }
    return out;
}


void bindFilterValues(Statement &stmt, int &index, const FilterSql &filters)
{
    for (const auto &value : filters.values) {
        if (const auto *text = std::get_if<QString>(&value))
            stmt.bind(index++, *text);
        else
            stmt.bind(index++, std::get<qint64>(value));
    }
}

Error searchError(Database &db, const Statement &stmt, const search::CompiledQuery &query)
{
    // A plain SQL error here comes from FTS5 rejecting the expression: SQLite's wording would not help
    // the user, so say what can be done instead.
    if ((stmt.resultCode() & 0xff) == SQLITE_ERROR) {
        qCWarning(lcStorage) << "search failed:" << sqlite3_errmsg(db.handle()) << "for" << query.match;
        return makeError(ErrorCode::QueryError,
                         QT_TRANSLATE_NOOP("offprint::Error", "search \"%1\": the query could not be run; try fewer special characters or quote the words"),
                         query.terms.join(QLatin1Char(' ')));
    }
    return stmt.error(QStringLiteral("search"));
}

namespace {

// One filter check: whether article `id` passes; nothing on an error (left in `check`).
std::optional<bool> passes(Statement &check, const FilterSql &filters, qint64 id)
{
    check.reset();
    check.bind(1, id);
    int index = 2;
    bindFilterValues(check, index, filters);
    const bool passed = check.step();
    if (!check.ok())
        return std::nullopt;
    return passed;
}

Statement filterCheck(Database &db, const FilterSql &filters)
{
    // The state is read from its own narrow row (schema 14), beside the covering index.
    const char *from = filters.coveredByRankIndex
        ? "SELECT 1 FROM articles a INDEXED BY articles_rank JOIN article_state s ON s.article_id = a.id "
        : "SELECT 1 FROM " OFFPRINT_ARTICLES_WITH_STATE " ";
    return db.cached(std::string(from) + "WHERE a.id = ?" + filters.sql);
}

} // namespace

Result<Candidates> walkRange(Database &db, const WalkSpec &spec, RowRange range, RankStats *stats)
{
    // Ranked inside the index alone: joining every match to its article row would cost more than the
    // ranking itself on a broad query. Equal scores: the newer import (higher rowid) first. Newest first
    // reads the doclist backwards and stops at the page.
    const char *sql = spec.byRecency
        ? "SELECT rowid, 0.0 FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid BETWEEN ?5 AND ?6 "
          "ORDER BY rowid DESC LIMIT ?2"
        : "SELECT rowid, -offprint_rank(articles_fts, " OFFPRINT_RANK_WEIGHTS ", ?3, ?4) AS score "
          "FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid BETWEEN ?5 AND ?6 "
          "ORDER BY score DESC, rowid DESC LIMIT ?2";
    const search::CompiledQuery &query = *spec.query;
    auto start = [&](qint64 rows) {
        Statement stmt = db.cached(sql);
        stmt.bind(1, query.match).bind(2, rows).bind(5, range.first).bind(6, range.last);
        if (!spec.byRecency) {
            stmt.bindBlob(3, spec.idf.data(), int(spec.idf.size() * sizeof(double)));
            stmt.bindPointer(4, stats, search::kRankStatsPointerType);
        }
        if (stats)
            *stats = {};
        return stmt;
    };

    Candidates out;
    const FilterSql &filters = *spec.filters;
    if (filters.sql.empty()) {
        Statement stmt = start(spec.wanted);
        while (stmt.step()) {
            out.ids.push_back(stmt.int64(0));
            out.scores.push_back(stmt.real(1));
        }
        if (!stmt.ok())
            return searchError(db, stmt, query);
        return out;
    }

    Statement check = filterCheck(db, filters);
    const qint64 wanted = spec.wanted;
    qint64 window = wanted < 0 || spec.passRate <= 0
        ? -1
        : qMax(kMinFilterWindow, qint64(double(wanted) / spec.passRate * kFilterWindowMargin));
    for (;;) {
        out = {};
        Statement stmt = start(window);
        qint64 seen = 0;
        while ((wanted < 0 || qint64(out.ids.size()) < wanted) && stmt.step()) {
            ++seen;
            const qint64 id = stmt.int64(0);
            const std::optional<bool> passed = passes(check, filters, id);
            if (!passed)
                return searchError(db, check, query);
            if (*passed) {
                out.ids.push_back(id);
                out.scores.push_back(stmt.real(1));
            }
        }
        if (!stmt.ok())
            return searchError(db, stmt, query);
        if (window < 0 || seen < window || qint64(out.ids.size()) >= wanted)
            return out; // every match was seen, or enough passed
        // Fewer passed than the sample promised: size the window from the pass rate among these matches.
        const qint64 passedCount = qint64(out.ids.size());
        window = passedCount == 0
            ? -1
            : qMax(window * 2, qint64(double(wanted) * double(seen) / double(passedCount) * 1.5));
    }
}

Result<qint64> countRange(Database &db, const search::CompiledQuery &query, const QString &match, RowRange range)
{
    Statement stmt = db.cached("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
    stmt.bind(1, match).bind(2, range.first).bind(3, range.last);
    const qint64 rows = stmt.step() ? stmt.int64(0) : 0;
    if (!stmt.ok())
        return searchError(db, stmt, query);
    return rows;
}

std::optional<std::pair<qint64, qint64>> articleIdRange(Database &db)
{
    // Two subqueries: each is one index seek, where min() and max() in one SELECT scan the table.
    Statement range = db.cached("SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)");
    if (!range.step() || range.isNull(0))
        return std::nullopt;
    return std::make_pair(range.int64(0), range.int64(1));
}

Result<double> filterPassRate(Database &db, const FilterSql &filters, const search::CompiledQuery &query)
{
    const auto ids = articleIdRange(db);
    if (!ids)
        return 0.0;
    const auto [low, high] = *ids;
    // Evenly spread ids (ids are import order, so this samples every period of the library's history);
    // ids of deleted articles simply fail the check.
    Statement check = filterCheck(db, filters);
    const qint64 span = high - low + 1;
    const qint64 samples = qMin(span, kFilterSampleSize);
    qint64 passed = 0;
    for (qint64 i = 0; i < samples; ++i) {
        const std::optional<bool> result = passes(check, filters, low + (2 * i + 1) * span / (2 * samples));
        if (!result)
            return searchError(db, check, query);
        passed += *result;
    }
    const double rate = double(passed) / double(samples);
    return rate < kMinSampledPassRate ? 0.0 : rate;
}

Candidates mergeCandidates(const Candidates &a, const Candidates &b, qint64 wanted)
{
    Candidates out;
    const size_t total = a.ids.size() + b.ids.size();
    const size_t keep = wanted < 0 ? total : std::min(total, size_t(wanted));
    out.ids.reserve(keep);
    out.scores.reserve(keep);
    size_t i = 0, j = 0;
    while (out.ids.size() < keep) {
        const bool takeA = j >= b.ids.size()
            || (i < a.ids.size()
                && (a.scores[i] != b.scores[j] ? a.scores[i] > b.scores[j] : a.ids[i] > b.ids[j]));
        const Candidates &from = takeA ? a : b;
        size_t &at = takeA ? i : j;
        out.ids.push_back(from.ids[at]);
        out.scores.push_back(from.scores[at]);
        ++at;
    }
    return out;
}

} // namespace offprint::storage
