// SPDX-License-Identifier: MIT
#include "core/domain/invoice.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace ardesk {
const char *storageKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open:
        return "open";
    case InvoiceStatus::PartiallyPaid:
        return "partially_paid";
    case InvoiceStatus::Paid:
        return "paid";
    case InvoiceStatus::Disputed:
        return "disputed";
    case InvoiceStatus::WrittenOff:
        return "written_off";
    }
    return "";
}

QString toString(InvoiceStatus status)
{
    return QString::fromLatin1(storageKey(status));
}

InvoiceStatus invoiceStatus(qint64 amountMinor, qint64 balanceMinor, bool disputed, bool writtenOff)
{
    if (writtenOff)
        return InvoiceStatus::WrittenOff;
    if (balanceMinor <= 0)
        return InvoiceStatus::Paid;
    if (disputed)
        return InvoiceStatus::Disputed;
    if (balanceMinor < amountMinor)
        return InvoiceStatus::PartiallyPaid;
    return InvoiceStatus::Open;
}

std::optional<InvoiceStatus> invoiceStatusFromString(QStringView key)
{
    for (auto s : {InvoiceStatus::Open, InvoiceStatus::PartiallyPaid, InvoiceStatus::Paid,
                   InvoiceStatus::Disputed, InvoiceStatus::WrittenOff}) {
        if (key == toString(s))
            return s;
    }
    return std::nullopt;
}

QString displayName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open:
        return Invoice::tr("Open");
    case InvoiceStatus::PartiallyPaid:
        return Invoice::tr("Partially paid");
    case InvoiceStatus::Paid:
        return Invoice::tr("Paid");
    case InvoiceStatus::Disputed:
        return Invoice::tr("Disputed");
    case InvoiceStatus::WrittenOff:
        return Invoice::tr("Written off");
    }
    return QString();
}

InvoiceStatus Invoice::status() const
{
    return invoiceStatus(amountMinor, balanceMinor, disputed, writtenOff);
}

int Invoice::daysPastDue(const QDate &asOf) const
{
    if (balanceMinor <= 0 || writtenOff || !dueDate.isValid() || asOf <= dueDate)
        return 0;
    return int(dueDate.daysTo(asOf));
}

Result<void> Invoice::validate() const
{
    if (auto r = validation::requireText(tr("invoice number"), number, 64); !r)
        return r;
    if (auto r = validation::noControlChars(tr("invoice number"), number); !r)
        return r;
    if (auto r = validation::businessDate(tr("issue date"), issueDate); !r)
        return r;
    if (auto r = validation::businessDate(tr("due date"), dueDate); !r)
        return r;
    if (dueDate < issueDate)
        return makeError(
                ErrorCode::InvalidValue,
                tr("due date: %1 is before the issue date %2")
                        .arg(dueDate.toString(Qt::ISODate), issueDate.toString(Qt::ISODate)));
    if (auto r = validation::currencyCode(tr("currency"), currency); !r)
        return r;
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("amount: %1 must be positive").arg(amount().toPlainString()));
    if (balanceMinor > amountMinor)
        return makeError(ErrorCode::InvalidValue, tr("balance: larger than the amount"));
    if (auto r = validation::noControlChars(tr("PO number"), poNumber); !r)
        return r;
    return {};
}

} // namespace ardesk
