// SPDX-License-Identifier: MIT
#include "core/storage/notesearch.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/fts5rank.h"
#include "core/storage/fts5terms.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <sqlite3.h>

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace ardesk {
namespace {

// Facet tokens start with this private-use character (see resources/sql/sqlite/0004_search.sql).
constexpr char16_t kFacetMark = 0xE000;

// The newest matches, newest first (rowid order is what FTS5 reads natively, so this stops
// early on a common word), the first ?5 of them with their rank. bm25 column weights: body,
// contact, attachments, fields, facets (facets never score). ardesk_bm25 is bm25 without its
// up-front count of every phrase's rows (Fts5Rank); ?6 and ?7 are the first and last note id,
// from which it estimates how many notes hold a common word.
const char kMatchSql[]
        = "SELECT rowid, ardesk_bm25(note_search, ?6, ?7, ?5, 1.0, 3.0, 2.0, 1.0, 0.0) FROM "
          "note_search WHERE note_search MATCH ?1 ORDER BY rowid DESC LIMIT ?2";
/// The same, for notes that occurred from ?3 to ?4 inclusive (stored UTC instants: the first and
/// last instant of company days); the date facets narrowed the match to the UTC dates they touch.
const char kMatchInRangeSql[]
        = "SELECT rowid, ardesk_bm25(note_search, ?6, ?7, ?5, 1.0, 3.0, 2.0, 1.0, 0.0) FROM "
          "note_search WHERE note_search MATCH ?1 AND (SELECT r.occurred_at FROM note_revisions r "
          "WHERE r.note_id = note_search.rowid ORDER BY r.revision DESC LIMIT 1) BETWEEN ?3 AND ?4 "
          "ORDER BY rowid DESC LIMIT ?2";

/// A prepared raw statement that finalizes itself.
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    sqlite3_stmt *get() const { return m_stmt; }

    void bind(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

    /// True on a row; false when done or failed (then error() says why).
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    QString text(int column) const
    {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

QString facet(QChar kind, const QString &value)
{
    return QLatin1Char('"') + QChar(kFacetMark) + kind + value + QLatin1Char('"');
}

QString compactDate(const QDate &d, int parts)
{
    QString s = QString::number(d.year());
    if (parts > 1)
        s += QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0'));
    if (parts > 2)
        s += QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
    return s;
}

/// The fewest year/month/day facets that cover [from, to] exactly, OR-ed.
QString dateFacets(QDate from, const QDate &to)
{
    QStringList terms;
    QDate d = std::move(from);
    while (d <= to) {
        if (d.month() == 1 && d.day() == 1 && QDate(d.year(), 12, 31) <= to) {
            terms << facet(u'y', compactDate(d, 1));
            d = d.addYears(1);
        } else if (d.day() == 1 && QDate(d.year(), d.month(), d.daysInMonth()) <= to) {
            terms << facet(u'm', compactDate(d, 2));
            d = d.addMonths(1);
        } else {
            terms << facet(u'd', compactDate(d, 3));
            d = d.addDays(1);
        }
    }
    return terms.size() == 1 ? terms.constFirst()
                             : QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + u')';
}

/// Installs a progress handler on a connection for one search and removes it again.
class CancelGuard
{
public:
    CancelGuard(sqlite3 *db, const std::function<bool()> *cancelled)
        : m_db(db)
    {
        if (cancelled && *cancelled)
            sqlite3_progress_handler(db, 2000, &CancelGuard::check,
                                     const_cast<std::function<bool()> *>(cancelled));
    }
    ~CancelGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    static int check(void *cancelled)
    {
        return (*static_cast<std::function<bool()> *>(cancelled))() ? 1 : 0;
    }
    sqlite3 *m_db;
};

Error dbError(const QString &what, const QString &message)
{
    return makeError(ErrorCode::Database, what + QStringLiteral(": ") + message);
}

/// The first line of `highlighted` holding a match, without the marks.
QString markedLine(const QString &highlighted)
{
    if (!highlighted.contains(u'\x02'))
        return {};
    const QStringList lines = highlighted.split(u'\n');
    for (QString line : lines) {
        if (line.contains(u'\x02'))
            return line.remove(u'\x02').remove(u'\x03');
    }
    return {};
}

/// Case folding and diacritics removal close to what unicode61 remove_diacritics 2 does; used
/// only to look a prefix up in the index's vocabulary (a mismatch finds no term, and the search
/// falls back to FTS5's own prefix query).
QString fold(const QString &token)
{
    const QString decomposed = token.toCaseFolded().normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat != QChar::Mark_NonSpacing && cat != QChar::Mark_SpacingCombining
            && cat != QChar::Mark_Enclosing)
            out += c;
    }
    return out;
}

/// The runs of letters and digits in `word` (how unicode61 splits it into tokens).
QStringList tokens(const QString &word)
{
    QStringList list;
    QString current;
    const QList<uint> codePoints = word.toUcs4();
    for (const uint c : codePoints) {
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
            current += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        } else if (!current.isEmpty()) {
            list << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        list << current;
    return list;
}

/// The columns of kDetailSql, in its order.
enum DetailColumn : int {
    NoteId,
    Snippet,
    ContactHighlight,
    AttachmentHighlight,
    RevisionId,
    Channel,
    OccurredAt,
    ContactName,
    ClientId,
    ClientCode,
    ClientName,
    AuthorName,
};

/// A page of hits: the note as shown now, a snippet of its body, what else matched (the ids
/// are appended as ?4, ?5, … and the list closed by the caller).
constexpr const char kDetailSql[]
        = "SELECT s.rowid, snippet(note_search, 0, ?1, ?2, '…', 24), "
          "highlight(note_search, 1, char(2), char(3)), "
          "highlight(note_search, 2, char(2), char(3)), r.id, r.channel, r.occurred_at, "
          "r.contact_name, n.client_id, c.code, c.name, "
          "coalesce(nullif(u.display_name, ''), u.name, '') "
          "FROM note_search s "
          "JOIN notes n ON n.id = s.rowid "
          "JOIN note_revisions r ON r.note_id = n.id AND r.revision = "
          "(SELECT max(m.revision) FROM note_revisions m WHERE m.note_id = n.id) "
          "JOIN clients c ON c.id = n.client_id "
          "LEFT JOIN users u ON u.id = r.author_id "
          "WHERE note_search MATCH ?3 AND s.rowid IN (";

SearchHit hitFrom(const Statement &st)
{
    SearchHit hit;
    hit.noteId = st.int64(DetailColumn::NoteId);
    hit.snippet = st.text(DetailColumn::Snippet);
    hit.contactMatched = st.text(DetailColumn::ContactHighlight).contains(u'\x02');
    hit.matchedAttachmentName = markedLine(st.text(DetailColumn::AttachmentHighlight));
    hit.revisionId = st.int64(DetailColumn::RevisionId);
    hit.channel
            = noteChannelFromString(st.text(DetailColumn::Channel)).value_or(NoteChannel::Internal);
    hit.occurredAt = timeutil::instantFromStorage(st.text(DetailColumn::OccurredAt));
    hit.contactName = st.text(DetailColumn::ContactName);
    hit.clientId = st.int64(DetailColumn::ClientId);
    hit.clientCode = st.text(DetailColumn::ClientCode);
    hit.clientName = st.text(DetailColumn::ClientName);
    hit.authorName = st.text(DetailColumn::AuthorName);
    return hit;
}

/// What the user typed, as the search reads it: one phrase of folded letter-and-digit runs per
/// word; the last also matches as a prefix when `prefix` says so (textExpression()'s rule).
struct TypedWords
{
    QList<QStringList> phrases;
    bool prefix = false;
};

TypedWords typedWords(const QString &text)
{
    TypedWords out;
    const QStringList typed
            = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (qsizetype w = 0; w < typed.size(); ++w) {
        QString kept; // without the characters textExpression() drops
        int trailingAlnum = 0;
        const QList<uint> codePoints = typed.at(w).toUcs4();
        for (const uint c : codePoints) {
            const QChar::Category cat = QChar::category(c);
            if (cat == QChar::Other_PrivateUse || cat == QChar::Other_Control
                || cat == QChar::Other_Format || cat == QChar::Other_Surrogate
                || cat == QChar::Other_NotAssigned)
                continue;
            kept += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            trailingAlnum = QChar::isLetterOrNumber(c) ? trailingAlnum + 1 : 0;
        }
        QStringList lexemes;
        for (const QString &t : tokens(kept))
            lexemes << fold(t);
        if (lexemes.isEmpty())
            continue;
        out.phrases << lexemes;
        // A word the user is still typing (no space after it) also matches as a prefix.
        out.prefix = w == typed.size() - 1 && !text.back().isSpace()
                && trailingAlnum >= NoteSearch::kMinPrefixLength;
    }
    return out;
}

/// The typed words as a tsquery, joined by `joiner` (" & ": all of them; " | ": any).
QString tsQuery(const TypedWords &typed, const QString &joiner)
{
    QStringList words;
    for (qsizetype p = 0; p < typed.phrases.size(); ++p) {
        QStringList lexemes;
        for (const QString &t : typed.phrases.at(p))
            lexemes << QLatin1Char('\'') + t + QLatin1Char('\'');
        if (typed.prefix && p == typed.phrases.size() - 1)
            lexemes.last() += QStringLiteral(":*");
        words << (lexemes.size() == 1
                          ? lexemes.constFirst()
                          : QLatin1Char('(') + lexemes.join(QLatin1String(" <-> ")) + u')');
    }
    return words.join(joiner);
}

/// FTS5's snippet() for a team database: the body's tokens split and folded as unicode61 does,
/// every run of tokens that matches a typed word marked as one span; the whole body when it has
/// at most kSnippetTokens tokens, else that many from the first match, with "…" where text was
/// left out.
QString markedSnippet(const QString &body, const TypedWords &words, const SearchQuery &query)
{
    constexpr qsizetype kSnippetTokens = 24;
    struct Token
    {
        qsizetype start, end;
        QString folded;
    };
    QList<Token> list;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        const bool inWord = i < body.size()
                && (body.at(i).isLetterOrNumber() || body.at(i).isMark()
                    || body.at(i).isSurrogate());
        if (inWord && start < 0)
            start = i;
        if (!inWord && start >= 0) {
            list.append({start, i, fold(body.mid(start, i - start))});
            start = -1;
        }
    }
    QList<std::pair<qsizetype, qsizetype>> spans; // token ranges [first, last]
    for (qsizetype t = 0; t < list.size(); ++t) {
        for (qsizetype p = 0; p < words.phrases.size(); ++p) {
            const QStringList &phrase = words.phrases.at(p);
            const bool prefix = words.prefix && p == words.phrases.size() - 1;
            if (t + phrase.size() > list.size())
                continue;
            bool match = true;
            for (qsizetype k = 0; k < phrase.size() && match; ++k) {
                const QString &token = list.at(t + k).folded;
                match = prefix && k == phrase.size() - 1 ? token.startsWith(phrase.at(k))
                                                         : token == phrase.at(k);
            }
            if (match) {
                spans.append({t, t + phrase.size() - 1});
                break;
            }
        }
    }
    if (list.isEmpty())
        return body;
    qsizetype first = 0, last = list.size() - 1;
    if (list.size() > kSnippetTokens) {
        first = spans.isEmpty() ? 0 : std::min(spans.first().first, list.size() - kSnippetTokens);
        last = first + kSnippetTokens - 1;
    }
    QString out = first > 0 ? QStringLiteral("…") : QString();
    qsizetype at = first > 0 ? list.at(first).start : 0;
    for (const auto &[from, to] : std::as_const(spans)) {
        if (from < first || to > last || list.at(from).start < at)
            continue;
        out += body.mid(at, list.at(from).start - at) + query.markStart;
        out += body.mid(list.at(from).start, list.at(to).end - list.at(from).start) + query.markEnd;
        at = list.at(to).end;
    }
    const qsizetype end = last < list.size() - 1 ? list.at(last).end : body.size();
    out += body.mid(at, end - at);
    if (last < list.size() - 1)
        out += QStringLiteral("…");
    return out;
}

} // namespace

NoteSearch::NoteSearch(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString NoteSearch::textExpression(const QString &text)
{
    QStringList phrases;
    const QList<uint> codePoints = text.toUcs4();
    QString word;
    bool hasAlnum = false;
    int trailingAlnum = 0;
    auto flush = [&](bool last) {
        if (hasAlnum) {
            QString phrase = QLatin1Char('"') + word + QLatin1Char('"');
            if (last && trailingAlnum >= kMinPrefixLength)
                phrase += u'*';
            phrases << phrase;
        }
        word.clear();
        hasAlnum = false;
        trailingAlnum = 0;
    };
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const uint c = codePoints.at(i);
        if (QChar::isSpace(c)) {
            flush(false);
            continue;
        }
        const QChar::Category cat = QChar::category(c);
        // Private-use characters mark facet tokens; control and format characters are never
        // part of a token. Dropping them keeps typed text away from the facets.
        if (cat == QChar::Other_PrivateUse || cat == QChar::Other_Control
            || cat == QChar::Other_Format || cat == QChar::Other_Surrogate
            || cat == QChar::Other_NotAssigned)
            continue;
        if (c == u'"')
            word += QStringLiteral("\"\"");
        else
            word += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        if (QChar::isLetterOrNumber(c)) {
            hasAlnum = true;
            ++trailingAlnum;
        } else {
            trailingAlnum = 0;
        }
    }
    // A word the user is still typing (no space after it) also matches as a prefix.
    flush(true);
    return phrases.join(QLatin1String(" AND "));
}

Result<QString> NoteSearch::expandPrefix(const QString &words) const
{
    // FTS5 answers `"voicem"*` by merging the doclists of every term with that prefix into one
    // list in memory before the first row — and again for every rowid look-up of the snippet
    // query. Spelled out as `("voicemail" OR "voicemails")` the same match streams, stops early
    // and seeks. The vocabulary holds the terms; up to kMaxPrefixTerms of them are spelled
    // out, more (short numeric prefixes) keep FTS5's prefix query.
    const qsizetype split = words.lastIndexOf(QLatin1String(" AND "));
    const QString head = split < 0 ? QString() : words.left(split + 5);
    QString last = words.mid(split < 0 ? 0 : split + 5);
    last = last.mid(1, last.size() - 3).replace(QLatin1String("\"\""), QLatin1String("\""));
    QStringList parts = tokens(last);
    if (parts.isEmpty())
        return words;
    const QString prefix = fold(parts.takeLast());
    sqlite3 *h = Database::rawHandle(m_db);
    if (!h)
        return makeError(ErrorCode::Database, QStringLiteral("search needs a SQLite connection"));
    auto terms = Fts5Terms(h).withPrefix(prefix.toUtf8(), kMaxPrefixTerms);
    if (!terms) {
        auto counted = vocabularyTerms(h, prefix);
        if (!counted)
            return counted.error();
        terms = counted.value();
    }
    QStringList alternatives;
    const QString lead = parts.isEmpty() ? QString() : parts.join(u' ') + u' ';
    for (QString &term : *terms) {
        if (term.startsWith(QChar(kFacetMark)))
            continue;
        alternatives << QLatin1Char('"') + lead + term.replace(u'"', QLatin1String("\"\""))
                        + QLatin1Char('"');
    }
    if (alternatives.isEmpty() || alternatives.size() > kMaxPrefixTerms)
        return words;
    const QString alternation = alternatives.size() == 1
            ? alternatives.constFirst()
            : QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + u')';
    return QString(head + alternation);
}

Result<QStringList> NoteSearch::vocabularyTerms(sqlite3 *h, const QString &prefix)
{
    char *err = nullptr;
    if (sqlite3_exec(h,
                     "CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_search_terms "
                     "USING fts5vocab(main, 'note_search', 'row')",
                     nullptr, nullptr, &err)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return dbError(QStringLiteral("reading the search vocabulary"), message);
    }
    Statement st(h,
                 QByteArray("SELECT term FROM temp.note_search_terms WHERE term >= ?1 AND "
                            "term < ?2 LIMIT ?3"));
    if (!st.ok())
        return dbError(QStringLiteral("reading the search vocabulary"), st.error());
    st.bind(1, prefix.toUtf8());
    st.bind(2, prefix.toUtf8() + QByteArray("\xF4\x8F\xBF\xBF")); // + U+10FFFF
    st.bind(3, qint64(kMaxPrefixTerms) + 1);
    QStringList terms;
    while (st.next())
        terms << st.text(0);
    if (!st.ok())
        return dbError(QStringLiteral("reading the search vocabulary"), st.error());
    return terms;
}

Result<QString> NoteSearch::wordsExpression(const QString &text) const
{
    const QString words = textExpression(text);
    if (words.endsWith(QLatin1String("\"*")))
        return expandPrefix(words);
    return words;
}

Result<QString> NoteSearch::matchExpression(const SearchQuery &query) const
{
    auto words = wordsExpression(query.text);
    if (!words)
        return words.error();
    return matchExpression(query, words.value());
}

Result<QString> NoteSearch::matchExpression(const SearchQuery &query, const QString &words) const
{
    QStringList parts;
    if (!words.isEmpty())
        parts << QLatin1Char('(') + words + u')';
    if (query.clientId > 0)
        parts << facet(u'c', QString::number(query.clientId));
    if (query.authorId > 0)
        parts << facet(u'a', QString::number(query.authorId));
    if (query.channel)
        parts << facet(u'h', toString(*query.channel));
    if (query.from.isValid() || query.to.isValid()) {
        QStringList terms;
        auto needed = dateTerms(query, !parts.isEmpty(), terms);
        if (!needed)
            return needed.error();
        if (!needed.value())
            return QString(); // nothing can match
        parts << terms;
    }
    if (parts.isEmpty()) {
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("nothing to search for: the search text has no letters or "
                                        "digits"));
    }
    return parts.join(QLatin1String(" AND "));
}

Result<bool> NoteSearch::dateTerms(const SearchQuery &query, bool anyOtherTerm,
                                   QStringList &terms) const
{
    if (query.from.isValid() && query.to.isValid() && query.from > query.to)
        return makeError(
                ErrorCode::InvalidValue,
                QStringLiteral("date range: %1 is after %2")
                        .arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)));
    // The facets are UTC dates: a company day touches one or two of them.
    const QTimeZone zone = Database::timeZoneOf(m_db);
    const QDate utcFrom = query.from.isValid()
            ? timeutil::startOfDay(query.from, zone).toUTC().date()
            : QDate();
    const QDate utcTo = query.to.isValid()
            ? timeutil::startOfDay(query.to.addDays(1), zone).addMSecs(-1).toUTC().date()
            : QDate();
    // Clamp open or wide ranges to the dates notes actually have (both ends are index
    // look-ups), so the facet list stays short.
    auto first = sql::scalar(m_db, QStringLiteral("SELECT min(occurred_at) FROM note_revisions"));
    if (!first)
        return first.error();
    auto last = sql::scalar(m_db, QStringLiteral("SELECT max(occurred_at) FROM note_revisions"));
    if (!last)
        return last.error();
    const QDate minDate = timeutil::instantFromStorage(first.value().toString()).date();
    const QDate maxDate = timeutil::instantFromStorage(last.value().toString()).date();
    if (!minDate.isValid() || !maxDate.isValid())
        return false; // no notes at all
    const QDate from = utcFrom.isValid() ? std::max(utcFrom, minDate) : minDate;
    const QDate to = utcTo.isValid() ? std::min(utcTo, maxDate) : maxDate;
    if (from > to)
        return false;
    if (from > minDate || to < maxDate)
        terms << dateFacets(from, to);
    else if (!anyOtherTerm) // a range that holds every note, and nothing else: whole years
        terms << dateFacets(QDate(from.year(), 1, 1), QDate(to.year(), 12, 31));
    return true;
}

QPair<QString, QString> NoteSearch::storedBounds(const SearchQuery &query) const
{
    const QTimeZone zone = Database::timeZoneOf(m_db);
    return {query.from.isValid() ? timeutil::toStorage(timeutil::startOfDay(query.from, zone))
                                 : QString(),
            query.to.isValid() ? timeutil::toStorage(
                    timeutil::startOfDay(query.to.addDays(1), zone).addMSecs(-1))
                               : QString()};
}

QString NoteSearch::textQuery(const QString &text)
{
    return tsQuery(typedWords(text), QStringLiteral(" & "));
}

namespace {

/// A match on a team database and its rank (lower first, as FTS5's bm25).
struct TeamCandidate
{
    double score;
    qint64 noteId;
};

/// The FROM and WHERE of a team search: the newest revision of each live note (note_search holds
/// live notes only), with the text and every filter; `values` gets the binds.
QString teamWhere(const SearchQuery &query, const QString &text,
                  const QPair<QString, QString> &bounds, QVariantList &values)
{
    QStringList conditions;
    if (!text.isEmpty()) {
        conditions << QStringLiteral("s.document @@ to_tsquery('ardesk_search', ?)");
        values << text;
    }
    if (query.clientId > 0) {
        conditions << QStringLiteral("n.client_id = ?");
        values << query.clientId;
    }
    if (query.authorId > 0) {
        conditions << QStringLiteral("r.author_id = ?");
        values << query.authorId;
    }
    if (query.channel) {
        conditions << QStringLiteral("r.channel = ?");
        values << toString(*query.channel);
    }
    if (!bounds.first.isEmpty()) {
        conditions << QStringLiteral("r.occurred_at >= ?");
        values << bounds.first;
    }
    if (!bounds.second.isEmpty()) {
        conditions << QStringLiteral("r.occurred_at <= ?");
        values << bounds.second;
    }
    return QStringLiteral(" FROM note_search s JOIN notes n ON n.id = s.note_id JOIN "
                          "note_revisions r ON r.note_id = n.id AND r.revision = (SELECT "
                          "max(m.revision) FROM note_revisions m WHERE m.note_id = n.id) WHERE ")
            + conditions.join(QLatin1String(" AND "));
}

/// 1. The newest kCandidateLimit matches with their rank (weights for the document's D, C, B, A
/// parts: body, fields, attachments, contact), ordered as on SQLite: the newest kRankedLimit by
/// rank, the older ones after them, newest first. Sets the results' total.
Result<std::vector<TeamCandidate>> teamCandidates(const QSqlDatabase &db, const SearchQuery &query,
                                                  const QString &text, const QString &where,
                                                  const QVariantList &values,
                                                  SearchResults &results)
{
    const QString rank = text.isEmpty()
            ? QStringLiteral("0")
            : QStringLiteral("-ts_rank('{0.1, 0.1, 0.2, 0.3}', s.document, to_tsquery("
                             "'ardesk_search', ?))");
    QVariantList candidateValues;
    if (!text.isEmpty())
        candidateValues << text;
    candidateValues += values;
    candidateValues << qint64(NoteSearch::kCandidateLimit) + 1;
    auto q = sql::exec(db,
                       QStringLiteral("SELECT s.note_id, ") + rank + where
                               + QStringLiteral(" ORDER BY s.note_id DESC LIMIT ?"),
                       candidateValues);
    if (!q)
        return dbError(QStringLiteral("searching for \"%1\"").arg(query.text.left(80)),
                       q.errorString());
    std::vector<TeamCandidate> candidates;
    while (q.value().next())
        candidates.push_back({q.value().value(1).toDouble(), q.value().value(0).toLongLong()});
    if (candidates.size() > size_t(NoteSearch::kCandidateLimit)) {
        candidates.resize(size_t(NoteSearch::kCandidateLimit));
        results.totalIsLowerBound = true;
    }
    results.total = int(candidates.size());
    const auto rankedEnd = candidates.begin()
            + std::ptrdiff_t(std::min(candidates.size(), size_t(NoteSearch::kRankedLimit)));
    std::stable_sort(candidates.begin(), rankedEnd,
                     [](const TeamCandidate &a, const TeamCandidate &b) {
                         if (a.score != b.score)
                             return a.score < b.score;
                         return a.noteId > b.noteId;
                     });
    return candidates;
}

/// 2. The page's notes as shown now: the body with its matches marked, and what else matched
/// (any one typed word in the contact or an attachment's name, as FTS5's highlight() marks it).
Result<QHash<qint64, SearchHit>> teamPage(const QSqlDatabase &db, const SearchQuery &query,
                                          const QString &text, const TypedWords &typed,
                                          const QStringList &ids)
{
    const QString tsq = text.isEmpty() ? QStringLiteral("NULL::tsquery")
                                       : QStringLiteral("to_tsquery('ardesk_search', ?)");
    auto detail = sql::exec(
            db,
            QStringLiteral(
                    "WITH q AS (SELECT %1 AS query) SELECT n.id, r.body, "
                    "q.query IS NOT NULL AND to_tsvector('ardesk_search', "
                    "ardesk_search_words(r.contact_name)) @@ q.query, CASE WHEN q.query IS NULL "
                    "THEN '' ELSE COALESCE((SELECT a.display_name FROM note_revisions ar JOIN "
                    "note_attachments a ON a.revision_id = ar.id WHERE ar.note_id = n.id AND "
                    "to_tsvector('ardesk_search', ardesk_search_words(a.display_name)) @@ "
                    "q.query ORDER BY a.id LIMIT 1), '') END, r.id, r.channel, r.occurred_at, "
                    "r.contact_name, n.client_id, c.code, c.name, "
                    "coalesce(nullif(u.display_name, ''), u.name, '') FROM q, notes n JOIN "
                    "note_revisions r ON r.note_id = n.id AND r.revision = (SELECT "
                    "max(m.revision) FROM note_revisions m WHERE m.note_id = n.id) JOIN clients c "
                    "ON c.id = n.client_id LEFT JOIN users u ON u.id = r.author_id WHERE n.id IN "
                    "(%2)")
                    .arg(tsq, ids.join(u',')),
            text.isEmpty() ? QVariantList {}
                           : QVariantList {tsQuery(typed, QStringLiteral(" | "))});
    if (!detail)
        return dbError(QStringLiteral("reading the search results"), detail.errorString());
    QHash<qint64, SearchHit> byId;
    while (detail.value().next()) {
        const QSqlQuery &row = detail.value();
        SearchHit hit;
        hit.noteId = row.value(DetailColumn::NoteId).toLongLong();
        hit.snippet = markedSnippet(row.value(DetailColumn::Snippet).toString(), typed, query);
        hit.contactMatched = row.value(DetailColumn::ContactHighlight).toBool();
        hit.matchedAttachmentName = row.value(DetailColumn::AttachmentHighlight).toString();
        hit.revisionId = row.value(DetailColumn::RevisionId).toLongLong();
        hit.channel = noteChannelFromString(row.value(DetailColumn::Channel).toString())
                              .value_or(NoteChannel::Internal);
        hit.occurredAt
                = timeutil::instantFromStorage(row.value(DetailColumn::OccurredAt).toString());
        hit.contactName = row.value(DetailColumn::ContactName).toString();
        hit.clientId = row.value(DetailColumn::ClientId).toLongLong();
        hit.clientCode = row.value(DetailColumn::ClientCode).toString();
        hit.clientName = row.value(DetailColumn::ClientName).toString();
        hit.authorName = row.value(DetailColumn::AuthorName).toString();
        byId.insert(hit.noteId, hit);
    }
    return byId;
}

} // namespace

Result<SearchResults> NoteSearch::runTeam(const SearchQuery &query) const
{
    const QString text = textQuery(query.text);
    const TypedWords typed = typedWords(query.text);
    const bool anyFilter = query.clientId > 0 || query.authorId > 0 || query.channel
            || query.from.isValid() || query.to.isValid();
    if (text.isEmpty() && !anyFilter)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("nothing to search for: the search text has no letters or "
                                        "digits"));
    if (query.from.isValid() && query.to.isValid() && query.from > query.to)
        return makeError(
                ErrorCode::InvalidValue,
                QStringLiteral("date range: %1 is after %2")
                        .arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)));
    SearchResults results;
    QVariantList values;
    const QString where = teamWhere(query, text, storedBounds(query), values);
    auto candidates = teamCandidates(m_db, query, text, where, values, results);
    if (!candidates)
        return candidates.error();
    const std::vector<TeamCandidate> &ranked = candidates.value();
    const size_t begin = std::min(size_t(query.offset), ranked.size());
    const size_t last = std::min(begin + size_t(query.limit), ranked.size());
    if (begin == last)
        return results;
    QStringList ids;
    for (size_t i = begin; i < last; ++i)
        ids << QString::number(ranked[i].noteId);
    auto page = teamPage(m_db, query, text, typed, ids);
    if (!page)
        return page.error();
    for (size_t i = begin; i < last; ++i) {
        auto it = page.value().find(ranked[i].noteId);
        if (it == page.value().end())
            continue;
        it->rank = ranked[i].score;
        results.hits.append(*it);
    }
    return results;
}

Result<SearchResults> NoteSearch::count(const SearchQuery &query) const
{
    SearchQuery counting = query;
    counting.count = SearchCount::All;
    counting.offset = 0;
    counting.limit = 0; // no page: nothing ranked, no hit read
    return run(counting);
}

Result<void> NoteSearch::checkSize(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.size() > kMaxTextLength)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("search text: %1 characters; at most %2 are searched, "
                                        "shorten it")
                                 .arg(typed.size())
                                 .arg(kMaxTextLength));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const qsizetype words = typed.split(space, Qt::SkipEmptyParts).size();
    if (words > kMaxWords)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("search text: %1 words; at most %2 are searched, "
                                        "leave some out")
                                 .arg(words)
                                 .arg(kMaxWords));
    return {};
}

namespace {

/// The lowest and the highest note id (the rowid range of the index).
QPair<qint64, qint64> noteIdRange(sqlite3 *h)
{
    Statement st(h, QByteArray("SELECT (SELECT min(id) FROM notes), (SELECT max(id) FROM notes)"));
    if (st.ok() && st.next())
        return {st.int64(0), st.int64(1)};
    return {0, 0};
}

/// Gives a connection's first search a page cache of at least NoteSearch::kPageCacheKiB. A
/// search reads a few thousand scattered pages (the doclists, one %_docsize row per ranked
/// match, the page's notes); SQLite's default 2 MB cache held too few of them for the next
/// search (see docs/search.md).
void enlargePageCache(sqlite3 *h)
{
    Statement size(h, QByteArray("PRAGMA cache_size"));
    Statement page(h, QByteArray("PRAGMA page_size"));
    if (!size.ok() || !size.next() || !page.ok() || !page.next())
        return;
    const qint64 pages = size.int64(0);
    const qint64 kib = pages < 0 ? -pages : pages * page.int64(0) / 1024;
    if (kib < NoteSearch::kPageCacheKiB)
        sqlite3_exec(
                h,
                QByteArray("PRAGMA cache_size=-" + QByteArray::number(NoteSearch::kPageCacheKiB))
                        .constData(),
                nullptr, nullptr, nullptr);
}

/// The matches `sql` returns for `expr` (bound as ?1, the limit ?2, the range ?3 and ?4, the
/// rows to rank ?5).
Result<std::vector<NoteSearch::Match>> matchesOf(sqlite3 *h, const char *sql,
                                                 const QByteArray &expr, qint64 limit,
                                                 qint64 ranked,
                                                 const QPair<QString, QString> &bounds)
{
    const QByteArray text(sql);
    std::optional<Statement> prepared(std::in_place, h, text);
    if (!prepared->ok() && Fts5Rank::registerOn(h)) { // first search on this connection
        enlargePageCache(h);
        prepared.emplace(h, text);
    }
    Statement &st = *prepared;
    if (!st.ok())
        return dbError(QStringLiteral("preparing the search"), st.error());
    st.bind(1, expr);
    st.bind(2, limit);
    if (!bounds.first.isNull() || !bounds.second.isNull()) {
        st.bind(3, bounds.first.isEmpty() ? QByteArray("0") : bounds.first.toUtf8()); // before any
        st.bind(4, bounds.second.isEmpty() ? QByteArray("9999") : bounds.second.toUtf8());
    }
    st.bind(5, ranked);
    const auto [firstId, lastId] = noteIdRange(h);
    st.bind(6, firstId);
    st.bind(7, lastId);
    std::vector<NoteSearch::Match> matches;
    while (st.next())
        matches.push_back(NoteSearch::Match {st.int64(0), st.real(1), !st.isNull(1)});
    if (!st.ok())
        return dbError(QStringLiteral("searching"), st.error());
    return matches;
}

} // namespace

Result<std::vector<NoteSearch::Match>> NoteSearch::matching(sqlite3 *h, const QByteArray &expr,
                                                            const SearchQuery &query,
                                                            Reading reading) const
{
    if (!query.from.isValid() && !query.to.isValid())
        return matchesOf(h, kMatchSql, expr, reading.limit, reading.ranked, {});
    // The date facets are UTC dates. Only the notes of a UTC date that a company day's
    // midnight cuts (the first and the last one, in a zone other than UTC) need their
    // occurred-at checked against the exact bounds; the others are inside.
    const QTimeZone zone = Database::timeZoneOf(m_db);
    QStringList edges;
    if (query.from.isValid()) {
        const QDateTime start = timeutil::startOfDay(query.from, zone).toUTC();
        if (start.time() != QTime(0, 0))
            edges << facet(u'd', compactDate(start.date(), 3));
    }
    if (query.to.isValid()) {
        const QDateTime after = timeutil::startOfDay(query.to.addDays(1), zone).toUTC();
        if (after.time() != QTime(0, 0)
            && !edges.contains(facet(u'd', compactDate(after.date(), 3))))
            edges << facet(u'd', compactDate(after.date(), 3));
    }
    if (edges.isEmpty())
        return matchesOf(h, kMatchSql, expr, reading.limit, reading.ranked, {});
    const QByteArray edgeExpr
            = (edges.size() == 1 ? edges.constFirst()
                                 : QLatin1Char('(') + edges.join(QLatin1String(" OR ")) + u')')
                      .toUtf8();
    auto inside = matchesOf(h, kMatchSql, '(' + expr + ") NOT " + edgeExpr, reading.limit,
                            reading.ranked, {});
    if (!inside)
        return inside;
    auto cut = matchesOf(h, kMatchInRangeSql, '(' + expr + ") AND " + edgeExpr, reading.limit,
                         reading.ranked, storedBounds(query));
    if (!cut)
        return cut;
    std::vector<Match> merged;
    merged.reserve(inside.value().size() + cut.value().size());
    std::merge(inside.value().cbegin(), inside.value().cend(), cut.value().cbegin(),
               cut.value().cend(), std::back_inserter(merged),
               [](const Match &a, const Match &b) { return a.noteId > b.noteId; });
    if (merged.size() > size_t(reading.limit))
        merged.resize(size_t(reading.limit));
    return merged;
}

Result<SearchResults> NoteSearch::run(const SearchQuery &query) const
{
    if (auto size = checkSize(query.text); !size)
        return size.error();
    if (query.limit < 0 || query.offset < 0)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("search page: limit %1 and offset %2 must not be negative")
                                 .arg(query.limit)
                                 .arg(query.offset));
    if (sql::isPostgres(m_db))
        return runTeam(query);
    auto words = wordsExpression(query.text);
    if (!words)
        return words.error();
    auto match = matchExpression(query, words.value());
    if (!match)
        return match.error();
    SearchResults results;
    if (match.value().isEmpty())
        return results;
    sqlite3 *h = Database::rawHandle(m_db);
    if (!h)
        return makeError(ErrorCode::Database, QStringLiteral("search needs a SQLite connection"));
    const QByteArray expr = match.value().toUtf8();
    if (m_cancelled && m_cancelled())
        return makeError(ErrorCode::Database, QStringLiteral("the search was cancelled"));
    const CancelGuard guard(h, &m_cancelled);

    // 1. Candidates: the newest kCandidateLimit matches (FTS5 reads them in rowid order and
    //    stops early; for one page, only up to the page's end or kRankedLimit); the newest
    //    kRankedLimit of them ranked by relevance (when the page is among them), the older ones
    //    after them, newest first.
    const qint64 pageEnd = qint64(query.offset) + query.limit;
    const qint64 wanted = query.count == SearchCount::ForPage
            ? std::min<qint64>(kCandidateLimit, std::max<qint64>(kRankedLimit, pageEnd))
            : kCandidateLimit;
    const bool pageIsRanked = query.limit > 0 && query.offset < kRankedLimit;
    auto found = matching(h, expr, query, {wanted + 1, pageIsRanked ? kRankedLimit : 0});
    if (!found)
        return found.error();
    std::vector<Match> &matches = found.value();
    if (matches.size() > size_t(wanted)) {
        matches.resize(size_t(wanted));
        results.totalIsLowerBound = true;
        results.totalIsPending = wanted < kCandidateLimit;
    }
    results.total = int(matches.size());
    struct Candidate
    {
        double score;
        qint64 noteId;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(matches.size());
    const size_t ranked = std::min(matches.size(), size_t(kRankedLimit));
    for (size_t i = 0; i < ranked; ++i)
        candidates.push_back({matches[i].ranked ? matches[i].score : 0.0, matches[i].noteId});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.score != b.score)
                             return a.score < b.score;
                         return a.noteId > b.noteId;
                     });
    for (size_t i = ranked; i < matches.size(); ++i)
        candidates.push_back({0.0, matches[i].noteId});
    const size_t begin = std::min(size_t(query.offset), candidates.size());
    const size_t end = std::min(begin + size_t(query.limit), candidates.size());
    if (begin == end)
        return results;

    // 2. The page: the note as shown now, a snippet of its body, what else matched.
    QByteArray detailSql = kDetailSql;
    for (size_t i = begin; i < end; ++i)
        detailSql += (i == begin ? "?" : ",?") + QByteArray::number(qint64(4 + i - begin));
    detailSql += ")";
    QHash<qint64, SearchHit> byId;
    {
        Statement st(h, detailSql);
        if (!st.ok())
            return dbError(QStringLiteral("preparing the search results"), st.error());
        st.bind(1, query.markStart.toUtf8());
        st.bind(2, query.markEnd.toUtf8());
        // The words alone mark the same snippet (a filter's facets never match the body, the
        // contact or the attachments) and FTS5 seeks one phrase per note instead of all of
        // them; the ids already passed the filters.
        st.bind(3, words.value().isEmpty() ? expr : words.value().toUtf8());
        for (size_t i = begin; i < end; ++i)
            st.bind(int(4 + i - begin), candidates[i].noteId);
        while (st.next()) {
            const SearchHit hit = hitFrom(st);
            byId.insert(hit.noteId, hit);
        }
        if (!st.ok())
            return dbError(QStringLiteral("reading the search results"), st.error());
    }
    for (size_t i = begin; i < end; ++i) {
        auto it = byId.find(candidates[i].noteId);
        if (it == byId.end())
            continue; // changed between the two reads (another connection wrote)
        it->rank = candidates[i].score;
        results.hits.append(*it);
    }
    return results;
}

} // namespace ardesk
