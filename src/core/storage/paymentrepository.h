// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/payment.h"

#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Payments and their allocations. insert() stores both and recomputes the balance of every
/// invoice it touches; callers own the transaction and refresh the client's AR summary.
class PaymentRepository
{
public:
    explicit PaymentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<qint64> insert(Payment &payment, qint64 userId);
    Result<QList<Payment>> forClient(qint64 clientId) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
