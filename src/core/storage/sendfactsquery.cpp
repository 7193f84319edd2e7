// SPDX-License-Identifier: MIT
#include "core/storage/sendfactsquery.h"

#include "core/storage/chasefacts.h"
#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {

Result<SendFacts> SendFactsQuery::load(qint64 clientId, const QDate &asOf,
                                       const QString &templateKey) const
{
    SendFacts f;
    f.asOf = asOf;
    auto grace = ChaseFactsQuery::graceDays(m_db);
    if (!grace)
        return grace.error();
    auto chase = ChaseFactsQuery(m_db, grace.value()).load(asOf, {clientId});
    if (!chase)
        return chase.error();
    for (const ChaseFactsQuery::Client &c : chase.value()) {
        for (const ChaseFactsQuery::Invoice &i : c.invoices)
            f.overdue.append({i.id, i.number, i.dueDate, i.balanceMinor, i.facts});
    }
    if (auto r = loadInvoices(f, clientId); !r)
        return r.error();
    if (auto r = loadClient(f, clientId); !r)
        return r.error();
    if (auto r = loadOutbox(f, clientId, templateKey); !r)
        return r.error();
    return f;
}

Result<void> SendFactsQuery::loadInvoices(SendFacts &f, qint64 clientId) const
{
    auto balance = sql::scalar(m_db,
                               QStringLiteral("SELECT COALESCE(SUM(balance_minor), 0) FROM "
                                              "invoices WHERE client_id = ? AND balance_minor > 0 "
                                              "AND status <> 'written_off'"),
                               {clientId}, 0);
    if (!balance)
        return balance.error();
    f.openBalanceMinor = balance.value().toLongLong();
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT i.id, i.number, i.due_date, i.balance_minor FROM "
                                      "invoices i WHERE i.client_id = ? AND i.balance_minor > 0 "
                                      "AND i.status <> 'written_off' AND (i.disputed <> 0 OR "
                                      "EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id "
                                      "AND d.status = 'open')) ORDER BY i.due_date, i.id"),
                       {clientId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SendFacts::Invoice i;
        i.id = r.value(0).toLongLong();
        i.number = r.value(1).toString();
        i.dueDate = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        i.balanceMinor = r.value(3).toLongLong();
        i.facts.disputed = true;
        f.disputed.append(i);
    }
    return {};
}

Result<void> SendFactsQuery::loadClient(SendFacts &f, qint64 clientId) const
{
    auto paused = sql::scalar(m_db, QStringLiteral("SELECT paused_until FROM clients WHERE id = ?"),
                              {clientId});
    if (!paused)
        return paused.error();
    f.clientPausedUntil = QDate::fromString(paused.value().toString().left(10), Qt::ISODate);
    auto q = sql::exec(
            m_db,
            QStringLiteral(
                    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN do_not_contact <> 0 THEN 1 ELSE 0 "
                    "END), 0) FROM "
                    "contacts WHERE client_id = ? AND archived_at IS NULL"),
            {clientId});
    if (!q)
        return q.error();
    if (q.value().next()) {
        const int contacts = q.value().value(0).toInt();
        f.doNotContact = contacts > 0 && q.value().value(1).toInt() == contacts;
    }
    return {};
}

Result<void> SendFactsQuery::loadOutbox(SendFacts &f, qint64 clientId,
                                        const QString &templateKey) const
{
    auto recent = recentMail({clientId});
    if (!recent)
        return recent.error();
    const RecentMail mail = recent.value().value(clientId);
    f.emailsLastWeek = mail.lastWeek;
    f.sameTemplateToday = !templateKey.isEmpty() && mail.templatesToday.contains(templateKey);
    return {};
}

Result<QHash<qint64, SendFactsQuery::RecentMail>> SendFactsQuery::recentMail(
        const QList<qint64> &clientIds) const
{
    QHash<qint64, RecentMail> out;
    if (clientIds.isEmpty())
        return out;
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT client_id, template_key, created_at >= ? FROM outbox "
                                      "WHERE ")
                               + sql::inIdSet(sql::dialectOf(m_db), QStringLiteral("client_id"))
                               + QStringLiteral(" AND status <> 'cancelled' AND created_at >= ?"),
                       {timeutil::toStorage(m_dayStart), ChaseFactsQuery::idArray(clientIds),
                        timeutil::toStorage(m_now.addDays(-7))});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        RecentMail &mail = out[r.value(0).toLongLong()];
        ++mail.lastWeek;
        if (r.value(2).toInt() != 0 && !r.value(1).isNull())
            mail.templatesToday.insert(r.value(1).toString());
    }
    return out;
}

} // namespace ardesk
