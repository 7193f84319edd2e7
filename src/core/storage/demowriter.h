// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoice.h"
#include "core/domain/note.h"
#include "core/support/result.h"

#include <memory>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace ardesk {

class Database;

/// The SQL of the demo generator (DemoGenerator drives it): one typed write per row kind on
/// raw prepared statements (hundreds of thousands of rows), the record chain kept in memory as
/// it grows, and the search index suspended during the load and built once at the end.
///
/// Works inside the caller's write transaction on the calling thread's connection; begins and
/// commits nothing. Call start() (before the transaction), then suspendSearchIndex() and
/// prepare() inside it. Row writes do not stop at a failure: the first one is kept and check()
/// reports it (the caller then rolls back). Not thread-safe.
class DemoWriter
{
public:
    struct ClientRow
    {
        qint64 id = 0;
        QString code, name, currency;
        int paymentTermsDays = 30;
        qint64 creditLimitMinor = 0;
        qint64 assignedUserId = 0;
        const char *segment = "";
        const char *tags = "";
        QString billingAddress, country;
        const char *timeZone = "";
        QString internalNotes;
        QDateTime createdAt; ///< also its updated_at
    };
    struct ContactRow
    {
        qint64 id = 0, clientId = 0;
        QString name;
        const char *role = "";
        QString email;
        const char *preferredChannel = "any";
        bool billing = false, doNotContact = false;
        int position = 0;
    };
    struct PhoneRow
    {
        qint64 contactId = 0;
        const char *label = "office";
        QString raw, e164, extension;
        int position = 0;
    };
    struct InvoiceRow
    {
        qint64 id = 0, clientId = 0;
        QString number;
        QDate issueDate, dueDate;
        qint64 amountMinor = 0, balanceMinor = 0;
        QString currency, poNumber;
        InvoiceStatus status = InvoiceStatus::Open;
        bool disputed = false;
        QDate settledDate; ///< invalid: NULL
        QDateTime createdAt;
    };
    /// A payment allocated in full to one invoice.
    struct PaymentRow
    {
        qint64 id = 0, clientId = 0, invoiceId = 0;
        QDate date;
        qint64 amountMinor = 0;
        QString currency;
        const char *method = "other";
        QString reference;
        QDateTime createdAt;
        qint64 createdBy = 0;
    };
    struct WriteOffRow
    {
        qint64 invoiceId = 0;
        QDate date;
        qint64 amountMinor = 0;
        const char *reason = "";
        QDateTime createdAt;
        qint64 createdBy = 0;
    };
    /// A promise on one invoice.
    struct PromiseRow
    {
        qint64 id = 0, clientId = 0, noteId = 0, invoiceId = 0;
        qint64 amountMinor = 0, paidMinor = 0;
        QString currency;
        QDate promisedDate;
        const char *status = "open";
        QDateTime createdAt;
        qint64 createdBy = 0;
    };
    struct DisputeRow
    {
        qint64 clientId = 0, invoiceId = 0, ownerId = 0, openedNote = 0;
        QString reason;
        const char *status = "open";
        QDateTime openedAt;
        QDateTime resolvedAt; ///< invalid: NULL
        const char *resolution = "";
    };
    struct TaskRow
    {
        qint64 clientId = 0, ownerId = 0, sourceNoteId = 0, createdBy = 0;
        const char *kind = "follow_up";
        QString title;
        QDate dueDate;
        QDateTime createdAt;
    };
    struct SummaryRow
    {
        qint64 clientId = 0;
        QString currency;
        qint64 balanceMinor = 0, overdueMinor = 0;
        int openInvoices = 0;
        QDate oldestOpenDueDate; ///< invalid: NULL
        QDateTime lastContactAt; ///< invalid: NULL
        QDate nextContactDate; ///< invalid: NULL
        QDate asOf;
    };

    /// On this thread's connection of `db`.
    explicit DemoWriter(const Database &db);
    /// Puts the connection's page cache back to its default when start() enlarged it.
    ~DemoWriter();
    DemoWriter(const DemoWriter &) = delete;
    DemoWriter &operator=(const DemoWriter &) = delete;

    /// False when the connection is not SQLite (the bulk path needs its raw handle).
    bool hasHandle() const { return m_handle != nullptr; }
    /// Clients on file (demo data only goes into a file with none).
    Result<qint64> clientCount() const;

    /// Before the transaction: a 1 GiB page cache for this connection (the commit is still
    /// synced).
    void start();
    /// Drops the search index's per-row triggers and its automatic merging, which would rebuild
    /// a note's index row for every revision and attachment; rebuildSearchIndex() fills the
    /// index in one pass and recreates them, so a rollback leaves neither a half-built index
    /// nor missing triggers.
    Result<void> suspendSearchIndex();
    /// Prepares the row statements; the first that fails names the error.
    Result<void> prepare();
    /// The first failed row write, with SQLite's message.
    Result<void> check() const;
    /// The index from note_search_source in one INSERT … SELECT, merged once, the normal merge
    /// setting back and the triggers recreated.
    Result<void> rebuildSearchIndex();
    /// Pauses the receivables history's triggers (ArHistory) for the load; rebuildArHistory()
    /// computes it once from the ledger written and resumes them.
    Result<void> suspendArHistory();
    Result<void> rebuildArHistory();
    /// Stores each promise's conversation instant (made_at, schema 20; a file of an older schema
    /// has no such column). Their outcomes are judged when the load commits (PromiseOutcomes).
    Result<void> fillPromisesMadeAt();
    /// The summary rows' last conversation from the notes written (one UPDATE).
    Result<void> summariseConversations();
    /// After the commit: the default page cache back and the WAL checkpointed into the file.
    void finish();

    /// The user's id; a user already on file by that name is kept as it is.
    Result<qint64> ensureUser(const char *name, const char *displayName, const char *role,
                              const QDateTime &createdAt);
    void writeSetting(const char *key, const QString &value);
    void writeClient(const ClientRow &row);
    /// Puts a client on credit hold with a new status ("on_hold", "in_collections").
    void holdClient(qint64 clientId, const char *status, const QString &reason);
    void writeContact(const ContactRow &row);
    void writePhone(const PhoneRow &row);
    void writeInvoice(const InvoiceRow &row);
    /// The payment and its allocation.
    void writePayment(const PaymentRow &row);
    void writeWriteOff(const WriteOffRow &row);
    /// A note with its first (and only) revision, its record chain entry and its invoices.
    void writeNote(const Note &note);
    /// A content-addressed blob (stored once) and its reference from a revision, chained.
    void writeAttachment(qint64 attachmentId, qint64 revisionId, const QString &displayName,
                         const QString &mimeType, const QByteArray &content);
    /// The promise and its invoice.
    void writePromise(const PromiseRow &row);
    void writeDispute(const DisputeRow &row);
    /// A task with no audit row (demo history, not a user's action).
    void writeTaskUnaudited(const TaskRow &row);
    void writeSummary(const SummaryRow &row);

private:
    struct Statements;

    qint64 appendChain(const char *kind, qint64 entryId, const QByteArray &canonical);

    QSqlDatabase m_conn;
    bool m_arHistory = false; ///< the file has the receivables history (schema 16)
    sqlite3 *m_handle = nullptr;
    bool m_started = false;
    QList<QByteArray> m_searchTriggers; ///< their CREATE statements, while suspended
    QString m_chainHead;
    qint64 m_chainSeq = 0;
    bool m_chainForms = true; ///< record_chain.form exists (schema 15 on)
    QHash<QString, QString> m_blobMime; ///< the MIME type stored with each blob (the first one)
    std::unique_ptr<Statements> m_st;
};

} // namespace ardesk
