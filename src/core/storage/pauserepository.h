// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace ardesk {

/// Reminder pauses: an invoice's (invoice_pauses, until a date inclusive) and a client's
/// (clients.paused_until). Each change writes its audit row here ("pause" / "unpause" on the
/// invoice or client). Callers own the write transaction.
class PauseRepository
{
public:
    /// On this thread's connection of `db`; `userId` is the acting user (audit rows).
    PauseRepository(const Database &db, qint64 userId)
        : m_db(db.connection())
        , m_userId(userId)
    { }

    /// Pauses the invoice until `until`; `noteId` is the internal note giving the reason.
    Result<void> pauseInvoice(qint64 invoiceId, const QDate &until, const QString &reason,
                              qint64 noteId);
    /// Ends the invoice's pauses that still run on `asOf` (their end becomes the day before).
    Result<void> resumeInvoice(qint64 invoiceId, const QDate &asOf, const QString &reason);
    /// The client's paused_until as stored (empty when not paused); NotFound for no client.
    Result<QString> clientPausedUntil(qint64 clientId) const;
    Result<void> pauseClient(qint64 clientId, const QDate &until, const QString &reason);
    Result<void> resumeClient(qint64 clientId, const QString &reason);

private:
    QSqlDatabase m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(PauseRepository)
};

} // namespace ardesk
