// SPDX-License-Identifier: MIT
#include "core/storage/statementquery.h"

#include "core/storage/dialect.h"
#include "core/storage/ledgerreplay.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {

Result<QList<StatementData::Item>> StatementQuery::openItems(qint64 clientId,
                                                             const QDate &asOf) const
{
    if (!asOf.isValid())
        return makeError(ErrorCode::InvalidValue, QStringLiteral("as of: not a valid date"));
    const QString day = timeutil::toStorage(asOf);
    auto current = ledgerreplay::ledgerEndsBy(m_db, day);
    if (!current)
        return current.error();
    const QString days = sql::daysBetween(sql::dialectOf(m_db), QStringLiteral("i.due_date"),
                                          QStringLiteral("?"));
    QString balances;
    QVariantList binds;
    if (current.value()) {
        balances = QStringLiteral("SELECT i.number, i.issue_date, i.due_date, i.amount_minor, "
                                  "i.currency, i.balance_minor AS bal, %1 AS days FROM invoices i "
                                  "WHERE i.client_id = ? AND i.balance_minor > 0")
                           .arg(days);
        binds << day << clientId;
    } else {
        balances = QStringLiteral("SELECT i.number, i.issue_date, i.due_date, i.amount_minor, "
                                  "i.currency, %2 AS bal, %1 AS days FROM invoices i "
                                  "WHERE i.client_id = ? AND i.issue_date <= ? "
                                  "AND (i.settled_date IS NULL OR i.settled_date > ?)")
                           .arg(days, ledgerreplay::replayedBalance());
        // Positional placeholders in the order they appear.
        binds << day << day << day << clientId << day << day;
    }
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT number, issue_date, due_date, amount_minor, "
                                      "currency, bal, days FROM (%1) b WHERE bal > 0 "
                                      "ORDER BY due_date, number")
                               .arg(balances),
                       binds);
    if (!r)
        return r.error();
    QList<StatementData::Item> items;
    QSqlQuery &q = r.value();
    while (q.next()) {
        StatementData::Item item;
        item.number = q.value(0).toString();
        item.issueDate = timeutil::dateFromStorage(q.value(1).toString());
        item.dueDate = timeutil::dateFromStorage(q.value(2).toString());
        item.amountMinor = q.value(3).toLongLong();
        item.currency = q.value(4).toString();
        item.openMinor = q.value(5).toLongLong();
        item.daysOverdue = qMax(0, q.value(6).toInt());
        items.append(item);
    }
    return items;
}

} // namespace ardesk
