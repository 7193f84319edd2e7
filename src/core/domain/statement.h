// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

/// What a client's statement of account shows, gathered by StatementService and printed by the
/// print layer (print/statementpdf.h): plain values, money in minor units with its currency (one
/// currency per line and per total, read as Money through the accessors).
struct StatementData
{
    /// One open invoice on the statement date.
    struct Item
    {
        QString number;
        QDate issueDate;
        QDate dueDate;
        qint64 amountMinor = 0;
        qint64 openMinor = 0; ///< the open balance on the statement date
        QString currency; ///< of amount and open balance
        int daysOverdue = 0; ///< 0 when not yet due

        Money amount() const { return Money::fromMinor(amountMinor, currency); }
        Money open() const { return Money::fromMinor(openMinor, currency); }
    };
    /// The total due in one currency (currencies are never added together).
    struct Total
    {
        QString currency;
        qint64 openMinor = 0;
        qint64 overdueMinor = 0;

        Money open() const { return Money::fromMinor(openMinor, currency); }
        Money overdue() const { return Money::fromMinor(overdueMinor, currency); }
    };

    QString companyName;
    QString companyAddress;
    QString locale; ///< the company's (CompanySettings::locale): how dates and amounts print
    QString remittance; ///< how to pay; empty: none
    /// The client's reminder policy's late-payment wording, else the company's; empty: none.
    QString latePenaltyWording;
    /// The client's reminder policy's early-payment discount wording, else the company's.
    QString discountWording;

    QString clientCode;
    QString clientName;
    QString billingAddress;

    QDate asOf; ///< the statement date
    QList<Item> items; ///< by due date, then number
    QList<Total> totals; ///< by currency code

    /// The aging bucket of `daysOverdue` as the aging report names it: "Not due", "1–30",
    /// "31–60", "61–90", "90+".
    static QString bucketName(int daysOverdue);

    Q_DECLARE_TR_FUNCTIONS(StatementData)
};

} // namespace ardesk
