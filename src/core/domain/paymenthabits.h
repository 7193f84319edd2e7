// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoice.h"
#include "core/domain/payment.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

/// How a client pays, as the workspace shows it: its last payment and its average days to pay.
///
/// The last payment is the newest payment not voided (by date, then by id). The average days to
/// pay counts the invoices that are paid (nothing owed, not written off) and received money from
/// at least one payment not voided: an invoice's days to pay run from its issue date to the date
/// of the newest such payment allocated to it (0 when paid before it was issued). Invoices
/// settled only by credit notes, written off, open or partly paid do not count. The average is
/// rounded to the nearest whole day (halves up).
struct PaymentHabits
{
    QDate lastPaymentDate; ///< invalid: no payment
    Money lastPayment; ///< its amount and currency; invalid: no payment
    int paidInvoices = 0; ///< how many invoices the average counts
    std::optional<int> averageDaysToPay; ///< none when no invoice counts

    bool hasLastPayment() const { return lastPaymentDate.isValid(); }

    static PaymentHabits of(const QList<Invoice> &invoices, const QList<Payment> &payments);
};

/// The order of the workspace's invoice list: open invoices (something owed, not written off)
/// first, the oldest due date on top; then the rest (paid, written off), the newest due date on
/// top. Ties by id, the newest first.
QList<Invoice> openInvoicesFirst(QList<Invoice> invoices);

} // namespace ardesk
