// SPDX-License-Identifier: MIT
#include "core/services/creditservice.h"

#include "core/services/clientservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/clientrepository.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>

namespace ardesk {
namespace {
QString tr(const char *t)
{
    return QCoreApplication::translate("CreditService", t);
}
} // namespace

Result<QList<CreditService::Hold>> CreditService::dueForHold(const QDate &asOf) const
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidValue, tr("as of: not a valid date"));
    const QString cutoff = timeutil::toStorage(asOf.addDays(-kHoldAfterDaysPastDue));
    // Reads the open-items index: invoices due on or before the cutoff with a balance.
    auto r = sql::exec(
            m_db->connection(),
            QStringLiteral(
                    "SELECT c.id, c.code, c.name, c.currency, "
                    " (SELECT i2.number FROM invoices i2 WHERE i2.client_id = c.id AND "
                    "  i2.balance_minor > 0 AND i2.disputed = 0 AND i2.due_date <= ? ORDER BY "
                    "  i2.due_date, i2.id LIMIT 1), "
                    " min(i.due_date), sum(CASE WHEN i.currency = c.currency THEN "
                    "  i.balance_minor ELSE 0 END) "
                    "FROM invoices i JOIN clients c ON c.id = i.client_id "
                    "WHERE i.balance_minor > 0 AND i.due_date <= ? AND i.disputed = 0 AND "
                    " c.credit_hold = 0 AND c.archived_at IS NULL "
                    "GROUP BY c.id ORDER BY c.code"),
            {cutoff, cutoff});
    if (!r)
        return r.error();
    QList<Hold> holds;
    while (r.value().next()) {
        const QSqlQuery &q = r.value();
        Hold h;
        h.clientId = q.value(0).toLongLong();
        h.code = q.value(1).toString();
        h.name = q.value(2).toString();
        h.currency = q.value(3).toString();
        h.invoiceNumber = q.value(4).toString();
        h.daysPastDue = int(timeutil::dateFromStorage(q.value(5).toString()).daysTo(asOf));
        h.overdueMinor = q.value(6).toLongLong();
        h.reason = tr("Invoice %1 is %2 days past due (rule: %3 or more days)")
                           .arg(h.invoiceNumber)
                           .arg(h.daysPastDue)
                           .arg(kHoldAfterDaysPastDue);
        holds.append(h);
    }
    return holds;
}

Result<QList<CreditService::Hold>> CreditService::applyHoldRule(const QDate &asOf, Mode mode)
{
    QSqlDatabase conn = m_db->connection();
    WriteTransaction tx(conn);
    if (auto b = tx.begin(); !b)
        return b.error();
    auto holds = dueForHold(asOf);
    if (!holds)
        return holds.error();
    if (mode == Mode::DryRun)
        return holds; // the transaction rolls back: nothing written
    ClientRepository repo(conn);
    AuditLog audit(conn, m_userId);
    for (const Hold &h : holds.value()) {
        auto client = repo.find(h.clientId);
        if (!client)
            return client.error();
        Client changed = client.value();
        changed.creditHold = true;
        changed.creditHoldReason = h.reason;
        if (changed.status == ClientStatus::Active)
            changed.status = ClientStatus::OnHold;
        if (auto u = repo.update(changed); !u)
            return u.error();
        if (auto a
            = audit.record(QStringLiteral("client"), h.clientId, QStringLiteral("credit_hold_rule"),
                           toJson(client.value()), toJson(changed));
            !a)
            return a.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return holds;
}

Result<void> CreditService::change(qint64 clientId, bool hold, const QString &reason)
{
    QSqlDatabase conn = m_db->connection();
    WriteTransaction tx(conn);
    if (auto b = tx.begin(); !b)
        return b;
    ClientRepository repo(conn);
    auto client = repo.find(clientId);
    if (!client)
        return client.error();
    if (client.value().creditHold == hold)
        return makeError(ErrorCode::Conflict,
                         hold ? tr("%1 is already on credit hold").arg(client.value().name)
                              : tr("%1 is not on credit hold").arg(client.value().name));
    Client changed = client.value();
    changed.creditHold = hold;
    changed.creditHoldReason = hold ? reason.trimmed() : QString();
    if (hold && changed.status == ClientStatus::Active)
        changed.status = ClientStatus::OnHold;
    if (!hold && changed.status == ClientStatus::OnHold)
        changed.status = ClientStatus::Active;
    if (auto u = repo.update(changed); !u)
        return u;
    QJsonObject after = toJson(changed);
    if (!reason.trimmed().isEmpty())
        after.insert(QStringLiteral("reason"), reason.trimmed());
    if (auto a
        = AuditLog(conn, m_userId)
                  .record(QStringLiteral("client"), clientId,
                          hold ? QStringLiteral("credit_hold") : QStringLiteral("credit_release"),
                          toJson(client.value()), after);
        !a)
        return a;
    return tx.commit();
}

Result<void> CreditService::hold(qint64 clientId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: say why the client goes on hold"));
    return change(clientId, true, reason);
}

Result<void> CreditService::release(qint64 clientId, const QString &reason)
{
    return change(clientId, false, reason);
}

} // namespace ardesk
