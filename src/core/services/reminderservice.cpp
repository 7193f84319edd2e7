// SPDX-License-Identifier: MIT
#include "core/services/reminderservice.h"

#include "core/domain/sendguard.h"
#include "core/domain/stepdecision.h"
#include "core/services/authorization.h"
#include "core/services/creditservice.h"
#include "core/services/outboxremindermailer.h"
#include "core/services/promiseservice.h"
#include "core/services/remindermailer.h"
#include "core/storage/auditlog.h"
#include "core/storage/chasefacts.h"
#include "core/storage/clientrepository.h"
#include "core/storage/planrepository.h"
#include "core/storage/policyrepository.h"
#include "core/storage/reminderlog.h"
#include "core/storage/sendfactsquery.h"
#include "core/storage/taskrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/storage/workflowsettings.h"
#include "core/support/timeutil.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ardesk {

namespace {
QString joinNumbers(const ReminderService::ClientPlan &c, const QList<qint64> &ids)
{
    QStringList numbers;
    for (const auto &i : c.invoices) {
        if (ids.contains(i.invoiceId))
            numbers << i.number;
    }
    return numbers.join(QStringLiteral(", "));
}

ReminderService::InvoicePlan planInvoice(const ReminderPolicy &policy,
                                         const ChaseFactsQuery::Invoice &inv, const QDate &asOf,
                                         bool mailConfigured, const QList<HoldReason> &mailHolds)
{
    ReminderService::InvoicePlan p;
    p.invoiceId = inv.id;
    p.number = inv.number;
    p.dueDate = inv.dueDate;
    p.daysLate = int(inv.dueDate.daysTo(asOf));
    p.balanceMinor = inv.balanceMinor;
    p.currency = inv.currency;
    StepDecision d = StepDecision::decide(policy, inv.dueDate, asOf, inv.doneStepIds(), inv.facts,
                                          mailConfigured, mailHolds);
    p.take = std::move(d.take);
    p.superseded = std::move(d.superseded);
    p.held = std::move(d.held);
    p.skipped = std::move(d.skipped);
    p.waitingForMail = std::move(d.waitingForMail);
    p.asTask = std::move(d.asTask);
    return p;
}

/// One client's plan: its invoices' steps, and what they add up to (one consolidated e-mail
/// from the most advanced e-mail step's template, one task of each kind). `mailHolds` hold its
/// e-mail steps (the contact cap, the same template today).
ReminderService::ClientPlan planClient(const ChaseFactsQuery::Client &c,
                                       const ReminderPolicy &policy, const QDate &asOf,
                                       bool mailConfigured, const QList<HoldReason> &mailHolds)
{
    ReminderService::ClientPlan cp;
    cp.clientId = c.id;
    cp.code = c.code;
    cp.name = c.name;
    cp.policyName = policy.name;
    cp.clerkId = c.clerkId;
    cp.alreadyOnHold = c.creditHold;
    cp.defaultedPlanIds = c.missedPlanIds;
    int mailDays = std::numeric_limits<int>::min(); // pre-due steps have negative days
    for (const ChaseFactsQuery::Invoice &inv : c.invoices) {
        ReminderService::InvoicePlan ip = planInvoice(policy, inv, asOf, mailConfigured, mailHolds);
        if (!ip.asTask.isEmpty())
            cp.emailAsTask = inv.facts.preferredReach;
        for (const PolicyStep &s : ip.take) {
            if (isMailStep(s.action)) {
                if (!cp.emailInvoiceIds.contains(ip.invoiceId))
                    cp.emailInvoiceIds.append(ip.invoiceId);
                if (s.daysAfterDue > mailDays
                    || (s.daysAfterDue == mailDays && s.action == StepAction::Statement)) {
                    mailDays = s.daysAfterDue;
                    cp.emailTemplate = s.templateKey;
                }
            }
            cp.callTask = cp.callTask || s.action == StepAction::CallTask;
            cp.creditHold = cp.creditHold || s.action == StepAction::CreditHold;
            cp.escalate = cp.escalate || s.action == StepAction::Escalate;
            cp.legalReview = cp.legalReview || s.action == StepAction::LegalReview;
        }
        cp.invoices.append(ip);
    }
    return cp;
}

/// The e-mail limits a client's consolidated e-mail would break (SendGuard::mailHolds).
QList<HoldReason> mailHoldsOf(const ReminderService::ClientPlan &c,
                              const QHash<qint64, SendFactsQuery::RecentMail> &recent, int cap)
{
    const SendFactsQuery::RecentMail mail = recent.value(c.clientId);
    return SendGuard::mailHolds(mail.lastWeek, mail.templatesToday.contains(c.emailTemplate), cap);
}

/// How many days before the due date the earliest pre-due step of any policy is (0: none):
/// invoices not yet due that far ahead are planned too.
int preDueDays(const PolicyRepository::Catalog &catalog)
{
    int days = 0;
    for (const ReminderPolicy &p : catalog.policies) {
        for (const PolicyStep &s : p.steps)
            days = std::max(days, -s.daysAfterDue);
    }
    return days;
}

QString outcomeOf(StepAction a)
{
    switch (a) {
    case StepAction::Email:
    case StepAction::Statement:
        return QStringLiteral("queued");
    case StepAction::CreditHold:
        return QStringLiteral("hold");
    default:
        return QStringLiteral("task");
    }
}
} // namespace

bool ReminderService::ClientPlan::hasWork() const
{
    if (!defaultedPlanIds.isEmpty())
        return true;
    for (const InvoicePlan &i : invoices) {
        if (!i.take.isEmpty() || !i.superseded.isEmpty() || !i.skipped.isEmpty())
            return true;
    }
    return false;
}

ReminderService ReminderService::withCompanyMail(
        std::shared_ptr<Database> db, qint64 userId,
        std::shared_ptr<const StatementRenderer> statements)
{
    ReminderService service(db, userId);
    if (OutboxReminderMailer::isConfigured(db)) {
        service.m_ownMailer
                = std::make_shared<OutboxReminderMailer>(db, userId, std::move(statements));
        service.m_mailer = service.m_ownMailer.get();
    }
    return service;
}

Result<ReminderService::Plan> ReminderService::plan(const QDate &asOf,
                                                    const QList<qint64> &clientIds) const
{
    auto grace = ChaseFactsQuery::graceDays(*m_db);
    if (!grace)
        return grace.error();
    auto catalog = PolicyRepository(*m_db).catalog();
    if (!catalog)
        return catalog.error();
    auto scope = scopeClerk();
    if (!scope)
        return scope.error();
    const ChaseFactsQuery query(*m_db, grace.value());
    const int lookAhead = preDueDays(catalog.value());
    auto facts = scope.value() == 0 ? query.load(asOf, clientIds, lookAhead)
                                    : query.loadForClerk(asOf, scope.value(), lookAhead);
    if (!facts)
        return facts.error();
    if (scope.value() != 0 && !clientIds.isEmpty())
        facts.value().removeIf(
                [&](const ChaseFactsQuery::Client &c) { return !clientIds.contains(c.id); });
    Plan plan;
    plan.asOf = asOf;
    plan.clerkId = scope.value();
    plan.mailConfigured = m_mailer != nullptr;
    plan.clients.reserve(facts.value().size());
    QList<ReminderPolicy> policies;
    for (const ChaseFactsQuery::Client &c : facts.value()) {
        policies.append(catalog.value().resolve(c.policyId, c.segment));
        plan.clients.append(planClient(c, policies.last(), asOf, plan.mailConfigured, {}));
    }
    if (auto h = holdByMailLimits(plan, facts.value(), policies); !h)
        return h.error();
    return plan;
}

Result<void> ReminderService::holdByMailLimits(Plan &plan,
                                               const QList<ChaseFactsQuery::Client> &facts,
                                               const QList<ReminderPolicy> &policies) const
{
    QList<qint64> mailed;
    for (const ClientPlan &c : std::as_const(plan.clients)) {
        if (!c.emailInvoiceIds.isEmpty())
            mailed.append(c.clientId);
    }
    if (mailed.isEmpty())
        return {};
    auto settings = WorkflowSettings::load(*m_db);
    if (!settings)
        return settings.error();
    auto recent = SendFactsQuery(*m_db).recentMail(mailed);
    if (!recent)
        return recent.error();
    for (qsizetype i = 0; i < plan.clients.size(); ++i) {
        if (plan.clients.at(i).emailInvoiceIds.isEmpty())
            continue;
        const QList<HoldReason> holds = mailHoldsOf(plan.clients.at(i), recent.value(),
                                                    settings.value().contactCapPerWeek);
        if (!holds.isEmpty()) // planned again: its e-mail steps held, what they supersede kept
            plan.clients[i] = planClient(facts.at(i), policies.at(i), plan.asOf,
                                         plan.mailConfigured, holds);
    }
    return {};
}

QString ReminderService::Outcome::cancelledText() const
{
    if (!cancelled)
        return {};
    return tr("Cancelled: %n client(s) done", nullptr, clients) + QStringLiteral(", ")
            + tr("%n client(s) not done (the next run takes them)", nullptr, notDone);
}

QString ReminderService::scopeText(const Plan &plan)
{
    if (plan.clerkId == 0)
        return {};
    return tr("Only the clients assigned to you: a manager's run covers every client.");
}

Result<void> ReminderService::authorizeRun() const
{
    // The run queues e-mail, gives tasks to the clients' clerks and places credit holds: the
    // acting user must be allowed each (sales is refused before anything is written). Whose
    // clients it covers is scopeClerk()'s.
    for (Permission p : {Permission::SendEmail, Permission::Tasks, Permission::PlaceCreditHold}) {
        if (auto a = authorize(*m_db, m_userId, p); !a)
            return a.error();
    }
    return {};
}

Result<qint64> ReminderService::scopeClerk() const
{
    if (m_userId == 0)
        return qint64(0);
    auto user = actingUser(*m_db, m_userId);
    if (!user)
        return user.error();
    return Permissions::allows(user.value().roles, Permission::RemindEveryone) ? qint64(0)
                                                                               : m_userId;
}

Result<void> ReminderService::checkScope(const Plan &plan) const
{
    auto scope = scopeClerk();
    if (!scope)
        return scope.error();
    if (scope.value() == 0)
        return {};
    for (const ClientPlan &c : plan.clients) {
        if (c.hasWork() && c.clerkId != scope.value()) {
            auto user = actingUser(*m_db, m_userId);
            if (!user)
                return user.error();
            return makeError(
                    ErrorCode::PermissionDenied,
                    Permissions::refusal(user.value(), Permission::RemindEveryone)
                            + QLatin1Char(' ')
                            + tr("%1 is not assigned to you: nothing was done.").arg(c.code));
        }
    }
    return {};
}

Result<ReminderService::Outcome> ReminderService::run(const QDate &asOf, const Progress &progress)
{
    const auto stopped = [] {
        return Progress::cancelledError(tr("reminder run cancelled before any client was done: "
                                           "nothing was queued or recorded"));
    };
    if (auto a = authorizeRun(); !a)
        return a.error();
    progress.report(0, 0, tr("Evaluating promises"));
    if (auto e = PromiseService(m_db, m_userId).evaluate(asOf); !e)
        return e.error();
    if (progress.isCancelled())
        return stopped();
    progress.report(0, 0, tr("Planning the reminders"));
    auto p = plan(asOf);
    if (!p)
        return p.error();
    if (progress.isCancelled())
        return stopped();
    return apply(p.value(), progress);
}

Result<ReminderService::Outcome> ReminderService::apply(const Plan &plan, const Progress &progress)
{
    Outcome outcome;
    if (auto a = authorizeRun(); !a)
        return a.error();
    if (auto s = checkScope(plan); !s)
        return s.error();
    if (plan.mailConfigured && !m_mailer)
        return makeError(ErrorCode::Conflict,
                         tr("e-mail is not set up any more (File > E-mail settings): nothing was "
                            "done; run reminders again"));
    auto users = UserRepository(*m_db).list();
    if (!users)
        return users.error();
    qint64 managerId = 0; // the first active manager: escalations and reviews go to them
    for (const User &u : users.value()) {
        if (u.roles.testFlag(UserRole::Manager) && u.active && (managerId == 0 || u.id < managerId))
            managerId = u.id;
    }
    const qint64 withWork = std::count_if(plan.clients.cbegin(), plan.clients.cend(),
                                          [](const ClientPlan &c) { return c.hasWork(); });
    const QString stage = tr("Applying the reminders");
    qint64 handled = 0;
    for (const ClientPlan &c : plan.clients) {
        if (!c.hasWork())
            continue;
        if (progress.isCancelled()) {
            // Between two clients: each done one is complete, the rest untouched.
            outcome.cancelled = true;
            outcome.notDone = int(withWork - handled);
            break;
        }
        progress.report(handled, withWork, stage);
        if (auto r = applyClient(c, plan.asOf, managerId, outcome); !r)
            outcome.problems << tr("%1: %2").arg(c.code, r.errorString());
        ++handled;
    }
    if (!outcome.cancelled)
        progress.report(handled, withWork, stage);
    for (const ClientPlan &c : plan.clients) {
        for (const InvoicePlan &i : c.invoices)
            outcome.waitingForMail += int(i.waitingForMail.size());
    }
    return outcome;
}

Result<void> ReminderService::applyClient(const ClientPlan &c, const QDate &asOf, qint64 managerId,
                                          Outcome &outcome)
{
    // The credit hold goes first, in its own transaction: if the run stops after it, the next
    // run finds the client on hold and only records the step.
    auto heldNow = holdCredit(c);
    if (!heldNow)
        return heldNow.error();
    auto applied = inTransaction(*m_db, [&]() -> Result<void> {
        // Another run on another desk applying this client's steps goes first, then this one
        // sees what it recorded.
        if (auto l = ReminderLog(*m_db).lockClient(c.clientId); !l)
            return l;
        if (auto r = checkNotRecorded(c); !r)
            return r;
        for (qint64 planId : c.defaultedPlanIds) {
            if (auto d = PlanRepository(*m_db, m_userId).markDefaulted(planId, asOf); !d)
                return d;
            ++outcome.defaultedPlans;
        }
        auto outboxId = queueEmail(c, asOf, outcome);
        if (!outboxId)
            return outboxId.error();
        auto taskOf = createTasks(c, asOf, managerId, outcome);
        if (!taskOf)
            return taskOf.error();
        if (heldNow.value())
            ++outcome.creditHolds;
        auto steps = recordSteps(c, asOf, outboxId.value(), taskOf.value(), outcome);
        if (!steps)
            return steps.error();
        return AuditLog(*m_db, m_userId)
                .record(QStringLiteral("client"), c.clientId, QStringLiteral("remind"), {},
                        QJsonObject {{QStringLiteral("as_of"), timeutil::toStorage(asOf)},
                                     {QStringLiteral("policy"), c.policyName},
                                     {QStringLiteral("steps"),
                                      QJsonArray::fromStringList(steps.value())},
                                     {QStringLiteral("outbox_id"), outboxId.value()}});
    });
    if (!applied)
        return applied;
    ++outcome.clients;
    return {};
}

Result<bool> ReminderService::holdCredit(const ClientPlan &c)
{
    if (!c.creditHold || c.alreadyOnHold)
        return false;
    QString invoice;
    int days = 0;
    for (const InvoicePlan &i : c.invoices) {
        for (const PolicyStep &s : i.take) {
            if (s.action == StepAction::CreditHold && i.daysLate > days) {
                days = i.daysLate;
                invoice = i.number;
            }
        }
    }
    auto h = CreditService(m_db, m_userId)
                     .hold(c.clientId,
                           tr("reminder policy \"%1\": invoice %2 is %3 past due")
                                   .arg(c.policyName, invoice,
                                        tr("%n day(s)", nullptr, int(days))));
    if (!h && h.error().code != ErrorCode::Conflict)
        return h.error();
    return h.ok();
}

Result<void> ReminderService::checkNotRecorded(const ClientPlan &c) const
{
    // Another run may have recorded these steps since the plan was made.
    ReminderLog log(*m_db);
    for (const InvoicePlan &i : c.invoices) {
        QList<qint64> steps;
        for (const PolicyStep &s : i.take)
            steps << s.id;
        for (const PolicyStep &s : i.superseded)
            steps << s.id;
        for (const HeldStep &s : i.skipped)
            steps << s.step.id;
        if (steps.isEmpty())
            continue;
        auto done = log.anyRecorded(i.invoiceId, steps);
        if (!done)
            return done.error();
        if (done.value())
            return makeError(ErrorCode::Conflict,
                             tr("invoice %1: another run recorded these steps already; run "
                                "again to see what is left")
                                     .arg(i.number));
    }
    return {};
}

Result<qint64> ReminderService::queueEmail(const ClientPlan &c, const QDate &asOf, Outcome &outcome)
{
    if (c.emailInvoiceIds.isEmpty())
        return qint64(0);
    if (!m_mailer)
        return makeError(ErrorCode::InvalidValue, tr("e-mail is not configured"));
    // Counted again inside the client's transaction: e-mails queued since the plan was made
    // (by this run or anyone) count against the cap.
    auto settings = WorkflowSettings::load(*m_db);
    if (!settings)
        return settings.error();
    auto recent = SendFactsQuery(*m_db).recentMail({c.clientId});
    if (!recent)
        return recent.error();
    const QList<HoldReason> holds
            = mailHoldsOf(c, recent.value(), settings.value().contactCapPerWeek);
    if (!holds.isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("e-mail not queued: %1 since the plan was made; run reminders again")
                                 .arg(holds.first().text));
    auto q = m_mailer->queueReminder(c.clientId, c.emailTemplate, c.emailInvoiceIds, asOf);
    if (!q)
        return q.error();
    ++outcome.emails;
    return q.value();
}

Result<QMap<int, qint64>> ReminderService::createTasks(const ClientPlan &c, const QDate &asOf,
                                                       qint64 managerId, Outcome &outcome)
{
    const qint64 clerk = c.clerkId ? c.clerkId : m_userId;
    const qint64 manager = managerId ? managerId : clerk;
    // One task of each kind per client, naming the invoices that reached the step.
    QMap<int, qint64> taskOf;
    for (StepAction action :
         {StepAction::CallTask, StepAction::Escalate, StepAction::LegalReview}) {
        QList<qint64> invoices;
        const PolicyStep *latest = nullptr;
        for (const InvoicePlan &i : c.invoices) {
            for (const PolicyStep &s : i.take) {
                if (s.action != action)
                    continue;
                invoices << i.invoiceId;
                if (!latest || s.daysAfterDue > latest->daysAfterDue)
                    latest = &s;
            }
        }
        if (invoices.isEmpty())
            continue;
        const QString numbers = joinNumbers(c, invoices);
        Task task;
        task.clientId = c.clientId;
        task.dueDate = asOf;
        task.source = TaskSource::Policy;
        task.sourceId = latest->id;
        task.createdBy = m_userId;
        if (action == StepAction::CallTask) {
            task.kind = TaskKind::Call;
            task.ownerId = clerk;
            const QString days = tr("%n day(s)", nullptr, latest->daysAfterDue);
            task.title = c.emailAsTask == PreferredReach::Text
                    ? tr("Reminder text, instead of an e-mail (prefers texts; +%1): %2")
                              .arg(days, numbers)
                    : c.emailAsTask == PreferredReach::Phone
                    ? tr("Reminder call, instead of an e-mail (prefers calls; +%1): %2")
                              .arg(days, numbers)
                    : tr("Reminder call (+%1): %2").arg(days, numbers);
            ++outcome.callTasks;
        } else if (action == StepAction::Escalate) {
            task.kind = TaskKind::Escalation;
            task.ownerId = manager;
            task.title = tr("Escalation (+%1): %2")
                                 .arg(tr("%n day(s)", nullptr, latest->daysAfterDue), numbers);
            ++outcome.escalations;
        } else {
            task.kind = TaskKind::Review;
            task.ownerId = manager;
            task.title = tr("Collections / legal review (+%1): %2")
                                 .arg(tr("%n day(s)", nullptr, latest->daysAfterDue), numbers);
            ++outcome.legalReviews;
        }
        auto t = TaskRepository(*m_db, m_userId).create(task);
        if (!t)
            return t.error();
        taskOf.insert(int(action), t.value());
    }
    return taskOf;
}

Result<QStringList> ReminderService::recordSteps(const ClientPlan &c, const QDate &asOf,
                                                 qint64 outboxId, const QMap<int, qint64> &taskOf,
                                                 Outcome &outcome)
{
    ReminderLog log(*m_db);
    const auto record = [&](qint64 invoiceId, qint64 stepId, const QString &what, qint64 outbox,
                            qint64 task) -> Result<void> {
        if (auto r = log.record(invoiceId, stepId, asOf, what, outbox, task); !r)
            return r;
        ++outcome.stepsRecorded;
        return {};
    };
    QStringList steps;
    for (const InvoicePlan &i : c.invoices) {
        for (const PolicyStep &s : i.take) {
            if (auto r = record(i.invoiceId, s.id, outcomeOf(s.action),
                                isMailStep(s.action) ? outboxId : 0, taskOf.value(int(s.action)));
                !r)
                return r.error();
            steps.append(QStringLiteral("%1 +%2 %3")
                                 .arg(i.number)
                                 .arg(s.daysAfterDue)
                                 .arg(toString(s.action)));
        }
        for (const PolicyStep &s : i.superseded) {
            if (auto r = record(i.invoiceId, s.id, QStringLiteral("superseded"), 0, 0); !r)
                return r.error();
        }
        for (const HeldStep &s : i.skipped) {
            if (auto r = record(i.invoiceId, s.step.id,
                                QStringLiteral("skipped:") + toString(s.holds.first().hold), 0, 0);
                !r)
                return r.error();
        }
    }
    return steps;
}

Result<ChaseExplanation> ReminderService::explain(qint64 clientId, const QDate &asOf) const
{
    auto grace = ChaseFactsQuery::graceDays(*m_db);
    if (!grace)
        return grace.error();
    ChaseExplanation out;
    out.clientId = clientId;
    out.asOf = asOf;
    auto client = ClientRepository(*m_db).find(clientId);
    if (!client && client.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound, tr("no client with id %1").arg(clientId));
    if (!client)
        return client.error();
    out.clientCode = client.value().code;
    auto policy = PolicyRepository(*m_db).forClient(clientId);
    if (!policy)
        return policy.error();
    out.policyName = policy.value().name;
    auto facts = ChaseFactsQuery(*m_db, grace.value()).load(asOf, {clientId});
    if (!facts)
        return facts.error();
    auto settings = WorkflowSettings::load(*m_db);
    if (!settings)
        return settings.error();
    auto recent = SendFactsQuery(*m_db).recentMail({clientId});
    if (!recent)
        return recent.error();
    const SendFactsQuery::RecentMail mail = recent.value().value(clientId);
    for (const ChaseFactsQuery::Client &c : facts.value()) {
        for (const ChaseFactsQuery::Invoice &inv : c.invoices) {
            ChaseExplanation::Invoice e;
            e.id = inv.id;
            e.number = inv.number;
            e.dueDate = inv.dueDate;
            e.daysLate = int(inv.dueDate.daysTo(asOf));
            e.balanceMinor = inv.balanceMinor;
            e.currency = inv.currency;
            for (const ChaseFactsQuery::LogEntry &l : inv.log) {
                for (const PolicyStep &s : policy.value().steps) {
                    if (s.id == l.stepId)
                        e.done.append({s, l.runDate, l.outcome});
                }
            }
            const StepPlan due = dueSteps(policy.value(), inv.dueDate, asOf, inv.doneStepIds());
            if (!due.take.isEmpty()) {
                e.next = due.take.last();
                e.nextIsDue = true;
            } else {
                QSet<qint64> done = inv.doneStepIds();
                for (const PolicyStep &s : due.superseded)
                    done.insert(s.id);
                e.next = nextStep(policy.value(), done);
            }
            if (e.next)
                e.nextDate = inv.dueDate.addDays(e.next->daysAfterDue);
            e.holds = SendGuard::invoiceHolds(inv.facts,
                                              e.next ? e.next->action : StepAction::Email, asOf);
            if (e.nextIsDue && isMailStep(e.next->action)) // the e-mail limits, as a run sees them
                e.holds.append(SendGuard::mailHolds(
                        mail.lastWeek, mail.templatesToday.contains(e.next->templateKey),
                        settings.value().contactCapPerWeek));
            out.invoices.append(e);
        }
    }
    return out;
}

} // namespace ardesk
