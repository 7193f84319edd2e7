// SPDX-License-Identifier: MIT
#include "core/storage/recordverifier.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/recordchain.h"
#include "core/storage/rowstream.h"
#include "core/storage/schemacheck.h"
#include "core/storage/sqliteheader.h"
#include "core/storage/sqlitestatement.h"
#include "core/support/sha256.h"

#include <algorithm>
#include <thread>

#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ardesk {
namespace {

/// Collects problems up to the cap.
class Problems
{
public:
    explicit Problems(RecordVerifier::Report &report)
        : m_report(report)
    { }
    void add(qint64 seq, const QString &kind, qint64 entryId, qint64 noteId, const QString &message)
    {
        if (m_report.problems.size() >= RecordVerifier::kMaxProblems) {
            m_report.truncated = true;
            return;
        }
        m_report.problems.append({seq, kind, entryId, noteId, message});
    }
    /// The index the next problem gets (when it is not over the cap).
    qsizetype next() const { return m_report.problems.size(); }
    RecordVerifier::Problem *at(qsizetype index)
    {
        return index >= 0 && index < m_report.problems.size() ? &m_report.problems[index] : nullptr;
    }

private:
    RecordVerifier::Report &m_report;
};

/// "12,7,30" (group_concat) into `ids` (cleared; capacity reused).
void parseIds(QByteArrayView list, QList<qint64> &ids)
{
    ids.clear();
    qint64 v = 0;
    bool any = false;
    for (char c : list) {
        if (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            any = true;
        } else if (c == ',') {
            if (any)
                ids.append(v);
            v = 0;
            any = false;
        }
    }
    if (any)
        ids.append(v);
}

/// PRAGMA quick_check and foreign_key_check, on their own connection (or the caller's).
struct SideChecks
{
    QList<RecordVerifier::Problem> integrity, foreignKeys;
    qint64 integrityMs = 0, foreignKeysMs = 0;
    QString error;
    const std::atomic_bool *cancel = nullptr; ///< set: SQLite's checks stop (interrupted)

    /// `immutable`: the company is open read-only (damaged, a backup being checked): read it
    /// the same way, without locks or log files beside it.
    void run(const QByteArray &path, bool immutable)
    {
        // The header first: a damaged one can mislead SQLite into reading the wrong pages.
        if (const QString header = SqliteHeader::problemOfFile(QString::fromLocal8Bit(path));
            !header.isEmpty())
            integrity.append({0, QStringLiteral("integrity"), 0, 0,
                              RecordVerifier::tr("the file header is damaged: %1").arg(header)});
        sqlite3 *db = nullptr;
        const QByteArray name = immutable
                ? QUrl::fromLocalFile(QString::fromLocal8Bit(path)).toEncoded() + "?immutable=1"
                : path;
        if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
            != SQLITE_OK) {
            error = RecordVerifier::tr("cannot open %1 for checking: %2")
                            .arg(QString::fromLocal8Bit(path),
                                 QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"));
            sqlite3_close(db);
            return;
        }
        sqlite3_busy_timeout(db, 10000);
        run(db);
        sqlite3_close(db);
    }

    /// SQLite calls this every few thousand steps: non-zero interrupts the statement.
    static int interrupted(void *flag)
    {
        return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
    }

    void run(sqlite3 *h)
    {
        if (cancel)
            sqlite3_progress_handler(h, 10000, &SideChecks::interrupted,
                                     const_cast<std::atomic_bool *>(cancel));
        runChecks(h);
        if (cancel)
            sqlite3_progress_handler(h, 0, nullptr, nullptr);
    }

    void runChecks(sqlite3 *h)
    {
        QElapsedTimer timer;
        timer.start();
        {
            SqliteStatement check(h, "PRAGMA quick_check");
            if (!check.ok()) {
                error = check.error();
                return;
            }
            while (check.step()) {
                const QString line = check.text(0);
                if (line != QLatin1String("ok") && integrity.size() < RecordVerifier::kMaxProblems)
                    integrity.append({0, QStringLiteral("integrity"), 0, 0,
                                      RecordVerifier::tr("SQLite integrity check: %1").arg(line)});
            }
            if (!check.ok())
                integrity.append({0, QStringLiteral("integrity"), 0, 0,
                                  RecordVerifier::tr("SQLite integrity check failed: %1")
                                          .arg(check.error())});
        }
        if (const QString schema = SchemaCheck::problem(h); !schema.isEmpty())
            integrity.append({0, QStringLiteral("integrity"), 0, 0,
                              RecordVerifier::tr("the file's schema: %1").arg(schema)});
        integrityMs = timer.restart();
        {
            SqliteStatement fk(h, "PRAGMA foreign_key_check");
            if (!fk.ok()) {
                error = fk.error();
                return;
            }
            while (fk.step()) {
                if (foreignKeys.size() >= RecordVerifier::kMaxProblems)
                    continue;
                foreignKeys.append({0, QStringLiteral("foreign_key"), fk.int64(1), 0,
                                    RecordVerifier::tr("%1 row %2 refers to a missing %3 row")
                                            .arg(fk.text(0))
                                            .arg(fk.int64(1))
                                            .arg(fk.text(2))});
            }
            if (!fk.ok())
                foreignKeys.append(
                        {0, QStringLiteral("foreign_key"), 0, 0,
                         RecordVerifier::tr("foreign key check failed: %1").arg(fk.error())});
        }
        foreignKeysMs = timer.restart();
    }
};

/// A team database's counterparts of SQLite's checks, on the verifying connection inside its
/// snapshot: PostgreSQL keeps its own pages consistent (there is no quick_check to run), so
/// "integrity" is that every append-only rule of the record is still there and enabled (a
/// superuser who disables one can change the record without the database refusing it); the
/// foreign keys are checked row by row, since a superuser can switch their enforcement off
/// (session_replication_role = replica, DISABLE TRIGGER ALL) and leave rows that refer to
/// nothing.
struct TeamSideChecks
{
    QList<RecordVerifier::Problem> integrity, foreignKeys;
    qint64 integrityMs = 0, foreignKeysMs = 0;
    QString error;

    void run(const QSqlDatabase &db)
    {
        QElapsedTimer timer;
        timer.start();
        checkRules(db);
        integrityMs = timer.restart();
        if (error.isEmpty())
            checkForeignKeys(db);
        foreignKeysMs = timer.restart();
    }

private:
    void checkRules(const QSqlDatabase &db)
    {
        QHash<QString, bool> enabled; // trigger name -> enabled
        RowStream triggers(db,
                           "SELECT t.tgname, t.tgenabled <> 'D' FROM pg_trigger t JOIN pg_class c "
                           "ON c.oid = t.tgrelid WHERE c.relnamespace = "
                           "current_schema()::regnamespace AND NOT t.tgisinternal");
        while (triggers.step())
            enabled.insert(triggers.text(0), triggers.utf8(1) == "t");
        if (!triggers.ok()) {
            error = triggers.error();
            return;
        }
        static const char *const tables[] = {"notes",           "note_revisions",   "note_invoices",
                                             "note_tombstones", "note_attachments", "record_chain",
                                             "attachment_blobs"};
        for (const char *table : tables) {
            for (const char *what : {"_no_update", "_no_delete", "_no_truncate"}) {
                const QString name = QString::fromLatin1(table) + QString::fromLatin1(what);
                if (name == QLatin1String("attachment_blobs_no_delete"))
                    continue; // unused content may be removed; its users are chained
                const auto it = enabled.constFind(name);
                if (it != enabled.cend() && it.value())
                    continue;
                integrity.append(
                        {0, QStringLiteral("integrity"), 0, 0,
                         it == enabled.cend()
                                 ? RecordVerifier::tr("the append-only rule %1 of the team "
                                                      "database was dropped: %2 can be changed "
                                                      "without the database refusing it")
                                           .arg(name, QString::fromLatin1(table))
                                 : RecordVerifier::tr("the append-only rule %1 of the team "
                                                      "database is disabled: %2 can be changed "
                                                      "without the database refusing it")
                                           .arg(name, QString::fromLatin1(table))});
            }
        }
    }

    void checkForeignKeys(const QSqlDatabase &db)
    {
        struct Key
        {
            QByteArray table, column, parent, parentColumn;
            bool hasId = false;
        };
        QList<Key> keys;
        RowStream list(db,
                       "SELECT c.conrelid::regclass::text, quote_ident(a.attname), "
                       "c.confrelid::regclass::text, quote_ident(af.attname), EXISTS (SELECT 1 "
                       "FROM pg_attribute i WHERE i.attrelid = c.conrelid AND i.attname = 'id' "
                       "AND NOT i.attisdropped) FROM pg_constraint c JOIN pg_attribute a ON "
                       "a.attrelid = c.conrelid AND a.attnum = c.conkey[1] JOIN pg_attribute af ON "
                       "af.attrelid = c.confrelid AND af.attnum = c.confkey[1] WHERE c.contype = "
                       "'f' AND c.connamespace = current_schema()::regnamespace AND "
                       "cardinality(c.conkey) = 1 ORDER BY 1, 2");
        while (list.step())
            keys.append({list.utf8(0).toByteArray(), list.utf8(1).toByteArray(),
                         list.utf8(2).toByteArray(), list.utf8(3).toByteArray(),
                         list.utf8(4) == "t"});
        if (!list.ok()) {
            error = list.error();
            return;
        }
        for (const Key &k : std::as_const(keys)) {
            const QByteArray row = k.hasId ? QByteArray("t.id") : "t." + k.column;
            const QByteArray query = "SELECT " + row + " FROM " + k.table + " t WHERE t." + k.column
                    + " IS NOT NULL AND NOT EXISTS (SELECT 1 "
                      "FROM "
                    + k.parent + " p WHERE p." + k.parentColumn + " = t." + k.column + ") LIMIT "
                    + QByteArray::number(RecordVerifier::kMaxProblems);
            RowStream orphans(db, query.constData());
            while (orphans.step() && foreignKeys.size() < RecordVerifier::kMaxProblems)
                foreignKeys.append({0, QStringLiteral("foreign_key"), orphans.int64(0), 0,
                                    RecordVerifier::tr("%1 row %2 refers to a missing %3 row")
                                            .arg(QString::fromUtf8(k.table))
                                            .arg(orphans.int64(0))
                                            .arg(QString::fromUtf8(k.parent))});
            if (!orphans.ok()) {
                error = orphans.error();
                return;
            }
        }
    }
};

/// Lets a chain entry's row stream be walked in chain_seq order.
struct Stream
{
    RowStream stmt;
    const char *kind;
    bool has = false;
    Stream(const QSqlDatabase &h, const char *kindName, const char *sql)
        : stmt(h, sql)
        , kind(kindName)
    { }
    void next() { has = stmt.step(); }
    qint64 seq() const { return stmt.int64(0); }
};

/// What a chain entry says (its text valid until the chain steps on).
struct ChainEntry
{
    qint64 seq = 0;
    QByteArrayView kind;
    qint64 entryId = 0;
    QByteArrayView prevHash;
    QByteArrayView storedHash;
    int form = RecordChain::kFirstForm; ///< the canonical form its hash covers
};

/// The columns of ChainWalk's revision SELECT, in its order (chain_seq first, like every
/// stream's).
namespace RevisionColumn {
enum : int {
    ChainSeq,
    Id,
    NoteId,
    ClientId,
    Revision,
    Channel,
    Direction,
    ContactId,
    ContactName,
    OccurredAt,
    RecordedAt,
    AuthorId,
    Outcome,
    Body,
    NextContactDate,
    NoFollowUp,
    TemplateKey,
    FieldsJson,
    InvoiceIds,
    CreatedAt, ///< notes.created_at: the first revision's recorded_at
    CreatedBy, ///< notes.created_by: the first revision's author_id
};
} // namespace RevisionColumn

/// Every revision with its client and invoices (ids joined by commas), in chain order; with a
/// client, only that client's.
QByteArray revisionQuery(Dialect dialect, qint64 client)
{
    return "SELECT r.chain_seq, r.id, r.note_id, n.client_id, r.revision, r.channel, "
           "r.direction, r.contact_id, r.contact_name, r.occurred_at, r.recorded_at, "
           "r.author_id, r.outcome, r.body, r.next_contact_date, r.no_follow_up, "
           "r.template_key, r.fields_json, (SELECT "
            + sql::groupConcat(dialect, QStringLiteral("invoice_id")).toUtf8()
            + " FROM note_invoices WHERE revision_id = r.id), n.created_at, n.created_by FROM "
              "note_revisions r LEFT JOIN notes n ON n.id = r.note_id "
            + (client ? "WHERE n.client_id = " + QByteArray::number(client) + " " : QByteArray())
            + "ORDER BY r.chain_seq";
}

/// The SQL condition "belongs to this client" for a column holding a note id (empty: none).
QByteArray noteOfClient(const char *noteIdColumn, qint64 client)
{
    if (!client)
        return {};
    return QByteArray(noteIdColumn)
            + " IN (SELECT id FROM notes WHERE client_id = " + QByteArray::number(client) + ")";
}

/// The client's attachment rows (a condition on note_attachments a), empty for every client.
QByteArray attachmentOfClient(qint64 client)
{
    if (!client)
        return {};
    return "a.revision_id IN (SELECT r.id FROM note_revisions r JOIN notes n ON n.id = r.note_id "
           "WHERE n.client_id = "
            + QByteArray::number(client) + ")";
}

QByteArray where(const QByteArray &condition)
{
    return condition.isEmpty() ? QByteArray() : " WHERE " + condition;
}

/// Walks the record chain in seq order, merged with the rows of each kind in chain_seq order:
/// every link, every row's entry and every entry's row, every hash recomputed from the row.
/// Scoped to one client, every link is still followed but only that client's rows are read
/// and recomputed: the other entries' rows are not looked at.
class ChainWalk
{
public:
    ChainWalk(const QSqlDatabase &h, RecordVerifier::Report &report, Problems &problems,
              Sha256 &sha, const QString &expectedHead, qint64 scopeClient)
        : m_chain(h,
                  "SELECT seq, kind, entry_id, prev_hash, hash, form FROM record_chain ORDER BY "
                  "seq")
        , m_revisions(h, "revision", revisionQuery(sql::dialectOf(h), scopeClient).constData())
        , m_tombstones(h, "tombstone",
                       QByteArray("SELECT chain_seq, id, note_id, reason, author_id, recorded_at "
                                  "FROM note_tombstones")
                               .append(where(noteOfClient("note_id", scopeClient)))
                               .append(" ORDER BY chain_seq")
                               .constData())
        , m_attachments(h, "attachment",
                        QByteArray("SELECT a.chain_seq, a.id, a.revision_id, a.sha256, "
                                   "a.display_name, (SELECT note_id FROM note_revisions WHERE id "
                                   "= a.revision_id), a.claimed_mime, b.mime_type FROM "
                                   "note_attachments a LEFT JOIN attachment_blobs b ON b.sha256 = "
                                   "a.sha256")
                                .append(where(attachmentOfClient(scopeClient)))
                                .append(" ORDER BY a.chain_seq")
                                .constData())
        // Which fields of a changed revision or tombstone differ: NoteService writes each
        // one's canonical form into the audit log; a copy that hashes to the entry is the
        // original.
        , m_audit(h,
                  "SELECT before_json, after_json FROM audit_log WHERE entity = 'note' AND "
                  "entity_id = ? ORDER BY id")
        , m_report(report)
        , m_problems(problems)
        , m_sha(sha)
        , m_expectedPrev(RecordChain::genesisHash().toLatin1())
        , m_expectedHead(expectedHead.toLatin1())
        , m_scoped(scopeClient != 0)
    { }

    /// The statements' first error, if any.
    Result<void> check() const
    {
        for (const RowStream *s :
             {&m_chain, &m_revisions.stmt, &m_tombstones.stmt, &m_attachments.stmt}) {
            if (!s->ok())
                return makeError(ErrorCode::Database, s->error());
        }
        return {};
    }

    /// Every entry; `progress` gets (entries done, total) now and then. Stops with
    /// cancelled() when `progress` is cancelled.
    Result<void> run(qint64 total, const Progress &progress)
    {
        const QString stage = RecordVerifier::tr("Checking the record chain");
        for (Stream *s : {&m_revisions, &m_tombstones, &m_attachments})
            s->next();
        while (m_chain.step()) {
            if (m_matched) {
                m_matched->next();
                m_matched = nullptr;
            }
            const ChainEntry entry {m_chain.int64(0), m_chain.utf8(1), m_chain.int64(2),
                                    m_chain.utf8(3),  m_chain.utf8(4), int(m_chain.int64(5))};
            ++m_report.chainEntries;
            if (m_report.chainEntries % 1024 == 0) {
                if (progress.isCancelled())
                    return RecordVerifier::cancelled();
                progress.report(m_report.chainEntries, total, stage);
            }
            step(entry);
        }
        if (!m_chain.ok())
            return makeError(ErrorCode::Database, m_chain.error());
        if (m_matched)
            m_matched->next();
        if (auto d = reportRowsAfterTheEnd(); !d)
            return d;
        m_report.head = QString::fromLatin1(m_expectedPrev);
        return {};
    }

private:
    /// What a matched row is about, for messages.
    struct Subject
    {
        qint64 noteId = 0;
        qint64 number = 0; ///< revision number or attachment id
    };

    void step(const ChainEntry &e)
    {
        checkLink(e);
        const bool knownForm = isKnownForm(e);
        if (m_scoped && !inScope(e)) {
            if (knownForm)
                checkFormOrder(e);
            return; // another client's entry: its link is checked, its row is not read
        }
        checkRow(e, knownForm);
        if (knownForm)
            checkFormOrder(e);
    }

    /// The entry's row: there, and hashing to the entry (when its form is known).
    void checkRow(const ChainEntry &e, bool knownForm)
    {
        Stream *stream = streamFor(e);
        if (!stream || !matchRow(*stream, e))
            return;
        m_matched = stream;
        Subject subject;
        if (!knownForm || !canonicalOf(*stream, e, subject))
            return;
        checkHash(*stream, e, subject);
        if (stream == &m_revisions && subject.number == 1)
            checkNoteRow(e, subject);
    }

    /// The entry's canonical form is one this version knows; false (and named) when not: its
    /// hash cannot be recomputed.
    bool isKnownForm(const ChainEntry &e)
    {
        if (e.form >= RecordChain::kFirstForm && e.form <= RecordChain::kCurrentForm)
            return true;
        m_problems.add(e.seq, QString::fromLatin1(e.kind), e.entryId, 0,
                       RecordVerifier::tr("record chain entry %1 says it is in canonical form "
                                          "%2, which this version of ARDesk does not know (form "
                                          "was altered, or a newer ARDesk wrote it)")
                               .arg(e.seq)
                               .arg(e.form));
        return false;
    }

    /// Never an older form after a newer one: ARDesk writes every new entry in its current
    /// form, so a lower form after a higher one was relabelled (its hash check then fails too)
    /// or appended by something else.
    void checkFormOrder(const ChainEntry &e)
    {
        if (e.form < m_highestForm)
            m_problems.add(e.seq, QString::fromLatin1(e.kind), e.entryId, 0,
                           RecordVerifier::tr("record chain entry %1 is in canonical form %2 after "
                                              "entries in form %3: ARDesk never writes an older "
                                              "form after a newer one (the entry was relabelled "
                                              "or written outside ARDesk)")
                                   .arg(e.seq)
                                   .arg(e.form)
                                   .arg(m_highestForm));
        m_highestForm = std::max(m_highestForm, e.form);
    }

    /// A note's row repeats its first revision's time and author (notes.created_at,
    /// notes.created_by): they must still be the same.
    void checkNoteRow(const ChainEntry &e, const Subject &subject)
    {
        if (m_prevMismatch)
            return; // the revision itself differs: that is the problem to name
        const RowStream &row = m_revisions.stmt;
        QStringList differ;
        if (row.utf8(RevisionColumn::CreatedAt) != row.utf8(RevisionColumn::RecordedAt))
            differ << QStringLiteral("created_at");
        if (row.int64(RevisionColumn::CreatedBy) != row.int64(RevisionColumn::AuthorId))
            differ << QStringLiteral("created_by");
        if (differ.isEmpty())
            return;
        m_problems.add(e.seq, QStringLiteral("revision"), e.entryId, subject.noteId,
                       RecordVerifier::tr("note %1 revision 1 (chain entry %2): the note row's %3 "
                                          "no longer matches the chained first revision (the "
                                          "note row was altered)")
                               .arg(subject.noteId)
                               .arg(e.seq)
                               .arg(differ.join(QStringLiteral(", "))));
    }

    /// The entry follows the one before: no gap in seq, and its previous hash is that one's.
    void checkLink(const ChainEntry &e)
    {
        if (e.seq != m_lastSeq + 1)
            m_problems.add(
                    e.seq, QString::fromLatin1(e.kind), e.entryId, 0,
                    RecordVerifier::tr("record chain: entries %1 to %2 are missing (deleted)")
                            .arg(m_lastSeq + 1)
                            .arg(e.seq - 1));
        if (e.prevHash != m_expectedPrev) {
            if (m_prevMismatch && e.prevHash == m_computedPrev) {
                // The previous entry's data is intact; its stored hash was changed.
                if (RecordVerifier::Problem *p = m_problems.at(m_hashProblem))
                    p->message = RecordVerifier::tr(
                                         "note %1: %2 %3 (chain entry %4): the hash stored in the "
                                         "record chain was altered (the entry's data is intact)")
                                         .arg(p->noteId)
                                         .arg(p->kind)
                                         .arg(p->entryId)
                                         .arg(p->seq);
            } else {
                m_problems.add(e.seq, QString::fromLatin1(e.kind), e.entryId, 0,
                               RecordVerifier::tr(
                                       "record chain entry %1: its previous hash does not match "
                                       "entry %2 (the chain was cut or rewritten)")
                                       .arg(e.seq)
                                       .arg(m_lastSeq));
            }
        }
        m_lastSeq = e.seq;
        m_expectedPrev.resize(0);
        m_expectedPrev.append(e.storedHash);
        if (!m_expectedHead.isEmpty() && m_report.expectedHeadSeq == 0
            && e.storedHash == m_expectedHead)
            m_report.expectedHeadSeq = e.seq;
        m_prevMismatch = false;
    }

    /// Scoped: whether the entry is the next row of the client's (rows of the client that
    /// no entry names are reported on the way, as in a whole walk). An entry of an unknown
    /// kind is in every scope, so it is reported.
    bool inScope(const ChainEntry &e)
    {
        Stream *s = e.kind == "revision" ? &m_revisions
                : e.kind == "tombstone"  ? &m_tombstones
                : e.kind == "attachment" ? &m_attachments
                                         : nullptr;
        if (!s)
            return true;
        while (s->has && s->seq() < e.seq) {
            unchained(*s);
            s->next();
        }
        return s->has && s->seq() == e.seq;
    }

    Stream *streamFor(const ChainEntry &e)
    {
        Stream *stream = e.kind == "revision" ? &m_revisions
                : e.kind == "tombstone"       ? &m_tombstones
                : e.kind == "attachment"      ? &m_attachments
                                              : nullptr;
        if (!stream)
            m_problems.add(e.seq, QString::fromLatin1(e.kind), e.entryId, 0,
                           RecordVerifier::tr("record chain entry %1 has an unknown kind \"%2\"")
                                   .arg(e.seq)
                                   .arg(QString::fromUtf8(e.kind.toByteArray())));
        return stream;
    }

    /// Moves the stream to the entry's row, naming rows without an entry on the way; false
    /// (and named) when the entry's row is missing.
    bool matchRow(Stream &stream, const ChainEntry &e)
    {
        while (stream.has && stream.seq() < e.seq) {
            unchained(stream);
            stream.next();
        }
        if (stream.has && stream.seq() == e.seq && stream.stmt.int64(1) == e.entryId)
            return true;
        m_problems.add(e.seq, QString::fromLatin1(e.kind), e.entryId, 0,
                       RecordVerifier::tr(
                               "record chain entry %1: %2 %3 is missing from the file (deleted)")
                               .arg(e.seq)
                               .arg(QString::fromLatin1(e.kind))
                               .arg(e.entryId));
        if (stream.has && stream.seq() == e.seq) {
            unchained(stream);
            stream.next();
        }
        return false;
    }

    /// The canonical form of the stream's row into m_canonical; false (and named) when the
    /// row cannot have one.
    bool canonicalOf(Stream &stream, const ChainEntry &e, Subject &subject)
    {
        const RowStream &row = stream.stmt;
        if (&stream == &m_revisions)
            return canonicalRevision(e, subject);
        if (&stream == &m_tombstones) {
            ++m_report.tombstones;
            subject.noteId = row.int64(2);
            m_canonical = RecordChain::canonicalTombstone(subject.noteId, row.text(3), row.int64(4),
                                                          row.text(5), e.form);
            return true;
        }
        ++m_report.attachments;
        subject.noteId = row.int64(5);
        subject.number = row.int64(1);
        RecordChain::StoredAttachment a;
        a.revisionId = row.int64(2);
        a.sha256 = row.text(3);
        a.displayName = row.text(4);
        a.claimedMime = row.text(6);
        a.mimeType = row.text(7);
        a.form = e.form;
        m_canonical = RecordChain::canonicalAttachment(a);
        return true;
    }

    bool canonicalRevision(const ChainEntry &e, Subject &subject)
    {
        const RowStream &row = m_revisions.stmt;
        ++m_report.revisions;
        RecordChain::StoredRevision &r = m_revision;
        r.revisionId = row.int64(RevisionColumn::Id);
        r.noteId = subject.noteId = row.int64(RevisionColumn::NoteId);
        r.clientId = row.int64(RevisionColumn::ClientId);
        r.revision = subject.number = row.int64(RevisionColumn::Revision);
        r.channel = row.utf8(RevisionColumn::Channel);
        r.direction = row.utf8(RevisionColumn::Direction);
        r.contactId = row.int64(RevisionColumn::ContactId);
        r.contactName = row.utf8(RevisionColumn::ContactName);
        r.occurredAt = row.utf8(RevisionColumn::OccurredAt);
        r.recordedAt = row.utf8(RevisionColumn::RecordedAt);
        r.authorId = row.int64(RevisionColumn::AuthorId);
        r.outcome = row.utf8(RevisionColumn::Outcome);
        r.body = row.utf8(RevisionColumn::Body);
        r.nextContactDate = row.utf8(RevisionColumn::NextContactDate);
        r.nextContactDateIsNull = row.isNull(RevisionColumn::NextContactDate);
        r.form = e.form;
        r.noFollowUp = row.int64(RevisionColumn::NoFollowUp) != 0;
        r.templateKey = row.utf8(RevisionColumn::TemplateKey);
        parseIds(row.utf8(RevisionColumn::InvoiceIds), r.invoiceIds);
        const QByteArrayView storedFields = row.utf8(RevisionColumn::FieldsJson);
        r.fields = QByteArrayView();
        if (!r.templateKey.isEmpty()) {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(storedFields.toByteArray(), &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject()) {
                addRevisionProblem(
                        e, subject,
                        RecordVerifier::tr("note %1 %2: the structured fields are not valid JSON "
                                           "(fields_json was altered)"));
                return false;
            }
            m_fields = RecordChain::canonicalFields(doc.object());
            r.fields = m_fields;
        }
        if (row.isNull(RevisionColumn::ClientId)) {
            addRevisionProblem(e, subject,
                               RecordVerifier::tr("note %1 %2: the note row is missing (deleted)"));
            return false;
        }
        RecordChain::canonicalRevision(r, m_canonical);
        // The hash covers the parsed fields; the stored text must be that exact form (and
        // '{}' for a note without a template, whose fields are not chained).
        if (r.templateKey.isEmpty() ? storedFields != "{}" : storedFields != m_fields) {
            addRevisionProblem(
                    e, subject,
                    RecordVerifier::tr("note %1 %2: fields differ from the hash chain (fields_json "
                                       "was rewritten)"));
            return false;
        }
        return true;
    }

    /// `message` names the note (%1) and the revision (%2).
    void addRevisionProblem(const ChainEntry &e, const Subject &subject, const QString &message)
    {
        m_problems.add(e.seq, QStringLiteral("revision"), e.entryId, subject.noteId,
                       message.arg(subject.noteId).arg(describe(m_revisions, subject)));
    }

    /// The row's hash recomputed from its canonical form must be the one stored.
    void checkHash(const Stream &stream, const ChainEntry &e, const Subject &subject)
    {
        const QByteArrayView computed = m_sha.addData(e.prevHash).addData(m_canonical).hexResult();
        if (computed == e.storedHash)
            return;
        m_computedPrev = computed.toByteArray();
        m_prevMismatch = true;
        m_hashProblem = m_problems.next();
        const QStringList differ = &stream == &m_attachments
                ? QStringList()
                : diagnose(stream.kind, subject.noteId, e.entryId, e.prevHash, e.storedHash);
        const QString detail = differ.isEmpty()
                ? RecordVerifier::tr("the stored %1 differs from the hash chain")
                          .arg(QString::fromLatin1(stream.kind))
                : differ.size() == 1 && differ.first() != QLatin1String("fields")
                ? RecordVerifier::tr("%1 differs from the hash chain").arg(differ.first())
                : RecordVerifier::tr("%1 differ from the hash chain")
                          .arg(differ.join(QStringLiteral(", ")));
        m_problems.add(e.seq, QString::fromLatin1(stream.kind), e.entryId, subject.noteId,
                       RecordVerifier::tr("note %1 %2 (chain entry %3): %4")
                               .arg(subject.noteId)
                               .arg(describe(stream, subject))
                               .arg(e.seq)
                               .arg(detail));
    }

    /// The keys in which the original (the audit log's copy that hashes to the entry) and the
    /// row as it is now differ; empty when no original is found.
    QStringList diagnose(const char *kind, qint64 noteId, qint64 entryId, QByteArrayView prev,
                         QByteArrayView stored)
    {
        QStringList differ;
        if (!m_audit.ok())
            return differ;
        const bool revision = qstrcmp(kind, "revision") == 0;
        const QString idKey = QString::fromLatin1(revision ? "revision_id" : "note_id");
        const QString id = QString::number(revision ? entryId : noteId);
        const QJsonObject now = QJsonDocument::fromJson(m_canonical).object();
        m_audit.bind(1, noteId);
        while (m_audit.step() && differ.isEmpty()) {
            for (int column : {0, 1}) {
                const QJsonObject original
                        = QJsonDocument::fromJson(m_audit.utf8(column).toByteArray()).object();
                if (original.value(QStringLiteral("kind")).toString() != QLatin1String(kind)
                    || original.value(idKey).toString() != id)
                    continue;
                const QByteArray bytes = QJsonDocument(original).toJson(QJsonDocument::Compact);
                if (m_sha.addData(prev).addData(bytes).hexResult() != stored)
                    continue; // not the chained original
                differ = differingKeys(original, now);
                break;
            }
        }
        m_audit.reset();
        return differ;
    }

    static QStringList differingKeys(const QJsonObject &a, const QJsonObject &b)
    {
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        keys.sort();
        QStringList differ;
        for (const QString &key : std::as_const(keys)) {
            if (a.value(key) != b.value(key))
                differ << key;
        }
        return differ;
    }

    QString describe(const Stream &stream, const Subject &subject) const
    {
        return &stream == &m_revisions ? RecordVerifier::tr("revision %1").arg(subject.number)
                : &stream == &m_tombstones
                ? RecordVerifier::tr("tombstone")
                : RecordVerifier::tr("attachment %1").arg(subject.number);
    }

    void unchained(const Stream &s)
    {
        const qint64 id = s.stmt.int64(1);
        const qint64 noteId = &s == &m_attachments ? s.stmt.int64(5) : s.stmt.int64(2);
        m_problems.add(s.seq(), QString::fromLatin1(s.kind), id, noteId,
                       RecordVerifier::tr(
                               "note %1: %2 %3 has no entry in the record chain (chain_seq %4): it "
                               "was added outside ARDesk")
                               .arg(noteId)
                               .arg(QString::fromLatin1(s.kind))
                               .arg(id)
                               .arg(s.seq()));
    }

    /// Rows after the last entry (or pointing past it).
    Result<void> reportRowsAfterTheEnd()
    {
        for (Stream *s : {&m_revisions, &m_tombstones, &m_attachments}) {
            while (s->has) {
                unchained(*s);
                s->next();
            }
            if (!s->stmt.ok())
                return makeError(ErrorCode::Database, s->stmt.error());
        }
        return {};
    }

    RowStream m_chain;
    Stream m_revisions, m_tombstones, m_attachments;
    RowStream m_audit;
    RecordVerifier::Report &m_report;
    Problems &m_problems;
    Sha256 &m_sha;
    QByteArray m_expectedPrev; // the previous entry's stored hash
    const QByteArray m_expectedHead;
    const bool m_scoped;
    QByteArray m_computedPrev; // what the previous entry's hash should have been
    bool m_prevMismatch = false;
    qint64 m_lastSeq = 0;
    qsizetype m_hashProblem = -1; // the previous entry's hash problem, when m_prevMismatch
    int m_highestForm = RecordChain::kFirstForm;
    Stream *m_matched = nullptr; // the stream whose current row the last entry used
    // Reused across entries (their capacity stays).
    QByteArray m_canonical;
    QByteArray m_fields;
    RecordChain::StoredRevision m_revision;
};

/// Attachment content: the SHA-256 and size of every blob (scoped: of the blobs the client's
/// attachments use).
Result<void> checkBlobs(const QSqlDatabase &h, Sha256 &sha, RecordVerifier::Report &report,
                        Problems &problems, qint64 scopeClient, const Progress &progress)
{
    const QString stage = RecordVerifier::tr("Checking attached files");
    const QByteArray scope = scopeClient
            ? " WHERE sha256 IN (SELECT a.sha256 FROM note_attachments a WHERE "
                    + attachmentOfClient(scopeClient) + ")"
            : QByteArray();
    const QByteArray blobQuery = "SELECT sha256, size, content FROM attachment_blobs" + scope;
    RowStream blobs(h, blobQuery.constData());
    RowStream user(h,
                   "SELECT a.id, r.note_id FROM note_attachments a JOIN note_revisions "
                   "r ON r.id = a.revision_id WHERE a.sha256 = ? ORDER BY a.id LIMIT 1");
    if (!blobs.ok())
        return makeError(ErrorCode::Database, blobs.error());
    // Invoice documents share the blobs (content-addressed like note attachments).
    RowStream invoice(h,
                      "SELECT i.number FROM invoice_documents d JOIN invoices i ON i.id = "
                      "d.invoice_id WHERE d.sha256 = ? ORDER BY d.id LIMIT 1");
    if (!user.ok())
        return makeError(ErrorCode::Database, user.error());
    if (!invoice.ok())
        return makeError(ErrorCode::Database, invoice.error());
    while (blobs.step()) {
        if (progress.isCancelled())
            return RecordVerifier::cancelled();
        ++report.blobs;
        progress.report(report.blobs, 0, stage);
        const QByteArrayView content = blobs.blob(2);
        const QByteArray actual = sha.addData(content).hexResult().toByteArray();
        const QString name = blobs.text(0);
        const bool hashDiffers = blobs.utf8(0) != actual;
        if (!hashDiffers && blobs.int64(1) == content.size())
            continue;
        // Name a note that uses it (rare: only on a problem).
        qint64 noteId = 0, attachmentId = 0;
        user.bind(1, name);
        if (user.step()) {
            attachmentId = user.int64(0);
            noteId = user.int64(1);
        }
        user.reset();
        QString owner = noteId
                ? RecordVerifier::tr("note %1 attachment %2: ").arg(noteId).arg(attachmentId)
                : QString();
        invoice.bind(1, name);
        if (invoice.step())
            owner += RecordVerifier::tr("invoice %1 document: ").arg(invoice.text(0));
        invoice.reset();
        if (hashDiffers)
            problems.add(
                    0, QStringLiteral("blob"), attachmentId, noteId,
                    owner
                            + RecordVerifier::tr("attachment content %1: its bytes hash to %2 (the "
                                                 "content was changed)")
                                      .arg(name, QString::fromLatin1(actual)));
        else
            problems.add(0, QStringLiteral("blob"), attachmentId, noteId,
                         owner
                                 + RecordVerifier::tr(
                                           "attachment content %1: size says %2 bytes, the content "
                                           "has %3")
                                           .arg(name)
                                           .arg(blobs.int64(1))
                                           .arg(content.size()));
    }
    if (!blobs.ok())
        return makeError(ErrorCode::Database, blobs.error());
    return {};
}

Result<qint64> countChainEntries(const QSqlDatabase &h)
{
    RowStream count(h, "SELECT count(*) FROM record_chain");
    if (!count.ok() || !count.step())
        return makeError(ErrorCode::Database, count.error());
    return count.int64(0);
}

/// Integrity problems first (the file itself is damaged), foreign keys last, at most
/// kMaxProblems.
template<typename Checks>
void mergeSideProblems(RecordVerifier::Report &report, const Checks &side)
{
    report.integrityMs = side.integrityMs;
    report.foreignKeysMs = side.foreignKeysMs;
    QList<RecordVerifier::Problem> ordered = side.integrity;
    ordered += report.problems;
    ordered += side.foreignKeys;
    if (ordered.size() > RecordVerifier::kMaxProblems) {
        ordered.resize(RecordVerifier::kMaxProblems);
        report.truncated = true;
    }
    report.problems = ordered;
}

} // namespace

Error RecordVerifier::cancelled()
{
    return Progress::cancelledError(tr("verification cancelled — nothing concluded: the record "
                                       "was neither found intact nor altered"));
}

Result<RecordVerifier::Report> RecordVerifier::verify(const Progress &progress) const
{
    const bool team = sql::isPostgres(m_db);
    sqlite3 *h = Database::rawHandle(m_db);
    if (!h && !team)
        return makeError(ErrorCode::Database, tr("verify needs a company file or a team database"));
    Report report;
    Problems problems(report);
    QElapsedTimer timer;

    struct EndRead
    {
        const QSqlDatabase &db;
        ~EndRead() { Database::execScript(db, "ROLLBACK;").ok(); }
    } endRead {m_db};
    // One snapshot for every check.
    if (auto b = Database::execScript(
                m_db, team ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;" : "BEGIN;");
        !b)
        return b.error();

    // 1. and 4. SQLite's structure check and the foreign keys scan the whole file: they run on
    // a second, read-only connection in parallel with the chain walk. A team database's
    // counterparts run after it, on this connection. A client's scope skips both.
    SideChecks side;
    side.cancel = progress.cancelFlag();
    std::jthread sideThread; // joins on every return
    const char *file = h && !m_scopeClient ? sqlite3_db_filename(h, "main") : nullptr;
    if (m_scopeClient) {
        // nothing: the file as a whole is verify's
    } else if (file && *file) {
        const QByteArray path(file);
        const bool immutable = sqlite3_db_readonly(h, "main") == 1;
        sideThread = std::jthread([&side, path, immutable] { side.run(path, immutable); });
    } else if (h) {
        side.run(h);
    }

    // A record that cannot be read in a file the side checks find damaged (a definition whose
    // column is gone: "no such column") is reported as that damage, not as a failed verify.
    auto unreadable = [&](const Error &e) -> Result<Report> {
        if (sideThread.joinable())
            sideThread.join();
        if (side.integrity.isEmpty() || progress.isCancelled())
            return e;
        side.integrity.append({0, QStringLiteral("integrity"), 0, 0,
                               tr("the record cannot be read: %1").arg(e.message)});
        mergeSideProblems(report, side);
        return report;
    };

    // 2. The chain, merged with the rows of each kind in chain order.
    timer.start();
    auto total = countChainEntries(m_db);
    if (!total)
        return unreadable(total.error());
    Sha256 sha;
    ChainWalk walk(m_db, report, problems, sha, m_expectedHead, m_scopeClient);
    if (auto c = walk.check(); !c)
        return unreadable(c.error());
    if (!sha.isValid())
        return makeError(ErrorCode::Database, tr("SHA-256 is not available (OpenSSL)"));
    if (auto w = walk.run(total.value(), progress); !w)
        return unreadable(w.error());
    if (!m_expectedHead.isEmpty() && report.expectedHeadSeq == 0)
        problems.add(0, QStringLiteral("head"), 0, 0,
                     tr("the recorded chain head %1 is not in the record chain: the chain was "
                        "rewritten since it was recorded")
                             .arg(m_expectedHead));
    if (progress.isCancelled())
        return cancelled();
    progress.report(report.chainEntries, total.value(), tr("Checking the record chain"));
    report.chainMs = timer.restart();

    // 3. Attachment content.
    if (auto b = checkBlobs(m_db, sha, report, problems, m_scopeClient, progress); !b)
        return unreadable(b.error());
    report.blobsMs = timer.restart();

    if (m_scopeClient) {
        mergeSideProblems(report, side); // none were run
        return report;
    }
    if (progress.isCancelled())
        return cancelled();
    if (team) {
        TeamSideChecks teamSide;
        teamSide.run(m_db);
        if (!teamSide.error.isEmpty())
            return makeError(ErrorCode::Database, teamSide.error);
        mergeSideProblems(report, teamSide);
        return report;
    }

    if (sideThread.joinable()) {
        progress.report(0, 0, tr("Checking the file structure"));
        sideThread.join();
    }
    if (progress.isCancelled())
        return cancelled();
    if (!side.error.isEmpty())
        return makeError(ErrorCode::Database, side.error);
    mergeSideProblems(report, side);
    return report;
}

} // namespace ardesk
