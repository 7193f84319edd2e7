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
    return QStringLiteral("SELECT i.currency AS currency, %3 AS bal, %2 AS days "
                          "FROM %1 WHERE i.issue_date <= ? AND (i.settled_date IS NULL "
                          " OR i.settled_date > ?)")
            .arg(invoices,
                 sql::daysBetween(dialect, QStringLiteral("i.due_date"), QStringLiteral("?")),
                 ledgerreplay::replayedBalance());
}

} // namespace

Result<AgingReport> AgingReport::compute(const QSqlDatabase &db, const QDate &asOf, qint64 clientId)
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidValue, QStringLiteral("as of: not a valid date"));
    const QString d = timeutil::toStorage(asOf);
    auto current = ledgerreplay::ledgerEndsBy(db, d);
    if (!current)
        return current.error();
    const QString clientFilter = clientId ? QStringLiteral(" AND i.client_id = ?") : QString();
    QString statement;
    QVariantList binds;
    if (current.value()) {
        statement = bucketed(
                QStringLiteral("SELECT i.currency AS currency, i.balance_minor AS bal, "
                               "%1 AS days FROM invoices i WHERE i.balance_minor > 0")
                        .arg(sql::daysBetween(sql::dialectOf(db), QStringLiteral("i.due_date"),
                                              QStringLiteral("?")))
                + clientFilter);
        binds << d;
    } else {
        QString invoices = QStringLiteral("invoices i");
        if (!clientId) {
            auto narrower = ledgerreplay::narrowerInvoiceIndex(db, d);
            if (!narrower)
                return narrower.error();
            invoices = narrower.value();
        }
        statement = bucketed(replayedBalances(sql::dialectOf(db), invoices) + clientFilter);
        // Plain positional placeholders (Qt counts every '?'): the date five times.
        binds << d << d << d << d << d;
    }
    if (clientId)
        binds << clientId;
    auto r = sql::exec(db, statement, binds);
    if (!r)
        return r.error();
    AgingReport report;
    report.asOf = asOf;
    QSqlQuery &q = r.value();
    while (q.next()) {
        Currency c;
        c.currency = q.value(0).toString();
        c.openInvoices = q.value(1).toInt();
        c.buckets.notDue = q.value(2).toLongLong();
        c.buckets.d1to30 = q.value(3).toLongLong();
        c.buckets.d31to60 = q.value(4).toLongLong();
        c.buckets.d61to90 = q.value(5).toLongLong();
        c.buckets.d90plus = q.value(6).toLongLong();
        report.currencies.append(c);
    }
    return report;
}

} // namespace ardesk
