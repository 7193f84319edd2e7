// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <optional>

#include <QDate>
#include <QString>

namespace ardesk {

/// The promise a call or a message to the client should name: the client's latest promise
/// (by promised date) that was broken or only partly kept as of a day — judged by
/// evaluatePromise() over the payments, not by a stored status — and that the client still owes
/// money on: some invoice it named still has a balance (a promise naming no invoice: the client
/// still owes in its currency). A broken promise whose invoices were paid since is history, and
/// telling the client "we have not received it" would be false. Read-only, on the calling
/// thread's connection.
class BrokenPromiseQuery
{
public:
    struct Promise
    {
        qint64 id = 0;
        qint64 amountMinor = 0;
        QString currency;
        QDate promisedDate;
        QDate madeOn; ///< the day of the conversation
        qint64 paidMinor = 0; ///< received towards it (counted by the promise rule)
    };

    explicit BrokenPromiseQuery(const Database &db)
        : m_db(db)
    { }

    /// That promise of `clientId` as of `today`, or none.
    Result<std::optional<Promise>> latest(qint64 clientId, const QDate &today) const;

private:
    const Database &m_db;
};

} // namespace ardesk
