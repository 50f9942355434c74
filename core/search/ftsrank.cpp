#include "search/ftsrank.h"

#include <sqlite3.h>

#include <cmath>
#include <new>
#include <vector>

namespace offprint::search {

namespace {

constexpr double kK1 = 1.2;
constexpr int kBodyTfCap = 4;

// Per-query data, computed on the first row and kept with xSetAuxdata: the idf of every phrase.
struct QueryData
{
    std::vector<double> idf;
    sqlite3_int64 rows = 0; // rows of the table
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// Rows of the table, then the number of rows holding each phrase of the query.
int phraseCounts(const Fts5ExtensionApi *api, Fts5Context *fts, std::vector<sqlite3_int64> &counts)
{
    sqlite3_int64 rows = 0;
    int rc = api->xRowCount(fts, &rows);
    counts.assign(1, rows);
    const int phrases = api->xPhraseCount(fts);
    for (int i = 0; i < phrases && rc == SQLITE_OK; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countRow);
        counts.push_back(hits);
    }
    return rc;
}

// The idf of every phrase: from the blob argument when the caller computed them (phraseCountsFunction
// and phraseIdf), else by counting each phrase's rows once per query.
QueryData *queryData(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value *idfBlob, int *rc)
{
    if (auto *data = static_cast<QueryData *>(api->xGetAuxdata(fts, 0)))
        return data;
    auto *data = new (std::nothrow) QueryData;
    if (!data) {
        *rc = SQLITE_NOMEM;
        return nullptr;
    }
    const int phrases = api->xPhraseCount(fts);
    *rc = api->xRowCount(fts, &data->rows);
    if (*rc == SQLITE_OK && idfBlob) {
        const auto *values = static_cast<const double *>(sqlite3_value_blob(idfBlob));
        const int count = sqlite3_value_bytes(idfBlob) / int(sizeof(double));
        if (count != phrases || (count > 0 && !values))
            *rc = SQLITE_MISMATCH;
        else
            data->idf.assign(values, values + count);
    } else if (*rc == SQLITE_OK) {
        std::vector<sqlite3_int64> counts;
        *rc = phraseCounts(api, fts, counts);
        for (size_t i = 1; i < counts.size() && *rc == SQLITE_OK; ++i)
            data->idf.push_back(phraseIdf(counts[0], counts[i]));
    }
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<QueryData *>(p); });
    else
        delete data;
    return *rc == SQLITE_OK ? data : nullptr;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    // Arguments: one weight per column, then optionally the idf blob and the statistics pointer.
    RankStats *stats = nullptr;
    if (argc > 0) {
        if (auto *p = static_cast<RankStats *>(sqlite3_value_pointer(argv[argc - 1], kRankStatsPointerType))) {
            stats = p;
            --argc;
        }
    }
    sqlite3_value *idfBlob = nullptr;
    if (argc > 0 && sqlite3_value_type(argv[argc - 1]) == SQLITE_BLOB)
        idfBlob = argv[--argc];
    const QueryData *data = queryData(api, fts, idfBlob, &rc);
    if (!data) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    if (stats) {
        stats->tableRows = data->rows;
        ++stats->rowsRanked;
    }
    const int columns = api->xColumnCount(fts);
    const int phrases = int(data->idf.size());
    // Weighted term frequency of each phrase, columns folded in by their weights.
    thread_local std::vector<double> frequency;
    thread_local std::vector<double> weights;
    frequency.assign(size_t(phrases), 0.0);
    weights.assign(size_t(columns), 1.0);
    for (int c = 0; c < columns && c < argc; ++c)
        weights[size_t(c)] = sqlite3_value_double(argv[c]);

    // Term frequency per phrase, columns folded in by their weights. BM25 saturates (tf 4 gives 78 % of
    // the limit with k1 = 1.2), so a common word's body positions are counted up to kBodyTfCap and then
    // skipped column by column: the position list of "the" in a long article is the expensive part.
    for (int p = 0; p < phrases; ++p) {
        Fts5PhraseIter iter;
        int column = 0;
        if (api->xPhraseFirstColumn(fts, p, &iter, &column) != SQLITE_OK)
            continue;
        for (; column >= 0; api->xPhraseNextColumn(fts, &iter, &column)) {
            if (column >= columns)
                continue;
            if (column != 0) { // title, author, site, tags: short fields, presence is what counts
                frequency[size_t(p)] += weights[size_t(column)];
                continue;
            }
            Fts5PhraseIter positions;
            int positionColumn = 0, offset = 0, count = 0;
            if (api->xPhraseFirst(fts, p, &positions, &positionColumn, &offset) != SQLITE_OK)
                continue;
            for (; positionColumn == 0 && count < kBodyTfCap; api->xPhraseNext(fts, &positions, &positionColumn, &offset))
                ++count;
            frequency[size_t(p)] += weights[0] * count;
        }
    }
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double tf = frequency[size_t(p)];
        score += data->idf[size_t(p)] * tf * (kK1 + 1.0) / (tf + kK1);
    }
    sqlite3_result_double(result, -score);
}

void phraseCountsFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int,
                          sqlite3_value **)
{
    std::vector<sqlite3_int64> counts;
    if (const int rc = phraseCounts(api, fts, counts); rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    sqlite3_result_blob(result, counts.data(), int(counts.size() * sizeof(sqlite3_int64)), SQLITE_TRANSIENT);
}

} // namespace

double phraseIdf(qint64 rows, qint64 hits)
{
    // The same idf as SQLite's bm25(), floored so that very common terms still count a little.
    const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
    return idf > kMinIdf ? idf : kMinIdf;
}

bool registerRankFunction(fts5_api *api)
{
    return api && api->xCreateFunction(api, kRankFunctionName, nullptr, rank, nullptr) == SQLITE_OK
        && api->xCreateFunction(api, kPhraseCountsFunctionName, nullptr, phraseCountsFunction, nullptr) == SQLITE_OK;
}

} // namespace offprint::search
