// SPDX-License-Identifier: MIT
#include "core/storage/arhistory.h"

#include "core/storage/sql.h"

namespace ardesk {

Result<void> ArHistory::pause()
{
    auto r = sql::exec(m_db, QStringLiteral("UPDATE ar_history_state SET paused = 1 WHERE id = 1"));
    if (!r)
        return r.error();
    return {};
}

Result<void> ArHistory::rebuildAll()
{
    // The same statement as the migration's first fill (resources/sql/*/0016_ar_history.sql).
    const QString statements[] = {
            QStringLiteral("DELETE FROM ar_history"),
            QStringLiteral(
                    "INSERT INTO ar_history (day, currency, clerk_id, segment, disputed, issued, "
                    "ar, not_due, over90, paid_count, paid_days, paid_late) SELECT day, currency, "
                    "clerk_id, segment, disputed, sum(issued), sum(ar), sum(not_due), "
                    "sum(over90), sum(paid_count), sum(paid_days), sum(paid_late) FROM "
                    "ar_history_events WHERE 1 = 1 GROUP BY day, currency, clerk_id, segment, "
                    "disputed"),
            QStringLiteral("UPDATE ar_history_state SET paused = 0 WHERE id = 1"),
    };
    for (const QString &statement : statements) {
        if (auto r = sql::exec(m_db, statement); !r)
            return r.error();
    }
    return {};
}

} // namespace ardesk
