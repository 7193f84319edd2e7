// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/callattempt.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Calls dialled from the window (table call_attempts). A dial is written when it happens; an
/// attempt is open until a call note of its user for its client at or after its minute exists,
/// or it is dismissed. Reads run on the caller's connection; writes inside the caller's
/// transaction (CallAttemptService owns it).
class CallAttemptRepository
{
public:
    /// On this thread's connection of `db`.
    explicit CallAttemptRepository(const Database &db)
        : CallAttemptRepository(db.connection())
    { }
    explicit CallAttemptRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Inserts `attempt` (its id is set); dialledAt must be valid.
    Result<void> insert(CallAttempt &attempt);
    /// NotFound when there is no such attempt.
    Result<CallAttempt> find(qint64 id) const;
    /// Marks an open attempt dismissed now; Conflict when it is no longer open.
    Result<void> dismiss(qint64 id);
    /// The attempts of `userId` dialled before `before` that are still open: not dismissed,
    /// and no call note of that user for the client at or after the dial's minute. Oldest first.
    Result<QList<CallAttempt>> openOf(qint64 userId, const QDateTime &before) const;

private:
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(CallAttemptRepository)
};

} // namespace ardesk
