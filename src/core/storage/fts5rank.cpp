// SPDX-License-Identifier: MIT
#include "core/storage/fts5rank.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <sqlite3.h>

namespace ardesk {
namespace {

// bm25's constants (ext/fts5/fts5_aux.c).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kMinIdf = 1e-6;
// ardesk_bm25(note_search, first rowid, last rowid, rows to rank, weight of column 0, 1, …)
constexpr int kFirstRowidArg = 0;
constexpr int kLastRowidArg = 1;
constexpr int kRowsToRankArg = 2;
constexpr int kFirstWeightArg = 3;

/// What one query's ranking keeps between rows (FTS5 auxdata, freed with the query).
struct RankData
{
    sqlite3_int64 rows = 0;
    sqlite3_int64 firstRowid = 0;
    sqlite3_int64 lastRowid = 0;
    sqlite3_int64 rowsToRank = 0; ///< rows after these get NULL
    sqlite3_int64 ranked = 0;
    double averageLength = 0;
    std::vector<double> idf; ///< < 0: not computed yet
    std::vector<double> frequency;
};

struct CountState
{
    sqlite3_int64 hits = 0;
    sqlite3_int64 enough = 0;
    sqlite3_int64 lastHitRowid = 0;
};

int countRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *state)
{
    auto *s = static_cast<CountState *>(state);
    if (++s->hits < s->enough)
        return SQLITE_OK;
    s->lastHitRowid = api->xRowid(fts);
    return SQLITE_DONE;
}

/// The number of rows holding phrase `phrase`: counted up to `exactLimit` (or up to half of
/// all rows, where bm25's IDF reaches its floor whatever the number); past `exactLimit`,
/// extrapolated from how much of the table's rowid range those first matches took (FTS5 walks
/// a phrase in rowid order; note ids are dense).
int phraseRows(const Fts5ExtensionApi *api, Fts5Context *fts, const RankData &data, int phrase,
               double &rows)
{
    const sqlite3_int64 half = std::max<sqlite3_int64>(1, (data.rows + 1) / 2);
    const auto exactLimit = *static_cast<const sqlite3_int64 *>(api->xUserData(fts));
    CountState state;
    state.enough = std::min(half, exactLimit);
    const int rc = api->xQueryPhrase(fts, phrase, &state, &countRow);
    if (rc != SQLITE_OK)
        return rc;
    rows = double(state.hits);
    if (state.hits >= state.enough && state.enough < half) {
        const double covered = double(state.lastHitRowid - data.firstRowid + 1);
        const double span = double(data.lastRowid - data.firstRowid + 1);
        if (covered > 0 && span > covered)
            rows = std::min(double(data.rows), rows * span / covered);
    }
    return SQLITE_OK;
}

/// bm25's IDF: log((N - n + 0.5) / (n + 0.5)), at least 1e-6.
int phraseIdf(const Fts5ExtensionApi *api, Fts5Context *fts, const RankData &data, int phrase,
              double &idf)
{
    double n = 0;
    const int rc = phraseRows(api, fts, data, phrase, n);
    if (rc != SQLITE_OK)
        return rc;
    idf = std::log((double(data.rows) - n + 0.5) / (n + 0.5));
    if (idf <= 0.0)
        idf = kMinIdf;
    return SQLITE_OK;
}

int rankData(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value **args, RankData *&out)
{
    out = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    if (out)
        return SQLITE_OK;
    auto *data = new RankData;
    data->firstRowid = sqlite3_value_int64(args[kFirstRowidArg]);
    data->lastRowid = sqlite3_value_int64(args[kLastRowidArg]);
    data->rowsToRank = sqlite3_value_int64(args[kRowsToRankArg]);
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &data->rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK) {
        delete data;
        return rc;
    }
    data->averageLength = data->rows > 0 ? double(tokens) / double(data->rows) : 0;
    const int phrases = api->xPhraseCount(fts);
    data->idf.assign(size_t(phrases), -1.0);
    data->frequency.assign(size_t(phrases), 0.0);
    rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<RankData *>(p); });
    if (rc != SQLITE_OK)
        return rc; // xSetAuxdata freed it
    out = data;
    return SQLITE_OK;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argCount,
                  sqlite3_value **args)
{
    if (argCount < kFirstWeightArg) {
        sqlite3_result_error(ctx, "ardesk_bm25: first rowid, last rowid, rows to rank expected",
                             -1);
        return;
    }
    const int weightCount = argCount - kFirstWeightArg;
    sqlite3_value **weights = args + kFirstWeightArg;
    RankData *data = nullptr;
    int rc = rankData(api, fts, args, data);
    if (rc == SQLITE_OK && data->ranked++ >= data->rowsToRank) {
        sqlite3_result_null(ctx); // past the rows to rank: no cost
        return;
    }
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            data->frequency[size_t(phrase)]
                    += weightCount > column ? sqlite3_value_double(weights[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    double score = 0.0;
    for (size_t i = 0; rc == SQLITE_OK && i < data->frequency.size(); ++i) {
        const double f = data->frequency[i];
        if (f == 0.0)
            continue; // bm25 adds idf × 0 here: the IDF is not needed
        if (data->idf[i] < 0)
            rc = phraseIdf(api, fts, *data, int(i), data->idf[i]);
        if (rc == SQLITE_OK)
            score += data->idf[i]
                    * ((f * (kK1 + 1.0))
                       / (f + kK1 * (1 - kB + kB * double(length) / data->averageLength)));
    }
    if (rc == SQLITE_OK)
        sqlite3_result_double(ctx, -1.0 * score);
    else
        sqlite3_result_error_code(ctx, rc);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

} // namespace

bool Fts5Rank::registerOn(sqlite3 *db, qint64 exactCountLimit)
{
    fts5_api *api = db ? fts5Api(db) : nullptr;
    if (!api || api->iVersion < 2)
        return false;
    auto *limit = new sqlite3_int64(std::max<qint64>(1, exactCountLimit));
    return api->xCreateFunction(api, kFunctionName, limit, &rankFunction, [](void *p) {
        delete static_cast<sqlite3_int64 *>(p);
    }) == SQLITE_OK;
}

} // namespace ardesk
