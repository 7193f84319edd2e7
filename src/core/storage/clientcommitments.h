// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

/// What a client has promised, as a message to it names it: its newest open promise, the
/// promise and plan agreed in one call, and the installments of its newest active payment plan.
/// (The broken promise a message names is BrokenPromiseQuery's.)
/// Read-only, on the calling thread's connection.
class ClientCommitments
{
public:
    struct Promise
    {
        qint64 amountMinor = 0;
        QString currency;
        QDate date; ///< the promised date
        qint64 paidMinor = 0; ///< what came in towards it
    };
    struct Installment
    {
        QDate dueDate;
        qint64 amountMinor = 0;
    };
    struct Plan
    {
        QString currency;
        QList<Installment> installments; ///< by due date; never empty
    };

    explicit ClientCommitments(const Database &db)
        : m_db(db)
    { }

    /// The client's newest promise still open (by when it was made), or none.
    Result<std::optional<Promise>> newestOpenPromise(qint64 clientId) const;
    /// The promise a note (a call) recorded, unless cancelled, or none.
    Result<std::optional<Promise>> promiseOfNote(qint64 noteId) const;
    /// The installments of the client's newest active plan; none when there is no such plan
    /// (or it has no installments).
    Result<std::optional<Plan>> activePlan(qint64 clientId) const;
    /// The installments of the plan a note (a call) agreed, unless cancelled, or none.
    Result<std::optional<Plan>> planOfNote(qint64 noteId) const;

private:
    const Database &m_db;
};

} // namespace ardesk
