// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <functional>
#include <optional>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace ardesk {

/// How far NoteSearch::run() counts the matches (SearchResults::total).
enum class SearchCount {
    All, ///< every match, up to NoteSearch::kCandidateLimit, before run() returns
    /// Only what ranks the page (the newest NoteSearch::kRankedLimit matches, or up to the
    /// page's end): the window's first page, whose total follows from NoteSearch::count()
    ForPage,
};

/// What to look for: words typed by a user plus optional filters. Empty text with at least one
/// filter lists the matching notes, newest first.
struct SearchQuery
{
    QString text; ///< any user text; never interpreted as FTS5 syntax
    qint64 clientId = 0; ///< 0 = all clients
    qint64 authorId = 0; ///< 0 = all authors (the newest revision's author)
    std::optional<NoteChannel> channel;
    /// Inclusive, a company day: the notes whose occurred-at falls on that day in the company's
    /// time zone (Database::timeZone(); an 18:30 PST call on 4 Dec is on 4 Dec in a Los Angeles
    /// company, whatever its UTC date); invalid = open.
    QDate from;
    QDate to; ///< inclusive company day; invalid = open
    int limit = 50;
    int offset = 0;
    SearchCount count = SearchCount::All;
    QString markStart = QStringLiteral("\x02"); ///< put before each matched word of the snippet
    QString markEnd = QStringLiteral("\x03"); ///< put after it
};

/// One matching note as it is shown now (its newest revision).
struct SearchHit
{
    qint64 noteId = 0;
    qint64 revisionId = 0;
    qint64 clientId = 0;
    QString clientCode;
    QString clientName;
    QDateTime occurredAt; ///< UTC
    NoteChannel channel = NoteChannel::Call;
    QString authorName;
    QString contactName;
    QString snippet; ///< a window of the body with matches between the query's marks
    QString matchedAttachmentName; ///< set when a search word matched an attachment's name
    bool contactMatched = false; ///< a search word matched the contact name
    /// bm25 (ardesk_bm25 on SQLite), or PostgreSQL's ts_rank negated: lower is better; 0 for a
    /// match older than the newest NoteSearch::kRankedLimit (not ranked)
    double rank = 0;
};

/// A page of hits and how many there are in all.
struct SearchResults
{
    QList<SearchHit> hits;
    int total = 0; ///< matching notes, counted up to NoteSearch::kCandidateLimit
    bool totalIsLowerBound = false; ///< true: "more than `total`"
    /// true: counting stopped after the matches the page needed (SearchCount::ForPage) and more
    /// match; NoteSearch::count() gives the total
    bool totalIsPending = false;
};

/// Full-text search over the current text of live notes (the FTS5 table `note_search`, kept
/// current by triggers; see docs/search.md).
///
/// User text becomes a safe FTS5 query: each word is quoted as a phrase, all words must match,
/// and the last word also matches as a prefix (when it ends in at least three letters or digits
/// and is not followed by a space). Filters are facet tokens in the same index, so a client,
/// author, channel or date filter narrows the match inside FTS5 instead of scanning notes.
/// Hits: the newest kRankedLimit matches ordered by bm25 rank (then newest note first), then
/// the older matches newest first; at most kCandidateLimit matches are read, and when more
/// match the total is a lower bound.
///
/// Errors: text without a letter or digit and no filter, a reversed date range, or a database
/// failure come back as an Error. Threading: use it on the thread that owns the connection.
class NoteSearch
{
public:
    static constexpr int kCandidateLimit = 10000;
    /// Of the newest kCandidateLimit matches, the newest this many are ranked by relevance and
    /// come first; older matches follow them newest first (docs/search.md).
    static constexpr int kRankedLimit = 2000;

    /// One matching note as the first query reads it.
    struct Match
    {
        qint64 noteId = 0;
        double score = 0; ///< ardesk_bm25, lower is better
        bool ranked = false; ///< false past the newest kRankedLimit
    };
    /// The page cache a connection gets for its first search, at least (KiB; SQLite's default
    /// is 2,000): the pages one search reads stay for the next.
    static constexpr qint64 kPageCacheKiB = 16384;
    static constexpr int kMinPrefixLength = 3;
    /// A prefix with up to this many terms in the index is spelled out as an OR of the terms.
    static constexpr int kMaxPrefixTerms = 64;
    /// The longest search text accepted (characters, after trimming) and the most words: a
    /// longer one is refused with a message saying so, before anything is run (docs/search.md).
    static constexpr int kMaxTextLength = 256;
    static constexpr int kMaxWords = 16;
    /// Refuses text longer than kMaxTextLength or with more than kMaxWords words, naming both.
    static Result<void> checkSize(const QString &text);

    /// Works on the calling thread's connection to `db`.
    explicit NoteSearch(const Database &db)
        : NoteSearch(db.connection())
    { }
    explicit NoteSearch(QSqlDatabase db);

    Result<SearchResults> run(const SearchQuery &query) const;
    /// The total and totalIsLowerBound run() gives for `query` with SearchCount::All, without
    /// ranking or reading any hit (no hits in the result).
    Result<SearchResults> count(const SearchQuery &query) const;

    /// Makes run() stop early with an Error as soon as `cancelled` returns true. SQLite calls
    /// it every few thousand steps on the connection's thread, so a superseded search on a
    /// worker thread gives the connection back within a millisecond or so.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

    /// The FTS5 MATCH expression for the query's text alone (no filters); empty when the text
    /// holds no letter or digit. Pure; used by run() and by tests and the benchmark.
    static QString textExpression(const QString &text);
    /// The whole FTS5 MATCH expression run() uses (words and filter facets); empty when nothing
    /// can match. Reads the first and last occurred-at dates for a date filter.
    Result<QString> matchExpression(const SearchQuery &query) const;

    /// The query's text as a PostgreSQL tsquery in the same syntax FTS5 gets from
    /// textExpression(): each word a phrase of its letter-and-digit runs (`<->`), every word
    /// required (`&`), the last also as a prefix (`:*`) under the same rule; empty when the text
    /// holds no letter or digit. Its terms are normalised by the `ardesk_search` configuration
    /// (unaccent, case folded) when the database parses it. Pure.
    static QString textQuery(const QString &text);

private:
    /// run() on a team database (PostgreSQL): tsvector + GIN, the filters as columns.
    Result<SearchResults> runTeam(const SearchQuery &query) const;
    Result<QString> expandPrefix(const QString &words) const;
    /// The typed words as a MATCH expression, a prefix spelled out (empty: no words).
    Result<QString> wordsExpression(const QString &text) const;
    /// matchExpression() with the words already made into `words`.
    Result<QString> matchExpression(const SearchQuery &query, const QString &words) const;
    /// How many matches to read and to rank; a limit below the matches' number is reached
    /// with one match to spare, so that "more" can be told.
    struct Reading
    {
        qint64 limit = 0;
        qint64 ranked = 0;
    };
    /// The newest `reading.limit` matches of `expr` (a MATCH expression from
    /// matchExpression()), newest first, the newest `reading.ranked` with their rank; with a
    /// date range, only notes inside its exact bounds.
    Result<std::vector<Match>> matching(sqlite3 *h, const QByteArray &expr,
                                        const SearchQuery &query, Reading reading) const;
    /// Terms with `prefix` from a TEMP fts5vocab table: the way when the index pages cannot be
    /// read directly (Fts5Terms), as it counts each term's doclist on the way.
    static Result<QStringList> vocabularyTerms(sqlite3 *h, const QString &prefix);
    /// The facet terms for the company days [query.from, query.to] (the UTC dates they touch;
    /// run() keeps the notes inside the days' exact bounds), clamped to the dates notes have.
    /// Empty in `terms` with true: no filter needed; false: nothing can match.
    Result<bool> dateTerms(const SearchQuery &query, bool anyOtherTerm, QStringList &terms) const;
    /// The first and the last instant (stored UTC) of the company days [from, to]; an open end
    /// is empty.
    QPair<QString, QString> storedBounds(const SearchQuery &query) const;

    QSqlDatabase m_db;
    std::function<bool()> m_cancelled;
};

} // namespace ardesk
