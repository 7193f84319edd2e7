// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace ardesk {

/// Keeps the per-client AR summary (balance, overdue, open invoices, oldest open due date, next
/// contact) current, so the client list never recomputes from the ledger. Every method runs
/// inside the caller's transaction.
class ArSummary
{
public:
    explicit ArSummary(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Recompute one client (after an invoice, payment or note change).
    Result<void> refreshClient(qint64 clientId, const QDate &asOf);
    /// Recompute every client (after a bulk load).
    Result<void> rebuildAll(const QDate &asOf);
    /// Move the "as of" date forward: only clients with open invoices that became due since the
    /// last refresh are recomputed. Returns how many clients changed.
    Result<int> advanceTo(const QDate &asOf);
    /// The date the summary's overdue figures are as of (invalid before the first refresh).
    Result<QDate> asOf() const;

private:
    enum class Scope { Some, All };
    /// Recomputes the clients `filter` selects: a condition on the column `%1` (a client id),
    /// with `binds` for its placeholders.
    Result<void> recompute(Scope scope, const QString &filter, const QVariantList &binds,
                           const QDate &asOf);
    QSqlDatabase m_db;
};

} // namespace ardesk
