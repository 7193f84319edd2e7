// SPDX-License-Identifier: MIT
#include "core/services/ledgerservice.h"
#include "core/services/authorization.h"

#include "core/domain/allocation.h"
#include "core/domain/validation.h"
#include "core/services/clientservice.h"
#include "core/storage/adjustmentrepository.h"
#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/transaction.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace ardesk {
namespace {
QJsonObject auditForm(const Invoice &i)
{
    return QJsonObject {{QStringLiteral("number"), i.number},
                        {QStringLiteral("issue_date"), i.issueDate.toString(Qt::ISODate)},
                        {QStringLiteral("due_date"), i.dueDate.toString(Qt::ISODate)},
                        {QStringLiteral("amount_minor"), QString::number(i.amountMinor)},
                        {QStringLiteral("currency"), i.currency},
                        {QStringLiteral("po_number"), i.poNumber},
                        {QStringLiteral("balance_minor"), QString::number(i.balanceMinor)}};
}
/// An invoice's balance and status around an adjustment; after it, what was adjusted and why.
QJsonObject adjustedForm(const Invoice &i, const Adjustment *made = nullptr)
{
    QJsonObject form {{QStringLiteral("balance_minor"), QString::number(i.balanceMinor)},
                      {QStringLiteral("status"), toString(i.status())}};
    if (made) {
        form.insert(QStringLiteral("amount_minor"), QString::number(made->amount.minor()));
        form.insert(QStringLiteral("reason"), made->reason);
    }
    return form;
}
} // namespace

Result<qint64> LedgerService::recordPaymentOldestFirst(Payment payment, qint64 preferredInvoiceId)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    auto open = InvoiceRepository(*m_db).openItems(payment.clientId, payment.currency);
    if (!open)
        return open.error();
    const QList<OpenItem> &items = open.value();
    const bool preferredFound = preferredInvoiceId == 0
            || std::any_of(items.cbegin(), items.cend(),
                           [&](const OpenItem &i) { return i.invoiceId == preferredInvoiceId; });
    if (!preferredFound)
        return makeError(ErrorCode::InvalidValue,
                         tr("invoice: the named invoice is not open for this client in %1")
                                 .arg(payment.currency));
    payment.allocations
            = AllocationRule::oldestFirst(payment.amountMinor, items, preferredInvoiceId);
    // ClientService records it in one transaction with the audit row and the summary.
    return ClientService(m_db, m_userId).recordPayment(payment);
}

Result<qint64> LedgerService::recordPaymentAllocated(Payment payment)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    QSet<qint64> seen;
    for (const Allocation &a : std::as_const(payment.allocations)) {
        if (seen.contains(a.invoiceId))
            return makeError(ErrorCode::InvalidValue,
                             tr("allocation: the same invoice is named twice"));
        seen.insert(a.invoiceId);
    }
    return ClientService(m_db, m_userId).recordPayment(payment);
}

Result<void> LedgerService::voidPayment(qint64 paymentId, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: say why the payment is voided"));
    if (auto v = validation::noControlChars(tr("reason"), why, true); !v)
        return v.error();
    return inTransaction(*m_db, [&]() -> Result<void> {
        PaymentRepository payments(*m_db);
        auto found = payments.find(paymentId);
        if (!found)
            return found.error();
        const Payment before = found.value();
        if (before.isVoided())
            return makeError(ErrorCode::InvalidValue,
                             tr("payment %1 was already voided on %2")
                                     .arg(paymentId)
                                     .arg(before.voidedAt.date().toString(Qt::ISODate)));
        if (auto v = payments.markVoided(paymentId, why); !v)
            return v;
        if (auto a = AuditLog(*m_db, m_userId)
                             .record(QStringLiteral("payment"), paymentId, QStringLiteral("void"),
                                     QJsonObject {{QStringLiteral("amount_minor"),
                                                   QString::number(before.amountMinor)},
                                                  {QStringLiteral("currency"), before.currency},
                                                  {QStringLiteral("allocated_minor"),
                                                   QString::number(before.allocatedMinor())}},
                                     QJsonObject {{QStringLiteral("voided"), true},
                                                  {QStringLiteral("reason"), why}});
            !a)
            return a.error();
        return ArSummary(*m_db).refreshClient(before.clientId);
    });
}

Result<void> LedgerService::updateInvoice(Invoice &invoice)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    return inTransaction(*m_db, [&]() -> Result<void> {
        InvoiceRepository invoices(*m_db);
        auto found = invoices.find(invoice.id);
        if (!found)
            return found.error();
        const Invoice before = found.value();
        if (invoice.clientId != before.clientId)
            return makeError(ErrorCode::InvalidValue,
                             tr("client: an invoice cannot move to another client; credit it and "
                                "issue a new one"));
        if (auto u = invoices.update(invoice); !u)
            return u;
        if (auto a
            = AuditLog(*m_db, m_userId)
                      .record(QStringLiteral("invoice"), invoice.id, QStringLiteral("update"),
                              auditForm(before), auditForm(invoice));
            !a)
            return a.error();
        return ArSummary(*m_db).refreshClient(invoice.clientId);
    });
}

Result<qint64> LedgerService::adjust(Adjustment adjustment)
{
    const QString reason = adjustment.reason;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: is required"));
    if (auto v = validation::noControlChars(tr("reason"), reason, true); !v)
        return v.error();
    if (auto v = validation::businessDate(tr("date"), adjustment.date); !v)
        return v.error();
    adjustment.reason = reason.trimmed();
    return inTransaction(*m_db, [&]() -> Result<qint64> {
        InvoiceRepository invoices(*m_db);
        auto inv = invoices.find(adjustment.invoiceId);
        if (!inv)
            return inv.error();
        const Invoice before = inv.value();
        if (auto c = checkAdjustment(before, adjustment); !c)
            return c.error();
        if (auto id = AdjustmentRepository(*m_db).insert(adjustment, m_userId); !id)
            return id.error();
        auto after = invoices.find(adjustment.invoiceId);
        if (!after)
            return after.error();
        if (auto a = AuditLog(*m_db, m_userId)
                             .record(QStringLiteral("invoice"), adjustment.invoiceId,
                                     toString(adjustment.kind), adjustedForm(before),
                                     adjustedForm(after.value(), &adjustment));
            !a)
            return a.error();
        if (auto s = ArSummary(*m_db).refreshClient(before.clientId); !s)
            return s.error();
        return adjustment.id;
    });
}

Result<void> LedgerService::checkAdjustment(const Invoice &invoice, Adjustment &adjustment)
{
    if (invoice.balanceMinor <= 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("invoice %1 has nothing open").arg(invoice.number));
    if (adjustment.date < invoice.issueDate)
        return makeError(ErrorCode::InvalidValue,
                         tr("date: %1 is before the invoice's issue date %2")
                                 .arg(adjustment.date.toString(Qt::ISODate),
                                      invoice.issueDate.toString(Qt::ISODate)));
    if (adjustment.kind == AdjustmentKind::WriteOff)
        adjustment.amount = invoice.balance();
    // The balance less the adjustment, through Money: an amount in another currency is refused.
    const auto left = invoice.balance().minus(adjustment.amount);
    if (!left)
        return makeError(ErrorCode::CurrencyMismatch,
                         tr("amount: %1 is not in the currency of invoice %2 (%3)")
                                 .arg(adjustment.amount.isValid() ? adjustment.amount.currencyCode()
                                                                  : tr("no currency"),
                                      invoice.number, invoice.currency));
    if (adjustment.amount.minor() <= 0 || left.value().isNegative())
        return makeError(ErrorCode::InvalidValue,
                         tr("amount: %1 is not between 0 and the open balance %2 of invoice %3")
                                 .arg(adjustment.amount.toPlainString(),
                                      invoice.balance().toPlainString(), invoice.number));
    return {};
}

Result<qint64> LedgerService::writeOff(qint64 invoiceId, const QDate &date, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::WriteOff); !a)
        return a.error();
    return adjust(
            Adjustment {0, invoiceId, AdjustmentKind::WriteOff, QString(), date, Money(), reason});
}

Result<qint64> LedgerService::creditNote(qint64 invoiceId, const Money &amount, const QDate &date,
                                         const QString &number, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::CreditNote); !a)
        return a.error();
    return adjust(
            Adjustment {0, invoiceId, AdjustmentKind::CreditNote, number, date, amount, reason});
}

} // namespace ardesk
