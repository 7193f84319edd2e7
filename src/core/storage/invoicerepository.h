// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/allocation.h"
#include "core/domain/invoice.h"
#include "core/storage/database.h"

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Invoices, their derived balance and status. Callers own the transaction and refresh the
/// client's AR summary (ArSummary::refreshClient) in the same transaction.
class InvoiceRepository
{
public:
    /// On this thread's connection of `db`.
    explicit InvoiceRepository(const Database &db)
        : InvoiceRepository(db.connection())
    { }
    explicit InvoiceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Stores a new invoice with its full amount open.
    Result<qint64> insert(Invoice &invoice);
    Result<Invoice> find(qint64 id) const;
    Result<Invoice> findByNumber(const QString &number) const;
    /// Saves number, dates, amount, currency and PO of an existing invoice if its version is
    /// still `invoice.version` (otherwise a Conflict). The amount may not go below what has
    /// already been paid, credited or written off; the currency may only change while nothing
    /// has been applied. Recomputes balance and status; bumps `invoice.version`.
    Result<void> update(Invoice &invoice);
    /// A client's invoices, newest due date first; `openOnly` limits to a balance > 0.
    enum class Filter { All, OpenOnly };
    Result<QList<Invoice>> forClient(qint64 clientId, Filter filter = Filter::All) const;
    /// Every invoice (of one client when `clientId` is not 0), by client and number, handed to
    /// `each` one at a time (2M invoices are never held at once); stops at the first error.
    Result<void> forEach(qint64 clientId, Filter filter,
                         const std::function<Result<void>(const Invoice &)> &each) const;
    /// How many of a client's invoices have an open balance.
    Result<int> openCount(qint64 clientId) const;
    /// The client's invoices in `currency` with a balance, as a payment is allocated to them.
    Result<QList<OpenItem>> openItems(qint64 clientId, const QString &currency) const;
    /// Recomputes balance, status and settled date from allocations and adjustments.
    Result<void> recomputeBalance(qint64 invoiceId);

private:
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(InvoiceRepository)
};

} // namespace ardesk
