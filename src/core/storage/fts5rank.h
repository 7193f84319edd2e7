// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

struct sqlite3;

namespace ardesk {

/// `ardesk_bm25(note_search, first rowid, last rowid, rows to rank, w0, w1, …)`: FTS5's bm25()
/// — the same formula, column weights and sign (lower is better) — without bm25's fixed cost of
/// counting, before the first row is ranked, every row that holds each phrase of the query.
/// It ranks the first `rows to rank` rows the query produces and gives NULL (at no cost) for
/// the rows after them: with `ORDER BY rowid DESC`, the newest matches are ranked and the query
/// can go on to count and list older ones in the same pass.
///
/// bm25() weighs each phrase by its IDF, log((N - n + 0.5) / (n + 0.5)) (at least 1e-6), from
/// n = the rows holding it; it counts n for every phrase, facets included: for a word in every
/// note that is a walk over 1.8M rows (≈ 60–90 ms on tier L). This function
/// - computes a phrase's IDF only when a ranked row has the phrase in a column that weighs
///   something (never for a filter's facet tokens, whose column weighs 0);
/// - counts n exactly up to `exactCountLimit` rows, or up to half of all rows, from where the
///   IDF is at its floor however many more there are;
/// - past `exactCountLimit` (a word in more notes than that, but fewer than half of them)
///   estimates n from the share of the rowid range [first rowid, last rowid] that the first
///   `exactCountLimit` matches took (FTS5 walks a phrase in rowid order; note ids are dense).
/// Scores are therefore bit for bit bm25's when every phrase is in at most `exactCountLimit`
/// rows or in half of them or more (tests hold that), and close to it otherwise.
class Fts5Rank
{
public:
    static constexpr const char *kFunctionName = "ardesk_bm25";
    static constexpr qint64 kExactCountLimit = 20000;
    /// Registers the function on `db`; registering again replaces it. False when FTS5 is not
    /// available on the connection. Threading: the connection's thread.
    static bool registerOn(sqlite3 *db, qint64 exactCountLimit = kExactCountLimit);
};

} // namespace ardesk
