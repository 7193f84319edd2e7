// SPDX-License-Identifier: MIT
#include "core/storage/casefilequery.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {

Result<QList<qint64>> CaseFileQuery::noteIds(qint64 clientId) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT id FROM notes WHERE client_id = ? "
                                      "ORDER BY created_at, id"),
                       {clientId});
    if (!r)
        return r.error();
    QList<qint64> ids;
    while (r.value().next())
        ids.append(r.value().value(0).toLongLong());
    return ids;
}

Result<QList<CaseFileQuery::Dispute>> CaseFileQuery::disputes(qint64 clientId) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT i.number, d.reason, d.status, d.opened_at, "
                                      "d.resolved_at, d.resolution FROM disputes d "
                                      "JOIN invoices i ON i.id = d.invoice_id "
                                      "WHERE d.client_id = ? ORDER BY d.opened_at, d.id"),
                       {clientId});
    if (!r)
        return r.error();
    QList<Dispute> list;
    QSqlQuery &q = r.value();
    while (q.next()) {
        Dispute d;
        d.invoiceNumber = q.value(0).toString();
        d.reason = q.value(1).toString();
        d.status = q.value(2).toString();
        d.openedAt = timeutil::instantFromStorage(q.value(3).toString());
        if (!q.value(4).isNull())
            d.resolvedAt = timeutil::instantFromStorage(q.value(4).toString());
        d.resolution = q.value(5).toString();
        list.append(d);
    }
    return list;
}

Result<QList<CaseFileQuery::Plan>> CaseFileQuery::plans(qint64 clientId) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT p.id, p.currency, p.status, p.created_at, "
                                      "n.due_date, n.amount_minor, n.status "
                                      "FROM payment_plans p "
                                      "LEFT JOIN plan_installments n ON n.plan_id = p.id "
                                      "WHERE p.client_id = ? ORDER BY p.created_at, p.id, "
                                      "n.due_date, n.id"),
                       {clientId});
    if (!r)
        return r.error();
    QList<Plan> list;
    qint64 current = 0;
    QSqlQuery &q = r.value();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            current = id;
            Plan p;
            p.currency = q.value(1).toString();
            p.status = q.value(2).toString();
            p.createdAt = timeutil::instantFromStorage(q.value(3).toString());
            list.append(p);
        }
        if (!q.value(4).isNull())
            list.last().installments.append(
                    Installment {timeutil::dateFromStorage(q.value(4).toString()),
                                 q.value(5).toLongLong(), q.value(6).toString()});
    }
    return list;
}

} // namespace ardesk
