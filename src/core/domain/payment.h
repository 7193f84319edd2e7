// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/money.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace ardesk {

enum class PaymentMethod { Check, AchWire, Card, Cash, Other };
QString toString(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromString(QStringView key);
QString displayName(PaymentMethod method);

/// The part of a payment applied to one invoice.
struct Allocation
{
    qint64 invoiceId = 0;
    qint64 amountMinor = 0;
};

/// Money received from a client, allocated to its invoices.
struct Payment
{
    qint64 id = 0;
    qint64 clientId = 0;
    QDate date;
    qint64 amountMinor = 0;
    QString currency; ///< ISO 4217, of amount and allocations; empty until set (validate() names
                      ///< it)
    PaymentMethod method = PaymentMethod::AchWire;
    QString reference; ///< check number, wire reference
    QList<Allocation> allocations;
    QDateTime voidedAt; ///< set when the payment was voided (it then applies to nothing)
    QString voidReason;

    bool isVoided() const { return voidedAt.isValid(); }

    Money amount() const { return Money::fromMinor(amountMinor, currency); }
    qint64 allocatedMinor() const;
    Result<void> validate() const;

    Q_DECLARE_TR_FUNCTIONS(Payment)
};

} // namespace ardesk
