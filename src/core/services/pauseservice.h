// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>

namespace ardesk {

/// Pausing reminders by hand: an invoice or a whole client until a date (inclusive), with a
/// reason kept as an internal note on the client's record. Each call logs the note
/// (NoteService, its own transaction) and then changes the pause with an audit row in a second
/// transaction. Runs on the calling thread's connection.
class PauseService
{
public:
    PauseService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    Result<void> pauseInvoice(qint64 invoiceId, const QDate &until, const QString &reason);
    Result<void> pauseClient(qint64 clientId, const QDate &until, const QString &reason);
    /// Ends the invoice's pauses that still run on `asOf` (their end becomes the day before).
    Result<void> unpauseInvoice(qint64 invoiceId, const QDate &asOf, const QString &reason);
    Result<void> unpauseClient(qint64 clientId, const QString &reason);

private:
    Result<qint64> logNote(qint64 clientId, qint64 invoiceId, const QString &text);
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(PauseService)
};

} // namespace ardesk
