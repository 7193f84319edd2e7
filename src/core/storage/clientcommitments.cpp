// SPDX-License-Identifier: MIT
#include "core/storage/clientcommitments.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {

namespace {

/// The promise of the first row `statement` (bound to the client's id) returns, or none.
Result<std::optional<ClientCommitments::Promise>> firstPromise(const Database &db,
                                                               const QString &statement,
                                                               qint64 clientId)
{
    auto q = sql::exec(db.connection(), statement, {clientId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ClientCommitments::Promise>();
    const QSqlQuery &row = q.value();
    return std::optional<ClientCommitments::Promise>(ClientCommitments::Promise {
            row.value(0).toLongLong(), row.value(1).toString(),
            timeutil::dateFromStorage(row.value(2).toString()), row.value(3).toLongLong()});
}

/// The installments of the plan whose id `planIdStatement` (bound to `id`) selects, or none.
Result<std::optional<ClientCommitments::Plan>> firstPlan(const Database &db,
                                                         const QString &planIdStatement, qint64 id)
{
    using Plan = ClientCommitments::Plan;
    using Installment = ClientCommitments::Installment;
    auto q = sql::exec(db.connection(),
                       QStringLiteral("SELECT p.currency, i.due_date, i.amount_minor FROM "
                                      "plan_installments i JOIN payment_plans p ON p.id = "
                                      "i.plan_id WHERE p.id = (")
                               + planIdStatement + QStringLiteral(") ORDER BY i.due_date, i.id"),
                       {id});
    if (!q)
        return q.error();
    Plan plan;
    while (q.value().next()) {
        plan.currency = q.value().value(0).toString();
        plan.installments.append(
                Installment {timeutil::dateFromStorage(q.value().value(1).toString()),
                             q.value().value(2).toLongLong()});
    }
    if (plan.installments.isEmpty())
        return std::optional<Plan>();
    return std::optional<Plan>(plan);
}

} // namespace

Result<std::optional<ClientCommitments::Promise>> ClientCommitments::newestOpenPromise(
        qint64 clientId) const
{
    return firstPromise(m_db,
                        QStringLiteral("SELECT amount_minor, currency, promised_date, paid_minor "
                                       "FROM promises WHERE client_id = ? AND status = 'open' "
                                       "ORDER BY id DESC LIMIT 1"),
                        clientId);
}

Result<std::optional<ClientCommitments::Promise>> ClientCommitments::promiseOfNote(
        qint64 noteId) const
{
    return firstPromise(m_db,
                        QStringLiteral("SELECT amount_minor, currency, promised_date, paid_minor "
                                       "FROM promises WHERE note_id = ? AND status <> "
                                       "'cancelled' ORDER BY id DESC LIMIT 1"),
                        noteId);
}

Result<std::optional<ClientCommitments::Plan>> ClientCommitments::activePlan(qint64 clientId) const
{
    return firstPlan(m_db,
                     QStringLiteral("SELECT max(id) FROM payment_plans WHERE client_id = ? AND "
                                    "status = 'active'"),
                     clientId);
}

Result<std::optional<ClientCommitments::Plan>> ClientCommitments::planOfNote(qint64 noteId) const
{
    return firstPlan(m_db,
                     QStringLiteral("SELECT max(id) FROM payment_plans WHERE note_id = ? AND "
                                    "status <> 'cancelled'"),
                     noteId);
}

} // namespace ardesk
