// SPDX-License-Identifier: MIT
#include "core/storage/adjustmentrepository.h"

#include "core/storage/invoicerepository.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {

Result<qint64> AdjustmentRepository::insert(Adjustment &adjustment, qint64 userId)
{
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO invoice_adjustments (invoice_id, kind, number, "
                                       "adjust_date, amount_minor, reason, created_at, "
                                       "created_by) VALUES (?,?,?,?,?,?,?,?)"),
                        {adjustment.invoiceId, toString(adjustment.kind), adjustment.number,
                         timeutil::toStorage(adjustment.date), adjustment.amount.minor(),
                         adjustment.reason, sql::nowUtc(m_db), sql::nullIfZero(userId)});
    if (!r)
        return r.error();
    adjustment.id = r.value().lastInsertId;
    if (auto b = InvoiceRepository(m_db).recomputeBalance(adjustment.invoiceId); !b)
        return b.error();
    return adjustment.id;
}

} // namespace ardesk
