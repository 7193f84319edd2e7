// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dunning.h"
#include "core/domain/stepdecision.h"
#include "core/services/chaseexplanation.h"
#include "core/services/statementrenderer.h"
#include "core/storage/chasefacts.h"
#include "core/storage/database.h"
#include "core/support/progress.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace ardesk {

class ReminderMailer;

/// Applies the reminder policies (docs/workflow.md). plan() says what a run would do for every
/// client with overdue invoices — per invoice the steps taken, superseded, held (with the holds'
/// reasons) and skipped — and writes nothing; apply() carries a plan out, one write transaction
/// per client: one consolidated e-mail per client (through the ReminderMailer, queued in the
/// outbox, never sent), one call task, credit hold, escalation and legal-review tasks, defaulted
/// payment plans, and a reminder_log row per step so that a second run the same day does
/// nothing. Temporary holds (dispute, pauses, promise, plan, no address, and for e-mail steps the
/// contact cap and the same template today, which manual sends obey too) leave a step pending so
/// it is taken when the hold ends; do-not-contact is permanent and recorded as
/// 'skipped:do_not_contact'.
///
/// Threading: runs on the calling thread with that thread's connection (call it from a worker;
/// plan() over 100k clients takes seconds). The mailer, when given, must outlive the service.
class ReminderService
{
public:
    using HeldStep = StepDecision::HeldStep;
    struct InvoicePlan
    {
        qint64 invoiceId = 0;
        QString number;
        QDate dueDate;
        int daysLate = 0;
        qint64 balanceMinor = 0;
        QString currency;
        QList<PolicyStep> take; ///< taken by this run
        QList<PolicyStep> superseded; ///< recorded as superseded by a later step of its channel
        QList<HeldStep> held; ///< left pending: a temporary hold
        QList<HeldStep> skipped; ///< recorded as skipped: a permanent hold
        QList<PolicyStep> waitingForMail; ///< e-mail steps left pending: e-mail not configured
        /// E-mail steps taken as a call/text task instead (in `take` as such): the billing
        /// contacts prefer the phone or texts (asPreferred).
        QList<PolicyStep> asTask;
    };
    struct ClientPlan
    {
        qint64 clientId = 0;
        QString code;
        QString name;
        QString policyName;
        qint64 clerkId = 0;
        bool alreadyOnHold = false;
        QList<InvoicePlan> invoices;
        QString emailTemplate; ///< of the most advanced e-mail/statement step taken
        QList<qint64> emailInvoiceIds; ///< covered by the one consolidated message
        bool callTask = false;
        /// Phone or Text: the billing contacts prefer it, so e-mail steps became the call task.
        PreferredReach emailAsTask = PreferredReach::Any;
        bool creditHold = false;
        bool escalate = false;
        bool legalReview = false;
        QList<qint64> defaultedPlanIds; ///< active plans with an installment missed
        /// Something to write (a step to take or record, or a plan to mark defaulted).
        bool hasWork() const;
    };
    struct Plan
    {
        QDate asOf;
        /// Whose clients the plan covers: 0 for every client (a manager's run, the permission
        /// RemindEveryone), else the clerk's own: the clients assigned to them.
        qint64 clerkId = 0;
        bool mailConfigured = false;
        QList<ClientPlan> clients; ///< only clients with overdue invoices, by code
    };
    struct Outcome
    {
        int clients = 0; ///< clients something was done for
        int emails = 0;
        int callTasks = 0;
        int creditHolds = 0;
        int escalations = 0;
        int legalReviews = 0;
        int stepsRecorded = 0;
        int defaultedPlans = 0;
        int waitingForMail = 0; ///< e-mail steps left pending (e-mail not configured)
        QStringList problems; ///< per client, what failed (that client was rolled back)
        /// The run was cancelled: the clients done so far are complete (each in its own
        /// transaction), `notDone` clients with work were not touched (the next run takes them).
        bool cancelled = false;
        int notDone = 0;
        /// "Cancelled: 120 clients done, 880 not done (the next run takes them)"; empty when
        /// the run was not cancelled.
        QString cancelledText() const;
    };

    /// `mailer` may be null: e-mail steps then stay pending ("e-mail not configured").
    ReminderService(std::shared_ptr<Database> db, qint64 userId, ReminderMailer *mailer = nullptr)
        : m_db(std::move(db))
        , m_userId(userId)
        , m_mailer(mailer)
    { }
    /// The reminder run as the window and the CLI make it: when the company file has SMTP
    /// settings, e-mail steps are queued in the outbox (OutboxReminderMailer, owned by the
    /// service); without them they stay pending. plan() and apply() of such services agree on
    /// whether e-mail is set up, whichever of them made the plan.
    /// `statements` (may be null) prints the statement a `statement` step's e-mail carries.
    static ReminderService withCompanyMail(std::shared_ptr<Database> db, qint64 userId,
                                           std::shared_ptr<const StatementRenderer> statements
                                           = {});

    /// What a run on `asOf` would do, for every client (or those in `clientIds`). Reads only.
    /// Whose clients: a manager's run (Permission::RemindEveryone) covers every client, a
    /// clerk's only the clients assigned to them (Plan::clerkId), so clerks can run their own
    /// reminders without chasing a colleague's accounts.
    Result<Plan> plan(const QDate &asOf, const QList<qint64> &clientIds = {}) const;
    /// What a plan covers, for the person who runs it: empty for every client, else "Only the
    /// clients assigned to you: a manager's run covers every client."
    static QString scopeText(const Plan &plan);
    /// Carries out a plan made by plan(); a plan that queues e-mail is refused (nothing written)
    /// when this service has no mailer (e-mail set up since the plan was made). A client whose
    /// steps another run recorded meanwhile is left alone. A failure for one client rolls back that
    /// client only (listed in Outcome::problems); the error is for failures before any client was
    /// touched. `progress` counts the clients with work; when cancelled, the run stops between
    /// two clients (Outcome::cancelled, notDone).
    Result<Outcome> apply(const Plan &plan, const Progress &progress = {});
    /// plan() then apply(), after re-evaluating the promises as of the date. Cancelled before
    /// apply() began: an error (Progress::cancelledError), nothing written but the promises'
    /// evaluation.
    Result<Outcome> run(const QDate &asOf, const Progress &progress = {});
    /// Why (or why not) a client's overdue invoices are chased on `asOf`.
    Result<ChaseExplanation> explain(qint64 clientId, const QDate &asOf) const;

private:
    /// Refused unless the acting user may do what the run does (Permissions).
    Result<void> authorizeRun() const;
    /// The clerk whose assigned clients the acting user's run covers; 0 for every client (a
    /// manager, or ARDesk itself).
    Result<qint64> scopeClerk() const;
    /// Refused, writing nothing, when `plan` holds a client outside the acting user's scope
    /// (a plan made for everyone, carried out by a clerk).
    Result<void> checkScope(const Plan &plan) const;
    /// Plans again, with their e-mail steps held, the clients whose consolidated e-mail the
    /// contact cap or the same-template rule stops (SendGuard::mailHolds); `facts` and
    /// `policies` are the plan's clients', in its order.
    Result<void> holdByMailLimits(Plan &plan, const QList<ChaseFactsQuery::Client> &facts,
                                  const QList<ReminderPolicy> &policies) const;
    /// One client's plan: the credit hold (its own transaction), then in one transaction the
    /// defaulted plans, the e-mail, the tasks, the steps recorded and the audit row.
    Result<void> applyClient(const ClientPlan &client, const QDate &asOf, qint64 managerId,
                             Outcome &outcome);
    /// Puts the client on credit hold when a step says so; whether this run did.
    Result<bool> holdCredit(const ClientPlan &client);
    /// Conflict when another run recorded one of the plan's steps since it was made.
    Result<void> checkNotRecorded(const ClientPlan &client) const;
    /// Queues the consolidated e-mail, if any; its outbox id (0: none).
    Result<qint64> queueEmail(const ClientPlan &client, const QDate &asOf, Outcome &outcome);
    /// One call, escalation and legal-review task at most; task id by step action.
    Result<QMap<int, qint64>> createTasks(const ClientPlan &client, const QDate &asOf,
                                          qint64 managerId, Outcome &outcome);
    /// A reminder_log row per step taken, superseded or skipped; the steps taken, described.
    Result<QStringList> recordSteps(const ClientPlan &client, const QDate &asOf, qint64 outboxId,
                                    const QMap<int, qint64> &taskOf, Outcome &outcome);
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
    ReminderMailer *m_mailer = nullptr;
    std::shared_ptr<ReminderMailer> m_ownMailer; ///< withCompanyMail()'s; m_mailer points at it

    Q_DECLARE_TR_FUNCTIONS(ReminderService)
};

} // namespace ardesk
