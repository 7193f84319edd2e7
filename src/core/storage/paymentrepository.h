// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/payment.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Payments and their allocations. insert() stores both and recomputes the balance of every
/// invoice it touches; callers own the transaction and refresh the client's AR summary.
class PaymentRepository
{
public:
    /// On this thread's connection of `db`.
    explicit PaymentRepository(const Database &db)
        : PaymentRepository(db.connection())
    { }
    explicit PaymentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<qint64> insert(Payment &payment, qint64 userId);
    enum class Filter { LiveOnly, WithVoided };
    /// A client's payments with their allocations, newest first.
    Result<QList<Payment>> forClient(qint64 clientId, Filter filter = Filter::LiveOnly) const;
    Result<Payment> find(qint64 paymentId) const;
    /// Marks a payment void (it stays, with the reason) and recomputes every invoice it had
    /// been applied to. Refused when it is already void.
    Result<void> markVoided(qint64 paymentId, const QString &reason);

private:
    Result<QList<Payment>> select(const QString &where, qint64 id) const;
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
};

} // namespace ardesk
