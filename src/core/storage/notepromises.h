// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// The promises that notes recorded (the promise-to-pay template), as stored: which note made
/// which promise. A read-only query; no transaction needed.
class NotePromises
{
public:
    /// One promise as its row stands: the date and the status are the stored text.
    struct Promise
    {
        qint64 id = 0;
        qint64 amountMinor = 0;
        QString currency;
        QString promisedDate; ///< YYYY-MM-DD
        QString status; ///< the stored status (open, kept, …)
    };

    explicit NotePromises(const Database &db)
        : m_db(db.connection())
    { }
    explicit NotePromises(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The promises of a client's notes, by note id (promises made without a note are left
    /// out).
    Result<QHash<qint64, Promise>> forClient(qint64 clientId) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
