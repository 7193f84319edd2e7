// SPDX-License-Identifier: MIT
#include "core/storage/transaction.h"

#include "core/support/log.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ardesk {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Result<void> WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot start a write transaction: ")
                                 + q.lastError().text());
    m_active = true;
    return {};
}

Result<void> WriteTransaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Database, QStringLiteral("no transaction to commit"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString e = q.lastError().text();
        rollback();
        return makeError(ErrorCode::Database, QStringLiteral("saving failed: ") + e);
    }
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        log::warning(QStringLiteral("rollback failed: ") + q.lastError().text());
    m_active = false;
}

} // namespace ardesk
