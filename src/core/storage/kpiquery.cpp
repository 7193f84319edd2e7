// SPDX-License-Identifier: MIT
#include "core/storage/kpiquery.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <algorithm>

namespace ardesk {
namespace {

/// The group key of a history row `h` (or a client `c` for clientGroups) as an SQL expression:
/// the clerk's user name, the segment, or the one company group "".
QString groupKey(KpiQuery::GroupBy by)
{
    switch (by) {
    case KpiQuery::GroupBy::Clerk:
        return QStringLiteral("COALESCE(u.name, '')");
    case KpiQuery::GroupBy::Segment:
        return QStringLiteral("h.segment");
    case KpiQuery::GroupBy::Company:
        break;
    }
    return QStringLiteral("''");
}

/// The history rows of `spec`'s grouping and dispute choice: `FROM ar_history h …`.
QString history(const KpiQuery::Spec &spec)
{
    return QStringLiteral(" FROM ar_history h")
            + (spec.by == KpiQuery::GroupBy::Clerk
                       ? QStringLiteral(" LEFT JOIN users u ON u.id = h.clerk_id")
                       : QString());
}

QString disputeFilter(const KpiQuery::Spec &spec)
{
    return spec.excludeDisputed ? QStringLiteral(" AND h.disputed = 0") : QString();
}

KpiInputs &slot(KpiQuery::Figures &figures, const QString &group, const QString &currency)
{
    KpiInputs &in = figures[group][currency];
    in.currency = currency;
    return in;
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
/// Each figure at the end of a day is the sum of its changes on the days up to it (ar_history,
/// migration 0016: an invoice adds its amount to AR on its issue day, each payment allocation
/// and adjustment takes its amount off on its date; the not-yet-due part runs from the issue day
/// to the due day, the part more than 90 days past due from the 91st day after it; voided
/// payments count at no date — the same figures AgingReport's replay gives). One pass over the
/// history in day order, a few rows per day, gives every requested day however many; the ledger
/// itself is never read (docs/performance.md "Reports").
Result<QMap<QDate, KpiQuery::Figures>> KpiQuery::balancesOn(const QList<QDate> &days,
                                                            const Spec &spec) const
{
    QMap<QDate, Figures> out;
    if (days.isEmpty())
        return out;
    QList<QDate> wanted = days; // a day listed twice is read once
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (const QDate &day : std::as_const(wanted)) {
        if (!day.isValid())
            return makeError(ErrorCode::InvalidValue, tr("as of: not a valid date"));
    }
    const QString statement
            = QStringLiteral("SELECT h.day, h.currency, %1 AS g, sum(h.ar), sum(h.not_due), "
                             "sum(h.over90)%2 WHERE h.day <= ?%3 GROUP BY h.day, h.currency%4 "
                             "ORDER BY h.day")
                      .arg(groupKey(spec.by), history(spec), disputeFilter(spec),
                           // The company's one group: the rows come grouped in the primary
                           // key's order, with no sort (half the pass on tier L).
                           spec.by == GroupBy::Company ? QString() : QStringLiteral(", g"));
    QStringList stored; // the days as the history stores them, compared per row below
    for (const QDate &day : std::as_const(wanted))
        stored << timeutil::toStorage(day);
    auto q = sql::exec(m_db, statement, {stored.last()});
    if (!q)
        return q.error();
    Figures running;
    qsizetype next = 0;
    // The running totals at the end of wanted[next]: the groups with something open then.
    const auto close = [&](const QDate &day) {
        Figures &at = out[day];
        for (auto group = running.cbegin(); group != running.cend(); ++group) {
            for (const KpiInputs &in : group.value()) {
                if (in.arEnd != 0)
                    at[group.key()][in.currency] = in;
            }
        }
    };
    while (q.value().next()) {
        const QString day = q.value().value(0).toString();
        while (next < wanted.size() && stored.at(next) < day)
            close(wanted.at(next++));
        KpiInputs &in = slot(running, q.value().value(2).toString(), q.value().value(1).toString());
        in.arEnd += q.value().value(3).toLongLong();
        in.currentEnd += q.value().value(4).toLongLong();
        in.over90End += q.value().value(5).toLongLong();
    }
    while (next < wanted.size())
        close(wanted.at(next++));
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
    const QString statement = QStringLiteral("SELECT %1 AS g, h.currency, h.day, sum(h.issued)%2 "
                                             "WHERE h.day > ? AND h.day <= ? AND h.issued <> 0%3 "
                                             "GROUP BY g, h.currency, h.day")
                                      .arg(groupKey(spec.by), history(spec), disputeFilter(spec));
    auto q = sql::exec(m_db, statement, {timeutil::toStorage(after), timeutil::toStorage(upTo)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const qint64 amount = q.value().value(3).toLongLong();
        if (amount == 0)
            continue;
        KpiInputs &in = slot(figures, q.value().value(0).toString(), q.value().value(1).toString());
        in.salesByDay.insert(timeutil::dateFromStorage(q.value().value(2).toString()), amount);
    }
    return {};
}

/// The invoices paid in full (status paid: settled by payments, not written off) on a day in
/// (T − P, T], with their days to pay and days late (ar_history's paid_* columns).
Result<void> KpiQuery::readPaid(Figures &figures, const Spec &spec) const
{
    const QString statement
            = QStringLiteral("SELECT %1 AS g, h.currency, sum(h.paid_count), sum(h.paid_days), "
                             "sum(h.paid_late)%2 WHERE h.day > ? AND h.day <= ? AND h.paid_count "
                             "<> 0%3 GROUP BY g, h.currency")
                      .arg(groupKey(spec.by), history(spec), disputeFilter(spec));
    auto q = sql::exec(m_db, statement,
                       {timeutil::toStorage(spec.asOf.addDays(-spec.periodDays)),
                        timeutil::toStorage(spec.asOf)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const int count = q.value().value(2).toInt();
        if (count == 0)
            continue;
        KpiInputs &in = slot(figures, q.value().value(0).toString(), q.value().value(1).toString());
        in.paidInvoices = count;
        in.daysToPaySum = q.value().value(3).toLongLong();
        in.daysLateSum = q.value().value(4).toLongLong();
    }
    return {};
}

Result<QHash<qint64, QString>> KpiQuery::clientGroups(GroupBy by) const
{
    const QString key = by == GroupBy::Segment ? QStringLiteral("c.segment") : groupKey(by);
    QString statement = QStringLiteral("SELECT c.id, %1 FROM clients c").arg(key);
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
