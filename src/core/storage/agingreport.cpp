// SPDX-License-Identifier: MIT
#include "core/storage/agingreport.h"

#include "core/storage/dialect.h"
#include "core/storage/ledgerreplay.h"
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

qint64 AgingReport::Buckets::amount(AgingBucket bucket) const
{
    switch (bucket) {
    case AgingBucket::NotDue:
        return notDue;
    case AgingBucket::Days1to30:
        return d1to30;
    case AgingBucket::Days31to60:
        return d31to60;
    case AgingBucket::Days61to90:
        return d61to90;
    case AgingBucket::Days90Plus:
        return d90plus;
    }
    return 0;
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
    return QStringLiteral("SELECT i.currency AS currency, i.client_id AS client_id, %3 AS bal, "
                          "%2 AS days "
                          "FROM %1 WHERE i.issue_date <= ? AND (i.settled_date IS NULL "
                          " OR i.settled_date > ?)")
            .arg(invoices,
                 sql::daysBetween(dialect, QStringLiteral("i.due_date"), QStringLiteral("?")),
                 ledgerreplay::replayedBalance());
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
    auto current = ledgerreplay::ledgerEndsBy(db, d);
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
            auto narrower = ledgerreplay::narrowerInvoiceIndex(db, d);
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
            // Bucketed per client first, then one look-up of each client (not one per invoice).
            = QStringLiteral("WITH b AS MATERIALIZED (%1), g AS (SELECT client_id, currency, "
                             " count(*) AS n, "
                             " sum(CASE WHEN days <= 0 THEN bal ELSE 0 END) AS b0, "
                             " sum(CASE WHEN days BETWEEN 1 AND 30 THEN bal ELSE 0 END) AS b1, "
                             " sum(CASE WHEN days BETWEEN 31 AND 60 THEN bal ELSE 0 END) AS b2, "
                             " sum(CASE WHEN days BETWEEN 61 AND 90 THEN bal ELSE 0 END) AS b3, "
                             " sum(CASE WHEN days > 90 THEN bal ELSE 0 END) AS b4, "
                             " max(days) AS oldest FROM b WHERE bal > 0 "
                             " GROUP BY client_id, currency) "
                             "SELECT c.id, c.code, c.name, COALESCE(u.display_name, ''), "
                             " g.currency, g.n, g.b0, g.b1, g.b2, g.b3, g.b4, g.oldest "
                             "FROM g JOIN clients c ON c.id = g.client_id "
                             "LEFT JOIN users u ON u.id = c.assigned_user_id "
                             "ORDER BY c.code, g.currency")
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
        row.oldestDaysPastDue = q.value(11).toInt();
        if (auto e = each(row); !e)
            return e;
    }
    return {};
}

} // namespace ardesk
