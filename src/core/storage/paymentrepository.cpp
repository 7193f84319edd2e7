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
                             tr("allocation: invoice %1 belongs to another client or "
                                "currency")
                                     .arg(inv.value().number));
        if (a.amountMinor > inv.value().balanceMinor)
            return makeError(
                    ErrorCode::InvalidValue,
                    tr("allocation: %1 is more than the open balance %2 of "
                       "invoice %3")
                            .arg(Money::fromMinor(a.amountMinor, payment.currency).toPlainString(),
                                 inv.value().balance().toPlainString(), inv.value().number));
    }
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO payments (client_id, payment_date, "
                                       "amount_minor, currency, method, reference, created_at, "
                                       "created_by) VALUES (?,?,?,?,?,?,?,?)"),
                        {payment.clientId, timeutil::toStorage(payment.date), payment.amountMinor,
                         payment.currency, toString(payment.method), payment.reference,
                         sql::nowUtc(m_db), sql::nullIfZero(userId)});
    if (!r)
        return r.error();
    payment.id = r.value().lastInsertId;
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

Result<QList<Payment>> PaymentRepository::forClient(qint64 clientId, Filter filter) const
{
    return select(QStringLiteral("p.client_id = ?")
                          + (filter == Filter::LiveOnly ? QStringLiteral(" AND p.voided_at IS NULL")
                                                        : QString()),
                  clientId);
}

Result<Payment> PaymentRepository::find(qint64 paymentId) const
{
    auto list = select(QStringLiteral("p.id = ?"), paymentId);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("no payment %1").arg(paymentId));
    return list.value().constFirst();
}

Result<QList<Payment>> PaymentRepository::select(const QString &where, qint64 id) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT p.id, p.client_id, p.payment_date, p.amount_minor, "
                                      "p.currency, p.method, p.reference, p.voided_at, "
                                      "p.void_reason FROM payments p WHERE ")
                               + where + QStringLiteral(" ORDER BY p.payment_date DESC, p.id DESC"),
                       {id});
    if (!r)
        return r.error();
    QList<Payment> list;
    QHash<qint64, qsizetype> index;
    while (r.value().next()) {
        const QSqlQuery &q = r.value();
        Payment p;
        p.id = q.value(0).toLongLong();
        p.clientId = q.value(1).toLongLong();
        p.date = timeutil::dateFromStorage(q.value(2).toString());
        p.amountMinor = q.value(3).toLongLong();
        p.currency = q.value(4).toString();
        p.method = paymentMethodFromString(q.value(5).toString()).value_or(PaymentMethod::Other);
        p.reference = q.value(6).toString();
        if (!q.value(7).isNull() && !q.value(7).toString().isEmpty())
            p.voidedAt = timeutil::instantFromStorage(q.value(7).toString());
        p.voidReason = q.value(8).toString();
        index.insert(p.id, list.size());
        list.append(p);
    }
    auto a = sql::exec(m_db,
                       QStringLiteral("SELECT a.payment_id, a.invoice_id, a.amount_minor FROM "
                                      "payment_allocations a JOIN payments p ON p.id = "
                                      "a.payment_id WHERE ")
                               + where + QStringLiteral(" ORDER BY a.id"),
                       {id});
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

Result<void> PaymentRepository::markVoided(qint64 paymentId, const QString &reason)
{
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE payments SET voided_at = ?, void_reason = ? WHERE "
                                      "id = ? AND voided_at IS NULL"),
                       {sql::nowUtc(m_db), reason, paymentId});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("payment %1 is already void or was removed").arg(paymentId));
    auto inv = sql::exec(m_db,
                         QStringLiteral("SELECT invoice_id FROM payment_allocations WHERE "
                                        "payment_id = ?"),
                         {paymentId});
    if (!inv)
        return inv.error();
    QList<qint64> ids;
    while (inv.value().next())
        ids.append(inv.value().value(0).toLongLong());
    InvoiceRepository invoices(m_db);
    for (qint64 invoiceId : std::as_const(ids)) {
        if (auto b = invoices.recomputeBalance(invoiceId); !b)
            return b;
    }
    return {};
}

} // namespace ardesk
