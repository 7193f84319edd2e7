// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/domain/sendguard.h"
#include "core/mail/mailcontext.h"
#include "core/mail/mimemessage.h"
#include "core/mail/senderidentity.h"
#include "core/mail/smtpsettings.h"
#include "core/mail/smtptransport.h"
#include "core/services/statementrenderer.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>

namespace ardesk {

/// E-mail use cases: compose a templated message (one client or in bulk), preview it, queue it
/// in the outbox with its exact bytes, and deliver the queue over SMTP with automatic notation.
///
/// compose()/composeBulk() only read; queue()/queueAll() write the outbox in one transaction
/// before anything touches the network; send() runs the outbox state machine (queued → sending,
/// committed before the upload → sent with its note in the same transaction / failed with
/// backoff / parked / unknown). A message is never sent twice by the program: a message left in
/// 'sending' by a crash becomes 'unknown' and waits for the user (retry()).
///
/// Threading: every call uses the calling thread's connection (Database::connection()), so the
/// GUI runs send() (and compose for large bulk runs) on a worker thread; progress is reported
/// from that thread and cancellation is checked between messages.
class MailService
{
public:
    enum class Recipients {
        Chosen, ///< the contacts in ComposeRequest::contactIds
        BillingContacts, ///< every billing contact of the client with a usable address
    };
    /// Who a message speaks for (SenderIdentity: From name, Reply-To, signature).
    enum class Voice {
        Sender, ///< the user who sends it (a manual e-mail, a recap, a bulk send)
        AccountClerk, ///< the client's assigned clerk (the reminder run)
    };
    struct ComposeRequest
    {
        qint64 clientId = 0;
        QString templateKey;
        Recipients recipients = Recipients::BillingContacts;
        QList<qint64> contactIds; ///< with Recipients::Chosen (the first is {{contact}})
        QList<qint64> ccContactIds;
        QStringList attachFiles; ///< paths, read now (size cap of the attachment store)
        QList<MailAttachment> attachData; ///< in-memory attachments (an invoice PDF)
        QList<qint64> invoiceIds; ///< empty: all open invoices
        std::optional<MailContext::Promise> promise;
        QDate asOf; ///< invalid: today
        /// The reminder run composes after applying the policy's holds itself (a pre-due
        /// courtesy step may mail a client with nothing overdue yet): the guard's verdict is
        /// reported, never refused, and disputed invoices are still left out.
        bool byReminderRun = false;
        Voice voice = Voice::Sender;
        /// The call this message recaps (0: none): the template gets what was agreed in it
        /// (MailContext), and the documents of the message's invoices are attached.
        qint64 callNoteId = 0;
    };
    /// A contact (or client) left out, and why.
    struct Skipped
    {
        qint64 clientId = 0;
        qint64 contactId = 0; ///< 0 when the whole client is skipped
        QString name; ///< contact name, or "CODE Name" for a client
        QString reason;
        /// Left out only by guard rules a manager or an administrator may override in a bulk
        /// send (SendVerdict::isOverridableInBulk): BulkPreview::overridable has its message.
        bool overridable = false;
    };
    /// A rendered message ready to be shown and, on confirmation, queued. The GUI may edit
    /// `message.subject/text/html` and the attachments before queue().
    struct Preview
    {
        qint64 clientId = 0;
        QString clientCode;
        QString clientName;
        QString templateKey;
        QList<qint64> contactIds; ///< the addressees (re-checked by queue())
        MimeMessage message;
        /// The SMTP envelope sender (MAIL FROM): the SMTP account's address, whoever the
        /// message speaks for.
        QString envelopeFrom;
        /// The user it speaks for: the client's clerk (Voice::AccountClerk) or the sender; their
        /// name, Reply-To and signature when they have an e-mail address (SenderIdentity).
        qint64 speaksForUserId = 0;
        QList<Skipped> skipped; ///< contacts left out (no address, do not contact, invalid)
        QDate asOf; ///< the day the guard rules were checked for
        /// The guard rules that stop this message (queue() refuses it unless overridden) and
        /// the invoices left out of its list, with why (SendGuard).
        SendVerdict guard;
        /// Set by the caller to send despite guard.blocks: only a manager or an administrator
        /// may; the reason goes into the audit log and the e-mail's note.
        QString overrideReason;
    };
    struct BulkPreview
    {
        QList<Preview> messages; ///< one per client, to its billing contacts
        QList<Skipped> skippedClients;
        /// The messages of the skipped clients marked `overridable`, as they would go: queueAll()
        /// takes them once each has an overrideReason and the user is a manager or an
        /// administrator (the reason is audited and goes into each client's e-mail note).
        QList<Preview> overridable;
        /// The overridable messages with `reason` as their override reason.
        QList<Preview> overridden(const QString &reason) const;
    };

    struct Progress
    {
        int done = 0; ///< messages handled so far in this run
        int total = 0; ///< messages due when the run started
        qint64 outboxId = 0;
        QString subject;
        OutboxStatus status = OutboxStatus::Queued; ///< where the message ended
        QString detail; ///< the server reply or the error
    };
    struct SendOptions
    {
        int limit = 100; ///< at most this many messages in this run
        std::function<void(const Progress &)> progress; ///< called on the sending thread
        const std::atomic_bool *cancel = nullptr; ///< checked before each message
        /// At the per-minute limit: wait for the window (true, the GUI) or stop the run and
        /// leave the rest queued (false, cron and the CLI).
        bool waitAtRateLimit = false;
    };
    struct SendReport
    {
        int sent = 0;
        int failed = 0; ///< temporary failures, retried later
        int parked = 0;
        int unknown = 0;
        int recovered = 0; ///< 'sending' rows found at the start and marked unknown
        int remaining = 0; ///< still due after the run
        int connections = 0;
        bool cancelled = false;
        QString stoppedBecause; ///< a setup/connection problem or a rate limit; empty otherwise
        QList<qint64> sentIds;
    };

    MailService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }
    /// Who prints statements (the print layer's StatementPdf, handed in by the window and the
    /// CLI): with one, a message from the `statement` template carries the client's statement
    /// of account as a PDF, as of the message's date. Without one (the core alone) it carries
    /// none.
    void setStatementRenderer(std::shared_ptr<const StatementRenderer> renderer)
    {
        m_statementRenderer = std::move(renderer);
    }

    /// The stored SMTP settings.
    Result<SmtpSettings> settings() const;
    /// Renders one message. Errors name the problem: unknown template, unknown variables or
    /// missing values, a chosen contact marked do-not-contact or without a valid address, no
    /// usable recipient at all, a header value with control characters, a reminder-type
    /// template for a client that owes nothing or has nothing overdue. The other guard rules
    /// that stop it are in Preview::guard (the preview can be shown, queue() refuses it).
    Result<Preview> compose(const ComposeRequest &request) const;
    /// The request of the recap of a logged call (template call-recap): to the person spoken
    /// with (the note's contact — not every billing contact), about the invoices the call
    /// discussed (none named: every open invoice), with their documents. Refused, naming the
    /// note, when it is not a call or names no contact picked from the client's contacts.
    Result<ComposeRequest> recapRequest(qint64 callNoteId) const;
    /// One message per client to its billing contacts. Clients that cannot be mailed (no
    /// usable address, only do-not-contact contacts, a value the template needs is missing,
    /// a guard rule: paused, disputed, promised, on a plan, nothing overdue, the contact cap)
    /// are listed in skippedClients with the reason; an unknown template or variable fails all.
    /// Those left out only by rules a manager may override have their message in
    /// BulkPreview::overridable.
    Result<BulkPreview> composeBulk(const QList<qint64> &clientIds, const QString &templateKey,
                                    const QDate &asOf = {}) const;
    /// The clients of `chosen` that `narrowing` selects (owing, days late, clerk, segment,
    /// status, filter text), in the order of `chosen`: who a bulk send goes to.
    Result<QList<qint64>> audience(const QList<qint64> &chosen,
                                   const ClientListQuery::Spec &narrowing) const;
    /// Checks the recipients and the guard rules again (do-not-contact, the contact cap, the
    /// same template today may have changed), builds the exact bytes (Date, Message-ID) and
    /// stores them as queued. A message a guard rule stops is refused with the rules, unless
    /// `preview.overrideReason` is set and this user is a manager or an administrator (then
    /// the override is audited and goes into the note when sent). Returns the outbox id;
    /// `preview.message` gets its Date and Message-ID.
    Result<qint64> queue(Preview &preview);
    /// queue() for many, all in one transaction (all or nothing).
    Result<QList<qint64>> queueAll(QList<Preview> &previews);
    /// queue() inside a write transaction the caller holds on this thread's connection (the
    /// reminder run queues a message and records its steps all or nothing). The reminder run
    /// has applied the guard's invoice holds itself (SendGuard::invoiceHolds), so only the
    /// recipients are checked again.
    Result<qint64> queueInTransaction(Preview &preview);

    /// Delivers due messages through `transport` (one connection for the batch).
    Result<SendReport> send(SmtpTransport &transport, const SendOptions &options);
    /// 'sending' → 'unknown' for rows a dead process left behind.
    Result<int> recoverInterrupted();
    /// The user's decision to send a failed, parked or unknown message again.
    Result<void> retry(qint64 outboxId);
    /// The user checked the mailbox and found a message whose delivery was unknown (a send
    /// interrupted after the server may have taken it) delivered: it becomes sent and its
    /// e-mail note is written, naming who confirmed it. Refused for any other status.
    Result<void> confirmSent(qint64 outboxId);
    Result<void> cancel(qint64 outboxId);
    Result<QList<OutboxMessage>> outbox(const QList<OutboxStatus> &statuses = {},
                                        int limit = 500) const;

    /// "Send test email": a short message from the configured sender to `to`, straight through
    /// `transport` (not stored in the outbox, no note). The delivery says what the server did.
    static SmtpTransport::Delivery sendTestMessage(SmtpTransport &transport,
                                                   const SmtpSettings &settings, const QString &to,
                                                   const Clock &clock);

    /// The delay before attempt `attempts + 1` after a temporary failure: 1 min, 2, 4, … 6 h.
    static qint64 backoffSeconds(int attempts);

private:
    /// The statement PDF of a `statement` message (when a renderer was set).
    Result<void> attachStatement(Preview &preview, const ComposeRequest &request) const;
    Result<Preview> composeWith(const ComposeRequest &request, const SmtpSettings &smtp,
                                bool chosenMustBeUsable) const;
    /// What the template's variables are built for: the request's client, invoices and promise,
    /// the preview's addressees, this user as the sender.
    MailContext::Request contextRequest(const ComposeRequest &request,
                                        const Preview &preview) const;
    /// Who the message speaks for: this user, or the client's clerk (request.voice).
    Result<SenderIdentity> identity(const ComposeRequest &request, const Client &client,
                                    const SmtpSettings &smtp) const;
    enum class Guard { Check, ReminderRun };
    Result<qint64> queueIn(Preview &preview, Guard guard);
    /// The guard's verdict for a message from `templateKey` to the client on `asOf`.
    Result<SendVerdict> verdict(qint64 clientId, const QString &templateKey,
                                const QDate &asOf) const;
    /// Whether the preview may be queued now: no rule stops it, or this user may override it.
    Result<void> checkGuard(const Preview &preview, const SendVerdict &verdict) const;

    /// Whether the run may send the next message: not cancelled, the daily limit not reached,
    /// the per-minute limit not reached (or waited for). False says why in `report`.
    Result<bool> mayGoOn(const SmtpSettings &smtp, const SendOptions &options,
                         SendReport &report) const;
    Result<bool> underDailyLimit(const SmtpSettings &smtp, SendReport &report) const;
    Result<bool> waitForMinuteLimit(const SmtpSettings &smtp, const SendOptions &options,
                                    SendReport &report) const;
    /// Claims one message, hands it to `transport` and records the outcome; none when the
    /// message could not be claimed (another sender took it, the user cancelled it).
    Result<std::optional<Progress>> deliver(SmtpTransport &transport, qint64 outboxId,
                                            const SmtpSettings &smtp, SendReport &report);
    /// The outbox row's next state after a delivery attempt, counted in `report`.
    Result<void> recordDelivery(const OutboxMessage &message, const SmtpTransport::Delivery &d,
                                const SmtpSettings &smtp, SendReport &report, Progress &progress);
    Result<void> recordAccepted(const OutboxMessage &message, const SmtpTransport::Delivery &d,
                                SendReport &report, Progress &progress);
    /// Sent: the row with the server's reply and the note on the client's timeline.
    Result<void> recordSent(qint64 outboxId, const QString &reply, bool confirmedByUser = false);

    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
    std::shared_ptr<const StatementRenderer> m_statementRenderer;

    Q_DECLARE_TR_FUNCTIONS(MailService)
};

} // namespace ardesk
