// SPDX-License-Identifier: MIT
#include "core/storage/clientstandingquery.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QSqlQuery>

namespace ardesk {

Result<QList<ClientStandingQuery::Promise>> ClientStandingQuery::openPromises(qint64 clientId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT amount_minor, currency, promised_date, paid_minor "
                                      "FROM promises WHERE client_id = ? AND status = 'open' "
                                      "ORDER BY promised_date, id"),
                       {clientId});
    if (!q)
        return q.error();
    QList<Promise> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        out.append(Promise {row.value(0).toLongLong(), row.value(1).toString(),
                            timeutil::dateFromStorage(row.value(2).toString()),
                            row.value(3).toLongLong()});
    }
    return out;
}

Result<QList<ClientStandingQuery::Dispute>> ClientStandingQuery::openDisputes(qint64 clientId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT i.number, d.reason, d.opened_at FROM disputes d "
                                      "JOIN invoices i ON i.id = d.invoice_id WHERE d.client_id "
                                      "= ? AND d.status = 'open' ORDER BY d.opened_at, d.id"),
                       {clientId});
    if (!q)
        return q.error();
    QList<Dispute> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        out.append(Dispute {row.value(0).toString(), row.value(1).toString(),
                            timeutil::dateFromStorage(row.value(2).toString().left(10))});
    }
    return out;
}

Result<QList<ClientStandingQuery::Plan>> ClientStandingQuery::activePlans(qint64 clientId) const
{
    // An installment still owed is pending or missed (a late one was paid, after its date). The
    // count sums a CASE: PostgreSQL has no sum() of a boolean (SQLite's comparisons are integers).
    const QString owed = QStringLiteral("(i.status = 'pending' OR i.status = 'missed')");
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT p.currency, count(i.id), "
                                      "coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0), "
                                      "coalesce(sum(CASE WHEN %1 THEN i.amount_minor END), 0), "
                                      "min(CASE WHEN %1 THEN i.due_date END) FROM payment_plans "
                                      "p LEFT JOIN plan_installments i ON i.plan_id = p.id WHERE "
                                      "p.client_id = ? AND p.status = 'active' GROUP BY p.id "
                                      "ORDER BY p.id")
                               .arg(owed),
                       {clientId});
    if (!q)
        return q.error();
    QList<Plan> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        out.append(Plan {row.value(0).toString(), row.value(1).toInt(), row.value(2).toInt(),
                         row.value(3).toLongLong(),
                         row.value(4).isNull()
                                 ? QDate()
                                 : timeutil::dateFromStorage(row.value(4).toString())});
    }
    return out;
}

Result<QList<ClientStandingQuery::Pause>> ClientStandingQuery::pauses(qint64 clientId,
                                                                      const QDate &asOf) const
{
    const QString day = asOf.toString(Qt::ISODate);
    // The subquery is named: PostgreSQL requires it (SQLite does not mind).
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT '', paused_until, '' FROM clients WHERE id = ? AND "
                                      "paused_until >= ? "
                                      "UNION ALL SELECT * FROM (SELECT i.number, p.until_date, "
                                      "p.reason FROM invoice_pauses p JOIN invoices i ON i.id = "
                                      "p.invoice_id WHERE i.client_id = ? AND p.until_date >= ? "
                                      "ORDER BY p.until_date, p.id) AS invoice_pause"),
                       {clientId, day, clientId, day});
    if (!q)
        return q.error();
    QList<Pause> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        out.append(Pause {row.value(0).toString(),
                          timeutil::dateFromStorage(row.value(1).toString()),
                          row.value(2).toString()});
    }
    return out;
}

} // namespace ardesk
