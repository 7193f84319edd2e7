// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dispute.h"
#include "core/domain/note.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Disputes and the invoices' disputed flag they set. A dispute note opens them (audited as that
/// note); close() writes its own audit row. The flag is set and cleared the way the ledger does
/// it: the flag, then the invoice's derived status (InvoiceRepository::recomputeBalance).
/// Callers own the write transaction and refresh the client's AR summary.
class DisputeRepository
{
public:
    /// On this thread's connection of `db`; `userId` is the acting user (audit rows).
    DisputeRepository(const Database &db, qint64 userId)
        : m_db(db.connection())
        , m_userId(userId)
    { }

    /// One open dispute per invoice, opened by `note` (its client, author and time), and each
    /// invoice marked disputed.
    Result<void> openFromNote(const Note &note, const QList<qint64> &invoiceIds,
                              const QString &reason);
    /// Open disputes owned by `ownerId` (0: everyone's), oldest first.
    Result<QList<Dispute>> open(qint64 ownerId) const;
    /// An open dispute; NotFound when there is none with this id.
    Result<Dispute> findOpen(qint64 disputeId) const;
    /// Closes `dispute` (as read: its version must not have moved, else Conflict) with the
    /// resolution recorded by note `noteId`, clears the invoice's flag when no other dispute on
    /// it is open, and writes the audit row. Returns whether the flag was cleared.
    Result<bool> close(const Dispute &dispute, DisputeClosing how, const QString &resolution,
                       qint64 noteId);

private:
    QSqlDatabase m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(DisputeRepository)
};

} // namespace ardesk
