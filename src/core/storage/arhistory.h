// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <QSqlDatabase>

namespace ardesk {

/// The receivables history (table ar_history, migration 0016): per day and group, how much AR,
/// its not-yet-due part, its part more than 90 days past due, the sales and the invoices paid
/// change at the end of that day. The database's own triggers keep it current on every ledger
/// write, on both dialects; KpiQuery reads it. What is here is for the bulk writers (import,
/// demo generator), which pause the triggers for millions of rows and rebuild the history once
/// at the end — both inside the caller's transaction, so nobody ever sees it paused.
class ArHistory
{
public:
    /// On this thread's connection of `db`.
    explicit ArHistory(const Database &db)
        : ArHistory(db.connection())
    { }
    explicit ArHistory(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Stops the triggers for the rest of the caller's transaction; rebuildAll() must follow
    /// before it commits.
    Result<void> pause();
    /// Recomputes the whole history from the ledger (ar_history_events) and resumes the
    /// triggers.
    Result<void> rebuildAll();

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
