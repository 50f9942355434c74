#include "storage/searchrepository.h"

#include "storage/articlefiltersql.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "search/ftsrank.h"
#include "storage/logging.h"
#include "storage/searchwalk.h"
#include "storage/tagsearch.h"
#include "storage/statement.h"

#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_set>
#include <vector>

namespace offprint::storage {

namespace {

// Markers FTS5 puts around matched tokens in snippets (see SearchHit::snippet).
#define OFFPRINT_SNIPPET_ARGS "char(2), char(3), '…', 32"

// Words that occur in more than half of a library at least this large carry no ranking information.
constexpr qint64 kRecencyLibrarySize = 2000;

// Up to this many articles with the tags a query names, its tagged matches are found by reading them
// all and sorting (storage/tagsearch.h); above, first by walking the newest articles.
constexpr qint64 kTaggedSortLimit = 2000;

} // namespace

SearchRepository::SearchRepository(Database &db) : m_db(db) {}

SearchRepository::~SearchRepository() = default;

void SearchRepository::setParallelThreshold(qint64 articles)
{
    m_parallelThreshold = articles;
}

Result<SearchRepository::Ranked> SearchRepository::rank(const search::CompiledQuery &query, const FilterSql &filters,
                                                        const std::optional<Split> &split, int limit, int offset)
{
    Ranked ranked;
    if (query.match.trimmed().isEmpty()) {
        // Filters and exclusions only: newest saved first.
        const bool excludes = !query.exclude.isEmpty();
        const std::string sql = "SELECT a.id, 0.0 FROM " OFFPRINT_ARTICLES_WITH_STATE " WHERE 1" + filters.sql
                                + (excludes ? " AND a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" : "")
                                + " ORDER BY a.saved DESC, a.id DESC LIMIT ? OFFSET ?";
        Statement stmt = m_db.cached(sql);
        int index = 1;
        bindFilterValues(stmt, index, filters);
        if (excludes)
            stmt.bind(index++, query.exclude);
        stmt.bind(index, qint64(limit < 0 ? -1 : limit));
        stmt.bind(index + 1, qint64(qMax(0, offset)));
        while (stmt.step()) {
            ranked.ids << stmt.int64(0);
            ranked.scores << stmt.real(1);
        }
        if (!stmt.ok())
            return searchError(m_db, stmt, query);
        return ranked;
    }

    WalkSpec spec;
    spec.query = &query;
    spec.filters = &filters;
    spec.wanted = limit < 0 ? -1 : qint64(limit) + qMax(0, offset);
    if (!filters.sql.empty() && spec.wanted >= 0) {
        const Result<double> rate = filterPassRate(m_db, filters, query);
        if (!rate)
            return rate.error();
        spec.passRate = *rate;
    }
    auto candidates = query.exactMatch.isEmpty() ? rankCandidates(query, spec, split) : rankInTiers(query, spec, split);
    if (!candidates)
        return candidates.error();
    for (size_t i = size_t(qMax(0, offset)); i < candidates->ids.size(); ++i) {
        ranked.ids << candidates->ids[i];
        ranked.scores << candidates->scores[i];
    }
    return ranked;
}

Result<Candidates> SearchRepository::rankCandidates(const search::CompiledQuery &query, WalkSpec spec,
                                                    const std::optional<Split> &split)
{
    if (spec.byRecency)
        return walk(spec, split, nullptr); // newest first: no idf needed
    // The idf of every phrase needs the number of rows holding it: one walk of each phrase's matches.
    // A query of one phrase needs no idf beforehand (it scales every score alike): its ranking walk counts
    // the phrase's rows and the scores are scaled afterwards, one walk of the index instead of two.
    if (query.phrases.size() == 1) {
        spec.idf = {1.0};
        RankStats stats;
        auto candidates = walk(spec, split, &stats);
        if (!candidates || stats.rowsRanked == 0)
            return candidates;
        const PhraseCounts counts{stats.tableRows, {stats.rowsRanked}};
        if (rankingIsUninformative(query, counts)) {
            spec.byRecency = true;
            return walk(spec, split, nullptr);
        }
        const double idf = search::phraseIdf(counts.rows, counts.phraseRows.front());
        for (double &score : candidates->scores)
            score *= idf;
        return candidates;
    }
    const Result<std::optional<PhraseCounts>> counted = phraseCounts(query, split);
    if (!counted)
        return counted.error();
    if (!*counted)
        return Candidates{};
    const PhraseCounts &counts = **counted;
    if (rankingIsUninformative(query, counts)) {
        spec.byRecency = true;
        return walk(spec, split, nullptr);
    }
    for (const qint64 hits : counts.phraseRows)
        spec.idf.push_back(search::phraseIdf(counts.rows, hits));
    return walk(spec, split, nullptr);
}

Result<Candidates> SearchRepository::rankInTiers(const search::CompiledQuery &query, const WalkSpec &spec,
                                                 const std::optional<Split> &split)
{
    // The exact matches first (GPU before GPUs), then the prefix-only ones. Every exact match is a prefix
    // match too, so the second walk asks for as many more as the first found and skips those. A query
    // whose exact matches fill the page (a common word) costs one walk, as before word prefixes.
    search::CompiledQuery exact = query;
    exact.match = query.exactMatch;
    exact.phrases = query.exactPhrases;
    exact.exactMatch.clear();
    exact.exactPhrases.clear();
    WalkSpec exactSpec = spec;
    exactSpec.query = &exact;
    auto first = rankCandidates(exact, exactSpec, split);
    if (!first)
        return first;
    for (double &score : first->scores)
        score += kExactTierBonus;
    const qint64 found = qint64(first->ids.size());
    if (spec.wanted >= 0 && found >= spec.wanted)
        return first;
    WalkSpec rest = spec;
    rest.query = &query;
    rest.byRecency = query.shortPrefixesOnly;
    if (spec.wanted >= 0)
        rest.wanted = spec.wanted + found;
    auto second = rankCandidates(query, rest, split);
    if (!second)
        return second;
    const std::unordered_set<qint64> seen(first->ids.begin(), first->ids.end());
    Candidates out = std::move(*first);
    for (size_t i = 0; i < second->ids.size() && (spec.wanted < 0 || qint64(out.ids.size()) < spec.wanted); ++i) {
        if (seen.count(second->ids[i]))
            continue;
        out.ids.push_back(second->ids[i]);
        out.scores.push_back(second->scores[i]);
    }
    return out;
}

std::optional<SearchRepository::Split> SearchRepository::splitForParallelWalks()
{
    // Two halves of the rowids on two connections: worth a thread only on a large library, only with a
    // second core, and not inside a write transaction (the second connection would not see its changes).
    if (m_parallelThreshold < 0 || QThread::idealThreadCount() < 2 || m_db.inTransaction()
        || articleCount() < m_parallelThreshold)
        return std::nullopt;
    if (!m_helper) {
        auto opened = Database::open(m_db.path(), Database::Mode::ReadOnly);
        if (!opened || !(*opened)->tokenizerRegistered()) {
            qCWarning(lcStorage) << m_db.path() << "second search connection unavailable; searching on one core";
            m_parallelThreshold = -1;
            return std::nullopt;
        }
        m_helper = std::move(*opened);
    }
    const auto ids = articleIdRange(m_db);
    if (!ids || ids->second <= ids->first)
        return std::nullopt;
    const qint64 middle = ids->first + (ids->second - ids->first) / 2;
    return Split{RowRange{std::numeric_limits<qint64>::min(), middle},
                 RowRange{middle + 1, std::numeric_limits<qint64>::max()}};
}

template<typename Lower, typename Upper>
bool SearchRepository::inParallel(Lower &&lower, Upper &&upper)
{
    // The upper half on the second connection in a thread of its own, the lower half here.
    std::thread thread;
    try {
        thread = std::thread([&] { upper(*m_helper); });
    } catch (const std::system_error &) {
        return false; // no thread to be had: the caller walks both halves here
    }
    struct Joiner
    {
        std::thread &thread;
        ~Joiner() { thread.join(); } // also when lower() throws: the thread uses this frame
    } joiner{thread};
    lower(m_db);
    return true;
}

Result<Candidates> SearchRepository::walk(const WalkSpec &spec, const std::optional<Split> &split, RankStats *stats)
{
    if (!split)
        return walkRange(m_db, spec, RowRange{}, stats);
    Result<Candidates> lower = Candidates{}, upper = Candidates{};
    RankStats lowerStats, upperStats;
    const bool parallel = inParallel(
        [&](Database &db) { lower = walkRange(db, spec, split->lower, stats ? &lowerStats : nullptr); },
        [&](Database &db) { upper = walkRange(db, spec, split->upper, stats ? &upperStats : nullptr); });
    if (!parallel)
        return walkRange(m_db, spec, RowRange{}, stats);
    ++m_parallelWalks;
    if (!lower)
        return lower.error();
    if (!upper)
        return upper.error();
    if (stats) {
        stats->tableRows = qMax(lowerStats.tableRows, upperStats.tableRows);
        stats->rowsRanked = lowerStats.rowsRanked + upperStats.rowsRanked;
    }
    return mergeCandidates(*lower, *upper, spec.wanted);
}

Result<std::optional<SearchRepository::PhraseCounts>>
SearchRepository::phraseCounts(const search::CompiledQuery &query, const std::optional<Split> &split)
{
    if (split && !query.phrases.isEmpty()) {
        // Each phrase counted in both halves at once.
        PhraseCounts counts;
        counts.rows = articleCount();
        std::vector<qint64> lower(size_t(query.phrases.size())), upper(lower.size());
        std::optional<Error> failure, upperFailure;
        auto countAll = [&](Database &db, RowRange range, std::vector<qint64> &out, std::optional<Error> &error) {
            for (qsizetype i = 0; i < query.phrases.size() && !error; ++i) {
                const Result<qint64> rows = countRange(db, query, query.phrases.at(i), range);
                if (rows)
                    out[size_t(i)] = *rows;
                else
                    error = rows.error();
            }
        };
        const bool parallel = inParallel([&](Database &db) { countAll(db, split->lower, lower, failure); },
                                         [&](Database &db) { countAll(db, split->upper, upper, upperFailure); });
        if (!parallel)
            return phraseCounts(query, std::nullopt);
        if (failure)
            return *failure;
        if (upperFailure)
            return *upperFailure;
        for (size_t i = 0; i < lower.size(); ++i)
            counts.phraseRows.push_back(lower[i] + upper[i]);
        return std::optional<PhraseCounts>(std::move(counts));
    }

    // One statement: FTS5 counts every phrase's rows while positioned on the first match.
    Statement stmt = m_db.cached("SELECT offprint_phrase_counts(articles_fts) FROM articles_fts "
                                 "WHERE articles_fts MATCH ?1 LIMIT 1");
    stmt.bind(1, query.match);
    if (!stmt.step()) {
        if (!stmt.ok())
            return searchError(m_db, stmt, query);
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

Result<SearchRepository::Ranked> SearchRepository::taggedMatches(const search::CompiledQuery &query,
                                                                 const TagTerms &tags, const FilterSql &filters,
                                                                 qint64 wanted)
{
    // The first `wanted`: fewer means these are all of them (and the text ranking's page starts after
    // them); as many means the page ends among them.
    FilterSql condition;
    const std::string logic = logicCondition(query.logic, query, tags, condition.values);
    // SQLite would rather start from a leaf's doclist and then read and sort every article that has the
    // word (115 ms for `Linux 内核` at 100,000 articles). Instead: when many articles carry the tags and a
    // page is wanted, the newest articles first along articles_saved, each checked, down to a cut-off
    // where the page should be full (a page of 20 from 7,000 tagged articles: about 300 index entries);
    // otherwise, or when the page is not full by then, every tagged article read and the survivors
    // sorted.
    qint64 taggedCount = 0;
    {
        Statement count = m_db.prepare("SELECT count(*) FROM (" + tags.taggedArticles() + ")");
        taggedCount = count.step() ? count.int64(0) : 0;
        if (!count.ok())
            return searchError(m_db, count, query);
    }
    auto run = [&](const std::string &from, std::optional<qint64> newest) -> Result<Ranked> {
        Statement stmt = m_db.prepare(
            "SELECT a.id FROM " + from + " AND " + logic + filters.sql
            + (newest ? " AND a.saved >= (SELECT saved FROM articles INDEXED BY articles_saved "
                        "ORDER BY saved DESC, id DESC LIMIT 1 OFFSET ?)"
                      : "")
            + " ORDER BY a.saved DESC, a.id DESC LIMIT ?");
        int index = 1;
        bindFilterValues(stmt, index, condition);
        bindFilterValues(stmt, index, filters);
        if (newest)
            stmt.bind(index++, *newest);
        stmt.bind(index, wanted);
        Ranked ranked;
        while (stmt.step()) {
            ranked.ids << stmt.int64(0);
            ranked.scores << kTagTierScore;
        }
        if (!stmt.ok())
            return searchError(m_db, stmt, query);
        return ranked;
    };
    if (wanted >= 0 && taggedCount > kTaggedSortLimit) {
        // Where a page of tagged articles that pass the filters is expected, four times over.
        double passRate = 1.0;
        if (!filters.sql.empty()) {
            const Result<double> rate = filterPassRate(m_db, filters, query);
            if (!rate)
                return rate.error();
            passRate = *rate;
        }
        const double density = double(taggedCount) / double(qMax<qint64>(1, articleCount())) * passRate;
        const qint64 newest = density <= 0 ? articleCount()
                                           : qMax(kTaggedSortLimit, qint64(double(wanted) * 4 / density));
        auto page = run("articles a INDEXED BY articles_saved CROSS JOIN article_state s ON s.article_id = a.id "
                        "WHERE +" + tags.taggedCondition(),
                        newest);
        if (!page || page->ids.size() >= wanted)
            return page;
    }
    return run("(SELECT DISTINCT article_id AS id FROM (" + tags.taggedArticles()
                   + ")) t CROSS JOIN articles a ON a.id = t.id CROSS JOIN article_state s ON s.article_id = a.id "
                     "WHERE 1",
               std::nullopt);
}

Result<QString> SearchRepository::snippetFor(Database &db, const search::CompiledQuery &query, ArticleId id,
                                             bool exact)
{
    // The body's best window, or the title's when only the title matches (search/ftssnippet.h).
    // An exact match of a query with word prefixes gets the snippet of its exact words: FTS5 answers a
    // prefix phrase without a prefix index of its length ("open"*) by merging the doclists of all the
    // words it begins, for the whole table, on every statement (100,000 articles: "open source" 19 →
    // 40 ms with prefix snippets for the page).
    Statement snippet = db.cached("SELECT offprint_snippet(articles_fts, " OFFPRINT_SNIPPET_ARGS ") FROM articles_fts "
                                  "WHERE articles_fts MATCH ?1 AND rowid = ?2");
    snippet.bind(1, exact && !query.exactMatch.isEmpty() ? query.exactMatch : query.match).bind(2, id);
    const QString text = snippet.step() ? snippet.text(0) : QString();
    if (!snippet.ok())
        return searchError(db, snippet, query);
    return text;
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
    FilterSql filters = filterSql(query.filters);
    // Deleted articles keep their index entries until purged (storage/bulkoperations.h): with any in the
    // library, every match is checked like a filter (covered by the rank index: it reads a.id only).
    if (Statement anyDeleted = m_db.cached("SELECT EXISTS (SELECT 1 FROM deleted_articles)");
        anyDeleted.step() && anyDeleted.boolean(0))
        filters.sql += " AND " OFFPRINT_NOT_DELETED;
    const bool hasText = !query.match.trimmed().isEmpty();
    if ((hasText || !query.exclude.isEmpty()) && !m_db.tokenizerRegistered())
        return makeError(ErrorCode::Unavailable, QT_TRANSLATE_NOOP("offprint::Error", "%1: search is unavailable (this SQLite has no full-text search)"),
                         m_db.path());
    // Words that name tags (storage/tagsearch.h): the articles with those tags are decided by the query's
    // formula, and listed first (a tag is the reader's own word for the article), newest saved first; the
    // full-text ranking then lists the other matches.
    auto tags = matchTagNames(m_db, query);
    if (!tags)
        return tags.error();
    Ranked tagged;
    search::CompiledQuery textQuery = query;
    if (hasText && tags->anyIn(query.logic)) {
        auto found = taggedMatches(query, *tags, filters, limit < 0 ? -1 : qint64(limit) + qMax(0, offset));
        if (!found)
            return found.error();
        tagged = std::move(*found);
        filters.sql += " AND NOT " + tags->taggedCondition();
    } else if (!hasText && tags->anyIn(query.excludeLogic)) {
        // Only exclusions: an article is left out when it contains an excluded word or has such a tag.
        filters.sql += " AND NOT " + logicCondition(query.excludeLogic, query, *tags, filters.values);
        filters.coveredByRankIndex = false;
        textQuery.exclude.clear();
    }
    // Ranking first, on ids only: snippets and row columns are then fetched for the page alone (computing
    // a snippet for every match before sorting would cost more than the ranking on a large library).
    const std::optional<Split> split = hasText ? splitForParallelWalks() : std::nullopt;
    const qsizetype skipTagged = qMin(tagged.ids.size(), qsizetype(qMax(0, offset)));
    const qsizetype takeTagged = limit < 0 ? tagged.ids.size() - skipTagged
                                           : qMin(tagged.ids.size() - skipTagged, qsizetype(limit));
    const int restLimit = limit < 0 ? -1 : limit - int(takeTagged);
    const int restOffset = qMax(0, offset - int(tagged.ids.size()));
    auto ranked = restLimit == 0 ? Result<Ranked>(Ranked{}) : rank(textQuery, filters, split, restLimit, restOffset);
    if (!ranked)
        return ranked.error();
    if (takeTagged > 0) {
        ranked->ids = tagged.ids.mid(skipTagged, takeTagged) + ranked->ids;
        ranked->scores = tagged.scores.mid(skipTagged, takeTagged) + ranked->scores;
    }
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
    // The order is the index's: equal scores, the more recently imported first. (Re-sorting a page by
    // saved date would disagree with the next page, which the index cut by import order.)
    if (!hasText) {
        for (SearchHit &hit : hits) {
            // Filters only: the excerpt, or the start of the text.
            hit.snippet = hit.article.meta.excerpt.left(200);
            if (hit.snippet.isEmpty()) {
                Statement start = m_db.cached("SELECT substr(text, 1, 200) FROM articles WHERE id = ?1");
                start.bind(1, hit.article.id);
                if (start.step())
                    hit.snippet = start.text(0);
            }
        }
        return hits;
    }
    // Snippets for the page, split over the two connections when the ranking was.
    std::optional<Error> failure, upperFailure;
    auto snippets = [&](Database &db, qsizetype from, qsizetype to, std::optional<Error> &error) {
        for (qsizetype i = from; i < to && !error; ++i) {
            Result<QString> snippet = snippetFor(db, query, hits[i].article.id, hits[i].score >= kExactTierBonus);
            if (!snippet)
                error = snippet.error();
            else if (snippet->isEmpty()) // found by a tag name alone
                hits[i].snippet = hits[i].article.meta.excerpt.left(200);
            else
                hits[i].snippet = std::move(*snippet);
        }
    };
    const qsizetype half = hits.size() / 2;
    if (!(split && half > 0
          && inParallel([&](Database &db) { snippets(db, 0, half, failure); },
                        [&](Database &db) { snippets(db, half, hits.size(), upperFailure); })))
        snippets(m_db, 0, hits.size(), failure);
    if (failure)
        return *failure;
    if (upperFailure)
        return *upperFailure;
    return hits;
}

} // namespace offprint::storage
