// SPDX-License-Identifier: MIT
#include "core/storage/transaction.h"

#include "core/storage/database.h"
#include "core/support/log.h"

#include <sqlite3.h>

#include <QSqlError>
#include <QSqlQuery>

namespace ardesk {
namespace {

// Inner levels reuse one name: SQLite's ROLLBACK TO / RELEASE act on the innermost savepoint of
// that name, which is this scope's because scopes nest strictly.
const QString kSavepoint = QStringLiteral("ardesk_tx");

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db.connection())
{ }

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::isInTransaction(const QSqlDatabase &db)
{
    sqlite3 *h = Database::rawHandle(db);
    return h && sqlite3_get_autocommit(h) == 0;
}

Result<void> WriteTransaction::begin()
{
    if (m_active)
        return makeError(ErrorCode::Database, QStringLiteral("the transaction has already begun"));
    const bool outermost = !isInTransaction(m_db);
    QSqlQuery q(m_db);
    if (!q.exec(outermost ? QStringLiteral("BEGIN IMMEDIATE")
                          : QStringLiteral("SAVEPOINT ") + kSavepoint))
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot start a write transaction: ")
                                 + q.lastError().text());
    m_active = true;
    m_outermost = outermost;
    return {};
}

Result<void> WriteTransaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Database, QStringLiteral("no transaction to commit"));
    QSqlQuery q(m_db);
    if (!q.exec(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + kSavepoint)) {
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
    m_active = false;
    QSqlQuery q(m_db);
    if (m_outermost) {
        // A failed COMMIT may already have ended the transaction (SQLite rolls back on some
        // errors by itself): only roll back what is still open.
        if (isInTransaction(m_db) && !q.exec(QStringLiteral("ROLLBACK")))
            log::warning(QStringLiteral("rollback failed: ") + q.lastError().text());
        return;
    }
    // Undo this level's work, then drop the savepoint so the outer transaction goes on.
    if (!q.exec(QStringLiteral("ROLLBACK TO ") + kSavepoint)
        || !q.exec(QStringLiteral("RELEASE ") + kSavepoint))
        log::warning(QStringLiteral("rollback failed: ") + q.lastError().text());
}

} // namespace ardesk
