// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <optional>

#include <QDate>
#include <QString>

namespace ardesk {

/// The promise a call should name first: a client's latest promise that was broken, or that is
/// still open although its date has passed. Read-only, on the calling thread's connection.
class BrokenPromiseQuery
{
public:
    struct Promise
    {
        qint64 amountMinor = 0;
        QString currency;
        QString promisedDate; ///< YYYY-MM-DD, as stored
        QString createdAt; ///< UTC instant, as stored
    };

    explicit BrokenPromiseQuery(const Database &db)
        : m_db(db)
    { }

    /// The newest such promise of `clientId` as of `today` (by promised date), or none.
    Result<std::optional<Promise>> latest(qint64 clientId, const QDate &today) const;

private:
    const Database &m_db;
};

} // namespace ardesk
