// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/payment.h"

#include <QDate>
#include <QList>

namespace ardesk {

/// An open invoice as the allocation rule sees it.
struct OpenItem
{
    qint64 invoiceId = 0;
    QDate dueDate;
    QDate issueDate;
    qint64 balanceMinor = 0;
};

/// How a payment is applied to a client's open invoices.
class AllocationRule
{
public:
    /// Oldest first: by due date, then issue date, then id; each invoice up to its balance.
    /// `preferredInvoiceId` (e.g. the invoice named on the remittance) is paid first. What is left
    /// after every open invoice is paid stays unallocated (credit on account).
    static QList<Allocation> oldestFirst(qint64 amountMinor, QList<OpenItem> openItems,
                                         qint64 preferredInvoiceId = 0);
};

} // namespace ardesk
