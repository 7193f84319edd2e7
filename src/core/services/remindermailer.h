// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

/// What ReminderService needs from e-mail: compose one reminder for a client from a template,
/// covering some of its invoices, and queue it in the outbox (never send). ReminderService calls
/// it on its own thread, inside the client's write transaction on that thread's connection: an
/// implementation writes through that connection and must not begin or commit a transaction.
class ReminderMailer
{
public:
    virtual ~ReminderMailer() = default;
    /// Queues the message; returns the outbox row's id. A failure rolls the client's reminder
    /// run back (nothing recorded, so the next run tries again).
    virtual Result<qint64> queueReminder(qint64 clientId, const QString &templateKey,
                                         const QList<qint64> &invoiceIds, const QDate &asOf)
            = 0;
};

} // namespace ardesk
