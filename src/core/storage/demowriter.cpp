// SPDX-License-Identifier: MIT
#include "core/storage/demowriter.h"

#include "core/storage/arhistory.h"
#include "core/storage/arsummary.h"

#include "core/storage/database.h"
#include "core/storage/recordchain.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/taskrepository.h"
#include "core/support/sha256.h"
#include "core/support/timeutil.h"

#include <array>

namespace ardesk {
namespace {

/// The bulk path writes through SQLite's own API; a team database (PostgreSQL) has none yet.
Error notOnTeamDatabase()
{
    return makeError(ErrorCode::Database,
                     QStringLiteral("bulk loading into a team database (PostgreSQL) is not "
                                    "available yet; use a company file"));
}

Error statementError(const SqliteStatement &statement)
{
    return makeError(ErrorCode::Database, statement.error());
}

QByteArray storageText(const QDate &date)
{
    return timeutil::toStorage(date).toLatin1();
}

QByteArray storageText(const QDateTime &instant)
{
    return timeutil::toStorage(instant).toLatin1();
}

} // namespace

/// The row statements, prepared once per run.
struct DemoWriter::Statements
{
    /// `chainForms`: record_chain has its form column (schema 15 on; tests fill older files).
    Statements(sqlite3 *h, bool chainForms)
        // A file made by `init` already has its first user: keep every existing user (and id).
        : insUser(h,
                  "INSERT INTO users (name, display_name, role, created_at) VALUES (?,?,?,?) "
                  "ON CONFLICT(name) DO NOTHING")
        , selUserId(h, "SELECT id FROM users WHERE name = ?")
        , insSetting(h, "INSERT OR REPLACE INTO settings (key, value) VALUES (?,?)")
        , insClient(h,
                    "INSERT INTO clients (id, code, name, status, currency, payment_terms_days, "
                    "credit_limit_minor, credit_hold, credit_hold_reason, assigned_user_id, "
                    "segment, tags, billing_address, country, time_zone, internal_notes, "
                    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , updClient(h,
                    "UPDATE clients SET status = ?, credit_hold = 1, credit_hold_reason = ? "
                    "WHERE id = ?")
        , insContact(h,
                     "INSERT INTO contacts (id, client_id, name, role, email, preferred_channel, "
                     "is_billing, do_not_contact, position) VALUES (?,?,?,?,?,?,?,?,?)")
        , insPhone(h,
                   "INSERT INTO contact_phones (contact_id, label, raw, e164, extension, "
                   "position) VALUES (?,?,?,?,?,?)")
        , insInvoice(h,
                     "INSERT INTO invoices (id, client_id, number, issue_date, due_date, "
                     "amount_minor, currency, po_number, balance_minor, status, disputed, "
                     "settled_date, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , insPayment(h,
                     "INSERT INTO payments (id, client_id, payment_date, amount_minor, currency, "
                     "method, reference, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?)")
        , insAlloc(h,
                   "INSERT INTO payment_allocations (payment_id, invoice_id, amount_minor) "
                   "VALUES (?,?,?)")
        , insAdjustment(h,
                        "INSERT INTO invoice_adjustments (invoice_id, kind, adjust_date, "
                        "amount_minor, reason, created_at, created_by) VALUES "
                        "(?,'write_off',?,?,?,?,?)")
        , insNote(h, "INSERT INTO notes (id, client_id, created_at, created_by) VALUES (?,?,?,?)")
        , insChain(h,
                   chainForms ? "INSERT INTO record_chain (seq, kind, entry_id, prev_hash, hash, "
                                "form) VALUES (?,?,?,?,?,?)"
                              : "INSERT INTO record_chain (seq, kind, entry_id, prev_hash, hash) "
                                "VALUES (?,?,?,?,?)")
        , insRevision(h,
                      "INSERT INTO note_revisions (id, note_id, revision, channel, direction, "
                      "contact_id, contact_name, occurred_at, recorded_at, author_id, outcome, "
                      "body, next_contact_date, no_follow_up, chain_seq) VALUES "
                      "(?,?,1,?,?,?,?,?,?,?,?,?,?,?,?)")
        , insNoteInvoice(h, "INSERT INTO note_invoices (revision_id, invoice_id) VALUES (?,?)")
        , insBlob(h,
                  "INSERT OR IGNORE INTO attachment_blobs (sha256, size, mime_type, content) "
                  "VALUES (?,?,?,?)")
        , insAttachment(h,
                        "INSERT INTO note_attachments (id, revision_id, sha256, display_name, "
                        "claimed_mime, chain_seq) VALUES (?,?,?,?,?,?)")
        , insPromise(h,
                     "INSERT INTO promises (id, client_id, note_id, amount_minor, currency, "
                     "promised_date, status, paid_minor, created_at, created_by) VALUES "
                     "(?,?,?,?,?,?,?,?,?,?)")
        , insPromiseInvoice(h, "INSERT INTO promise_invoices (promise_id, invoice_id) VALUES (?,?)")
        , insDispute(h,
                     "INSERT INTO disputes (client_id, invoice_id, reason, owner_id, status, "
                     "opened_at, opened_note, resolved_at, resolution) VALUES "
                     "(?,?,?,?,?,?,?,?,?)")
        , insTask(h, TaskRepository::kInsertSql) // no audit row: demo history, not a user's act
        , insSummary(h,
                     "INSERT INTO client_summary (client_id, currency, balance_minor, "
                     "overdue_minor, open_invoices, oldest_open_due_date, "
                     "other_currency_invoices, last_contact_at, next_contact_date, as_of) "
                     "VALUES (?,?,?,?,?,?,0,?,?,?)")
    { }

    std::array<const SqliteStatement *, 22> all() const
    {
        return {&insUser,       &selUserId,     &insSetting, &insClient,         &updClient,
                &insContact,    &insPhone,      &insInvoice, &insPayment,        &insAlloc,
                &insAdjustment, &insNote,       &insChain,   &insRevision,       &insNoteInvoice,
                &insBlob,       &insAttachment, &insPromise, &insPromiseInvoice, &insDispute,
                &insTask,       &insSummary};
    }

    SqliteStatement insUser, selUserId, insSetting, insClient, updClient, insContact, insPhone,
            insInvoice, insPayment, insAlloc, insAdjustment, insNote, insChain, insRevision,
            insNoteInvoice, insBlob, insAttachment, insPromise, insPromiseInvoice, insDispute,
            insTask, insSummary;
};

DemoWriter::DemoWriter(const Database &db)
    : m_conn(db.connection())
    , m_handle(Database::rawHandle(m_conn))
    , m_chainHead(RecordChain::genesisHash())
{ }

DemoWriter::~DemoWriter()
{
    m_st.reset(); // finalized before the cache goes back
    if (m_started)
        Database::execScript(m_conn, "PRAGMA cache_size = -2000;").ok();
}

Result<qint64> DemoWriter::clientCount() const
{
    if (!m_handle)
        return notOnTeamDatabase();
    SqliteStatement q(m_handle, "SELECT count(*) FROM clients");
    if (!q.step() || !q.ok())
        return statementError(q);
    return q.int64(0);
}

void DemoWriter::start()
{
    if (!m_handle)
        return;
    Database::execScript(m_conn, "PRAGMA cache_size = -1048576;").ok();
    m_started = true;
}

Result<void> DemoWriter::suspendSearchIndex()
{
    if (!m_handle)
        return notOnTeamDatabase();
    SqliteStatement triggers(m_handle,
                             "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                             "tbl_name IN ('note_revisions', 'note_tombstones', "
                             "'note_attachments') AND name LIKE 'note\\_search\\_%' ESCAPE '\\'");
    if (!triggers.ok())
        return statementError(triggers);
    QList<QByteArray> names;
    while (triggers.step()) {
        names << triggers.text(0).toUtf8();
        m_searchTriggers << triggers.text(1).toUtf8() + ';';
    }
    triggers.reset();
    for (const QByteArray &name : std::as_const(names)) {
        if (auto d = Database::execScript(m_conn, "DROP TRIGGER " + name + ';'); !d)
            return d;
    }
    return Database::execScript(
            m_conn, "INSERT INTO note_search (note_search, rank) VALUES ('automerge', 0);");
}

Result<void> DemoWriter::prepare()
{
    if (!m_handle)
        return notOnTeamDatabase();
    SqliteStatement form(m_handle,
                         "SELECT count(*) FROM pragma_table_info('record_chain') WHERE name = "
                         "'form'");
    if (!form.step() || !form.ok())
        return statementError(form);
    m_chainForms = form.int64(0) > 0;
    m_st = std::make_unique<Statements>(m_handle, m_chainForms);
    for (const SqliteStatement *st : m_st->all()) {
        if (!st->ok())
            return statementError(*st);
    }
    return {};
}

Result<void> DemoWriter::check() const
{
    for (const SqliteStatement *st : m_st->all()) {
        if (!st->ok())
            return makeError(ErrorCode::Database,
                             QStringLiteral("writing demo data failed: ") + st->error());
    }
    return {};
}

Result<void> DemoWriter::rebuildSearchIndex()
{
    if (!m_handle)
        return notOnTeamDatabase();
    QByteArray finish = "INSERT INTO note_search (rowid, body, contact, attachments, fields, "
                        "facets) SELECT note_id, body, contact, attachments, fields, facets "
                        "FROM note_search_source;"
                        "INSERT INTO note_search (note_search) VALUES ('optimize');"
                        "INSERT INTO note_search (note_search, rank) VALUES ('automerge', 4);";
    for (const QByteArray &trigger : std::as_const(m_searchTriggers))
        finish += trigger;
    if (auto f = Database::execScript(m_conn, finish); !f)
        return f;
    m_searchTriggers.clear();
    return {};
}

Result<void> DemoWriter::suspendArHistory()
{
    // A file of an older schema (a test's partial migration) has no history yet; migration 0016
    // builds it from the ledger when the file is upgraded.
    auto present = sql::scalar(m_conn,
                               QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                              "'ar_history_state'"));
    if (!present)
        return present.error();
    m_arHistory = present.value().toInt() > 0;
    return m_arHistory ? ArHistory(m_conn).pause() : Result<void>();
}

Result<void> DemoWriter::rebuildArHistory()
{
    return m_arHistory ? ArHistory(m_conn).rebuildAll() : Result<void>();
}

Result<void> DemoWriter::fillPromisesMadeAt()
{
    auto present = sql::scalar(m_conn,
                               QStringLiteral("SELECT count(*) FROM pragma_table_info('promises') "
                                              "WHERE name = 'made_at'"));
    if (!present)
        return present.error();
    if (present.value().toInt() == 0)
        return {};
    auto filled = sql::exec(m_conn,
                            QStringLiteral("UPDATE promises SET made_at = COALESCE((SELECT "
                                           "r.occurred_at FROM note_revisions r WHERE r.note_id "
                                           "= promises.note_id AND r.revision = 1), created_at) "
                                           "WHERE made_at IS NULL"));
    if (!filled)
        return filled.error();
    return {};
}

Result<void> DemoWriter::summariseConversations()
{
    // A file of an older schema (a test's partial migration) has no such column yet; its
    // migration fills it.
    auto has
            = sql::scalar(m_conn,
                          QStringLiteral("SELECT count(*) FROM pragma_table_info('client_summary') "
                                         "WHERE name = 'last_conversation_at'"),
                          {}, 0);
    if (!has)
        return has.error();
    if (has.value().toInt() == 0)
        return {};
    return ArSummary(m_conn).refreshConversations();
}

void DemoWriter::finish()
{
    if (!m_handle)
        return;
    Database::execScript(m_conn, "PRAGMA cache_size = -2000; PRAGMA wal_checkpoint(TRUNCATE);")
            .ok();
    m_started = false;
}

Result<qint64> DemoWriter::ensureUser(const char *name, const char *displayName, const char *role,
                                      const QDateTime &createdAt)
{
    m_st->insUser.bind(1, name)
            .bind(2, displayName)
            .bind(3, role)
            .bind(4, storageText(createdAt))
            .run();
    SqliteStatement &q = m_st->selUserId;
    q.bind(1, name);
    const bool found = q.step();
    const qint64 id = found ? q.int64(0) : 0;
    q.reset();
    if (!q.ok() || !m_st->insUser.ok())
        return statementError(q.ok() ? m_st->insUser : q);
    if (!found)
        return makeError(ErrorCode::Database,
                         QStringLiteral("user %1 is not on file").arg(QLatin1String(name)));
    return id;
}

void DemoWriter::writeSetting(const char *key, const QString &value)
{
    m_st->insSetting.bind(1, key).bind(2, value).run();
}

void DemoWriter::writeClient(const ClientRow &row)
{
    const QByteArray createdAt = storageText(row.createdAt);
    m_st->insClient.bind(1, row.id)
            .bind(2, row.code)
            .bind(3, row.name)
            .bind(4, "active")
            .bind(5, row.currency)
            .bind(6, qint64(row.paymentTermsDays))
            .bind(7, row.creditLimitMinor)
            .bind(8, qint64(0))
            .bind(9, "")
            .bind(10, row.assignedUserId)
            .bind(11, row.segment)
            .bind(12, row.tags)
            .bind(13, row.billingAddress)
            .bind(14, row.country)
            .bind(15, row.timeZone)
            .bind(16, row.internalNotes)
            .bind(17, createdAt)
            .bind(18, createdAt)
            .run();
}

void DemoWriter::holdClient(qint64 clientId, const char *status, const QString &reason)
{
    m_st->updClient.bind(1, status).bind(2, reason).bind(3, clientId).run();
}

void DemoWriter::writeContact(const ContactRow &row)
{
    m_st->insContact.bind(1, row.id)
            .bind(2, row.clientId)
            .bind(3, row.name)
            .bind(4, row.role)
            .bind(5, row.email)
            .bind(6, row.preferredChannel)
            .bind(7, qint64(row.billing))
            .bind(8, qint64(row.doNotContact))
            .bind(9, qint64(row.position))
            .run();
}

void DemoWriter::writePhone(const PhoneRow &row)
{
    m_st->insPhone.bind(1, row.contactId)
            .bind(2, row.label)
            .bind(3, row.raw)
            .bind(4, row.e164)
            .bind(5, row.extension)
            .bind(6, qint64(row.position))
            .run();
}

void DemoWriter::writeInvoice(const InvoiceRow &row)
{
    m_st->insInvoice.bind(1, row.id)
            .bind(2, row.clientId)
            .bind(3, row.number)
            .bind(4, storageText(row.issueDate))
            .bind(5, storageText(row.dueDate))
            .bind(6, row.amountMinor)
            .bind(7, row.currency)
            .bind(8, row.poNumber)
            .bind(9, row.balanceMinor)
            .bind(10, storageKey(row.status))
            .bind(11, qint64(row.disputed))
            .bindOrNull(12, storageText(row.settledDate))
            .bind(13, storageText(row.createdAt))
            .run();
}

void DemoWriter::writePayment(const PaymentRow &row)
{
    m_st->insPayment.bind(1, row.id)
            .bind(2, row.clientId)
            .bind(3, storageText(row.date))
            .bind(4, row.amountMinor)
            .bind(5, row.currency)
            .bind(6, row.method)
            .bind(7, row.reference)
            .bind(8, storageText(row.createdAt))
            .bind(9, row.createdBy)
            .run();
    m_st->insAlloc.bind(1, row.id).bind(2, row.invoiceId).bind(3, row.amountMinor).run();
}

void DemoWriter::writeWriteOff(const WriteOffRow &row)
{
    m_st->insAdjustment.bind(1, row.invoiceId)
            .bind(2, storageText(row.date))
            .bind(3, row.amountMinor)
            .bind(4, row.reason)
            .bind(5, storageText(row.createdAt))
            .bind(6, row.createdBy)
            .run();
}

qint64 DemoWriter::appendChain(const char *kind, qint64 entryId, const QByteArray &canonical)
{
    const QString hash = RecordChain::link(m_chainHead, canonical);
    ++m_chainSeq;
    m_st->insChain.bind(1, m_chainSeq)
            .bind(2, kind)
            .bind(3, entryId)
            .bind(4, m_chainHead.toLatin1())
            .bind(5, hash.toLatin1());
    if (m_chainForms)
        m_st->insChain.bind(6, qint64(RecordChain::kCurrentForm));
    m_st->insChain.run();
    m_chainHead = hash;
    return m_chainSeq;
}

void DemoWriter::writeNote(const Note &note)
{
    const QByteArray recorded = storageText(note.recordedAt);
    m_st->insNote.bind(1, note.id)
            .bind(2, note.clientId)
            .bind(3, recorded)
            .bind(4, note.authorId)
            .run();
    const qint64 seq
            = appendChain("revision", note.revisionId, RecordChain::canonicalRevision(note));
    m_st->insRevision.bind(1, note.revisionId)
            .bind(2, note.id)
            .bind(3, toString(note.channel))
            .bind(4, toString(note.direction))
            .bind(5, note.contactId)
            .bind(6, note.contactName)
            .bind(7, timeutil::toStorage(note.occurredAt))
            .bind(8, recorded)
            .bind(9, note.authorId)
            .bind(10, toString(note.outcome))
            .bind(11, note.text)
            .bindOrNull(12, storageText(note.nextContactDate))
            .bind(13, qint64(note.noFollowUpNeeded))
            .bind(14, seq)
            .run();
    for (const qint64 invoiceId : note.invoiceIds)
        m_st->insNoteInvoice.bind(1, note.revisionId).bind(2, invoiceId).run();
}

void DemoWriter::writeAttachment(qint64 attachmentId, qint64 revisionId, const QString &displayName,
                                 const QString &mimeType, const QByteArray &content)
{
    const QString sha = Sha256::hex(content);
    m_st->insBlob.bind(1, sha)
            .bind(2, qint64(content.size()))
            .bind(3, mimeType)
            .bindBlob(4, content)
            .run();
    // INSERT OR IGNORE keeps the first type stored with the content: the chain says that one.
    auto stored = m_blobMime.constFind(sha);
    if (stored == m_blobMime.cend())
        stored = m_blobMime.insert(sha, mimeType);
    RecordChain::StoredAttachment chained;
    chained.revisionId = revisionId;
    chained.sha256 = sha;
    chained.displayName = displayName;
    chained.claimedMime = mimeType;
    chained.mimeType = stored.value();
    const qint64 seq
            = appendChain("attachment", attachmentId, RecordChain::canonicalAttachment(chained));
    m_st->insAttachment.bind(1, attachmentId)
            .bind(2, revisionId)
            .bind(3, sha)
            .bind(4, displayName)
            .bind(5, mimeType)
            .bind(6, seq)
            .run();
}

void DemoWriter::writePromise(const PromiseRow &row)
{
    m_st->insPromise.bind(1, row.id)
            .bind(2, row.clientId)
            .bind(3, row.noteId)
            .bind(4, row.amountMinor)
            .bind(5, row.currency)
            .bind(6, storageText(row.promisedDate))
            .bind(7, row.status)
            .bind(8, row.paidMinor)
            .bind(9, storageText(row.createdAt))
            .bind(10, row.createdBy)
            .run();
    m_st->insPromiseInvoice.bind(1, row.id).bind(2, row.invoiceId).run();
}

void DemoWriter::writeDispute(const DisputeRow &row)
{
    m_st->insDispute.bind(1, row.clientId)
            .bind(2, row.invoiceId)
            .bind(3, row.reason)
            .bind(4, row.ownerId)
            .bind(5, row.status)
            .bind(6, storageText(row.openedAt))
            .bind(7, row.openedNote)
            .bindOrNull(8, storageText(row.resolvedAt))
            .bind(9, row.resolution)
            .run();
}

void DemoWriter::writeTaskUnaudited(const TaskRow &row)
{
    m_st->insTask.bind(1, row.clientId)
            .bind(2, row.ownerId)
            .bind(3, row.kind)
            .bind(4, row.title)
            .bind(5, storageText(row.dueDate))
            .bind(6, "open")
            .bind(7, "note")
            .bind(8, row.sourceNoteId)
            .bind(9, storageText(row.createdAt))
            .bind(10, row.createdBy)
            .run();
}

void DemoWriter::writeSummary(const SummaryRow &row)
{
    m_st->insSummary.bind(1, row.clientId)
            .bind(2, row.currency)
            .bind(3, row.balanceMinor)
            .bind(4, row.overdueMinor)
            .bind(5, qint64(row.openInvoices))
            .bindOrNull(6, storageText(row.oldestOpenDueDate))
            .bindOrNull(7, storageText(row.lastContactAt))
            .bindOrNull(8, storageText(row.nextContactDate))
            .bind(9, storageText(row.asOf))
            .run();
}

} // namespace ardesk
