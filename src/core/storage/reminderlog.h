// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// The policy steps a reminder run recorded (reminder_log): one row per invoice and step, so a
/// second run does not take a step again. Reads of the log for planning are in ChaseFactsQuery.
/// The run audits each client once (ReminderService); callers own the write transaction.
class ReminderLog
{
public:
    /// On this thread's connection of `db`.
    explicit ReminderLog(const Database &db)
        : m_db(db.connection())
    { }

    /// Makes a run that applies the client's steps wait for any other run applying them, until
    /// the caller's transaction ends, so that what it reads next (anyRecorded) is what the
    /// other run committed. A transaction-scoped advisory lock on a team database; nothing on
    /// a company file, where the write transaction (BEGIN IMMEDIATE) already serialises runs.
    /// The log's unique (invoice, step) key refuses a step taken twice either way.
    Result<void> lockClient(qint64 clientId) const;
    /// Whether any of `stepIds` is recorded for the invoice already.
    Result<bool> anyRecorded(qint64 invoiceId, const QList<qint64> &stepIds) const;
    /// Records a step: `outcome` is 'queued', 'task', 'hold', 'superseded' or 'skipped:<hold>';
    /// `outboxId` / `taskId` 0 when the step made no message / task.
    Result<void> record(qint64 invoiceId, qint64 stepId, const QDate &runDate,
                        const QString &outcome, qint64 outboxId, qint64 taskId);

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
