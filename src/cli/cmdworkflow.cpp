// SPDX-License-Identifier: MIT
// The collection workflow from the command line: reminder policies, `remind`, `why`, promises,
// tasks, pauses and the Today queue (docs/workflow.md).
#include "cli/cliapp.h"
#include "cli/progressline.h"

#include "core/domain/money.h"
#include "core/services/disputeservice.h"
#include "core/services/pauseservice.h"
#include "core/services/policyservice.h"
#include "core/services/promiseservice.h"
#include "core/services/reminderservice.h"
#include "core/services/taskservice.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/policyrepository.h"
#include "core/storage/todayqueue.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/storage/workflowsettings.h"
#include "core/support/dateformat.h"
#include "core/support/paths.h"
#include "core/support/timeutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace ardesk::cli {
namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString amount(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).toPlainString() + u' ' + currency;
}

QJsonObject stepJson(const PolicyStep &s)
{
    QJsonObject o {{QStringLiteral("step_id"), s.id},
                   {QStringLiteral("days_after_due"), s.daysAfterDue},
                   {QStringLiteral("action"), toString(s.action)}};
    if (!s.templateKey.isEmpty())
        o.insert(QStringLiteral("template"), s.templateKey);
    return o;
}

QJsonArray holdsJson(const QList<HoldReason> &holds)
{
    QJsonArray a;
    for (const HoldReason &h : holds)
        a.append(QJsonObject {{QStringLiteral("hold"), toString(h.hold)},
                              {QStringLiteral("text"), h.text}});
    return a;
}

QString holdsText(const QList<HoldReason> &holds)
{
    QStringList parts;
    for (const HoldReason &h : holds)
        parts << h.text;
    return parts.join(QStringLiteral("; "));
}

QString stepText(const PolicyStep &s)
{
    return QStringLiteral("+%1 %2").arg(s.daysAfterDue).arg(toString(s.action));
}

QString rateHolder(PromiseService::RateBy by, const QString &name)
{
    const QString shown = name.isEmpty() ? QStringLiteral("?") : name;
    switch (by) {
    case PromiseService::RateBy::Client:
        return CliApp::tr("client %1").arg(shown);
    case PromiseService::RateBy::Clerk:
        return CliApp::tr("clerk %1").arg(shown);
    case PromiseService::RateBy::Company:
        break;
    }
    return CliApp::tr("company");
}

bool hasSteps(const ReminderService::InvoicePlan &i)
{
    return !i.take.isEmpty() || !i.superseded.isEmpty() || !i.held.isEmpty() || !i.skipped.isEmpty()
            || !i.waitingForMail.isEmpty();
}

QJsonArray stepsJson(const QList<PolicyStep> &steps)
{
    QJsonArray out;
    for (const PolicyStep &s : steps)
        out.append(stepJson(s));
    return out;
}

QJsonArray heldJson(const QList<ReminderService::HeldStep> &steps)
{
    QJsonArray out;
    for (const auto &h : steps) {
        QJsonObject o = stepJson(h.step);
        o.insert(QStringLiteral("holds"), holdsJson(h.holds));
        out.append(o);
    }
    return out;
}

QJsonObject invoicePlanJson(const ReminderService::InvoicePlan &i)
{
    return QJsonObject {{QStringLiteral("number"), i.number},
                        {QStringLiteral("days_late"), i.daysLate},
                        {QStringLiteral("balance_minor"), i.balanceMinor},
                        {QStringLiteral("currency"), i.currency},
                        {QStringLiteral("take"), stepsJson(i.take)},
                        {QStringLiteral("superseded"), stepsJson(i.superseded)},
                        {QStringLiteral("held"), heldJson(i.held)},
                        {QStringLiteral("skipped"), heldJson(i.skipped)},
                        {QStringLiteral("email_not_configured"), stepsJson(i.waitingForMail)},
                        {QStringLiteral("email_as_task"), stepsJson(i.asTask)}};
}

void printInvoicePlan(QTextStream &out, const QString &code, const ReminderService::InvoicePlan &i)
{
    for (const PolicyStep &s : i.take)
        out << code << "  " << i.number << "  " << stepText(s) << "\n";
    for (const auto &h : i.held)
        out << code << "  " << i.number << "  " << stepText(h.step) << "  "
            << CliApp::tr("held: %1").arg(holdsText(h.holds)) << "\n";
    for (const auto &h : i.skipped)
        out << code << "  " << i.number << "  " << stepText(h.step) << "  "
            << CliApp::tr("skipped: %1").arg(holdsText(h.holds)) << "\n";
    for (const PolicyStep &s : i.waitingForMail)
        out << code << "  " << i.number << "  " << stepText(s) << "  "
            << CliApp::tr("pending: e-mail not configured") << "\n";
    for (const PolicyStep &s : i.asTask)
        out << code << "  " << i.number << "  " << stepText(s) << "  "
            << CliApp::tr("as a call/text task: the billing contact prefers the phone or texts")
            << "\n";
}

QJsonObject clientPlanJson(const ReminderService::ClientPlan &c, const QJsonArray &invoices)
{
    QJsonObject o {{QStringLiteral("client"), c.code},
                   {QStringLiteral("name"), c.name},
                   {QStringLiteral("policy"), c.policyName},
                   {QStringLiteral("call_task"), c.callTask},
                   {QStringLiteral("prefers"),
                    c.emailAsTask == PreferredReach::Text            ? QStringLiteral("text")
                            : c.emailAsTask == PreferredReach::Phone ? QStringLiteral("phone")
                                                                     : QStringLiteral("email")},
                   {QStringLiteral("credit_hold"), c.creditHold},
                   {QStringLiteral("escalate"), c.escalate},
                   {QStringLiteral("legal_review"), c.legalReview},
                   {QStringLiteral("invoices"), invoices}};
    if (!c.emailInvoiceIds.isEmpty()) {
        QJsonArray numbers;
        for (const auto &i : c.invoices) {
            if (c.emailInvoiceIds.contains(i.invoiceId))
                numbers.append(i.number);
        }
        o.insert(QStringLiteral("email"),
                 QJsonObject {{QStringLiteral("template"), c.emailTemplate},
                              {QStringLiteral("invoices"), numbers}});
    }
    QJsonArray plans;
    for (qint64 id : c.defaultedPlanIds)
        plans.append(id);
    o.insert(QStringLiteral("defaulted_plans"), plans);
    return o;
}

QJsonObject outcomeJson(const ReminderService::Outcome &o)
{
    return QJsonObject {{QStringLiteral("clients"), o.clients},
                        {QStringLiteral("emails"), o.emails},
                        {QStringLiteral("call_tasks"), o.callTasks},
                        {QStringLiteral("credit_holds"), o.creditHolds},
                        {QStringLiteral("escalations"), o.escalations},
                        {QStringLiteral("legal_reviews"), o.legalReviews},
                        {QStringLiteral("steps_recorded"), o.stepsRecorded},
                        {QStringLiteral("defaulted_plans"), o.defaultedPlans},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(o.problems)}};
}

} // namespace

int CliApp::cmdPolicy(const Context &ctx)
{
    const QString sub = m_args.positional(1);
    if (sub == QLatin1String("list")) {
        auto list = PolicyRepository(*ctx.db).list();
        if (!list)
            return fail(list.errorString());
        QJsonArray out;
        for (const ReminderPolicy &p : list.value()) {
            QJsonArray steps;
            for (const PolicyStep &s : p.steps)
                steps.append(stepJson(s));
            out.append(QJsonObject {{QStringLiteral("id"), p.id},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("segment"), p.segment},
                                    {QStringLiteral("is_default"), p.isDefault},
                                    {QStringLiteral("steps"), steps}});
            if (!m_args.flag(QStringLiteral("json"))) {
                QStringList s;
                for (const PolicyStep &step : p.steps)
                    s << stepText(step);
                m_out << p.name << (p.isDefault ? tr(" (default)") : QString())
                      << (p.segment.isEmpty() ? QString() : tr(" [segment: %1]").arg(p.segment))
                      << ": " << s.join(QStringLiteral(", ")) << "\n";
            }
        }
        if (m_args.flag(QStringLiteral("json")))
            printJson(out);
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("assign")) {
        if (!m_args.has(QStringLiteral("policy")))
            return usage(tr("'policy assign' needs --client CODE --policy NAME"));
        PolicyRepository repo(*ctx.db);
        const QString name = m_args.value(QStringLiteral("policy"));
        qint64 policyId = 0;
        if (name.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
            auto p = repo.findByName(name);
            if (!p)
                return fail(p.errorString());
            policyId = p.value().id;
        }
        if (auto r = inTransaction(
                    *ctx.db, [&]() { return repo.assign(ctx.client.id, policyId, ctx.userId); });
            !r)
            return fail(r.errorString());
        m_out << tr("%1 follows %2")
                         .arg(ctx.client.code,
                              policyId ? name : tr("its segment's or the default policy"))
              << "\n";
        m_out.flush();
        return 0;
    }
    return usage(tr("'policy' needs list or assign"));
}

int CliApp::cmdPromises(const Context &ctx)
{
    PromiseService service(ctx.db, ctx.userId);
    const bool json = m_args.flag(QStringLiteral("json"));
    if (m_args.positional(1) == QLatin1String("rates")) {
        QJsonObject out;
        using By = PromiseService::RateBy;
        for (auto by : {By::Client, By::Clerk, By::Company}) {
            auto rates = service.keptRates(by, ctx.asOf);
            if (!rates)
                return fail(rates.errorString());
            QJsonArray list;
            for (const PromiseService::Rate &r : rates.value()) {
                list.append(QJsonObject {
                        {QStringLiteral("name"), r.name},
                        {QStringLiteral("currency"), r.currency},
                        {QStringLiteral("resolved"), r.rate.resolved},
                        {QStringLiteral("kept"), r.rate.kept},
                        {QStringLiteral("promised_minor"), r.rate.promisedMinor},
                        {QStringLiteral("received_minor"), r.rate.receivedMinor},
                        {QStringLiteral("count_rate_tenths"), r.rate.countRateTenths()},
                        {QStringLiteral("amount_rate_tenths"), r.rate.amountRateTenths()}});
                if (!json)
                    m_out << rateHolder(by, r.name) << "  " << r.currency << "  "
                          << tr("kept %1/%2 (%3 %), amount %4 %")
                                     .arg(r.rate.kept)
                                     .arg(r.rate.resolved)
                                     .arg(r.rate.countRateTenths() / 10.0)
                                     .arg(r.rate.amountRateTenths() / 10.0)
                          << "\n";
            }
            out.insert(by == By::Client          ? QStringLiteral("by_client")
                               : by == By::Clerk ? QStringLiteral("by_clerk")
                                                 : QStringLiteral("company"),
                       list);
        }
        if (json)
            printJson(out);
        m_out.flush();
        return 0;
    }
    auto rows = service.list(ctx.client.id, ctx.asOf);
    if (!rows)
        return fail(rows.errorString());
    QJsonArray out;
    for (const PromiseService::Row &r : rows.value()) {
        out.append(QJsonObject {{QStringLiteral("id"), r.id},
                                {QStringLiteral("client"), r.clientCode},
                                {QStringLiteral("amount_minor"), r.terms.amount.minor()},
                                {QStringLiteral("currency"), r.terms.amount.currencyCode()},
                                {QStringLiteral("made_on"), dateOrNull(r.terms.madeOn)},
                                {QStringLiteral("promised_date"), dateOrNull(r.terms.promisedDate)},
                                {QStringLiteral("deadline"), dateOrNull(r.outcome.deadline)},
                                {QStringLiteral("status"), toString(r.outcome.status)},
                                {QStringLiteral("paid_minor"), r.outcome.paidMinor},
                                {QStringLiteral("clerk"), r.clerkName}});
        if (!json)
            m_out << r.id << "  " << r.clientCode << "  "
                  << tr("%1 by %2")
                             .arg(amount(r.terms.amount.minor(), r.terms.amount.currencyCode()),
                                  dateformat::date(ctx.locale, r.terms.promisedDate))
                  << "  " << toString(r.outcome.status) << "  "
                  << tr("paid %1").arg(amount(r.outcome.paidMinor, r.terms.amount.currencyCode()))
                  << "\n";
    }
    if (json)
        printJson(out);
    m_out.flush();
    return 0;
}

int CliApp::cmdRemind(const Context &ctx)
{
    const bool dryRun = m_args.flag(QStringLiteral("dry-run"));
    const bool json = m_args.flag(QStringLiteral("json"));
    // Without SMTP settings there is no sender to compose with: e-mail steps stay pending and
    // are reported ("e-mail not configured").
    ReminderService service
            = ReminderService::withCompanyMail(ctx.db, ctx.userId, statementRenderer());
    QElapsedTimer timer;
    timer.start();
    if (!dryRun) {
        if (auto e = PromiseService(ctx.db, ctx.userId).evaluate(ctx.asOf); !e)
            return fail(e.errorString());
    }
    auto plan = service.plan(ctx.asOf);
    if (!plan)
        return fail(plan.errorString());
    QJsonArray clients;
    int waiting = 0;
    for (const ReminderService::ClientPlan &c : plan.value().clients) {
        bool interesting = c.hasWork();
        QJsonArray invoices;
        for (const ReminderService::InvoicePlan &i : c.invoices) {
            interesting = interesting || !i.held.isEmpty() || !i.waitingForMail.isEmpty();
            waiting += int(i.waitingForMail.size());
            if (!hasSteps(i))
                continue;
            invoices.append(invoicePlanJson(i));
            if (!json)
                printInvoicePlan(m_out, c.code, i);
        }
        if (interesting)
            clients.append(clientPlanJson(c, invoices));
    }
    QJsonObject out {
            {QStringLiteral("as_of"), ctx.asOf.toString(Qt::ISODate)},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("email_configured"), plan.value().mailConfigured},
            {QStringLiteral("scope"),
             plan.value().clerkId == 0 ? QStringLiteral("everyone") : QStringLiteral("assigned")},
            {QStringLiteral("clients"), clients}};
    if (const QString scope = ReminderService::scopeText(plan.value()); !scope.isEmpty() && !json)
        m_out << scope << "\n";
    if (!dryRun) {
        m_out.flush(); // the plan first, then the progress line under it
        ProgressLine progress(m_err, json);
        auto done = service.apply(plan.value(), progress.progress(QStringLiteral("remind")));
        progress.clear();
        if (!done)
            return fail(done.errorString());
        const auto &o = done.value();
        out.insert(QStringLiteral("applied"), outcomeJson(o));
        if (!json)
            m_out << tr("applied: %1")
                             .arg(QStringList {
                                     tr("%n client(s)", nullptr, int(o.clients)),
                                     tr("%n e-mail(s) queued", nullptr, int(o.emails)),
                                     tr("%n call task(s)", nullptr, int(o.callTasks)),
                                     tr("%n credit hold(s)", nullptr, int(o.creditHolds)),
                                     tr("%n escalation(s)", nullptr, int(o.escalations)),
                                     tr("%n legal review(s)", nullptr, int(o.legalReviews)),
                                     tr("%n plan(s) defaulted", nullptr, int(o.defaultedPlans)),
                             }
                                          .join(QStringLiteral(", ")))
                  << "\n";
        for (const QString &p : o.problems)
            m_err << "ardesk-cli: " << tr("warning: %1").arg(p) << "\n";
    } else if (!json) {
        m_out << tr("dry run: nothing was changed") << "\n";
    }
    if (waiting > 0 && !json)
        m_out << tr("%n e-mail step(s) stay pending: e-mail not configured (they are taken once "
                    "it is)",
                    nullptr, int(waiting))
              << "\n";
    out.insert(QStringLiteral("email_steps_pending"), waiting);
    out.insert(QStringLiteral("elapsed_ms"), qint64(timer.elapsed()));
    if (json)
        printJson(out);
    m_out.flush();
    m_err.flush();
    return 0;
}

int CliApp::cmdWhy(const Context &ctx)
{
    auto e = ReminderService(ctx.db, ctx.userId).explain(ctx.client.id, ctx.asOf);
    if (!e)
        return fail(e.errorString());
    const bool json = m_args.flag(QStringLiteral("json"));
    QJsonArray invoices;
    if (!json)
        m_out << tr("%1 follows the policy \"%2\"").arg(e.value().clientCode, e.value().policyName)
              << "\n";
    for (const ChaseExplanation::Invoice &i : e.value().invoices) {
        QJsonArray done;
        QStringList doneText;
        for (const auto &d : i.done) {
            QJsonObject o = stepJson(d.step);
            o.insert(QStringLiteral("date"), dateOrNull(d.date));
            o.insert(QStringLiteral("outcome"), d.outcome);
            done.append(o);
            doneText << tr("%1 on %2 (%3)")
                                .arg(stepText(d.step), dateformat::date(ctx.locale, d.date),
                                     d.outcome);
        }
        invoices.append(QJsonObject {
                {QStringLiteral("number"), i.number},
                {QStringLiteral("due_date"), dateOrNull(i.dueDate)},
                {QStringLiteral("days_late"), i.daysLate},
                {QStringLiteral("balance_minor"), i.balanceMinor},
                {QStringLiteral("currency"), i.currency},
                {QStringLiteral("done"), done},
                {QStringLiteral("next"), i.next ? QJsonValue(stepJson(*i.next)) : QJsonValue()},
                {QStringLiteral("next_date"), dateOrNull(i.nextDate)},
                {QStringLiteral("next_is_due"), i.nextIsDue},
                {QStringLiteral("holds"), holdsJson(i.holds)}});
        if (!json) {
            m_out << i.number << "  " << tr("%n day(s) late", nullptr, i.daysLate) << "  "
                  << amount(i.balanceMinor, i.currency) << "\n";
            m_out << "  "
                  << tr("done: %1")
                             .arg(doneText.isEmpty() ? tr("nothing yet")
                                                     : doneText.join(QStringLiteral(", ")))
                  << "\n";
            const QString nextDate = dateformat::date(ctx.locale, i.nextDate);
            m_out << "  "
                  << tr("next: %1")
                             .arg(!i.next ? tr("none (every step done)")
                                          : i.nextIsDue
                                          ? tr("%1 due now since %2")
                                                    .arg(stepText(*i.next), nextDate)
                                          : tr("%1 on %2").arg(stepText(*i.next), nextDate))
                  << "\n";
            m_out << "  "
                  << tr("held by: %1").arg(i.holds.isEmpty() ? tr("nothing") : holdsText(i.holds))
                  << "\n";
        }
    }
    if (json)
        printJson(QJsonObject {{QStringLiteral("client"), e.value().clientCode},
                               {QStringLiteral("policy"), e.value().policyName},
                               {QStringLiteral("as_of"), ctx.asOf.toString(Qt::ISODate)},
                               {QStringLiteral("invoices"), invoices}});
    m_out.flush();
    return 0;
}

int CliApp::cmdTask(const Context &ctx)
{
    const QString sub = m_args.positional(1);
    const bool json = m_args.flag(QStringLiteral("json"));
    if (sub == QLatin1String("list")) {
        auto tasks = TaskService(ctx.db, ctx.userId).openTasks(ctx.userId);
        if (!tasks)
            return fail(tasks.errorString());
        QJsonArray out;
        for (const TaskService::Task &t : tasks.value()) {
            out.append(QJsonObject {{QStringLiteral("id"), t.id},
                                    {QStringLiteral("client"), t.clientCode},
                                    {QStringLiteral("owner"), t.ownerName},
                                    {QStringLiteral("kind"), TaskService::toString(t.kind)},
                                    {QStringLiteral("title"), t.title},
                                    {QStringLiteral("due_date"), dateOrNull(t.dueDate)},
                                    {QStringLiteral("snoozed_until"), dateOrNull(t.snoozedUntil)},
                                    {QStringLiteral("source"), toString(t.source)},
                                    {QStringLiteral("version"), t.version}});
            if (!json)
                m_out << t.id << "  " << dateformat::date(ctx.locale, t.dueDate) << "  "
                      << t.clientCode << "  " << TaskService::toString(t.kind) << "  "
                      << t.ownerName << "  " << t.title << "\n";
        }
        if (json)
            printJson(out);
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("add")) {
        TaskService::Task t;
        t.clientId = ctx.client.id;
        t.title = m_args.value(QStringLiteral("text"));
        t.dueDate = ctx.asOf;
        if (m_args.has(QStringLiteral("due"))) {
            auto d = m_args.date(QStringLiteral("due"));
            if (!d)
                return usage(d.errorString());
            t.dueDate = d.value();
        }
        if (m_args.has(QStringLiteral("to"))) {
            auto owner = UserRepository(*ctx.db).findByName(m_args.value(QStringLiteral("to")));
            if (!owner)
                return fail(
                        tr("--to: no user named \"%1\"").arg(m_args.value(QStringLiteral("to"))));
            t.ownerId = owner.value().id;
        }
        if (auto r = TaskService(ctx.db, ctx.userId).create(t); !r)
            return fail(r.errorString());
        if (json)
            printJson(QJsonObject {{QStringLiteral("id"), t.id}});
        else
            m_out << tr("task %1 created").arg(t.id) << "\n";
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("done") || sub == QLatin1String("snooze")
        || sub == QLatin1String("reassign")) {
        bool ok = false;
        const qint64 id = m_args.positional(2).toLongLong(&ok);
        if (!ok)
            return usage(tr("'task %1' needs a task id").arg(sub));
        TaskService tasks(ctx.db, ctx.userId);
        Result<void> r;
        if (sub == QLatin1String("done")) {
            r = tasks.markDone(id);
        } else if (sub == QLatin1String("snooze")) {
            if (!m_args.has(QStringLiteral("until")))
                return usage(tr("'task snooze' needs --until YYYY-MM-DD"));
            auto until = m_args.date(QStringLiteral("until"));
            if (!until)
                return usage(until.errorString());
            r = tasks.snooze(id, until.value());
        } else {
            auto to = UserRepository(*ctx.db).findByName(m_args.value(QStringLiteral("to")));
            if (!to)
                return fail(
                        tr("--to: no user named \"%1\"").arg(m_args.value(QStringLiteral("to"))));
            r = tasks.reassign(id, to.value().id);
        }
        if (!r)
            return fail(r.errorString());
        m_out << tr("task %1: %2").arg(id).arg(sub) << "\n";
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("reassign-all")) {
        UserRepository users(*ctx.db);
        auto from = users.findByName(m_args.value(QStringLiteral("from")));
        auto to = users.findByName(m_args.value(QStringLiteral("to")));
        if (!from || !to)
            return fail(tr("'task reassign-all' needs --from USER --to USER (existing "
                           "users)"));
        auto moved = TaskService(ctx.db, ctx.userId).reassignAll(from.value().id, to.value().id);
        if (!moved)
            return fail(moved.errorString());
        m_out << tr("%n task(s) moved to %1", nullptr, int(moved.value())).arg(to.value().name)
              << "\n";
        m_out.flush();
        return 0;
    }
    return usage(tr("'task' needs list, add, done, snooze, reassign or reassign-all"));
}

int CliApp::cmdDispute(const Context &ctx)
{
    const QString sub = m_args.positional(1);
    if (sub == QLatin1String("list")) {
        auto open = DisputeService(ctx.db, ctx.userId).open(ctx.userId);
        if (!open)
            return fail(open.errorString());
        QJsonArray out;
        for (const DisputeService::Dispute &d : open.value()) {
            out.append(QJsonObject {{QStringLiteral("id"), d.id},
                                    {QStringLiteral("client"), d.clientCode},
                                    {QStringLiteral("invoice"), d.invoiceNumber},
                                    {QStringLiteral("reason"), d.reason},
                                    {QStringLiteral("opened_on"), dateOrNull(d.openedOn)},
                                    {QStringLiteral("version"), d.version}});
            if (!m_args.flag(QStringLiteral("json")))
                m_out << d.id << "  " << d.clientCode << "  " << d.invoiceNumber << "  "
                      << dateformat::date(ctx.locale, d.openedOn) << "  " << d.reason << "\n";
        }
        if (m_args.flag(QStringLiteral("json")))
            printJson(out);
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("resolve") || sub == QLatin1String("reject")) {
        bool ok = false;
        const qint64 id = m_args.positional(2).toLongLong(&ok);
        if (!ok)
            return usage(tr("'dispute %1' needs a dispute id").arg(sub));
        auto r = DisputeService(ctx.db, ctx.userId)
                         .close(id,
                                sub == QLatin1String("resolve") ? DisputeService::Closing::Resolved
                                                                : DisputeService::Closing::Rejected,
                                m_args.value(QStringLiteral("reason")));
        if (!r)
            return fail(r.errorString());
        m_out << (sub == QLatin1String("resolve") ? tr("dispute %1 resolved")
                                                  : tr("dispute %1 rejected"))
                         .arg(id)
              << "\n";
        m_out.flush();
        return 0;
    }
    return usage(tr("'dispute' needs list, resolve or reject"));
}

int CliApp::cmdPause(const Context &ctx, bool pause)
{
    PauseService service(ctx.db, ctx.userId);
    qint64 invoiceId = 0;
    if (m_args.has(QStringLiteral("invoice"))) {
        auto inv = InvoiceRepository(*ctx.db).findByNumber(m_args.value(QStringLiteral("invoice")));
        if (!inv || inv.value().clientId != ctx.client.id)
            return fail(tr("--invoice: no invoice \"%1\" of %2")
                                .arg(m_args.value(QStringLiteral("invoice")), ctx.client.code));
        invoiceId = inv.value().id;
    }
    const QString reason = m_args.value(QStringLiteral("reason"));
    Result<void> r;
    if (pause) {
        if (!m_args.has(QStringLiteral("until")))
            return usage(tr("'pause' needs --until YYYY-MM-DD"));
        auto until = m_args.date(QStringLiteral("until"));
        if (!until)
            return usage(until.errorString());
        r = invoiceId ? service.pauseInvoice(invoiceId, until.value(), reason)
                      : service.pauseClient(ctx.client.id, until.value(), reason);
    } else {
        r = invoiceId ? service.unpauseInvoice(invoiceId, ctx.asOf, reason)
                      : service.unpauseClient(ctx.client.id, reason);
    }
    if (!r)
        return fail(r.errorString());
    m_out << (pause ? "paused\n" : "resumed\n");
    m_out.flush();
    return 0;
}

int CliApp::cmdQueue(const Context &ctx)
{
    QElapsedTimer timer;
    timer.start();
    auto rows = TodayQueue(*ctx.db).forUser(ctx.userId, ctx.asOf);
    if (!rows)
        return fail(rows.errorString());
    const qint64 elapsed = timer.elapsed();
    const bool json = m_args.flag(QStringLiteral("json"));
    QJsonArray out;
    for (const TodayQueue::Row &r : rows.value()) {
        QJsonArray reasons;
        QStringList texts;
        for (const TodayQueue::Reason &why : r.reasons) {
            reasons.append(QJsonObject {{QStringLiteral("kind"), why.kind},
                                        {QStringLiteral("text"), why.text},
                                        {QStringLiteral("ref_id"), why.refId}});
            texts << why.text;
        }
        out.append(QJsonObject {
                {QStringLiteral("client"), r.code},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("currency"), r.currency},
                {QStringLiteral("score"), r.score.total},
                {QStringLiteral("score_explain"), r.score.explain()},
                {QStringLiteral("overdue_minor"), r.overdueMinor},
                {QStringLiteral("oldest_days_late"), r.oldestDaysLate},
                {QStringLiteral("last_contact"),
                 r.lastContact.isValid() ? QJsonValue(timeutil::toStorage(r.lastContact))
                                         : QJsonValue()},
                {QStringLiteral("last_conversation"),
                 r.lastConversation.isValid() ? QJsonValue(timeutil::toStorage(r.lastConversation))
                                              : QJsonValue()},
                {QStringLiteral("broken_promises"), r.brokenPromises},
                {QStringLiteral("over_credit_limit"), r.overCreditLimit},
                {QStringLiteral("reasons"), reasons}});
        if (!json)
            m_out << r.score.total << "  " << r.code << "  " << r.name << "  "
                  << tr("%1 overdue").arg(amount(r.overdueMinor, r.currency)) << "  "
                  << texts.join(QStringLiteral("; ")) << "\n";
    }
    if (json)
        printJson(QJsonObject {{QStringLiteral("as_of"), ctx.asOf.toString(Qt::ISODate)},
                               {QStringLiteral("user"),
                                m_args.value(QStringLiteral("user"), paths::osLoginName())},
                               {QStringLiteral("items"), out}});
    if (m_args.flag(QStringLiteral("verbose")))
        m_err << tr("queue: %n row(s) in %1 ms", nullptr, int(rows.value().size())).arg(elapsed)
              << "\n";
    m_out.flush();
    m_err.flush();
    return 0;
}

int CliApp::settingsQueue(const Context &ctx)
{
    auto loaded = WorkflowSettings::load(*ctx.db);
    if (!loaded)
        return fail(loaded.errorString());
    WorkflowSettings settings = loaded.value();
    const QStringList weights = m_args.values(QStringLiteral("weight"));
    const bool reset = m_args.flag(QStringLiteral("reset"));
    if (reset && !weights.isEmpty())
        return usage(tr("settings queue: --reset and --weight go alone"));
    if (!reset && weights.isEmpty() && !m_args.flag(QStringLiteral("show")))
        return usage(tr("settings queue needs --weight NAME=VALUE..., --reset or "
                        "--show"));
    if (reset)
        settings.weights = PriorityWeights();
    for (const QString &given : weights) {
        const qsizetype eq = given.indexOf(u'=');
        bool ok = false;
        const int value = eq > 0 ? given.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (!ok)
            return usage(tr("--weight: \"%1\" is not NAME=VALUE with a whole "
                            "number (the weights are %2)")
                                 .arg(given, PriorityWeights::names().join(QStringLiteral(", "))));
        if (auto set = settings.weights.set(QStringView(given).left(eq).trimmed(), value); !set)
            return usage(set.errorString());
    }
    if (reset || !weights.isEmpty()) {
        if (auto v = settings.weights.validate(); !v) {
            QStringList would;
            for (const QString &name : PriorityWeights::names())
                would << name + u'=' + QString::number(settings.weights.value(name));
            return usage(tr("%1; nothing saved (they would be %2)")
                                 .arg(v.errorString(), would.join(QStringLiteral(", "))));
        }
        if (auto r = PolicyService(ctx.db, ctx.userId).saveSettings(settings); !r)
            return fail(r.errorString());
    }
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(QJsonObject {{QStringLiteral("priority_weights"), settings.weights.toJson()}});
    } else {
        for (const QString &name : PriorityWeights::names())
            m_out << name << " = " << settings.weights.value(name) << "\n";
    }
    return 0;
}

} // namespace ardesk::cli
