// SPDX-License-Identifier: MIT
#include "core/storage/kpiquery.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <algorithm>

namespace ardesk {
namespace {

/// The group key of invoice `i` as an SQL expression.
QString groupKey(KpiQuery::GroupBy by)
{
    switch (by) {
    case KpiQuery::GroupBy::Clerk:
        return QStringLiteral("COALESCE(u.name, '')");
    case KpiQuery::GroupBy::Segment:
        return QStringLiteral("c.segment");
    case KpiQuery::GroupBy::Company:
        break;
    }
    return QStringLiteral("''");
}

/// The joins groupKey() needs after `invoices i`.
QString groupJoins(KpiQuery::GroupBy by)
{
    switch (by) {
    case KpiQuery::GroupBy::Clerk:
        return QStringLiteral(" JOIN clients c ON c.id = i.client_id LEFT JOIN users u ON u.id = "
                              "c.assigned_user_id");
    case KpiQuery::GroupBy::Segment:
        return QStringLiteral(" JOIN clients c ON c.id = i.client_id");
    case KpiQuery::GroupBy::Company:
        break;
    }
    return QString();
}

QString disputeFilter(const KpiQuery::Spec &spec)
{
    return spec.excludeDisputed ? QStringLiteral(" AND i.disputed = 0") : QString();
}

KpiInputs &slot(KpiQuery::Figures &figures, const QString &group, const QString &currency)
{
    KpiInputs &in = figures[group][currency];
    in.currency = currency;
    return in;
}

/// `table` read through `index` on SQLite (its planner, without statistics, prefers a wider
/// date range on another index); PostgreSQL's planner chooses itself.
QString indexed(const QSqlDatabase &db, const QString &table, const QString &index)
{
    return sql::dialectOf(db) == Dialect::PostgreSQL
            ? table
            : table + QStringLiteral(" INDEXED BY ") + index;
}

} // namespace

Result<KpiQuery::Figures> KpiQuery::ledgerFigures(const Spec &spec) const
{
    if (!spec.asOf.isValid())
        return makeError(ErrorCode::InvalidValue, tr("as of: not a valid date"));
    if (spec.periodDays < 1)
        return makeError(ErrorCode::InvalidValue,
                         tr("period: %1 is not a number of days (1 or more)").arg(spec.periodDays));
    const QDate begin = spec.asOf.addDays(-spec.periodDays);
    auto balances = balancesOn({begin, spec.asOf}, spec);
    if (!balances)
        return balances.error();
    Figures figures = balances.value().value(spec.asOf);
    addBegin(figures, balances.value().value(begin));
    if (auto r = readSales(figures, spec); !r)
        return r.error();
    if (auto r = readPaid(figures, spec); !r)
        return r.error();
    return figures;
}

void KpiQuery::addBegin(Figures &figures, const Figures &begin)
{
    for (auto group = begin.cbegin(); group != begin.cend(); ++group) {
        for (const KpiInputs &in : group.value())
            slot(figures, group.key(), in.currency).arBegin = in.arEnd;
    }
}

/// AR at the end of each of `days` per group and currency, with its not-yet-due part and the part
/// more than 90 days past due.
///
/// An invoice issued by a day and not settled by then was open at its end by
///     amount − payments dated ≤ day − adjustments dated ≤ day
///   = balance now + payments dated after day + adjustments dated after day
/// (voided payments count at no date, as in AgingReport's replay, core/storage/ledgerreplay.h).
/// So AR(day) is three sums: the open balances now of the invoices issued by then, plus what was
/// received and credited after it on those invoices. Each is an index range (migration 0014) —
/// the open invoices, and the money dated after the earliest day — read once for all the days,
/// never a replay of every invoice ever issued (docs/performance.md "Reports").
Result<QMap<QDate, KpiQuery::Figures>> KpiQuery::balancesOn(const QList<QDate> &days,
                                                            const Spec &spec) const
{
    QMap<QDate, Figures> out;
    if (days.isEmpty())
        return out;
    QString dayRows;
    QVariantList binds;
    QDate first = days.first(), last = days.first();
    QList<QDate> unique = days; // a day listed twice must not count its balances twice
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const QDate &day : unique) {
        if (!day.isValid())
            return makeError(ErrorCode::InvalidValue, tr("as of: not a valid date"));
        dayRows += (dayRows.isEmpty() ? QStringLiteral("(?, ?)") : QStringLiteral(", (?, ?)"));
        // A balance is more than 90 days past due at the end of `day` when due before day − 90.
        binds << timeutil::toStorage(day) << timeutil::toStorage(day.addDays(-90));
        first = std::min(first, day);
        last = std::max(last, day);
    }
    const QString from = timeutil::toStorage(first), upTo = timeutil::toStorage(last);
    const QString columns = groupKey(spec.by)
            + QStringLiteral(" AS g, i.currency AS currency, i.issue_date AS issued, "
                             "i.settled_date AS settled, i.due_date AS due, ");
    const QString issued = QStringLiteral("i.issue_date <= ?") + disputeFilter(spec);
    const QString balances
            = QStringLiteral("SELECT %1i.balance_minor AS bal, NULL AS later FROM %2%3 WHERE "
                             "i.balance_minor > 0 AND %4")
                      .arg(columns,
                           indexed(m_db, QStringLiteral("invoices i"),
                                   QStringLiteral("invoices_open_due")),
                           groupJoins(spec.by), issued);
    const QString received
            = QStringLiteral("SELECT %1a.amount_minor AS bal, p.payment_date AS later FROM %2 "
                             "JOIN %3 ON a.payment_id = p.id JOIN invoices i ON i.id = "
                             "a.invoice_id%4 WHERE p.payment_date > ? AND p.voided_at IS NULL "
                             "AND %5")
                      .arg(columns,
                           indexed(m_db, QStringLiteral("payments p"),
                                   QStringLiteral("payments_date_live")),
                           indexed(m_db, QStringLiteral("payment_allocations a"),
                                   QStringLiteral("payment_allocations_cover")),
                           groupJoins(spec.by), issued);
    const QString credited
            = QStringLiteral("SELECT %1x.amount_minor AS bal, x.adjust_date AS later FROM "
                             "invoice_adjustments x JOIN invoices i ON i.id = x.invoice_id%2 "
                             "WHERE x.adjust_date > ? AND %3")
                      .arg(columns, groupJoins(spec.by), issued);
    binds << upTo << from << upTo << from << upTo;
    const QString statement = QStringLiteral("WITH days (day, late) AS (VALUES %1) SELECT d.day, "
                                             "b.g, b.currency, sum(b.bal), "
                                             "sum(CASE WHEN b.due >= d.day THEN b.bal ELSE 0 END), "
                                             "sum(CASE WHEN b.due < d.late "
                                             "THEN b.bal ELSE 0 END) FROM (%2 UNION ALL %3 UNION "
                                             "ALL %4) b JOIN days d ON b.issued "
                                             "<= d.day AND (b.settled IS NULL OR b.settled > "
                                             "d.day) AND (b.later IS NULL OR "
                                             "b.later > d.day) GROUP BY d.day, b.g, b.currency")
                                      .arg(dayRows, balances, received, credited);
    auto q = sql::exec(m_db, statement, binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QDate day = timeutil::dateFromStorage(q.value().value(0).toString());
        KpiInputs &in
                = slot(out[day], q.value().value(1).toString(), q.value().value(2).toString());
        in.arEnd = q.value().value(3).toLongLong();
        in.currentEnd = q.value().value(4).toLongLong();
        in.over90End = q.value().value(5).toLongLong();
    }
    return out;
}

/// Sales by issue day from the first day the KPIs need (Kpi::salesWindowStart) to T.
Result<void> KpiQuery::readSales(Figures &figures, const Spec &spec) const
{
    return readSalesBetween(figures, spec,
                            Kpi::salesWindowStart(spec.asOf, spec.periodDays, spec.countbackMonths),
                            spec.asOf);
}

Result<void> KpiQuery::readSalesBetween(Figures &figures, const Spec &spec, const QDate &after,
                                        const QDate &upTo) const
{
    const QString statement
            = QStringLiteral("SELECT %1 AS g, i.currency, i.issue_date, sum(i.amount_minor) FROM "
                             "%2%3 WHERE i.issue_date > ? AND i.issue_date <= ?%4 GROUP BY g, "
                             "i.currency, i.issue_date")
                      .arg(groupKey(spec.by),
                           indexed(m_db, QStringLiteral("invoices i"),
                                   QStringLiteral("invoices_issue")),
                           groupJoins(spec.by), disputeFilter(spec));
    auto q = sql::exec(m_db, statement, {timeutil::toStorage(after), timeutil::toStorage(upTo)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        KpiInputs &in = slot(figures, q.value().value(0).toString(), q.value().value(1).toString());
        in.salesByDay.insert(timeutil::dateFromStorage(q.value().value(2).toString()),
                             q.value().value(3).toLongLong());
    }
    return {};
}

/// The invoices paid in full (status paid: settled by payments, not written off) on a day in
/// (T − P, T], with their days to pay and days late.
Result<void> KpiQuery::readPaid(Figures &figures, const Spec &spec) const
{
    const Dialect dialect = sql::dialectOf(m_db);
    const QString toPay = sql::daysBetween(dialect, QStringLiteral("i.issue_date"),
                                           QStringLiteral("i.settled_date"));
    const QString late = sql::daysBetween(dialect, QStringLiteral("i.due_date"),
                                          QStringLiteral("i.settled_date"));
    const QString statement
            = QStringLiteral("SELECT %1 AS g, i.currency, count(*), sum(%2), sum(CASE WHEN %3 > "
                             "0 THEN %3 ELSE 0 END) FROM %6%4 WHERE i.settled_date > ? "
                             "AND i.settled_date <= ? AND i.status = 'paid'%5 GROUP BY g, "
                             "i.currency")
                      .arg(groupKey(spec.by), toPay, late, groupJoins(spec.by), disputeFilter(spec),
                           indexed(m_db, QStringLiteral("invoices i"),
                                   QStringLiteral("invoices_settled")));
    auto q = sql::exec(m_db, statement,
                       {timeutil::toStorage(spec.asOf.addDays(-spec.periodDays)),
                        timeutil::toStorage(spec.asOf)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        KpiInputs &in = slot(figures, q.value().value(0).toString(), q.value().value(1).toString());
        in.paidInvoices = q.value().value(2).toInt();
        in.daysToPaySum = q.value().value(3).toLongLong();
        in.daysLateSum = q.value().value(4).toLongLong();
    }
    return {};
}

Result<QHash<qint64, QString>> KpiQuery::clientGroups(GroupBy by) const
{
    QString statement = QStringLiteral("SELECT c.id, %1 FROM clients c").arg(groupKey(by));
    if (by == GroupBy::Clerk)
        statement += QStringLiteral(" LEFT JOIN users u ON u.id = c.assigned_user_id");
    auto q = sql::exec(m_db, statement);
    if (!q)
        return q.error();
    QHash<qint64, QString> groups;
    while (q.value().next())
        groups.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    return groups;
}

} // namespace ardesk
