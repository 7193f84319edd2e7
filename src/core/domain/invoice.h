// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/money.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>

namespace ardesk {

/// Derived from payments, credit notes, write-offs and disputes; never typed by a user.
enum class InvoiceStatus { Open, PartiallyPaid, Paid, Disputed, WrittenOff };
QString toString(InvoiceStatus status);
/// The stored form of a status as Latin-1 text (the same as toString), for bulk writers.
const char *storageKey(InvoiceStatus status);
/// The one invoice-status rule: written off, else paid when nothing is owed, else disputed,
/// else partially paid when something was paid, else open.
InvoiceStatus invoiceStatus(qint64 amountMinor, qint64 balanceMinor, bool disputed,
                            bool writtenOff);
std::optional<InvoiceStatus> invoiceStatusFromString(QStringView key);
QString displayName(InvoiceStatus status);

/// A bill sent to a client; the balance is what is still owed on it.
struct Invoice
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    qint64 amountMinor = 0;
    QString currency; ///< ISO 4217, of amount and balance; empty until set (validate() names it)
    QString poNumber;
    qint64 balanceMinor = 0; ///< amount − allocations − credits − write-offs
    bool disputed = false;
    bool writtenOff = false;
    int version = 0;

    Money amount() const { return Money::fromMinor(amountMinor, currency); }
    Money balance() const { return Money::fromMinor(balanceMinor, currency); }
    /// The status that follows from balance, dispute and write-off (invoiceStatus()).
    InvoiceStatus status() const;
    /// Days past due on a date (0 when not yet due or settled).
    int daysPastDue(const QDate &asOf) const;

    Result<void> validate() const;

    Q_DECLARE_TR_FUNCTIONS(Invoice)
};

} // namespace ardesk
