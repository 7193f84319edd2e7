// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <type_traits>
#include <utility>

#include <QSqlDatabase>

namespace ardesk {

class Database;

/// A scoped, nestable write transaction, in the spirit of KMyMoney's MyMoneyFileTransaction:
/// use cases own it, repositories never begin one.
///
/// The outermost transaction on a connection (the connection is in autocommit mode when it
/// begins) issues `BEGIN IMMEDIATE` on SQLite — it takes the write lock up front so a save never
/// fails half way on SQLITE_BUSY — or `BEGIN` on PostgreSQL, and `COMMIT`. A transaction begun
/// while another is open on the same connection is an inner one: it opens a SAVEPOINT, its commit()
/// releases it (the work becomes part of the outer transaction and is written only when the
/// outermost commits), its rollback (explicit or on scope exit) undoes only its own part and the
/// outer transaction goes on. An outer rollback undoes everything, inner work that was "committed"
/// included.
///
/// The nesting depth is the connection's own state (sqlite3_get_autocommit, libpq's
/// PQtransactionStatus; see sql::inTransaction), not a counter kept here,
/// so a transaction begun by a raw `BEGIN` (a bulk load, a migration) is joined the same way.
/// Not thread-safe: one connection per thread (Database::connection()).
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    /// On this thread's connection of `db`.
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin();
    /// Outermost: COMMIT (a failed commit rolls back). Inner: RELEASE the savepoint.
    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }
    /// Whether begin() started the connection's transaction (false: it joined one).
    bool isOutermost() const { return m_outermost; }

    /// Whether the company file of this transaction is damaged (Database::isDamaged), noticing a
    /// statement of this thread that met SQLite corruption; the Error every write then gets.
    bool metDamage() const;
    static Error damagedError();

    /// Whether `db` is inside a transaction now.
    static bool isInTransaction(const QSqlDatabase &db);
    /// Whether this transaction's connection to a team database is lost (the server went away):
    /// then nothing of it was saved, and lostConnectionError() says so.
    bool lostConnection() const;
    Error lostConnectionError() const;
    /// How many outermost write transactions this thread has open (0 or 1): while one is,
    /// Database::connection() never swaps a lost connection for a new one.
    static int activeOnThisThread();

private:
    /// Ends this transaction's share of activeOnThisThread().
    void finish();

    QSqlDatabase m_db;
    QString m_server; ///< a team database's "HOST:PORT"; empty for a company file
    bool m_active = false;
    bool m_outermost = false;
};

/// Runs `body` (no arguments, returns a Result<T>) in one WriteTransaction on `db` (a Database:
/// this thread's connection of it; or a connection) and commits when it succeeds; on an error from
/// `body` or the commit the transaction rolls back and the error is returned. Nests: called inside
/// another transaction, `body` joins it (its part is undone alone when it fails).
template<typename Connection, typename Body>
auto inTransaction(const Connection &db, Body &&body) -> std::invoke_result_t<Body>
{
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b.error();
    auto r = std::forward<Body>(body)();
    if (!r) {
        tx.rollback();
        if (tx.isOutermost() && tx.metDamage())
            return WriteTransaction::damagedError();
        if (tx.isOutermost() && tx.lostConnection())
            return tx.lostConnectionError();
        return r;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

} // namespace ardesk
