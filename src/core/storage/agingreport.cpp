// SPDX-License-Identifier: MIT
#include "core/storage/agingreport.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QMap>

namespace ardesk {

void AgingReport::Buckets::add(int daysPastDue, qint64 minor)
{
    if (daysPastDue <= 0)
        notDue += minor;
    else if (daysPastDue <= 30)
        d1to30 += minor;
    else if (daysPastDue <= 60)
        d31to60 += minor;
    else if (daysPastDue <= 90)
        d61to90 += minor;
    else
        d90plus += minor;
}

QByteArray AgingReport::toJson() const
{
    QByteArray out = "{\"as_of\":\"" + timeutil::toStorage(asOf).toLatin1() + "\",\"currencies\":[";
    for (qsizetype i = 0; i < currencies.size(); ++i) {
        const Currency &c = currencies[i];
        const Buckets &b = c.buckets;
        if (i)
            out += ',';
        out += "{\"currency\":\"" + c.currency.toLatin1() + "\",\"open_invoices\":"
                + QByteArray::number(c.openInvoices) + ",\"total\":" + QByteArray::number(b.total())
                + ",\"buckets\":{\"not_due\":" + QByteArray::number(b.notDue) + ",\"d1_30\":"
                + QByteArray::number(b.d1to30) + ",\"d31_60\":" + QByteArray::number(b.d31to60)
                + ",\"d61_90\":" + QByteArray::number(b.d61to90)
                + ",\"d90_plus\":" + QByteArray::number(b.d90plus) + "}}";
    }
    out += "]}";
    return out;
}

namespace {

/// Whether nothing in the ledger (payments, adjustments, invoices) is dated after `day`: then
/// the current balances are the answer.
Result<bool> ledgerEndsBy(const QSqlDatabase &db, const QString &day)
{
    auto latest = sql::scalar(
            db,
            QStringLiteral("SELECT ")
                    + sql::greatest(
                            sql::dialectOf(db),
                            {QStringLiteral(
                                     "COALESCE((SELECT max(payment_date) FROM payments), '')"),
                             QStringLiteral("COALESCE((SELECT max(adjust_date) FROM "
                                            "invoice_adjustments), '')"),
                             QStringLiteral(
                                     "COALESCE((SELECT max(issue_date) FROM invoices), '')")}));
    if (!latest)
        return latest.error();
    return latest.value().toString() <= day;
}

/// The replay reads every invoice issued by then and not settled by then. Two indexes can find
/// them: by issue date (all issued by then) or by settled date (settled after then, plus the
/// open ones). Which is narrower depends on the date, and SQLite keeps no statistics on date
/// ranges, so both are counted from the indexes alone (a few ms) and the narrower one is named.
/// Six months back on tier L: 236k vs 751k candidates, 2.0 s → 0.5 s; two years back the other
/// way round.
Result<QString> narrowerInvoiceIndex(const QSqlDatabase &db, const QString &day)
{
    if (sql::dialectOf(db) == Dialect::PostgreSQL)
        return QStringLiteral("invoices i"); // its planner has the statistics SQLite lacks
    auto settledLater = sql::scalar(
            db,
            QStringLiteral("SELECT (SELECT count(*) FROM invoices INDEXED BY "
                           "invoices_settled WHERE settled_date > ?) + (SELECT count(*) "
                           "FROM invoices INDEXED BY invoices_settled WHERE settled_date "
                           "IS NULL AND issue_date <= ?)"),
            {day, day});
    if (!settledLater)
        return settledLater.error();
    const qint64 bySettled = settledLater.value().toLongLong();
    auto issuedBy = sql::scalar(db,
                                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM "
                                               "invoices INDEXED BY invoices_issue WHERE "
                                               "issue_date <= ? LIMIT ?)"),
                                {day, bySettled + 1});
    if (!issuedBy)
        return issuedBy.error();
    return issuedBy.value().toLongLong() <= bySettled
            ? QStringLiteral("invoices i INDEXED BY invoices_issue")
            : QStringLiteral("invoices i INDEXED BY invoices_settled");
}

/// Bucketing happens in SQL: julianday differences are exact for whole dates. Materialized:
/// the balance (two correlated sums when replaying) is computed once per invoice, not once for
/// the filter and again for each bucket.
QString bucketed(const QString &balances)
{
    return QStringLiteral("WITH b AS MATERIALIZED (%1) SELECT currency, count(*), "
                          " sum(CASE WHEN days <= 0 THEN bal ELSE 0 END), "
                          " sum(CASE WHEN days BETWEEN 1 AND 30 THEN bal ELSE 0 END), "
                          " sum(CASE WHEN days BETWEEN 31 AND 60 THEN bal ELSE 0 END), "
                          " sum(CASE WHEN days BETWEEN 61 AND 90 THEN bal ELSE 0 END), "
                          " sum(CASE WHEN days > 90 THEN bal ELSE 0 END) "
                          "FROM b WHERE bal > 0 GROUP BY currency ORDER BY currency")
            .arg(balances);
}

/// Each invoice's balance as of the date, replayed from the payments and adjustments dated
/// by then (the date is bound five times).
QString replayedBalances(Dialect dialect, const QString &invoices)
{
    return QStringLiteral("SELECT i.currency AS currency, i.client_id AS client_id, "
                          " i.amount_minor - COALESCE((SELECT sum(a.amount_minor) FROM "
                          "  payment_allocations a JOIN payments p ON p.id = a.payment_id WHERE "
                          "  a.invoice_id = i.id AND p.payment_date <= ? AND p.voided_at IS "
                          "  NULL), 0) - COALESCE((SELECT sum(x.amount_minor) FROM "
                          "  invoice_adjustments x WHERE x.invoice_id = i.id AND x.adjust_date "
                          "  <= ?), 0) AS bal, "
                          " %2 AS days "
                          "FROM %1 WHERE i.issue_date <= ? AND (i.settled_date IS NULL "
                          " OR i.settled_date > ?)")
            .arg(invoices,
                 sql::daysBetween(dialect, QStringLiteral("i.due_date"), QStringLiteral("?")));
}

/// The statement that gives each open invoice's balance and days past due on `asOf` (current
/// balances when nothing in the ledger is dated later, else the replay), with its binds.
struct Balances
{
    QString statement;
    QVariantList binds;
};

Result<Balances> balancesOn(const QSqlDatabase &db, const QDate &asOf, qint64 clientId)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidValue, QStringLiteral("as of: not a valid date"));
    const QString d = timeutil::toStorage(asOf);
    auto current = ledgerEndsBy(db, d);
    if (!current)
        return current.error();
    const QString clientFilter = clientId ? QStringLiteral(" AND i.client_id = ?") : QString();
    Balances b;
    if (current.value()) {
        b.statement
                = QStringLiteral("SELECT i.currency AS currency, i.client_id AS client_id, "
                                 "i.balance_minor AS bal, %1 AS days FROM invoices i WHERE "
                                 "i.balance_minor > 0")
                          .arg(sql::daysBetween(sql::dialectOf(db), QStringLiteral("i.due_date"),
                                                QStringLiteral("?")))
                + clientFilter;
        b.binds << d;
    } else {
        QString invoices = QStringLiteral("invoices i");
        if (!clientId) {
            auto narrower = narrowerInvoiceIndex(db, d);
            if (!narrower)
                return narrower.error();
            invoices = narrower.value();
        }
        b.statement = replayedBalances(sql::dialectOf(db), invoices) + clientFilter;
        // Plain positional placeholders (Qt counts every '?'): the date five times.
        b.binds << d << d << d << d << d;
    }
    if (clientId)
        b.binds << clientId;
    return b;
}

AgingReport::Buckets bucketsFrom(const QSqlQuery &q, int first)
{
    AgingReport::Buckets b;
    b.notDue = q.value(first).toLongLong();
    b.d1to30 = q.value(first + 1).toLongLong();
    b.d31to60 = q.value(first + 2).toLongLong();
    b.d61to90 = q.value(first + 3).toLongLong();
    b.d90plus = q.value(first + 4).toLongLong();
    return b;
}

} // namespace

Result<AgingReport> AgingReport::compute(const QSqlDatabase &db, const QDate &asOf, qint64 clientId)
{
    auto balances = balancesOn(db, asOf, clientId);
    if (!balances)
        return balances.error();
    auto r = sql::exec(db, bucketed(balances.value().statement), balances.value().binds);
    if (!r)
        return r.error();
    AgingReport report;
    report.asOf = asOf;
    QSqlQuery &q = r.value();
    while (q.next()) {
        Currency c;
        c.currency = q.value(0).toString();
        c.openInvoices = q.value(1).toInt();
        c.buckets = bucketsFrom(q, 2);
        report.currencies.append(c);
    }
    return report;
}

Result<void> AgingReport::forEachClient(const QSqlDatabase &db, const QDate &asOf,
                                        const std::function<Result<void>(const ClientRow &)> &each)
{
    auto balances = balancesOn(db, asOf, 0);
    if (!balances)
        return balances.error();
    const QString statement
            = QStringLiteral("WITH b AS MATERIALIZED (%1) SELECT c.id, c.code, c.name, "
                             " COALESCE(u.display_name, ''), b.currency, count(*), "
                             " sum(CASE WHEN days <= 0 THEN bal ELSE 0 END), "
                             " sum(CASE WHEN days BETWEEN 1 AND 30 THEN bal ELSE 0 END), "
                             " sum(CASE WHEN days BETWEEN 31 AND 60 THEN bal ELSE 0 END), "
                             " sum(CASE WHEN days BETWEEN 61 AND 90 THEN bal ELSE 0 END), "
                             " sum(CASE WHEN days > 90 THEN bal ELSE 0 END) "
                             "FROM b JOIN clients c ON c.id = b.client_id "
                             "LEFT JOIN users u ON u.id = c.assigned_user_id WHERE b.bal > 0 "
                             "GROUP BY c.id, c.code, c.name, u.display_name, b.currency "
                             "ORDER BY c.code, b.currency")
                      .arg(balances.value().statement);
    auto r = sql::exec(db, statement, balances.value().binds);
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    while (q.next()) {
        ClientRow row;
        row.clientId = q.value(0).toLongLong();
        row.code = q.value(1).toString();
        row.name = q.value(2).toString();
        row.clerk = q.value(3).toString();
        row.currency = q.value(4).toString();
        row.openInvoices = q.value(5).toInt();
        row.buckets = bucketsFrom(q, 6);
        if (auto e = each(row); !e)
            return e;
    }
    return {};
}

} // namespace ardesk
