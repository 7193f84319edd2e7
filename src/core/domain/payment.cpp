// SPDX-License-Identifier: MIT
#include "core/domain/payment.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace ardesk {
QString toString(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Check:
        return QStringLiteral("check");
    case PaymentMethod::AchWire:
        return QStringLiteral("ach_wire");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Other:
        return QStringLiteral("other");
    }
    return QString();
}

std::optional<PaymentMethod> paymentMethodFromString(QStringView key)
{
    for (auto m : {PaymentMethod::Check, PaymentMethod::AchWire, PaymentMethod::Card,
                   PaymentMethod::Cash, PaymentMethod::Other}) {
        if (key == toString(m))
            return m;
    }
    return std::nullopt;
}

QString displayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Check:
        return Payment::tr("Check");
    case PaymentMethod::AchWire:
        return Payment::tr("ACH / wire");
    case PaymentMethod::Card:
        return Payment::tr("Card");
    case PaymentMethod::Cash:
        return Payment::tr("Cash");
    case PaymentMethod::Other:
        return Payment::tr("Other");
    }
    return QString();
}

qint64 Payment::allocatedMinor() const
{
    qint64 sum = 0;
    for (const Allocation &a : allocations)
        sum += a.amountMinor;
    return sum;
}

Result<void> Payment::validate() const
{
    if (auto r = validation::businessDate(tr("payment date"), date); !r)
        return r;
    if (auto r = validation::currencyCode(tr("currency"), currency); !r)
        return r;
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("amount: %1 must be positive").arg(amount().toPlainString()));
    if (auto r = validation::noControlChars(tr("reference"), reference); !r)
        return r;
    for (const Allocation &a : allocations) {
        if (a.amountMinor <= 0)
            return makeError(ErrorCode::InvalidValue, tr("allocation: must be positive"));
    }
    if (allocatedMinor() > amountMinor)
        return makeError(ErrorCode::InvalidValue,
                         tr("allocations: %1 allocated is more than the payment %2")
                                 .arg(Money::fromMinor(allocatedMinor(), currency).toPlainString(),
                                      amount().toPlainString()));
    return {};
}

} // namespace ardesk
