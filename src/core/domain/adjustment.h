// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/money.h"

#include <QDate>
#include <QString>

namespace ardesk {

/// What an adjustment does to an invoice: a credit note reduces its balance by an amount, a
/// write-off closes what is still open.
enum class AdjustmentKind { CreditNote, WriteOff };
/// The stored word ("credit_note", "write_off"), also the action of the invoice's audit row.
QString toString(AdjustmentKind kind);

/// A credit note or write-off on one invoice (invoice_adjustments).
struct Adjustment
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    AdjustmentKind kind = AdjustmentKind::CreditNote;
    QString number; ///< the credit note's number; empty for a write-off
    QDate date;
    /// In the invoice's currency (the ledger refuses another); a write-off takes the balance.
    Money amount;
    QString reason;
};

} // namespace ardesk
