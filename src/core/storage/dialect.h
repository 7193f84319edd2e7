// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct pg_conn;

namespace ardesk {

/// Which SQL dialect a connection speaks. Known only inside src/core/storage: services, models,
/// widgets and the CLI never ask (docs/architecture.md, "Where a second SQL dialect goes").
enum class Dialect { SQLite, PostgreSQL };

namespace sql {

/// The dialect of `db` (from its Qt SQL driver: QSQLITE or QPSQL).
Dialect dialectOf(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db)
{
    return dialectOf(db) == Dialect::PostgreSQL;
}

/// libpq's connection under a QPSQL connection (for streaming reads); null on SQLite.
pg_conn *postgresConnection(const QSqlDatabase &db);

/// Whether a PostgreSQL connection is gone: libpq knows it is bad, or (while it is idle) the
/// server closed it — read without blocking (PQconsumeInput), so a server that went away while
/// the connection sat idle is noticed before a statement is sent. Also true for a connection that
/// is not open. Always false for SQLite.
bool connectionBroken(const QSqlDatabase &db);

/// Whether `db` is inside a transaction now: the connection's own state (SQLite's autocommit
/// flag, libpq's transaction status), so a transaction begun by a raw BEGIN is seen too.
bool inTransaction(const QSqlDatabase &db);
/// Whether the transaction `db` is in can no longer commit: on PostgreSQL a failed statement
/// aborts the whole transaction (its COMMIT would roll back); never on SQLite.
bool transactionFailed(const QSqlDatabase &db);

/// Runs a multi-statement script on a PostgreSQL connection (libpq's simple query protocol, so
/// plpgsql bodies and several statements go in one round trip). An error names the server's
/// message.
Result<void> execPostgresScript(const QSqlDatabase &db, const QByteArray &script);

/// The statement that starts the outermost write transaction: SQLite takes its write lock up
/// front (BEGIN IMMEDIATE); PostgreSQL locks rows as they are written (BEGIN).
QString beginWriteStatement(Dialect dialect);

/// The operator for a case-insensitive pattern match: SQLite's LIKE ignores ASCII case already;
/// PostgreSQL's does not (ILIKE).
QString likeInsensitive(Dialect dialect);

/// An SQL expression for the whole days from date `from` to date `to` (both 'YYYY-MM-DD' text
/// expressions, e.g. a column or `?`): positive when `to` is later.
QString daysBetween(Dialect dialect, const QString &from, const QString &to);

/// The larger of several values (SQLite's many-argument max(), PostgreSQL's GREATEST).
QString greatest(Dialect dialect, const QStringList &values);

/// The values of `expression` over a group joined by commas in ascending order (SQLite's
/// group_concat, which reads a WITHOUT ROWID table in key order; PostgreSQL's string_agg).
QString groupConcat(Dialect dialect, const QString &expression);

/// The values of `expression` over a group as a JSON array text ("[]" for none): SQLite's
/// json_group_array, PostgreSQL's json_agg.
QString jsonArrayAgg(Dialect dialect, const QString &expression);

/// The condition "`column` is one of the ids of one bound parameter", a JSON array of integers
/// such as "[3,17]" (ChaseFactsQuery::idArray): `column IN (SELECT value FROM json_each(?))` on
/// SQLite, `column IN (SELECT … json_array_elements_text(?))` on PostgreSQL. One statement,
/// however many ids; the parameter is a string on both.
QString inIdSet(Dialect dialect, const QString &column);
/// The same condition for a `column` that leads an index the statement is to search once per id:
/// on PostgreSQL `column = ANY(ARRAY(…))`, one index scan over the sorted ids instead of a join
/// with the set (a client's row by id, a client's contacts: 43 → 30 ms for the 2,822 clients of
/// tier L's busiest clerk). Nowhere else: when the planner uses it as a filter, PostgreSQL
/// compares each row with every id (a clerk's open disputes: 2 → 23 ms).
QString amongIds(Dialect dialect, const QString &column);

/// An SQL expression for the date `days` whole days after `date` ('YYYY-MM-DD' text expressions
/// or `?`; `days` an integer expression), as 'YYYY-MM-DD' text.
QString addDays(Dialect dialect, const QString &date, const QString &days);

/// The join that keeps the tables in the order written (`a %1 b ON …`): SQLite's CROSS JOIN,
/// its planner's hint for a loop order it would not pick itself; a plain JOIN on PostgreSQL,
/// whose planner orders joins by its statistics (and which takes no ON after CROSS JOIN).
QString joinInWrittenOrder(Dialect dialect);

/// The value to bind to `LIMIT ?` for `limit` rows; a negative `limit` means no limit (SQLite
/// takes -1 for that, PostgreSQL NULL).
QVariant limitValue(Dialect dialect, qint64 limit);

/// An insert that replaces the row with the same `key` (SQLite's INSERT OR REPLACE; PostgreSQL's
/// INSERT … ON CONFLICT (key) DO UPDATE of every other column): `INSERT … INTO table (columns)`
/// followed by `source` (a VALUES list or a SELECT that ends in a WHERE clause).
QString insertOrReplace(Dialect dialect, const QString &table, const QStringList &columns,
                        const QStringList &key, const QString &source);

/// `statement` (an INSERT into a table with an `id` key) made to hand back the new row's id:
/// unchanged on SQLite (the rowid is read afterwards); `RETURNING id` on PostgreSQL. Any other
/// statement, or an INSERT into a table keyed otherwise, comes back unchanged.
QString returningId(Dialect dialect, const QString &statement);

} // namespace sql
} // namespace ardesk
