// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/adjustment.h"
#include "core/storage/database.h"

#include <QSqlDatabase>

namespace ardesk {

/// Credit notes and write-offs (invoice_adjustments). insert() stores one and recomputes the
/// invoice's balance, status and settled date; callers own the transaction, check the amount
/// against the open balance, write the audit row and refresh the client's AR summary.
class AdjustmentRepository
{
public:
    /// On this thread's connection of `db`.
    explicit AdjustmentRepository(const Database &db)
        : AdjustmentRepository(db.connection())
    { }
    explicit AdjustmentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Stores `adjustment` (stamped now by the file's clock, made by `userId`); sets its id.
    Result<qint64> insert(Adjustment &adjustment, qint64 userId);

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
