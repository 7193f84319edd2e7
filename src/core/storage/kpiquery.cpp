// SPDX-License-Identifier: MIT
#include "core/storage/kpiquery.h"

#include "core/storage/dialect.h"
#include "core/storage/ledgerreplay.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

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

/// The FROM item for a read of every invoice in a date range: on SQLite a plain scan in rowid
/// order (NOT INDEXED). Two years of sales or a quarter's settlements are a large share of the
/// table, and through a date index each row is a random read of the table: on tier L 32 s
/// against 1.5 s for the scan. PostgreSQL's planner chooses itself.
QString scannedInvoices(const QSqlDatabase &db)
{
    return sql::dialectOf(db) == Dialect::PostgreSQL ? QStringLiteral("invoices i")
                                                     : QStringLiteral("invoices i NOT INDEXED");
}

} // namespace

Result<KpiQuery::Figures> KpiQuery::ledgerFigures(const Spec &spec) const
{
    if (!spec.asOf.isValid())
        return makeError(ErrorCode::InvalidValue, tr("as of: not a valid date"));
    if (spec.periodDays < 1)
        return makeError(ErrorCode::InvalidValue,
                         tr("period: %1 is not a number of days (1 or more)").arg(spec.periodDays));
    Figures figures;
    if (auto r = readBalances(figures, spec, spec.asOf, true); !r)
        return r.error();
    if (auto r = readBalances(figures, spec, spec.asOf.addDays(-spec.periodDays), false); !r)
        return r.error();
    if (auto r = readSales(figures, spec); !r)
        return r.error();
    if (auto r = readPaid(figures, spec); !r)
        return r.error();
    return figures;
}

/// AR at the end of `day` per group and currency: the current balances when nothing in the
/// ledger is dated later, else each invoice open then replayed. At the period's end also the
/// not-yet-due part and the part more than 90 days past due.
Result<void> KpiQuery::readBalances(Figures &figures, const Spec &spec, const QDate &day,
                                    bool periodEnd) const
{
    const QString d = timeutil::toStorage(day);
    const Dialect dialect = sql::dialectOf(m_db);
    auto current = ledgerreplay::ledgerEndsBy(m_db, d);
    if (!current)
        return current.error();
    const QString days
            = sql::daysBetween(dialect, QStringLiteral("i.due_date"), QStringLiteral("?"));
    QString balances;
    QVariantList binds;
    if (current.value()) {
        balances = QStringLiteral("SELECT %1 AS g, i.currency AS currency, i.balance_minor AS "
                                  "bal, %2 AS days FROM invoices i%3 WHERE i.balance_minor > 0")
                           .arg(groupKey(spec.by), days, groupJoins(spec.by));
        binds << d;
    } else {
        auto invoices = ledgerreplay::narrowerInvoiceIndex(m_db, d);
        if (!invoices)
            return invoices.error();
        balances = QStringLiteral("SELECT %1 AS g, i.currency AS currency, %2 AS bal, %3 AS days "
                                  "FROM %4%5 WHERE i.issue_date <= ? AND (i.settled_date IS "
                                  "NULL OR i.settled_date > ?)")
                           .arg(groupKey(spec.by), ledgerreplay::replayedBalance(), days,
                                invoices.value(), groupJoins(spec.by));
        binds << d << d << d << d << d;
    }
    const QString statement
            = QStringLiteral("WITH b AS MATERIALIZED (%1%2) SELECT g, currency, sum(bal), "
                             "sum(CASE WHEN days <= 0 THEN bal ELSE 0 END), "
                             "sum(CASE WHEN days > 90 THEN bal ELSE 0 END) FROM b WHERE bal > 0 "
                             "GROUP BY g, currency")
                      .arg(balances, disputeFilter(spec));
    auto q = sql::exec(m_db, statement, binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        KpiInputs &in = slot(figures, q.value().value(0).toString(), q.value().value(1).toString());
        if (periodEnd) {
            in.arEnd = q.value().value(2).toLongLong();
            in.currentEnd = q.value().value(3).toLongLong();
            in.over90End = q.value().value(4).toLongLong();
        } else {
            in.arBegin = q.value().value(2).toLongLong();
        }
    }
    return {};
}

/// Sales by issue day from the first day the KPIs need (Kpi::salesWindowStart) to T.
Result<void> KpiQuery::readSales(Figures &figures, const Spec &spec) const
{
    const QString statement
            = QStringLiteral("SELECT %1 AS g, i.currency, i.issue_date, sum(i.amount_minor) FROM "
                             "%2%3 WHERE i.issue_date > ? AND i.issue_date <= ?%4 GROUP BY g, "
                             "i.currency, i.issue_date")
                      .arg(groupKey(spec.by), scannedInvoices(m_db), groupJoins(spec.by),
                           disputeFilter(spec));
    auto q = sql::exec(m_db, statement,
                       {timeutil::toStorage(Kpi::salesWindowStart(spec.asOf, spec.periodDays,
                                                                  spec.countbackMonths)),
                        timeutil::toStorage(spec.asOf)});
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
                           scannedInvoices(m_db));
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
