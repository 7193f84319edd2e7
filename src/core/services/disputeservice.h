// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dispute.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ardesk {

/// Disputes after they were opened (a dispute note opens them, NoteService): listing the open
/// ones of an owner and closing one as resolved or rejected. Closing records the resolution as an
/// internal note on the client (its own transaction), then, in one transaction, the dispute's
/// status, resolution and date, the invoice's disputed flag (cleared when no other dispute on it
/// is open, so reminders resume), the AR summary and an audit row (DisputeRepository). Runs on the
/// calling thread's connection.
class DisputeService
{
public:
    using Closing = DisputeClosing;
    using Dispute = ardesk::Dispute;

    DisputeService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Open disputes owned by `userId` (0: everyone's), oldest first.
    Result<QList<Dispute>> open(qint64 userId) const;
    /// Closes an open dispute; `resolution` is required. `expectedVersion` 0: no check.
    Result<void> close(qint64 disputeId, Closing how, const QString &resolution,
                       int expectedVersion = 0);

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(DisputeService)
};

} // namespace ardesk
