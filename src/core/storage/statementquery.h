// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/statement.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// A client's open invoices on a date, for a statement: each with its open balance then
/// (replayed from the payments and adjustments dated by then, as the aging report does, or the
/// current balance when nothing in the ledger is dated later) and its days past due. Read-only,
/// on the given connection (the calling thread's).
class StatementQuery
{
public:
    explicit StatementQuery(const Database &db)
        : StatementQuery(db.connection())
    { }
    explicit StatementQuery(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The invoices of `clientId` issued by `asOf` with a positive balance then, by due date and
    /// number.
    Result<QList<StatementData::Item>> openItems(qint64 clientId, const QDate &asOf) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
