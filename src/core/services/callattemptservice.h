// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/callattempt.h"
#include "core/domain/contact.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <memory>

#include <QCoreApplication>

namespace ardesk {

/// Calls dialled from the window, so that none is lost unlogged: dial() writes the fact the
/// moment the call starts (before any call log is open, so a discarded log, a closed window or a
/// crash cannot lose it); the Today queue shows each open one to the user who dialled as "Call to
/// … not logged" until that user logs a call note for the client at or after the dial time, or
/// dismiss() says no call took place. Each write runs in its own transaction (or joins the
/// caller's) on the calling thread's connection; the window calls it on its DatabaseWorker.
class CallAttemptService
{
    Q_DECLARE_TR_FUNCTIONS(CallAttemptService)

public:
    /// `userId`: who dials (required).
    CallAttemptService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Records that this user dialled `phone` of `contact` (a contact of client `clientId`)
    /// now, by the file's clock. Refused, with nothing written, for a number that did not parse,
    /// a do-not-contact contact or a contact of another client.
    Result<CallAttempt> dial(qint64 clientId, const Contact &contact, const Phone &phone);
    /// The attempt `attemptId` (NotFound: no such attempt).
    Result<CallAttempt> find(qint64 attemptId) const;
    /// "No call took place": the attempt leaves the Today queue for good, with an audit row.
    /// Only the user who dialled may; an attempt logged or dismissed already is a Conflict.
    Result<void> dismiss(qint64 attemptId);

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
