// SPDX-License-Identifier: MIT
#include "core/domain/paymenthabits.h"

#include <algorithm>

#include <QHash>

namespace ardesk {

namespace {

bool isOpen(const Invoice &invoice)
{
    return invoice.balanceMinor > 0 && !invoice.writtenOff;
}

/// The newest date a payment not voided was allocated to each invoice.
QHash<qint64, QDate> lastPaidDates(const QList<Payment> &payments)
{
    QHash<qint64, QDate> paidOn;
    for (const Payment &p : payments) {
        if (p.isVoided())
            continue;
        for (const Allocation &a : p.allocations) {
            if (a.amountMinor <= 0)
                continue;
            QDate &date = paidOn[a.invoiceId];
            if (!date.isValid() || p.date > date)
                date = p.date;
        }
    }
    return paidOn;
}

} // namespace

PaymentHabits PaymentHabits::of(const QList<Invoice> &invoices, const QList<Payment> &payments)
{
    PaymentHabits habits;
    const Payment *last = nullptr;
    for (const Payment &p : payments) {
        if (p.isVoided())
            continue;
        if (!last || p.date > last->date || (p.date == last->date && p.id > last->id))
            last = &p;
    }
    if (last) {
        habits.lastPaymentDate = last->date;
        habits.lastPayment = last->amount();
    }
    const QHash<qint64, QDate> paidOn = lastPaidDates(payments);
    qint64 totalDays = 0;
    for (const Invoice &inv : invoices) {
        if (inv.balanceMinor != 0 || inv.writtenOff || !paidOn.contains(inv.id))
            continue;
        totalDays += std::max<qint64>(0, inv.issueDate.daysTo(paidOn.value(inv.id)));
        ++habits.paidInvoices;
    }
    if (habits.paidInvoices > 0)
        habits.averageDaysToPay
                = int((2 * totalDays + habits.paidInvoices) / (2 * qint64(habits.paidInvoices)));
    return habits;
}

QList<Invoice> openInvoicesFirst(QList<Invoice> invoices)
{
    std::stable_sort(invoices.begin(), invoices.end(), [](const Invoice &a, const Invoice &b) {
        const bool aOpen = isOpen(a);
        if (aOpen != isOpen(b))
            return aOpen;
        if (a.dueDate != b.dueDate)
            return aOpen ? a.dueDate < b.dueDate : a.dueDate > b.dueDate;
        return a.id > b.id;
    });
    return invoices;
}

} // namespace ardesk
