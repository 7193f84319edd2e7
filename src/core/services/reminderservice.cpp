// SPDX-License-Identifier: MIT
#include "core/services/reminderservice.h"

#include "core/services/creditservice.h"
#include "core/services/promiseservice.h"
#include "core/services/remindermailer.h"
#include "core/storage/auditlog.h"
#include "core/storage/chasefacts.h"
#include "core/storage/policyrepository.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ardesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReminderService", text);
}

bool isMail(StepAction a)
{
    return a == StepAction::Email || a == StepAction::Statement;
}

/// Holds that do not end by themselves: the step is recorded as skipped.
bool isPermanent(const QList<HoldReason> &holds)
{
    for (const HoldReason &h : holds) {
        if (h.hold == Hold::DoNotContact)
            return true;
    }
    return false;
}

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
                                         bool mailConfigured)
{
    ReminderService::InvoicePlan p;
    p.invoiceId = inv.id;
    p.number = inv.number;
    p.dueDate = inv.dueDate;
    p.daysLate = int(inv.dueDate.daysTo(asOf));
    p.balanceMinor = inv.balanceMinor;
    p.currency = inv.currency;
    const StepPlan due = dueSteps(policy, inv.dueDate, asOf, inv.doneStepIds());
    QSet<StepChannel> recordedChannels;
    for (const PolicyStep &s : due.take) {
        const QList<HoldReason> holds = holdsFor(inv.facts, s.action, asOf);
        if (holds.isEmpty()) {
            if (isMail(s.action) && !mailConfigured) {
                p.waitingForMail.append(s);
                continue;
            }
            p.take.append(s);
            recordedChannels.insert(channelOf(s.action));
        } else if (isPermanent(holds)) {
            p.skipped.append({s, holds});
            recordedChannels.insert(channelOf(s.action));
        } else {
            p.held.append({s, holds});
        }
    }
    // Earlier steps of a channel are superseded only once its latest step is recorded: while
    // that one waits for a hold to end, they wait with it.
    for (const PolicyStep &s : due.superseded) {
        if (recordedChannels.contains(channelOf(s.action)))
            p.superseded.append(s);
    }
    return p;
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

Result<ReminderService::Plan> ReminderService::plan(const QDate &asOf,
                                                    const QList<qint64> &clientIds) const
{
    QSqlDatabase db = m_db->connection();
    auto grace = ChaseFactsQuery::graceDays(db);
    if (!grace)
        return grace.error();
    auto catalog = PolicyRepository(db).catalog();
    if (!catalog)
        return catalog.error();
    auto facts = ChaseFactsQuery(db, grace.value()).load(asOf, clientIds);
    if (!facts)
        return facts.error();
    Plan plan;
    plan.asOf = asOf;
    plan.mailConfigured = m_mailer != nullptr;
    plan.clients.reserve(facts.value().size());
    for (const ChaseFactsQuery::Client &c : facts.value()) {
        const ReminderPolicy policy = catalog.value().resolve(c.policyId, c.segment);
        ClientPlan cp;
        cp.clientId = c.id;
        cp.code = c.code;
        cp.name = c.name;
        cp.policyName = policy.name;
        cp.clerkId = c.clerkId;
        cp.alreadyOnHold = c.creditHold;
        cp.defaultedPlanIds = c.missedPlanIds;
        int mailDays = -1;
        for (const ChaseFactsQuery::Invoice &inv : c.invoices) {
            InvoicePlan ip = planInvoice(policy, inv, asOf, plan.mailConfigured);
            for (const PolicyStep &s : ip.take) {
                if (isMail(s.action)) {
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
        plan.clients.append(cp);
    }
    return plan;
}

Result<ReminderService::Outcome> ReminderService::run(const QDate &asOf)
{
    if (auto e = PromiseService(m_db, m_userId).evaluate(asOf); !e)
        return e.error();
    auto p = plan(asOf);
    if (!p)
        return p.error();
    return apply(p.value());
}

Result<ReminderService::Outcome> ReminderService::apply(const Plan &plan)
{
    Outcome outcome;
    QSqlDatabase db = m_db->connection();
    auto manager = sql::scalar(db,
                               QStringLiteral("SELECT id FROM users WHERE role = 'manager' AND "
                                              "active = 1 ORDER BY id LIMIT 1"),
                               {}, 0);
    if (!manager)
        return manager.error();
    for (const ClientPlan &c : plan.clients) {
        for (const InvoicePlan &i : c.invoices)
            outcome.waitingForMail += int(i.waitingForMail.size());
        if (!c.hasWork())
            continue;
        if (auto r = applyClient(c, plan.asOf, manager.value().toLongLong(), outcome); !r)
            outcome.problems << tr("%1: %2").arg(c.code, r.errorString());
    }
    return outcome;
}

Result<void> ReminderService::applyClient(const ClientPlan &c, const QDate &asOf, qint64 managerId,
                                          Outcome &outcome)
{
    QSqlDatabase db = m_db->connection();
    // The credit hold goes first, in its own transaction: if the run stops after it, the next
    // run finds the client on hold and only records the step.
    bool heldNow = false;
    if (c.creditHold && !c.alreadyOnHold) {
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
                               tr("reminder policy \"%1\": invoice %2 is %3 days "
                                  "past due")
                                       .arg(c.policyName, invoice)
                                       .arg(days));
        if (!h && h.error().code != ErrorCode::Conflict)
            return h;
        heldNow = h.ok();
    }
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b;
    // Another run may have recorded these steps since the plan was made.
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
        auto done = sql::scalar(db,
                                QStringLiteral("SELECT count(*) FROM reminder_log WHERE "
                                               "invoice_id = ? AND step_id IN (SELECT value FROM "
                                               "json_each(?))"),
                                {i.invoiceId, ChaseFactsQuery::idArray(steps)});
        if (!done)
            return done.error();
        if (done.value().toInt() > 0)
            return makeError(ErrorCode::Conflict,
                             tr("invoice %1: another run recorded these steps already; run "
                                "again to see what is left")
                                     .arg(i.number));
    }
    const QString day = timeutil::toStorage(asOf);
    const QString now = timeutil::toStorage(m_db->clock()->now());
    for (qint64 planId : c.defaultedPlanIds) {
        auto u = sql::exec(db,
                           QStringLiteral("UPDATE payment_plans SET status = 'defaulted', version "
                                          "= version + 1 WHERE id = ? AND status = 'active'"),
                           {planId});
        if (!u)
            return u.error();
        auto m = sql::exec(db,
                           QStringLiteral("UPDATE plan_installments SET status = 'missed' WHERE "
                                          "plan_id = ? AND status = 'pending' AND due_date < ?"),
                           {planId, day});
        if (!m)
            return m.error();
        if (auto a
            = AuditLog(db, m_userId)
                      .record(QStringLiteral("payment_plan"), planId, QStringLiteral("defaulted"),
                              QJsonObject {{QStringLiteral("status"), QStringLiteral("active")}},
                              QJsonObject {{QStringLiteral("status"), QStringLiteral("defaulted")},
                                           {QStringLiteral("as_of"), day}});
            !a)
            return a;
        ++outcome.defaultedPlans;
    }
    qint64 outboxId = 0;
    if (!c.emailInvoiceIds.isEmpty()) {
        if (!m_mailer)
            return makeError(ErrorCode::InvalidValue, tr("e-mail is not configured"));
        auto q = m_mailer->queueReminder(c.clientId, c.emailTemplate, c.emailInvoiceIds, asOf);
        if (!q)
            return q.error();
        outboxId = q.value();
        ++outcome.emails;
    }
    const qint64 clerk = c.clerkId ? c.clerkId : m_userId;
    const auto addTask = [&](const QString &kind, qint64 owner, const QString &title,
                             qint64 stepId) -> Result<qint64> {
        auto t = sql::exec(db,
                           QStringLiteral("INSERT INTO tasks (client_id, owner_id, kind, title, "
                                          "due_date, status, source, source_id, created_at, "
                                          "created_by) VALUES (?,?,?,?,?,'open','policy',?,?,?)"),
                           {c.clientId, sql::nullIfZero(owner), kind, title, day, stepId, now,
                            sql::nullIfZero(m_userId)});
        if (!t)
            return t.error();
        return t.value().lastInsertId().toLongLong();
    };
    // One task of each kind per client, naming the invoices that reached the step.
    QMap<int, qint64> taskOf;
    for (StepAction action :
         {StepAction::CallTask, StepAction::Escalate, StepAction::LegalReview}) {
        QList<qint64> invoices;
        qint64 stepId = 0;
        int days = -1;
        for (const InvoicePlan &i : c.invoices) {
            for (const PolicyStep &s : i.take) {
                if (s.action != action)
                    continue;
                invoices << i.invoiceId;
                if (s.daysAfterDue > days) {
                    days = s.daysAfterDue;
                    stepId = s.id;
                }
            }
        }
        if (invoices.isEmpty())
            continue;
        const QString numbers = joinNumbers(c, invoices);
        Result<qint64> t = qint64(0);
        if (action == StepAction::CallTask) {
            t = addTask(QStringLiteral("call"), clerk,
                        tr("Reminder call (+%1 days): %2").arg(days).arg(numbers), stepId);
            ++outcome.callTasks;
        } else if (action == StepAction::Escalate) {
            t = addTask(QStringLiteral("escalation"), managerId ? managerId : clerk,
                        tr("Escalation (+%1 days): %2").arg(days).arg(numbers), stepId);
            ++outcome.escalations;
        } else {
            t = addTask(QStringLiteral("review"), managerId ? managerId : clerk,
                        tr("Collections / legal review (+%1 days): %2").arg(days).arg(numbers),
                        stepId);
            ++outcome.legalReviews;
        }
        if (!t)
            return t.error();
        taskOf.insert(int(action), t.value());
    }
    if (heldNow)
        ++outcome.creditHolds;
    const auto log = [&](qint64 invoiceId, qint64 stepId, const QString &what, qint64 outbox,
                         qint64 task) -> Result<void> {
        auto r = sql::exec(
                db,
                QStringLiteral("INSERT INTO reminder_log (invoice_id, step_id, "
                               "run_date, outcome, outbox_id, task_id) VALUES "
                               "(?,?,?,?,?,?)"),
                {invoiceId, stepId, day, what, sql::nullIfZero(outbox), sql::nullIfZero(task)});
        if (!r)
            return r.error();
        ++outcome.stepsRecorded;
        return {};
    };
    QJsonArray steps;
    for (const InvoicePlan &i : c.invoices) {
        for (const PolicyStep &s : i.take) {
            if (auto r = log(i.invoiceId, s.id, outcomeOf(s.action),
                             isMail(s.action) ? outboxId : 0, taskOf.value(int(s.action)));
                !r)
                return r;
            steps.append(QStringLiteral("%1 +%2 %3")
                                 .arg(i.number)
                                 .arg(s.daysAfterDue)
                                 .arg(toString(s.action)));
        }
        for (const PolicyStep &s : i.superseded) {
            if (auto r = log(i.invoiceId, s.id, QStringLiteral("superseded"), 0, 0); !r)
                return r;
        }
        for (const HeldStep &s : i.skipped) {
            if (auto r = log(i.invoiceId, s.step.id,
                             QStringLiteral("skipped:") + toString(s.holds.first().hold), 0, 0);
                !r)
                return r;
        }
    }
    if (auto a = AuditLog(db, m_userId)
                         .record(QStringLiteral("client"), c.clientId, QStringLiteral("remind"), {},
                                 QJsonObject {{QStringLiteral("as_of"), day},
                                              {QStringLiteral("policy"), c.policyName},
                                              {QStringLiteral("steps"), steps},
                                              {QStringLiteral("outbox_id"), outboxId}});
        !a)
        return a;
    if (auto r = tx.commit(); !r)
        return r;
    ++outcome.clients;
    return {};
}

Result<ChaseExplanation> ReminderService::explain(qint64 clientId, const QDate &asOf) const
{
    QSqlDatabase db = m_db->connection();
    auto grace = ChaseFactsQuery::graceDays(db);
    if (!grace)
        return grace.error();
    ChaseExplanation out;
    out.clientId = clientId;
    out.asOf = asOf;
    auto code
            = sql::scalar(db, QStringLiteral("SELECT code FROM clients WHERE id = ?"), {clientId});
    if (!code)
        return code.error();
    if (code.value().isNull())
        return makeError(ErrorCode::NotFound, tr("no client with id %1").arg(clientId));
    out.clientCode = code.value().toString();
    auto policy = PolicyRepository(db).forClient(clientId);
    if (!policy)
        return policy.error();
    out.policyName = policy.value().name;
    auto facts = ChaseFactsQuery(db, grace.value()).load(asOf, {clientId});
    if (!facts)
        return facts.error();
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
            e.holds = holdsFor(inv.facts, e.next ? e.next->action : StepAction::Email, asOf);
            out.invoices.append(e);
        }
    }
    return out;
}

} // namespace ardesk
