// SPDX-License-Identifier: MIT
#include "core/storage/brokenpromisequery.h"

#include "core/storage/sql.h"

namespace ardesk {

Result<std::optional<BrokenPromiseQuery::Promise>> BrokenPromiseQuery::latest(
        qint64 clientId, const QDate &today) const
{
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("SELECT amount_minor, currency, promised_date, created_at "
                                      "FROM promises WHERE client_id = ? AND (status = 'broken' "
                                      "OR (status = 'open' AND promised_date < ?)) ORDER BY "
                                      "promised_date DESC LIMIT 1"),
                       {clientId, today.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Promise>();
    Promise p;
    p.amountMinor = q.value().value(0).toLongLong();
    p.currency = q.value().value(1).toString();
    p.promisedDate = q.value().value(2).toString();
    p.createdAt = q.value().value(3).toString();
    return std::optional<Promise>(p);
}

} // namespace ardesk
