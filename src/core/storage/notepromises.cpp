// SPDX-License-Identifier: MIT
#include "core/storage/notepromises.h"

#include "core/storage/sql.h"

#include <QSqlQuery>

namespace ardesk {

Result<QHash<qint64, NotePromises::Promise>> NotePromises::forClient(qint64 clientId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT note_id, id, amount_minor, currency, promised_date, "
                                      "status FROM promises WHERE client_id = ? AND note_id IS "
                                      "NOT NULL"),
                       {clientId});
    if (!q)
        return q.error();
    QHash<qint64, Promise> byNote;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        byNote.insert(row.value(0).toLongLong(),
                      Promise {row.value(1).toLongLong(), row.value(2).toLongLong(),
                               row.value(3).toString(), row.value(4).toString(),
                               row.value(5).toString()});
    }
    return byNote;
}

} // namespace ardesk
