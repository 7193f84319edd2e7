// SPDX-License-Identifier: MIT
#include "core/storage/todayqueue.h"

#include "core/domain/currency.h"
#include "core/domain/money.h"
#include "core/domain/paymentplan.h"
#include "core/domain/permissions.h"
#include "core/domain/promise.h"
#include "core/domain/stepdecision.h"
#include "core/mail/smtpsettings.h"
#include "core/storage/arsummary.h"
#include "core/storage/callattemptrepository.h"
#include "core/storage/chasefacts.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/outbox.h"
#include "core/storage/policyrepository.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"
#include "core/support/dateformat.h"
#include "core/support/log.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace ardesk {

namespace {
QDate dateOf(const QVariant &v)
{
    return timeutil::dateFromStorage(v.toString().left(10));
}
QString money(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).toPlainString() + u' ' + currency;
}
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Result<PriorityWeights> TodayQueue::weights(const QSqlDatabase &db)
{
    auto text = readSetting(db, QStringLiteral("workflow.priority_weights"), QString());
    if (!text)
        return text.error();
    if (text.value().trimmed().isEmpty())
        return PriorityWeights();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.value().toUtf8(), &error);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidValue,
                         tr("setting workflow.priority_weights: not a JSON object (%1)")
                                 .arg(error.errorString()));
    auto w = PriorityWeights::fromJson(doc.object());
    if (!w)
        return makeError(w.error().code,
                         tr("setting workflow.priority_weights: %1").arg(w.errorString()));
    return w;
}

namespace {

/// Builds one user's queue for one day: the reasons of each source, then what the score needs
/// for the clients that have any. Reads only, on the caller's connection.
class QueueBuilder
{
public:
    using Row = TodayQueue::Row;
    using Reason = TodayQueue::Reason;

    QueueBuilder(const QSqlDatabase &db, const Database *database, qint64 userId, const QDate &asOf)
        : m_db(db)
        , m_database(database)
        , m_userId(userId)
        , m_asOf(asOf)
        , m_zone(Database::timeZoneOf(db))
        , m_day(iso(asOf))
        , m_earliest(asOf)
    {
        // Reasons are read by the clerk: their dates as everywhere else (dateformat).
        if (auto locale = companyLocale(db))
            m_locale = locale.value();
    }

    Result<QList<Row>> build()
    {
        auto w = TodayQueue::weights(m_db);
        if (!w)
            return w.error();
        auto grace = ChaseFactsQuery::graceDays(m_db);
        if (!grace)
            return grace.error();
        m_graceDays = grace.value();
        startFacts();
        // Reasons in the order a row shows them: the user's own tasks and calls first, the
        // policy's steps last.
        // The clients of the rows so far are read while the chase facts are read beside;
        // the clients the steps due and the unassigned add, once they are known.
        const Step steps[] = {{"tasks", &QueueBuilder::addTasks},
                              {"calls", &QueueBuilder::addUnloggedCalls},
                              {"emails", &QueueBuilder::addUncertainEmails},
                              {"disputes", &QueueBuilder::addDisputes},
                              {"new overdue", &QueueBuilder::addNewOverdue},
                              {"promises", &QueueBuilder::loadPromises},
                              {"plans", &QueueBuilder::loadPlans},
                              {"broken and missed", &QueueBuilder::addBrokenAndMissed},
                              {"clients so far", &QueueBuilder::loadRowClients},
                              {"clients of the facts", &QueueBuilder::loadFactsClients},
                              {"steps due", &QueueBuilder::addStepsDue},
                              {"unassigned", &QueueBuilder::addUnassigned},
                              {"other clients", &QueueBuilder::loadRowClients}};
        if (auto r = run(steps); !r)
            return r.error();
        return scoredRows(w.value());
    }

private:
    struct Step
    {
        const char *name;
        Result<void> (QueueBuilder::*load)();
    };

    /// Each step in turn, its time logged at debug level (`ardesk-cli --verbose queue`).
    template<std::size_t N>
    Result<void> run(const Step (&steps)[N])
    {
        for (const Step &step : steps) {
            QElapsedTimer timer;
            timer.start();
            if (auto r = (this->*step.load)(); !r)
                return r.error();
            log::debug(QStringLiteral("queue: %1 in %2 ms (%3 rows so far)")
                               .arg(QLatin1String(step.name))
                               .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                               .arg(m_rows.size()));
        }
        return {};
    }

    /// What a row shows and scores of its client (loadClients).
    struct ClientFacts
    {
        QString code;
        QString name;
        QString currency;
        bool overCreditLimit = false;
        qint64 overdueMinor = 0; // in the client's currency, as of the date
        int oldestDaysLate = 0;
        QDateTime lastContact; // the last touch; invalid: never
        QDateTime lastConversation; // invalid: never
    };

    struct PromiseCandidate
    {
        qint64 id = 0;
        qint64 clientId = 0;
        PromiseTerms terms;
    };

    QString shown(const QDate &d) const { return dateformat::date(m_locale, d); }

    /// The chase facts behind the steps due are about half the work and need nothing else the
    /// queue reads, so with the Database at hand a second connection reads them while this one
    /// reads the other reasons (Database::readBeside). Not inside the caller's transaction,
    /// whose writes only its own connection sees.
    /// The ids of the clients with facts come ahead of the facts, so this connection reads
    /// those clients' own figures while the second one reads their contacts, disputes, promises
    /// and reminder log.
    void startFacts()
    {
        if (!m_database || sql::inTransaction(m_db))
            return;
        auto found = std::make_shared<std::promise<QList<qint64>>>();
        m_factsClients = found->get_future();
        m_facts = m_database->readBeside<Result<QList<ChaseFactsQuery::Client>>>(
                [asOf = m_asOf, userId = m_userId, grace = m_graceDays,
                 found](const QSqlDatabase &db) {
                    bool told = false;
                    auto facts = ChaseFactsQuery(db, grace).loadForClerk(
                            asOf, userId, 0, [&](const QList<qint64> &ids) {
                                found->set_value(ids);
                                told = true;
                            });
                    if (!told)
                        found->set_value({}); // it failed before: the facts say why
                    return facts;
                });
    }

    /// The clients of the steps due, as the chase facts find them (read beside): their own
    /// figures read while the rest of their facts are.
    Result<void> loadFactsClients()
    {
        if (!m_factsClients.valid())
            return {};
        return loadClients(m_factsClients.get());
    }

    void add(qint64 clientId, Reason reason)
    {
        Row &r = m_rows[clientId];
        r.clientId = clientId;
        r.reasons.append(std::move(reason));
    }

    /// Tasks of the user that are due and not snoozed.
    Result<void> addTasks()
    {
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT id, client_id, kind, title, source, due_date "
                                          "FROM tasks WHERE owner_id = ? AND status = 'open' AND "
                                          "due_date <= ? AND (snoozed_until IS NULL OR "
                                          "snoozed_until <= ?) ORDER BY due_date, id"),
                           {m_userId, m_day, m_day});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            QString kind = r.value(2).toString();
            if (kind == QLatin1String("call") && r.value(4).toString() == QLatin1String("policy"))
                kind = QStringLiteral("reminder_call");
            else if (kind == QLatin1String("other"))
                kind = QStringLiteral("task");
            const QDate due = dateOf(r.value(5));
            const QString when
                    = due < m_asOf ? TodayQueue::tr(" (due %1)").arg(shown(due)) : QString();
            add(r.value(1).toLongLong(),
                {kind, r.value(3).toString() + when, r.value(0).toLongLong()});
        }
        return {};
    }

    /// For who may give clients to a clerk (a manager): live clients owing something that no
    /// clerk is assigned to (an import brings them in so), or nobody would chase them.
    Result<void> addUnassigned()
    {
        auto user = UserRepository(m_db).find(m_userId);
        if (!user && user.error().code != ErrorCode::NotFound)
            return user.error();
        if (!user || !Permissions::allows(user.value().roles, Permission::Reassign))
            return {};
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT c.id FROM clients c JOIN client_summary s ON "
                                          "s.client_id = c.id WHERE c.assigned_user_id IS NULL "
                                          "AND c.archived_at IS NULL AND s.balance_minor > 0 "
                                          "ORDER BY c.id"));
        if (!q)
            return q.error();
        while (q.value().next())
            add(q.value().value(0).toLongLong(),
                {QStringLiteral("unassigned"), TodayQueue::tr("No clerk assigned"), 0});
        return {};
    }

    /// Open disputes the user owns.
    Result<void> addDisputes()
    {
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT d.id, d.client_id, i.number, d.reason, "
                                          "d.opened_at FROM disputes d JOIN invoices i ON i.id = "
                                          "d.invoice_id WHERE d.owner_id = ? AND d.status = "
                                          "'open' ORDER BY d.id"),
                           {m_userId});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            add(r.value(1).toLongLong(),
                {QStringLiteral("dispute"),
                 TodayQueue::tr("Dispute on %1 open since %2: %3")
                         .arg(r.value(2).toString(), shown(dateOf(r.value(4))),
                              r.value(3).toString()),
                 r.value(0).toLongLong()});
        }
        return {};
    }

    /// Invoices of the user's clients that fell due in the last days. CROSS JOIN keeps the
    /// invoices outside: the few days of open invoices (invoices_open_due) are far fewer than
    /// a clerk's clients, whose invoices the planner would otherwise probe one client at a time.
    Result<void> addNewOverdue()
    {
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT i.id, i.client_id, i.number, i.due_date, "
                                          "i.balance_minor, i.currency FROM invoices i %1 "
                                          "clients c ON c.id = i.client_id WHERE i.balance_minor "
                                          "> 0 AND i.due_date >= ? AND i.due_date < ? AND "
                                          "c.assigned_user_id = ? AND c.archived_at IS NULL "
                                          "ORDER BY i.due_date, i.id")
                                   .arg(sql::joinInWrittenOrder(sql::dialectOf(m_db))),
                           {iso(m_asOf.addDays(-TodayQueue::kNewOverdueDays)), m_day, m_userId});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            add(r.value(1).toLongLong(),
                {QStringLiteral("new_overdue"),
                 TodayQueue::tr("Invoice %1 fell due on %2 (%3 open)")
                         .arg(r.value(2).toString(), shown(dateOf(r.value(3))),
                              money(r.value(4).toLongLong(), r.value(5).toString())),
                 r.value(0).toLongLong()});
        }
        return {};
    }

    /// Reminder steps due on the user's clients that need a person — a call, an escalation, a
    /// collections/legal review, a credit hold to put on, an e-mail or statement a run would
    /// queue but nobody ran one —
    /// decided by the reminder run's own rules (StepDecision over ChaseFactsQuery's facts: the
    /// client's policy, the days late, the reminder log and every hold), before anyone runs
    /// it. A step a run took is in the log, so it is no longer due: the task it created is the
    /// reason then, not this. One reason per client and kind of step, naming its invoices.
    Result<void> addStepsDue()
    {
        auto catalog = PolicyRepository(m_db).catalog();
        if (!catalog)
            return catalog.error();
        auto facts = m_facts.valid()
                ? m_facts.get()
                : ChaseFactsQuery(m_db, m_graceDays).loadForClerk(m_asOf, m_userId);
        if (!facts)
            return facts.error();
        // As the run decides: without e-mail set up, e-mail steps wait for it (the run says so).
        bool mailConfigured = false;
        if (m_database) {
            const auto smtp = SmtpSettings::load(*m_database);
            mailConfigured = smtp && smtp.value().isConfigured();
        }
        for (const ChaseFactsQuery::Client &c : facts.value())
            addStepsDue(c, catalog.value().resolve(c.policyId, c.segment), mailConfigured);
        return {};
    }

    void addStepsDue(const ChaseFactsQuery::Client &c, const ReminderPolicy &policy,
                     bool mailConfigured)
    {
        QMap<int, QList<const ChaseFactsQuery::Invoice *>> byAction; // in order of due date
        for (const ChaseFactsQuery::Invoice &inv : c.invoices) {
            const StepDecision d = StepDecision::decide(
                    policy, inv.dueDate, m_asOf, inv.doneStepIds(), inv.facts, mailConfigured);
            for (const PolicyStep &s : d.take) {
                if (s.action == StepAction::CreditHold && c.creditHold)
                    continue; // already on hold: the run only records the step
                auto &list = byAction[int(s.action)];
                if (!list.contains(&inv))
                    list.append(&inv);
            }
        }
        for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
            add(c.id,
                {QStringLiteral("step_due"), stepDueText(StepAction(it.key()), it.value()),
                 it.value().first()->id});
    }

    /// "Call step due: INV-1042, 56 days late" (the latest few invoices, then how many more).
    /// Each translated pattern is looked up once per queue (a busiest clerk's queue has ≈ 4,300 of
    /// these texts; looking each pattern up every time was ≈ 5 ms).
    QString stepDueText(StepAction action, const QList<const ChaseFactsQuery::Invoice *> &invoices)
    {
        constexpr int kNamed = 3;
        QStringList named;
        for (int i = 0; i < invoices.size() && i < kNamed; ++i) {
            const int days = int(invoices.at(i)->dueDate.daysTo(m_asOf));
            named << translated(m_daysLate, days, [days] {
                         return TodayQueue::tr("%1, %n day(s) late", nullptr, days);
                     }).arg(invoices.at(i)->number);
        }
        QString list = named.join(QStringLiteral("; "));
        if (invoices.size() > kNamed) {
            const int more = int(invoices.size()) - kNamed;
            list += translated(m_andMore, more,
                               [more] { return TodayQueue::tr(" and %n more", nullptr, more); });
        }
        if (m_stepDue.isEmpty())
            m_stepDue = TodayQueue::tr("%1 step due: %2");
        return m_stepDue.arg(
                translated(m_actionNames, int(action), [action] { return displayName(action); }),
                list);
    }

    template<typename Translate>
    static const QString &translated(QHash<int, QString> &cache, int key, Translate translate)
    {
        auto it = cache.find(key);
        if (it == cache.end())
            it = cache.insert(key, translate());
        return *it;
    }

    /// Calls the user dialled up to the end of the day that no call note of theirs logs and
    /// that they did not dismiss (CallAttemptRepository::openOf), on whichever client.
    Result<void> addUnloggedCalls()
    {
        auto open = CallAttemptRepository(m_db).openOf(
                m_userId, timeutil::startOfDay(m_asOf.addDays(1), m_zone));
        if (!open)
            return open.error();
        for (const CallAttempt &a : open.value()) {
            const QDateTime local = a.dialledAt.toTimeZone(m_zone);
            const QString when = local.date() == m_asOf
                    ? local.toString(QStringLiteral("HH:mm"))
                    : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            const QString who = a.contactName.isEmpty() ? a.number : a.contactName;
            add(a.clientId,
                {QStringLiteral("call_not_logged"),
                 TodayQueue::tr("Call to %1 at %2 not logged").arg(who, when), a.id});
        }
        return {};
    }

    /// E-mails the user queued whose delivery is unknown (a send interrupted after the server
    /// may have taken them): never sent again on their own, they wait for the user's decision.
    Result<void> addUncertainEmails()
    {
        auto unknown = Outbox(m_db).unknownOf(m_userId);
        if (!unknown)
            return unknown.error();
        for (const OutboxMessage &m : unknown.value()) {
            if (m.clientId == 0)
                continue;
            add(m.clientId,
                {QStringLiteral("email_unknown"),
                 TodayQueue::tr("E-mail \"%1\" may not have gone out (sending was interrupted): "
                                "check the sent mailbox, then mark it sent or send it again")
                         .arg(m.subject),
                 m.id});
        }
        return {};
    }

    /// Promises of the user's clients due today, or past and with no contact since their
    /// deadline: they need the payments to be judged.
    Result<void> loadPromises()
    {
        auto q = sql::exec(
                m_db,
                QStringLiteral("SELECT p.id, p.client_id, p.amount_minor, p.currency, "
                               "p.promised_date, p.made_at, (SELECT ")
                        + sql::jsonArrayAgg(sql::dialectOf(m_db), QStringLiteral("invoice_id"))
                        + QStringLiteral(
                                " FROM promise_invoices x WHERE x.promise_id = p.id), "
                                "p.created_at FROM "
                                "clients c "
                                "JOIN promises p ON p.client_id = c.id LEFT JOIN client_summary s "
                                "ON s.client_id = c.id WHERE c.assigned_user_id = ? AND "
                                "c.archived_at IS NULL AND p.status NOT IN ('cancelled','kept') "
                                "AND p.promised_date >= ? AND (p.promised_date = ? OR "
                                "(p.promised_date < ? AND (s.last_conversation_at IS NULL OR "
                                "substr(s.last_conversation_at, 1, 10) <= ")
                        + sql::addDays(sql::dialectOf(m_db), QStringLiteral("p.promised_date"),
                                       QStringLiteral("?"))
                        // A row names its client's promises by date, on either backend (their
                        // order was the plan's: SQLite's index, PostgreSQL's parallel scans).
                        + QStringLiteral("))) ORDER BY p.client_id, p.promised_date, p.id"),
                {m_userId, iso(m_asOf.addDays(-TodayQueue::kPromiseLookbackDays)), m_day,
                 iso(m_asOf.addDays(-m_graceDays)),
                 // A day of slack: the stored time's UTC date may be a day after the company's
                 // date; contactedAfter() decides in the company's zone.
                 m_graceDays + 1});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            PromiseCandidate p;
            p.id = r.value(0).toLongLong();
            p.clientId = r.value(1).toLongLong();
            p.terms.amount = Money::fromMinor(r.value(2).toLongLong(), r.value(3).toString());
            p.terms.promisedDate = dateOf(r.value(4));
            p.terms.madeOn
                    = timeutil::dateIn(timeutil::instantFromStorage(r.value(5).toString()), m_zone);
            p.terms.madeAt = timeutil::instantFromStorage(r.value(7).toString());
            for (const QString &n :
                 r.value(6).toString().mid(1).chopped(1).split(u',', Qt::SkipEmptyParts))
                p.terms.invoiceIds.append(n.trimmed().toLongLong());
            if (p.terms.madeOn > m_asOf)
                continue; // not made yet on that day
            if (p.terms.madeOn.isValid() && p.terms.madeOn < m_earliest)
                m_earliest = p.terms.madeOn;
            m_promises.append(p);
            m_involved.insert(p.clientId);
        }
        return {};
    }

    /// Active or defaulted payment plans of the user's clients. The plans lead: a company has
    /// few, while the busiest clerk has ≈ 20,000 clients to look each one up for.
    Result<void> loadPlans()
    {
        auto loaded = ChaseFactsQuery::loadPlans(
                m_db,
                QStringLiteral("payment_plans pp %1 clients c ON c.id = pp.client_id WHERE "
                               "c.assigned_user_id = ? AND c.archived_at IS NULL AND pp.status "
                               "IN ('active','defaulted')")
                        .arg(sql::joinInWrittenOrder(sql::dialectOf(m_db))),
                {m_userId}, m_asOf, m_earliest);
        if (!loaded)
            return loaded.error();
        m_plans = loaded.value();
        for (const ChaseFactsQuery::Plan &p : std::as_const(m_plans))
            m_involved.insert(p.clientId);
        return {};
    }

    /// Promises due, broken or partly kept, and missed installments, judged by the payments
    /// received; a broken one needs no call when the client was contacted since.
    Result<void> addBrokenAndMissed()
    {
        if (auto l = loadClients(m_involved.values()); !l)
            return l;
        if (m_promises.isEmpty() && m_plans.isEmpty())
            return {};
        auto paid = ChaseFactsQuery::receivedPayments(m_db, m_involved.values(), m_earliest);
        if (!paid)
            return paid.error();
        for (const PromiseCandidate &p : std::as_const(m_promises))
            judgePromise(p, paid.value().value(p.clientId));
        for (const ChaseFactsQuery::Plan &p : std::as_const(m_plans))
            judgePlan(p, paid.value().value(p.clientId));
        return {};
    }

    void judgePromise(const PromiseCandidate &p, const QList<ReceivedPayment> &paid)
    {
        const PromiseOutcome o = evaluatePromise(p.terms, paid, m_asOf, m_graceDays);
        const QString amount = money(p.terms.amount.minor(), p.terms.amount.currencyCode());
        if (o.status == PromiseStatus::Open && p.terms.promisedDate == m_asOf) {
            add(p.clientId,
                {QStringLiteral("promise_due"),
                 TodayQueue::tr("Promise to pay %1 due today").arg(amount), p.id});
        } else if (o.status == PromiseStatus::Broken || o.status == PromiseStatus::PartlyKept) {
            if (contactedAfter(p.clientId, o.deadline))
                return;
            ++m_broken[p.clientId];
            add(p.clientId,
                {QStringLiteral("promise_broken"),
                 o.status == PromiseStatus::Broken
                         ? TodayQueue::tr("Promise to pay %1 by %2 broken: nothing received")
                                   .arg(amount, shown(p.terms.promisedDate))
                         : TodayQueue::tr("Promise to pay %1 by %2 partly kept: %3 received")
                                   .arg(amount, shown(p.terms.promisedDate),
                                        money(o.paidMinor, p.terms.amount.currencyCode())),
                 p.id});
        }
    }

    /// The plan's first missed installment, unless the client was contacted since.
    void judgePlan(const ChaseFactsQuery::Plan &p, const QList<ReceivedPayment> &paid)
    {
        const auto counted = ChaseFactsQuery::paymentsTowardPlan(p, paid);
        const auto statuses = evaluateInstallments(p.installments, counted, m_asOf, m_graceDays);
        for (int i = 0; i < statuses.size(); ++i) {
            if (statuses.at(i) != InstallmentStatus::Missed)
                continue;
            const PlanInstallment &inst = p.installments.at(i);
            if (!contactedAfter(p.clientId, inst.dueDate.addDays(m_graceDays)))
                add(p.clientId,
                    {QStringLiteral("plan_missed"),
                     TodayQueue::tr("Payment plan installment of %1 due %2 missed")
                             .arg(money(inst.amountMinor, p.currency), shown(inst.dueDate)),
                     p.id});
            break;
        }
    }

    /// What a row of these clients shows and scores, read once per client (the clients with
    /// promises or plans first, to judge them; the queue's other clients while the chase facts
    /// are read beside; the rest once the steps due are known): code, name, currency, credit
    /// limit, the overdue figures, the last touch (a note of any channel) and the last
    /// conversation (ArSummary's rule) up to the date. The AR summary has them when it is at
    /// this date (it is moved to today when a file is opened); for another date the overdue
    /// figures are summed from the open invoices, and the contacts read from the notes when the
    /// summary's are later than the date (a queue for a past day).
    Result<void> loadClients(const QList<qint64> &ids)
    {
        QList<qint64> wanted;
        for (qint64 id : ids) {
            if (!m_clients.contains(id))
                wanted.append(id);
        }
        if (wanted.isEmpty())
            return {};
        if (!m_summaryAsOf.isValid()) {
            auto summaryAsOf = ArSummary(m_db).asOf();
            if (!summaryAsOf)
                return summaryAsOf.error();
            m_summaryAsOf = summaryAsOf.value();
        }
        const bool summaryFits = m_summaryAsOf == m_asOf;
        const QString idJson = ChaseFactsQuery::idArray(wanted);
        // The columns of the SELECT below, in its order.
        enum Column : int {
            Id,
            Code,
            Name,
            CurrencyCode,
            CreditLimit,
            Balance,
            Overdue,
            OldestDue,
            LastTouch,
            LastTalk
        };
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT c.id, c.code, c.name, c.currency, "
                                          "c.credit_limit_minor, s.balance_minor, "
                                          "s.overdue_minor, s.oldest_open_due_date, "
                                          "s.last_contact_at, s.last_conversation_at FROM clients "
                                          "c LEFT JOIN client_summary s ON s.client_id = c.id "
                                          "WHERE ")
                                   + sql::amongIds(sql::dialectOf(m_db), QStringLiteral("c.id")),
                           {idJson});
        if (!q)
            return q.error();
        QList<qint64> later;
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            const qint64 id = r.value(Column::Id).toLongLong();
            ClientFacts &c = m_clients[id];
            c.code = r.value(Column::Code).toString();
            c.name = r.value(Column::Name).toString();
            c.currency = r.value(Column::CurrencyCode).toString();
            const qint64 limit = r.value(Column::CreditLimit).toLongLong();
            c.overCreditLimit = limit > 0 && r.value(Column::Balance).toLongLong() > limit;
            if (summaryFits) {
                c.overdueMinor = r.value(Column::Overdue).toLongLong();
                const QDate oldest = dateOf(r.value(Column::OldestDue));
                c.oldestDaysLate
                        = oldest.isValid() && oldest < m_asOf ? int(oldest.daysTo(m_asOf)) : 0;
            }
            const QDateTime touch
                    = timeutil::instantFromStorage(r.value(Column::LastTouch).toString());
            const QDateTime talk
                    = timeutil::instantFromStorage(r.value(Column::LastTalk).toString());
            if ((touch.isValid() && timeutil::dateIn(touch, m_zone) > m_asOf)
                || (talk.isValid() && timeutil::dateIn(talk, m_zone) > m_asOf)) {
                later.append(id);
                continue;
            }
            c.lastContact = touch;
            c.lastConversation = talk;
        }
        if (auto r = loadContactsFromNotes(later); !r)
            return r;
        return summaryFits ? Result<void>() : loadOverdueFromInvoices(idJson);
    }

    /// The last touch and conversation before the day after the date, from the notes.
    Result<void> loadContactsFromNotes(const QList<qint64> &clients)
    {
        if (clients.isEmpty())
            return {};
        auto q = sql::exec(
                m_db,
                QStringLiteral("SELECT n.client_id, max(r.occurred_at), max(CASE WHEN %1 THEN "
                               "r.occurred_at END) FROM notes n JOIN note_revisions r ON "
                               "r.note_id = n.id WHERE %2 AND r.occurred_at < ? GROUP BY "
                               "n.client_id")
                        .arg(ArSummary::conversationCondition(QStringLiteral("r")),
                             sql::inIdSet(sql::dialectOf(m_db), QStringLiteral("n.client_id"))),
                {ChaseFactsQuery::idArray(clients),
                 timeutil::toStorage(timeutil::startOfDay(m_asOf.addDays(1), m_zone))});
        if (!q)
            return q.error();
        while (q.value().next()) {
            ClientFacts &c = m_clients[q.value().value(0).toLongLong()];
            c.lastContact = timeutil::instantFromStorage(q.value().value(1).toString());
            c.lastConversation = timeutil::instantFromStorage(q.value().value(2).toString());
        }
        return {};
    }

    /// Whether someone spoke with the client after `deadline` (an automatic reminder is no
    /// answer to a broken promise).
    bool contactedAfter(qint64 clientId, const QDate &deadline) const
    {
        const QDateTime last = m_clients.value(clientId).lastConversation;
        return last.isValid() && timeutil::dateIn(last, m_zone) > deadline;
    }

    /// The clients of the rows so far: read while the chase facts are read beside.
    Result<void> loadRowClients() { return loadClients(m_rows.keys()); }

    Result<void> loadOverdueFromInvoices(const QString &idJson)
    {
        auto q = sql::exec(
                m_db,
                QStringLiteral("SELECT i.client_id, sum(i.balance_minor), "
                               "min(i.due_date) FROM invoices i JOIN clients c ON "
                               "c.id = i.client_id WHERE ")
                        + sql::inIdSet(sql::dialectOf(m_db), QStringLiteral("i.client_id"))
                        + QStringLiteral(" AND i.currency = c.currency AND "
                                         "i.balance_minor > 0 AND i.due_date < ? "
                                         "GROUP BY i.client_id"),
                {idJson, m_day});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            ClientFacts &c = m_clients[r.value(0).toLongLong()];
            c.overdueMinor = r.value(1).toLongLong();
            c.oldestDaysLate = int(dateOf(r.value(2)).daysTo(m_asOf));
        }
        return {};
    }

    /// Each row scored; rows left without a reason dropped; by score, then amount overdue.
    QList<Row> scoredRows(const PriorityWeights &weights)
    {
        QList<Row> out;
        out.reserve(m_rows.size());
        for (Row &row : m_rows) {
            const auto client = m_clients.constFind(row.clientId);
            if (client == m_clients.cend())
                continue; // no such client (any more)
            row.code = client->code;
            row.name = client->name;
            row.currency = client->currency;
            row.overCreditLimit = client->overCreditLimit;
            row.overdueMinor = client->overdueMinor;
            row.oldestDaysLate = client->oldestDaysLate;
            row.lastContact = client->lastContact;
            row.lastConversation = client->lastConversation;
            row.brokenPromises = m_broken.value(row.clientId);
            const PriorityFacts facts = priorityFacts(row);
            row.daysSinceContact = facts.daysSinceContact;
            row.daysSinceTouch = row.lastContact.isValid()
                    ? int(std::max<qint64>(
                            0, timeutil::dateIn(row.lastContact, m_zone).daysTo(m_asOf)))
                    : -1;
            row.score = priorityScore(facts, weights);
            // A broken promise or missed installment of a client that owes nothing overdue
            // any more needs no call.
            if (row.overdueMinor == 0)
                row.reasons.removeIf([](const Reason &r) {
                    return r.kind == QLatin1String("promise_broken")
                            || r.kind == QLatin1String("plan_missed");
                });
            if (!row.reasons.isEmpty())
                out.append(std::move(row));
        }
        std::sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
            if (a.score.total != b.score.total)
                return a.score.total > b.score.total;
            if (a.overdueMinor != b.overdueMinor)
                return a.overdueMinor > b.overdueMinor;
            return a.code < b.code;
        });
        return out;
    }

    PriorityFacts priorityFacts(const Row &row) const
    {
        PriorityFacts f;
        f.overdueMinor = row.overdueMinor;
        f.currencyExponent = Currency::fromCode(row.currency).value_or(Currency()).exponent();
        if (f.currencyExponent < 0)
            f.currencyExponent = 2;
        f.oldestDaysOverdue = row.oldestDaysLate;
        f.brokenPromises = row.brokenPromises;
        // An automatic e-mail is a touch, not a conversation: it does not make a client look
        // recently spoken to (#12: "contact 0" minutes after an automated notice).
        f.daysSinceContact = row.lastConversation.isValid()
                ? int(std::max<qint64>(
                        0, timeutil::dateIn(row.lastConversation, m_zone).daysTo(m_asOf)))
                : -1;
        f.overCreditLimit = row.overCreditLimit;
        return f;
    }

    const QSqlDatabase &m_db;
    const Database *m_database; // null: e-mail counts as not set up, no second connection
    const qint64 m_userId;
    const QDate m_asOf;
    const QTimeZone m_zone; // the company's: a stored (UTC) time's date is its date there
    QLocale m_locale {QLocale::English, QLocale::UnitedStates}; // the company's
    const QString m_day;
    int m_graceDays = 0;
    QMap<qint64, Row> m_rows; // by client id
    QList<PromiseCandidate> m_promises;
    QList<ChaseFactsQuery::Plan> m_plans;
    QDate m_earliest; // the earliest payment that can count toward a promise or plan
    QSet<qint64> m_involved; // clients with promises or plans
    QDate m_summaryAsOf; // the AR summary's date, once read
    QHash<qint64, ClientFacts> m_clients; // by id: the clients read so far
    QHash<qint64, int> m_broken; // promises broken or partly kept, by client
    std::future<Result<QList<ChaseFactsQuery::Client>>> m_facts; // being read beside, if valid
    std::future<QList<qint64>> m_factsClients; // their clients, ahead of them
    // stepDueText()'s translated patterns, by days late / invoices more / step action.
    QHash<int, QString> m_daysLate, m_andMore, m_actionNames;
    QString m_stepDue;
};

} // namespace

Result<QList<TodayQueue::Row>> TodayQueue::forUser(qint64 userId, const QDate &asOf) const
{
    return QueueBuilder(m_db, m_database, userId, asOf).build();
}

} // namespace ardesk
