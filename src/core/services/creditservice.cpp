// SPDX-License-Identifier: MIT
#include "core/services/creditservice.h"
#include "core/services/authorization.h"

#include "core/services/clientservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/clientrepository.h"
#include "core/storage/creditholdquery.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

namespace ardesk {
Result<QList<CreditService::Hold>> CreditService::dueForHold(const QDate &asOf) const
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidValue, tr("as of: not a valid date"));
    auto candidates = CreditHoldQuery(*m_db).dueOnOrBefore(asOf.addDays(-kHoldAfterDaysPastDue));
    if (!candidates)
        return candidates.error();
    QList<Hold> holds;
    for (const CreditHoldQuery::Candidate &c : std::as_const(candidates.value())) {
        Hold h;
        h.clientId = c.clientId;
        h.code = c.code;
        h.name = c.name;
        h.currency = c.currency;
        h.invoiceNumber = c.invoiceNumber;
        h.daysPastDue = int(c.oldestDueDate.daysTo(asOf));
        h.overdueMinor = c.overdueMinor;
        h.reason = tr("Invoice %1 is %2 past due (rule: %3 or more)")
                           .arg(h.invoiceNumber, tr("%n day(s)", nullptr, h.daysPastDue),
                                tr("%n day(s)", nullptr, kHoldAfterDaysPastDue));
        holds.append(h);
    }
    return holds;
}

Result<QList<CreditService::Hold>> CreditService::applyHoldRule(const QDate &asOf, Mode mode)
{
    if (mode == Mode::DryRun)
        return dueForHold(asOf); // nothing written
    if (auto a = authorize(*m_db, m_userId, Permission::PlaceCreditHold); !a)
        return a.error();
    return inTransaction(*m_db, [&]() -> Result<QList<Hold>> {
        auto holds = dueForHold(asOf);
        if (!holds)
            return holds.error();
        for (const Hold &h : std::as_const(holds.value())) {
            if (auto c = change(h.clientId, true, h.reason, Origin::Rule); !c)
                return c.error();
        }
        return holds;
    });
}

Result<void> CreditService::change(qint64 clientId, bool hold, const QString &reason, Origin origin)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        ClientRepository repo(*m_db);
        auto client = repo.find(clientId);
        if (!client)
            return client.error();
        const Client &before = client.value();
        if (before.creditHold == hold)
            return makeError(ErrorCode::Conflict,
                             hold ? tr("%1 is already on credit hold").arg(before.name)
                                  : tr("%1 is not on credit hold").arg(before.name));
        Client changed = before;
        changed.creditHold = hold;
        changed.creditHoldReason = hold ? reason.trimmed() : QString();
        if (hold && changed.status == ClientStatus::Active)
            changed.status = ClientStatus::OnHold;
        if (!hold && changed.status == ClientStatus::OnHold)
            changed.status = ClientStatus::Active;
        if (auto u = repo.update(changed); !u)
            return u;
        QJsonObject after = toJson(changed);
        if (origin == Origin::Person && !reason.trimmed().isEmpty())
            after.insert(QStringLiteral("reason"), reason.trimmed());
        const QString action = origin == Origin::Rule ? QStringLiteral("credit_hold_rule")
                : hold                                ? QStringLiteral("credit_hold")
                                                      : QStringLiteral("credit_release");
        return AuditLog(*m_db, m_userId)
                .record(QStringLiteral("client"), clientId, action, toJson(before), after);
    });
}

Result<void> CreditService::hold(qint64 clientId, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::PlaceCreditHold); !a)
        return a.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: say why the client goes on hold"));
    return change(clientId, true, reason, Origin::Person);
}

Result<void> CreditService::release(qint64 clientId, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::ReleaseCreditHold); !a)
        return a.error();
    return change(clientId, false, reason, Origin::Person);
}

} // namespace ardesk
