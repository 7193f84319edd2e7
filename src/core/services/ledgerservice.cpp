// SPDX-License-Identifier: MIT
#include "core/services/ledgerservice.h"

#include "core/domain/allocation.h"
#include "core/domain/validation.h"
#include "core/services/clientservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace ardesk {
namespace {
QString tr(const char *t)
{
    return QCoreApplication::translate("LedgerService", t);
}

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
} // namespace

Result<qint64> LedgerService::recordPaymentOldestFirst(Payment payment, qint64 preferredInvoiceId)
{
    auto open = sql::exec(m_db->connection(),
                          QStringLiteral("SELECT id, due_date, issue_date, balance_minor FROM "
                                         "invoices WHERE client_id = ? AND currency = ? AND "
                                         "balance_minor > 0"),
                          {payment.clientId, payment.currency});
    if (!open)
        return open.error();
    QList<OpenItem> items;
    bool preferredFound = preferredInvoiceId == 0;
    while (open.value().next()) {
        const qint64 id = open.value().value(0).toLongLong();
        preferredFound = preferredFound || id == preferredInvoiceId;
        items.append(OpenItem {id, timeutil::dateFromStorage(open.value().value(1).toString()),
                               timeutil::dateFromStorage(open.value().value(2).toString()),
                               open.value().value(3).toLongLong()});
    }
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
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: say why the payment is voided"));
    if (auto v = validation::noControlChars(tr("reason"), why, true); !v)
        return v.error();
    QSqlDatabase conn = m_db->connection();
    WriteTransaction tx(conn);
    if (auto b = tx.begin(); !b)
        return b.error();
    PaymentRepository payments(conn);
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
    if (auto a = AuditLog(conn, m_userId)
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
    if (auto s = refreshSummary(conn, before.clientId); !s)
        return s;
    if (auto c = tx.commit(); !c)
        return c.error();
    return {};
}

Result<void> LedgerService::updateInvoice(Invoice &invoice)
{
    QSqlDatabase conn = m_db->connection();
    WriteTransaction tx(conn);
    if (auto b = tx.begin(); !b)
        return b.error();
    InvoiceRepository invoices(conn);
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
    if (auto a = AuditLog(conn, m_userId)
                         .record(QStringLiteral("invoice"), invoice.id, QStringLiteral("update"),
                                 auditForm(before), auditForm(invoice));
        !a)
        return a.error();
    if (auto s = refreshSummary(conn, invoice.clientId); !s)
        return s;
    if (auto c = tx.commit(); !c)
        return c.error();
    return {};
}

Result<void> LedgerService::refreshSummary(const QSqlDatabase &conn, qint64 clientId)
{
    ArSummary summary(conn);
    return summary.refreshClient(clientId, summary.workingDate());
}

Result<qint64> LedgerService::adjust(qint64 invoiceId, const QString &kind, qint64 amountMinor,
                                     const QDate &date, const QString &number,
                                     const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: is required"));
    if (auto v = validation::noControlChars(tr("reason"), reason, true); !v)
        return v.error();
    if (auto v = validation::businessDate(tr("date"), date); !v)
        return v.error();
    QSqlDatabase conn = m_db->connection();
    WriteTransaction tx(conn);
    if (auto b = tx.begin(); !b)
        return b.error();
    InvoiceRepository invoices(conn);
    auto inv = invoices.find(invoiceId);
    if (!inv)
        return inv.error();
    const Invoice before = inv.value();
    if (before.balanceMinor <= 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("invoice %1 has nothing open").arg(before.number));
    if (date < before.issueDate)
        return makeError(
                ErrorCode::InvalidValue,
                tr("date: %1 is before the invoice's issue date %2")
                        .arg(date.toString(Qt::ISODate), before.issueDate.toString(Qt::ISODate)));
    const qint64 amount = kind == QLatin1String("write_off") ? before.balanceMinor : amountMinor;
    if (amount <= 0 || amount > before.balanceMinor)
        return makeError(ErrorCode::InvalidValue,
                         tr("amount: %1 is not between 0 and the open balance %2 of invoice %3")
                                 .arg(Money::fromMinor(amount, before.currency).toPlainString(),
                                      before.balance().toPlainString(), before.number));
    auto r = sql::exec(conn,
                       QStringLiteral("INSERT INTO invoice_adjustments (invoice_id, kind, number, "
                                      "adjust_date, amount_minor, reason, created_at, "
                                      "created_by) VALUES (?,?,?,?,?,?,?,?)"),
                       {invoiceId, kind, number, timeutil::toStorage(date), amount,
                        reason.trimmed(), timeutil::toStorage(m_db->clock()->now()),
                        sql::nullIfZero(m_userId)});
    if (!r)
        return r.error();
    const qint64 id = r.value().lastInsertId().toLongLong();
    if (auto b = invoices.recomputeBalance(invoiceId); !b)
        return b.error();
    auto after = invoices.find(invoiceId);
    if (!after)
        return after.error();
    if (auto a
        = AuditLog(conn, m_userId)
                  .record(QStringLiteral("invoice"), invoiceId, kind,
                          QJsonObject {{QStringLiteral("balance_minor"),
                                        QString::number(before.balanceMinor)},
                                       {QStringLiteral("status"), toString(before.status())}},
                          QJsonObject {{QStringLiteral("balance_minor"),
                                        QString::number(after.value().balanceMinor)},
                                       {QStringLiteral("status"), toString(after.value().status())},
                                       {QStringLiteral("amount_minor"), QString::number(amount)},
                                       {QStringLiteral("reason"), reason.trimmed()}});
        !a)
        return a.error();
    if (auto s = refreshSummary(conn, before.clientId); !s)
        return s.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<qint64> LedgerService::writeOff(qint64 invoiceId, const QDate &date, const QString &reason)
{
    return adjust(invoiceId, QStringLiteral("write_off"), 0, date, QString(), reason);
}

Result<qint64> LedgerService::creditNote(qint64 invoiceId, qint64 amountMinor, const QDate &date,
                                         const QString &number, const QString &reason)
{
    return adjust(invoiceId, QStringLiteral("credit_note"), amountMinor, date, number, reason);
}

} // namespace ardesk
