// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/adjustment.h"
#include "core/domain/invoice.h"
#include "core/domain/payment.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>
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
    /// Records `payment` with the allocations chosen by hand (each at most the invoice's open
    /// balance, all together at most the payment; the rest stays on account).
    Result<qint64> recordPaymentAllocated(Payment payment);
    /// Voids a payment entered in error: it stays on file with the reason, applies to nothing,
    /// and the invoices it paid are open again.
    Result<void> voidPayment(qint64 paymentId, const QString &reason);
    /// Saves an edited invoice (number, dates, amount, currency, PO) with a before/after audit
    /// row; `invoice.version` must be the version that was read (optimistic locking).
    Result<void> updateInvoice(Invoice &invoice);
    /// Writes off what is still open on an invoice (a reason is required).
    Result<qint64> writeOff(qint64 invoiceId, const QDate &date, const QString &reason);
    /// A credit note reduces an invoice's balance by `amount` (at most the balance, in the
    /// invoice's currency: another currency is refused, ErrorCode::CurrencyMismatch).
    Result<qint64> creditNote(qint64 invoiceId, const Money &amount, const QDate &date,
                              const QString &number, const QString &reason);

private:
    /// Stores a checked adjustment with its audit row and the client's AR summary, in one
    /// transaction.
    Result<qint64> adjust(Adjustment adjustment);
    /// Refused when the invoice has nothing open, the date is before its issue date, the amount
    /// is in another currency or not within its balance; a write-off takes the whole balance.
    static Result<void> checkAdjustment(const Invoice &invoice, Adjustment &adjustment);
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(LedgerService)
};

} // namespace ardesk
