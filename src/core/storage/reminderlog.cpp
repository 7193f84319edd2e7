// SPDX-License-Identifier: MIT
#include "core/storage/reminderlog.h"

#include "core/storage/chasefacts.h"
#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {

Result<void> ReminderLog::lockClient(qint64 clientId) const
{
    if (!sql::isPostgres(m_db))
        return {};
    constexpr int kReminderLockClass = 0x524d4e44; // "RMND"
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT pg_advisory_xact_lock(CAST(? AS integer), "
                                      "CAST(? AS integer))"),
                       {kReminderLockClass, int(clientId & 0x7fffffff)});
    if (!r)
        return r.error();
    return {};
}

Result<bool> ReminderLog::anyRecorded(qint64 invoiceId, const QList<qint64> &stepIds) const
{
    auto done = sql::scalar(m_db,
                            QStringLiteral("SELECT count(*) FROM reminder_log WHERE "
                                           "invoice_id = ? AND ")
                                    + sql::inIdSet(sql::dialectOf(m_db), QStringLiteral("step_id")),
                            {invoiceId, ChaseFactsQuery::idArray(stepIds)});
    if (!done)
        return done.error();
    return done.value().toInt() > 0;
}

Result<void> ReminderLog::record(qint64 invoiceId, qint64 stepId, const QDate &runDate,
                                 const QString &outcome, qint64 outboxId, qint64 taskId)
{
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO reminder_log (invoice_id, step_id, "
                                       "run_date, outcome, outbox_id, task_id) VALUES "
                                       "(?,?,?,?,?,?)"),
                        {invoiceId, stepId, timeutil::toStorage(runDate), outcome,
                         sql::nullIfZero(outboxId), sql::nullIfZero(taskId)});
    if (!r)
        return r.error();
    return {};
}

} // namespace ardesk
