// SPDX-License-Identifier: MIT
#include "core/storage/creditholdquery.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {

Result<QList<CreditHoldQuery::Candidate>> CreditHoldQuery::dueOnOrBefore(const QDate &cutoff) const
{
    const QString day = timeutil::toStorage(cutoff);
    // Reads the open-items index: invoices due on or before the cutoff with a balance.
    auto r = sql::exec(
            m_db.connection(),
            QStringLiteral(
                    "SELECT c.id, c.code, c.name, c.currency, "
                    " (SELECT i2.number FROM invoices i2 WHERE i2.client_id = c.id AND "
                    "  i2.balance_minor > 0 AND i2.disputed = 0 AND i2.due_date <= ? ORDER BY "
                    "  i2.due_date, i2.id LIMIT 1), "
                    " min(i.due_date), sum(CASE WHEN i.currency = c.currency THEN "
                    "  i.balance_minor ELSE 0 END) "
                    "FROM invoices i JOIN clients c ON c.id = i.client_id "
                    "WHERE i.balance_minor > 0 AND i.due_date <= ? AND i.disputed = 0 AND "
                    " c.credit_hold = 0 AND c.archived_at IS NULL "
                    "GROUP BY c.id ORDER BY c.code"),
            {day, day});
    if (!r)
        return r.error();
    QList<Candidate> candidates;
    QSqlQuery &q = r.value();
    while (q.next())
        candidates.append(Candidate {
                q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(),
                timeutil::dateFromStorage(q.value(5).toString()), q.value(6).toLongLong()});
    return candidates;
}

} // namespace ardesk
