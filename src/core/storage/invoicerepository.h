// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoice.h"

#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Invoices, their derived balance and status. Callers own the transaction and refresh the
/// client's AR summary (ArSummary::refreshClient) in the same transaction.
class InvoiceRepository
{
public:
    explicit InvoiceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Stores a new invoice with its full amount open.
    Result<qint64> insert(Invoice &invoice);
    Result<Invoice> find(qint64 id) const;
    /// A client's invoices, newest due date first; `openOnly` limits to a balance > 0.
    enum class Filter { All, OpenOnly };
    Result<QList<Invoice>> forClient(qint64 clientId, Filter filter = Filter::All) const;
    /// Recomputes balance, status and settled date from allocations and adjustments.
    Result<void> recomputeBalance(qint64 invoiceId);

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
