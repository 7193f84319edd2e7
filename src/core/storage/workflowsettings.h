// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/queuepriority.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ardesk {

/// The manager's settings of the collection workflow kept in the company file: the Today
/// queue's priority weights (setting workflow.priority_weights), the promise grace days
/// (workflow.promise_grace_days) and the contact cap (workflow.contact_cap: at most this many
/// e-mails to one client in 7 days, 0 = no cap; SendGuard).
struct WorkflowSettings
{
    PriorityWeights weights;
    int promiseGraceDays = 2;
    int contactCapPerWeek = 3;

    static Result<WorkflowSettings> load(const QSqlDatabase &db);
    static Result<WorkflowSettings> load(const Database &db) { return load(db.connection()); }
    /// Validates (weights add up to 100; grace 0–30 days; cap 0–50) and writes them inside the
    /// caller's write transaction, with an audit row naming `userId`.
    Result<void> save(const QSqlDatabase &db, qint64 userId) const;
    Result<void> save(const Database &db, qint64 userId) const
    {
        return save(db.connection(), userId);
    }

    Q_DECLARE_TR_FUNCTIONS(WorkflowSettings)
};

} // namespace ardesk
