// SPDX-License-Identifier: MIT
#include "core/storage/chasefacts.h"

#include "core/domain/paymentplan.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/promiserepository.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace ardesk {

namespace {
QDate dateOf(const QVariant &v)
{
    return timeutil::dateFromStorage(v.toString().left(10));
}

} // namespace

QSet<qint64> ChaseFactsQuery::Invoice::doneStepIds() const
{
    QSet<qint64> ids;
    for (const LogEntry &e : log)
        ids.insert(e.stepId);
    return ids;
}

QString ChaseFactsQuery::idArray(const QList<qint64> &ids)
{
    QString s;
    s.reserve(ids.size() * 8 + 2);
    s += u'[';
    for (int i = 0; i < ids.size(); ++i) {
        if (i)
            s += u',';
        s += QString::number(ids.at(i));
    }
    s += u']';
    return s;
}

Result<int> ChaseFactsQuery::graceDays(const QSqlDatabase &db)
{
    auto v = readSetting(db, QStringLiteral("workflow.promise_grace_days"), QStringLiteral("2"));
    if (!v)
        return v.error();
    bool ok = false;
    const int days = v.value().trimmed().toInt(&ok);
    if (!ok || days < 0 || days > 60)
        return makeError(ErrorCode::InvalidValue,
                         tr("setting workflow.promise_grace_days: \"%1\" "
                            "is not a number of days from 0 to 60")
                                 .arg(v.value()));
    return days;
}

Result<QList<ChaseFactsQuery::Plan>> ChaseFactsQuery::loadPlans(const QSqlDatabase &db,
                                                                const QString &fromWhere,
                                                                const QVariantList &binds,
                                                                const QDate &asOf, QDate &earliest)
{
    auto q = sql::exec(
            db,
            QStringLiteral("SELECT pp.id, pp.client_id, pp.currency, COALESCE((SELECT "
                           "r.occurred_at FROM note_revisions r WHERE r.note_id = "
                           "pp.note_id AND r.revision = 1), pp.created_at), (SELECT ")
                    + sql::jsonArrayAgg(sql::dialectOf(db), QStringLiteral("invoice_id"))
                    + QStringLiteral(" FROM plan_invoices x WHERE x.plan_id = pp.id) FROM ")
                    + fromWhere + QStringLiteral(" ORDER BY pp.id"),
            binds);
    if (!q)
        return q.error();
    QList<Plan> plans;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Plan p;
        p.id = r.value(0).toLongLong();
        p.clientId = r.value(1).toLongLong();
        p.currency = r.value(2).toString();
        p.start = dateOf(r.value(3));
        for (const QString &n :
             r.value(4).toString().mid(1).chopped(1).split(u',', Qt::SkipEmptyParts))
            p.invoiceIds.append(n.trimmed().toLongLong());
        if (p.start > asOf)
            continue; // not agreed yet on that day
        if (p.start.isValid() && p.start < earliest)
            earliest = p.start;
        plans.append(p);
    }
    for (Plan &p : plans) {
        auto i = sql::exec(db,
                           QStringLiteral("SELECT id, due_date, amount_minor FROM "
                                          "plan_installments WHERE plan_id = ? ORDER BY "
                                          "due_date, id"),
                           {p.id});
        if (!i)
            return i.error();
        while (i.value().next())
            p.installments.append({i.value().value(0).toLongLong(), dateOf(i.value().value(1)),
                                   i.value().value(2).toLongLong()});
    }
    return plans;
}

QList<QPair<QDate, qint64>> ChaseFactsQuery::paymentsTowardPlan(
        const Plan &plan, const QList<ReceivedPayment> &payments)
{
    QList<QPair<QDate, qint64>> counted;
    for (const ReceivedPayment &r : payments) {
        if (r.amount.currencyCode() != plan.currency || r.date < plan.start)
            continue;
        if (plan.invoiceIds.isEmpty()) {
            counted.append({r.date, r.amount.minor()});
        } else {
            for (const auto &[invoiceId, amount] : r.allocations) {
                if (plan.invoiceIds.contains(invoiceId))
                    counted.append({r.date, amount});
            }
        }
    }
    return counted;
}

Result<QHash<qint64, QList<ReceivedPayment>>> ChaseFactsQuery::receivedPayments(
        const QSqlDatabase &db, const QList<qint64> &clientIds, const QDate &from,
        const QDate &upTo)
{
    QHash<qint64, QList<ReceivedPayment>> out;
    if (clientIds.isEmpty())
        return out;
    QVariantList binds {idArray(clientIds), timeutil::toStorage(from)};
    QString upToClause;
    if (upTo.isValid()) {
        upToClause = QStringLiteral(" AND p.payment_date <= ?");
        binds << timeutil::toStorage(upTo);
    }
    auto q = sql::exec(
            db,
            QStringLiteral("SELECT p.id, p.client_id, p.payment_date, p.amount_minor, "
                           "p.currency, a.invoice_id, a.amount_minor, p.created_at FROM payments p "
                           "LEFT JOIN payment_allocations a ON a.payment_id = p.id "
                           "WHERE %1 AND "
                           "p.voided_at IS NULL AND p.payment_date >= ?%2 "
                           "ORDER BY p.client_id, p.id")
                    .arg(sql::inIdSet(sql::dialectOf(db), QStringLiteral("p.client_id")),
                         upToClause),
            binds);
    if (!q)
        return q.error();
    qint64 lastPayment = 0;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const qint64 paymentId = r.value(0).toLongLong();
        QList<ReceivedPayment> &list = out[r.value(1).toLongLong()];
        if (paymentId != lastPayment) {
            ReceivedPayment p;
            p.date = dateOf(r.value(2));
            p.amount = Money::fromMinor(r.value(3).toLongLong(), r.value(4).toString());
            p.recordedAt = timeutil::instantFromStorage(r.value(7).toString());
            list.append(p);
            lastPayment = paymentId;
        }
        if (!r.value(5).isNull())
            list.last().allocations.append({r.value(5).toLongLong(), r.value(6).toLongLong()});
    }
    return out;
}

namespace {

/// Loads the chase facts of one day: the open overdue invoices first, then for their clients
/// the client rows, contacts, disputes, pauses, promises, plans and the reminder log.
class FactsLoader
{
public:
    using Client = ChaseFactsQuery::Client;
    using Invoice = ChaseFactsQuery::Invoice;
    using Plan = ChaseFactsQuery::Plan;

    FactsLoader(const QSqlDatabase &db, int graceDays, const QDate &asOf, int lookAheadDays)
        : m_db(db)
        , m_graceDays(graceDays)
        , m_asOf(asOf)
        , m_day(timeutil::toStorage(asOf))
        // Due on the look-ahead's last day still comes: due before the day after it.
        , m_dueBefore(
                  timeutil::toStorage(lookAheadDays > 0 ? asOf.addDays(lookAheadDays + 1) : asOf))
        , m_dialect(sql::dialectOf(db))
        , m_earliest(asOf)
    { }

    /// Of `clientIds` (all clients when empty), or of the clients assigned to `clerkId` when
    /// it is not 0.
    Result<QList<Client>> load(const QList<qint64> &clientIds, qint64 clerkId = 0,
                               const std::function<void(const QList<qint64> &)> &clientsFound = {})
    {
        if (auto r = loadInvoices(clientIds, clerkId); !r)
            return r.error();
        if (clientsFound)
            clientsFound(m_clients.keys());
        if (m_clients.isEmpty())
            return QList<Client>();
        m_ids = ChaseFactsQuery::idArray(m_clients.keys());
        m_invoiceIdArray = ChaseFactsQuery::idArray(m_invoiceIds);
        for (auto step :
             {&FactsLoader::loadClients, &FactsLoader::loadReach, &FactsLoader::loadDisputes,
              &FactsLoader::loadPauses, &FactsLoader::loadPromises,
              &FactsLoader::applyPromisesAndPlans, &FactsLoader::loadLog}) {
            if (auto r = (this->*step)(); !r)
                return r.error();
        }
        return liveClients();
    }

private:
    /// "`column` is one of the bound ids" (sql::inIdSet).
    QString in(const char *column) const { return sql::inIdSet(m_dialect, QLatin1String(column)); }
    /// The same where `column` leads the index to search (sql::amongIds).
    QString among(const char *column) const
    {
        return sql::amongIds(m_dialect, QLatin1String(column));
    }

    Invoice *invoiceRef(qint64 invoiceId)
    {
        const auto it = m_invoiceAt.constFind(invoiceId);
        if (it == m_invoiceAt.cend())
            return nullptr;
        return &m_clients[it->first].invoices[it->second];
    }

    /// `apply` to the client's invoices that `named` lists (all of them when it is empty).
    template<typename Apply>
    void forClientInvoices(qint64 clientId, const QList<qint64> &named, Apply apply)
    {
        auto it = m_clients.find(clientId);
        if (it == m_clients.end())
            return;
        for (Invoice &inv : it->invoices) {
            if (named.isEmpty() || named.contains(inv.id))
                apply(inv);
        }
    }

    /// Open invoices overdue on the day, or due within the look-ahead (of the given clients
    /// only, when there are any; of a clerk's live clients, when a clerk is given). A clerk's
    /// come with their clients' rows (the join finds them anyway), so loadClients has nothing
    /// left to read.
    Result<void> loadInvoices(const QList<qint64> &clientIds, qint64 clerkId)
    {
        QString statement = QStringLiteral(
                "SELECT i.id, i.client_id, i.number, i.due_date, i.balance_minor, i.currency, "
                "i.disputed");
        if (clerkId != 0)
            statement += QStringLiteral(", ") + clientColumns(QStringLiteral("c."))
                    + QStringLiteral(" FROM invoices i JOIN clients c ON c.id = i.client_id");
        else
            statement += QStringLiteral(" FROM invoices i");
        statement += QStringLiteral(" WHERE i.balance_minor > 0 AND i.due_date < ? AND i.status "
                                    "<> 'written_off'");
        QVariantList binds {m_dueBefore};
        if (!clientIds.isEmpty()) {
            statement += QStringLiteral(" AND ") + in("i.client_id");
            binds << ChaseFactsQuery::idArray(clientIds);
        }
        if (clerkId != 0) {
            statement += QStringLiteral(" AND c.assigned_user_id = ? AND c.archived_at IS NULL");
            binds << clerkId;
        }
        statement += QStringLiteral(" ORDER BY i.client_id, i.due_date, i.id");
        auto q = sql::exec(m_db, statement, binds);
        if (!q)
            return q.error();
        m_clientsRead = clerkId != 0;
        constexpr int kClientColumn = 7; // the first of clientColumns(), when read
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            Invoice inv;
            inv.id = r.value(0).toLongLong();
            const qint64 clientId = r.value(1).toLongLong();
            inv.number = r.value(2).toString();
            inv.dueDate = dateOf(r.value(3));
            inv.balanceMinor = r.value(4).toLongLong();
            inv.currency = r.value(5).toString();
            inv.facts.balanceMinor = inv.balanceMinor;
            inv.facts.disputed = r.value(6).toInt() != 0; // the flag; status derives from it
            Client &c = m_clients[clientId];
            if (m_clientsRead && c.id == 0)
                readClient(r, kClientColumn, c);
            c.id = clientId;
            inv.facts.clientPausedUntil = c.pausedUntil;
            m_invoiceAt.insert(inv.id, {clientId, int(c.invoices.size())});
            m_invoiceIds.append(inv.id);
            c.invoices.append(inv);
        }
        return {};
    }

    /// The client columns readClient() reads, in its order; `prefix` names the table.
    static QString clientColumns(const QString &prefix)
    {
        QString columns;
        for (const char *column :
             {"code", "name", "segment", "currency", "policy_id", "assigned_user_id", "credit_hold",
              "paused_until", "archived_at"}) {
            if (!columns.isEmpty())
                columns += QStringLiteral(", ");
            columns += prefix + QLatin1String(column);
        }
        return columns;
    }

    /// A client from clientColumns() starting at column `first`; an archived one (not chased)
    /// is marked to be dropped at the end (id 0, code empty).
    static void readClient(const QSqlQuery &r, int first, Client &c)
    {
        // clientColumns(), in its order.
        enum Column : int {
            Code,
            Name,
            Segment,
            CurrencyCode,
            PolicyId,
            ClerkId,
            CreditHold,
            PausedUntil,
            ArchivedAt,
        };
        if (!r.value(first + Column::ArchivedAt).isNull())
            return;
        c.code = r.value(first + Column::Code).toString();
        c.name = r.value(first + Column::Name).toString();
        c.segment = r.value(first + Column::Segment).toString();
        c.currency = r.value(first + Column::CurrencyCode).toString();
        c.policyId = r.value(first + Column::PolicyId).toLongLong();
        c.clerkId = r.value(first + Column::ClerkId).toLongLong();
        c.creditHold = r.value(first + Column::CreditHold).toInt() != 0;
        c.pausedUntil = dateOf(r.value(first + Column::PausedUntil));
    }

    /// The clients themselves (unless read with their invoices); archived ones are not chased.
    Result<void> loadClients()
    {
        if (m_clientsRead)
            return {};
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT id, ") + clientColumns(QString())
                                   + QStringLiteral(" FROM clients WHERE ") + among("id"),
                           {m_ids});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            Client &c = m_clients[r.value(0).toLongLong()];
            readClient(r, 1, c);
            for (Invoice &inv : c.invoices)
                inv.facts.clientPausedUntil = c.pausedUntil;
        }
        return {};
    }

    /// Contacts: do-not-contact, e-mail, phone.
    Result<void> loadReach()
    {
        struct Reach
        {
            int contacts = 0, dnc = 0;
            bool email = false, phone = false;
            bool billingEmail = false, billingPhone = false, billingText = false;
            PreferredReach preferred() const
            {
                if (billingEmail || (!billingPhone && !billingText))
                    return PreferredReach::Any;
                return billingText ? PreferredReach::Text : PreferredReach::Phone;
            }
        };
        QHash<qint64, Reach> reach;
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT c.client_id, c.do_not_contact, c.email, "
                                          "EXISTS (SELECT 1 FROM contact_phones p WHERE "
                                          "p.contact_id = c.id AND p.e164 <> ''), c.is_billing, "
                                          "c.preferred_channel FROM contacts c "
                                          "WHERE ")
                                   + among("c.client_id")
                                   + QStringLiteral(" AND c.archived_at IS NULL"),
                           {m_ids});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            Reach &x = reach[r.value(0).toLongLong()];
            ++x.contacts;
            if (r.value(1).toInt() != 0) {
                ++x.dnc;
                continue;
            }
            x.email = x.email || r.value(2).toString().contains(u'@');
            x.phone = x.phone || r.value(3).toInt() != 0;
            if (r.value(4).toInt() == 0)
                continue;
            const QString prefers = r.value(5).toString();
            x.billingPhone = x.billingPhone || prefers == QLatin1String("phone");
            x.billingText = x.billingText || prefers == QLatin1String("text");
            x.billingEmail = x.billingEmail || prefers == QLatin1String("email")
                    || prefers == QLatin1String("any");
        }
        for (Client &c : m_clients) {
            const Reach x = reach.value(c.id);
            for (Invoice &inv : c.invoices) {
                inv.facts.doNotContact = x.contacts > 0 && x.dnc == x.contacts;
                inv.facts.hasEmailAddress = x.email;
                inv.facts.hasPhone = x.phone;
                inv.facts.preferredReach = x.preferred();
            }
        }
        return {};
    }

    /// Open disputes.
    Result<void> loadDisputes()
    {
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT invoice_id FROM disputes WHERE status = 'open' "
                                          "AND ")
                                   + in("client_id"),
                           {m_ids});
        if (!q)
            return q.error();
        while (q.value().next()) {
            if (Invoice *inv = invoiceRef(q.value().value(0).toLongLong()))
                inv->facts.disputed = true;
        }
        return {};
    }

    /// Invoice pauses still running.
    Result<void> loadPauses()
    {
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT invoice_id, max(until_date) FROM invoice_pauses "
                                          "WHERE ")
                                   + in("invoice_id")
                                   + QStringLiteral(" AND until_date >= ? GROUP BY invoice_id"),
                           {m_invoiceIdArray, m_day});
        if (!q)
            return q.error();
        while (q.value().next()) {
            if (Invoice *inv = invoiceRef(q.value().value(0).toLongLong()))
                inv->facts.invoicePausedUntil = dateOf(q.value().value(1));
        }
        return {};
    }

    /// Promises whose deadline has not passed (they need the payments to be judged). Found by
    /// date, then kept when their client is one of these: promises dated from a few days ago on
    /// are few (≈ 1,600 on tier L), while the clients owing something to the busiest clerk made
    /// ≈ 15,500 over the years, each read from the table for its date when the clients led (2,800
    /// page reads instead of 50). The unary + keeps SQLite from leading with the clients.
    Result<void> loadPromises()
    {
        auto promises = PromiseRepository(m_db).terms(
                in("+p.client_id")
                        + QStringLiteral(" AND p.status NOT IN ('cancelled') AND "
                                         "p.promised_date >= ?"),
                {m_ids, timeutil::toStorage(m_asOf.addDays(-m_graceDays))});
        if (!promises)
            return promises.error();
        for (const PromiseRepository::Terms &p : std::as_const(promises.value())) {
            if (p.terms.madeOn > m_asOf)
                continue; // not made yet on that day
            if (p.terms.madeOn.isValid() && p.terms.madeOn < m_earliest)
                m_earliest = p.terms.madeOn;
            m_promises.append(p);
        }
        return {};
    }

    /// Open promises set their invoices' promise deadline; active plans with nothing missed
    /// mark their invoices as on a plan, plans with a missed installment are listed.
    Result<void> applyPromisesAndPlans()
    {
        auto loaded = ChaseFactsQuery::loadPlans(
                m_db,
                QStringLiteral("payment_plans pp WHERE pp.status = 'active' AND ")
                        + in("pp.client_id"),
                {m_ids}, m_asOf, m_earliest);
        if (!loaded)
            return loaded.error();
        const QList<Plan> plans = loaded.value();
        if (m_promises.isEmpty() && plans.isEmpty())
            return {};
        QList<qint64> payers;
        for (const PromiseRepository::Terms &p : std::as_const(m_promises))
            payers.append(p.clientId);
        for (const Plan &p : plans)
            payers.append(p.clientId);
        auto paid = ChaseFactsQuery::receivedPayments(m_db, payers, m_earliest);
        if (!paid)
            return paid.error();
        for (const PromiseRepository::Terms &p : std::as_const(m_promises))
            applyPromise(p, paid.value().value(p.clientId));
        for (const Plan &p : plans)
            applyPlan(p, paid.value().value(p.clientId));
        return {};
    }

    void applyPromise(const PromiseRepository::Terms &p, const QList<ReceivedPayment> &paid)
    {
        const PromiseOutcome o = evaluatePromise(p.terms, paid, m_asOf, m_graceDays);
        if (o.status != PromiseStatus::Open)
            return;
        forClientInvoices(p.clientId, p.terms.invoiceIds, [&](Invoice &inv) {
            if (!inv.facts.promiseDeadline.isValid() || inv.facts.promiseDeadline < o.deadline)
                inv.facts.promiseDeadline = o.deadline;
        });
    }

    void applyPlan(const Plan &p, const QList<ReceivedPayment> &paid)
    {
        const auto counted = ChaseFactsQuery::paymentsTowardPlan(p, paid);
        const auto statuses = evaluateInstallments(p.installments, counted, m_asOf, m_graceDays);
        if (statuses.contains(InstallmentStatus::Missed)) {
            auto it = m_clients.find(p.clientId);
            if (it != m_clients.end())
                it->missedPlanIds.append(p.id);
            return;
        }
        forClientInvoices(p.clientId, p.invoiceIds,
                          [](Invoice &inv) { inv.facts.onPaymentPlan = true; });
    }

    /// What was done before.
    Result<void> loadLog()
    {
        auto q = sql::exec(m_db,
                           QStringLiteral("SELECT invoice_id, step_id, run_date, outcome, "
                                          "outbox_id, task_id FROM reminder_log WHERE ")
                                   + in("invoice_id") + QStringLiteral(" ORDER BY id"),
                           {m_invoiceIdArray});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            if (Invoice *inv = invoiceRef(r.value(0).toLongLong()))
                inv->log.append({r.value(1).toLongLong(), dateOf(r.value(2)), r.value(3).toString(),
                                 r.value(4).toLongLong(), r.value(5).toLongLong()});
        }
        return {};
    }

    /// The clients found and not archived, by code.
    QList<Client> liveClients()
    {
        QList<Client> out;
        out.reserve(m_clients.size());
        for (Client &c : m_clients) {
            if (c.id != 0 && !c.code.isEmpty())
                out.append(std::move(c));
        }
        std::sort(out.begin(), out.end(),
                  [](const Client &a, const Client &b) { return a.code < b.code; });
        return out;
    }

    const QSqlDatabase &m_db;
    const int m_graceDays;
    const QDate m_asOf;
    const QString m_day;
    const QString m_dueBefore; // invoices due before this day are loaded
    QMap<qint64, Client> m_clients; // by id
    QHash<qint64, QPair<qint64, int>> m_invoiceAt; // invoice id → (client id, index)
    QList<qint64> m_invoiceIds;
    const Dialect m_dialect;
    bool m_clientsRead = false; // the clients' rows came with their invoices
    QString m_ids, m_invoiceIdArray; // JSON arrays for in()
    QList<PromiseRepository::Terms> m_promises;
    QDate m_earliest; // the earliest payment that can count toward a promise or plan
};

} // namespace

Result<QList<ChaseFactsQuery::Client>> ChaseFactsQuery::load(const QDate &asOf,
                                                             const QList<qint64> &clientIds,
                                                             int lookAheadDays) const
{
    return FactsLoader(m_db, m_graceDays, asOf, lookAheadDays).load(clientIds);
}

Result<QList<ChaseFactsQuery::Client>> ChaseFactsQuery::loadForClerk(
        const QDate &asOf, qint64 clerkId, int lookAheadDays,
        const std::function<void(const QList<qint64> &)> &clientsFound) const
{
    if (clerkId == 0)
        return QList<Client>();
    return FactsLoader(m_db, m_graceDays, asOf, lookAheadDays).load({}, clerkId, clientsFound);
}

} // namespace ardesk
