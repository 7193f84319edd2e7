// SPDX-License-Identifier: MIT
#include "core/storage/paymentrepository.h"

#include "core/storage/invoicerepository.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QHash>

namespace ardesk {

Result<qint64> PaymentRepository::insert(Payment &payment, qint64 userId)
{
    if (auto v = payment.validate(); !v)
        return v.error();
    InvoiceRepository invoices(m_db);
    for (const Allocation &a : std::as_const(payment.allocations)) {
        auto inv = invoices.find(a.invoiceId);
        if (!inv)
            return inv.error();
        if (inv.value().clientId != payment.clientId || inv.value().currency != payment.currency)
            return makeError(ErrorCode::InvalidValue,
                             QCoreApplication::translate(
                                     "PaymentRepository",
                                     "allocation: invoice %1 belongs to another client or "
                                     "currency")
                                     .arg(inv.value().number));
        if (a.amountMinor > inv.value().balanceMinor)
            return makeError(
                    ErrorCode::InvalidValue,
                    QCoreApplication::translate(
                            "PaymentRepository",
                            "allocation: %1 is more than the open balance %2 of "
                            "invoice %3")
                            .arg(Money::fromMinor(a.amountMinor, payment.currency).toPlainString(),
                                 inv.value().balance().toPlainString(), inv.value().number));
    }
    auto r = sql::exec(m_db,
                       QStringLiteral("INSERT INTO payments (client_id, payment_date, "
                                      "amount_minor, currency, method, reference, created_at, "
                                      "created_by) VALUES (?,?,?,?,?,?,?,?)"),
                       {payment.clientId, timeutil::toStorage(payment.date), payment.amountMinor,
                        payment.currency, toString(payment.method), payment.reference,
                        timeutil::nowUtc(), sql::nullIfZero(userId)});
    if (!r)
        return r.error();
    payment.id = r.value().lastInsertId().toLongLong();
    for (const Allocation &a : std::as_const(payment.allocations)) {
        auto ar = sql::exec(m_db,
                            QStringLiteral("INSERT INTO payment_allocations (payment_id, "
                                           "invoice_id, amount_minor) VALUES (?,?,?)"),
                            {payment.id, a.invoiceId, a.amountMinor});
        if (!ar)
            return ar.error();
        if (auto b = invoices.recomputeBalance(a.invoiceId); !b)
            return b.error();
    }
    return payment.id;
}

Result<QList<Payment>> PaymentRepository::forClient(qint64 clientId) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT id, payment_date, amount_minor, currency, method, "
                                      "reference FROM payments WHERE client_id = ? AND "
                                      "voided_at IS NULL ORDER BY payment_date DESC, id DESC"),
                       {clientId});
    if (!r)
        return r.error();
    QList<Payment> list;
    QHash<qint64, qsizetype> index;
    while (r.value().next()) {
        const QSqlQuery &q = r.value();
        Payment p;
        p.id = q.value(0).toLongLong();
        p.clientId = clientId;
        p.date = timeutil::dateFromStorage(q.value(1).toString());
        p.amountMinor = q.value(2).toLongLong();
        p.currency = q.value(3).toString();
        p.method = paymentMethodFromString(q.value(4).toString()).value_or(PaymentMethod::Other);
        p.reference = q.value(5).toString();
        index.insert(p.id, list.size());
        list.append(p);
    }
    auto a = sql::exec(m_db,
                       QStringLiteral("SELECT a.payment_id, a.invoice_id, a.amount_minor FROM "
                                      "payment_allocations a JOIN payments p ON p.id = "
                                      "a.payment_id WHERE p.client_id = ? ORDER BY a.id"),
                       {clientId});
    if (!a)
        return a.error();
    while (a.value().next()) {
        const auto it = index.constFind(a.value().value(0).toLongLong());
        if (it != index.cend())
            list[*it].allocations.append(
                    Allocation {a.value().value(1).toLongLong(), a.value().value(2).toLongLong()});
    }
    return list;
}

} // namespace ardesk
