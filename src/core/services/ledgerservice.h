// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/payment.h"
#include "core/storage/database.h"

#include <memory>

#include <QDate>

namespace ardesk {

/// Money movements on invoices that are not new invoices: payments applied oldest first,
/// write-offs and credit notes. Each call is one write transaction with the ledger change, the
/// invoice's derived balance/status, an audit row and the client's AR summary.
class LedgerService
{
public:
    LedgerService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Records `payment` (its allocations are replaced) applied to the client's open invoices in
    /// its currency, oldest first, `preferredInvoiceId` first; any excess stays on account.
    Result<qint64> recordPaymentOldestFirst(Payment payment, qint64 preferredInvoiceId = 0);
    /// Writes off what is still open on an invoice (a reason is required).
    Result<qint64> writeOff(qint64 invoiceId, const QDate &date, const QString &reason);
    /// A credit note reduces an invoice's balance by `amountMinor` (at most the balance).
    Result<qint64> creditNote(qint64 invoiceId, qint64 amountMinor, const QDate &date,
                              const QString &number, const QString &reason);

private:
    Result<qint64> adjust(qint64 invoiceId, const QString &kind, qint64 amountMinor,
                          const QDate &date, const QString &number, const QString &reason);
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
