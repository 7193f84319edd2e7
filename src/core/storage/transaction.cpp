// SPDX-License-Identifier: MIT
#include "core/storage/transaction.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/promiseoutcomes.h"
#include "core/support/log.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ardesk {
namespace {

// Inner levels reuse one name: SQLite's ROLLBACK TO / RELEASE act on the innermost savepoint of
// that name, which is this scope's because scopes nest strictly.
const QString kSavepoint = QStringLiteral("ardesk_tx");

thread_local int t_activeOutermost = 0;

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (sql::isPostgres(m_db))
        m_server = QStringLiteral("%1:%2").arg(m_db.hostName()).arg(m_db.port());
}

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db.connection())
    , m_server(db.serverAddress())
{ }

int WriteTransaction::activeOnThisThread()
{
    return t_activeOutermost;
}

void WriteTransaction::finish()
{
    if (m_active && m_outermost)
        --t_activeOutermost;
    m_active = false;
}

bool WriteTransaction::lostConnection() const
{
    return !m_server.isEmpty() && sql::connectionBroken(m_db);
}

Error WriteTransaction::lostConnectionError() const
{
    return Error {ErrorCode::Database, Database::connectionLostMessage(m_server)};
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::isInTransaction(const QSqlDatabase &db)
{
    return sql::inTransaction(db);
}

bool WriteTransaction::metDamage() const
{
    return !Database::damageOf(m_db).isEmpty();
}

Error WriteTransaction::damagedError()
{
    return Error {ErrorCode::Corrupt, Database::damagedMessage()};
}

Result<void> WriteTransaction::begin()
{
    if (m_active)
        return makeError(ErrorCode::Database, QStringLiteral("the transaction has already begun"));
    // A damaged company file is written no more this session (Database::isDamaged).
    if (const QString damage = Database::damageOf(m_db); !damage.isEmpty()) {
        log::warning(QStringLiteral("write refused on a damaged file: ") + damage);
        return damagedError();
    }
    if (const QString why = Database::notWritableOf(m_db); !why.isEmpty())
        return makeError(ErrorCode::PermissionDenied, Database::notWritableMessage(why));
    // A team database out of reach: refused before anything is sent.
    if (lostConnection())
        return lostConnectionError();
    const bool outermost = !isInTransaction(m_db);
    QSqlQuery q(m_db);
    if (!q.exec(outermost ? sql::beginWriteStatement(sql::dialectOf(m_db))
                          : QStringLiteral("SAVEPOINT ") + kSavepoint)) {
        if (lostConnection())
            return lostConnectionError();
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot start a write transaction: ")
                                 + q.lastError().text());
    }
    m_active = true;
    m_outermost = outermost;
    if (outermost)
        ++t_activeOutermost;
    return {};
}

Result<void> WriteTransaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Database, QStringLiteral("no transaction to commit"));
    if (m_outermost && sql::transactionFailed(m_db)) {
        // PostgreSQL: a statement failed and the transaction is void; COMMIT would only roll
        // it back and say nothing.
        rollback();
        return makeError(ErrorCode::Database,
                         QStringLiteral("saving failed: a statement of the transaction failed"));
    }
    if (m_outermost && !Database::damageOf(m_db).isEmpty()) {
        // A statement of this transaction met a damaged page: keep nothing of it.
        rollback();
        return damagedError();
    }
    if (m_outermost && Database::schemaVersionOf(m_db) >= PromiseOutcomes::kSchemaVersion) {
        // What the writes moved, the promise rule judges again before anyone can read it.
        if (auto j = PromiseOutcomes(m_db).judgeMarked(); !j) {
            rollback();
            return makeError(j.error().code, QStringLiteral("saving failed: ") + j.errorString());
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + kSavepoint)) {
        const QString e = q.lastError().text();
        const bool full = Database::isDiskFull(q.lastError());
        rollback();
        if (!Database::damageOf(m_db).isEmpty())
            return damagedError();
        if (full)
            return makeError(ErrorCode::Io, Database::diskFullMessage());
        if (m_outermost && lostConnection())
            return lostConnectionError();
        return makeError(ErrorCode::Database, QStringLiteral("saving failed: ") + e);
    }
    finish();
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    finish();
    Database::damageOf(m_db); // a failed statement that met damage marks the file
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
