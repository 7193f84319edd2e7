// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <functional>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ardesk::sql {

/// Prepares `statement`, binds `values` positionally (`?`) and executes it. The error names the
/// statement and SQLite's message. The returned query is positioned before the first row.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       const QVariantList &values = {});

/// What a write did.
struct Written
{
    int rowsAffected = 0;
    /// The id of the last row the statement inserted (its rowid on SQLite; `RETURNING id` on
    /// PostgreSQL, so only for tables keyed by an `id` column: see sql::returningId).
    qint64 lastInsertId = 0;
};

/// A write (INSERT/UPDATE/DELETE) whose rows nobody reads: executed on the connection's cached
/// prepared statement, so a hot write compiles once per connection (SQLite compiles a table's
/// triggers into every statement that writes it). The error names SQLite's message.
Result<Written> write(const QSqlDatabase &db, const QString &statement,
                      const QVariantList &values = {});

/// The first column of the first row, or `fallback` when there is no row. Runs on the
/// connection's cached prepared statement, like write().
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values = {}, const QVariant &fallback = {});

/// Reads the rows of `statement` on the connection's cached prepared statement, like scalar():
/// `row` is called with the query positioned on each row, in order, and must not keep it. For
/// reads on hot paths (a note save looks up its user and client); exec() for the rest. Returns
/// the number of rows read.
Result<int> forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                       const std::function<void(const QSqlQuery &)> &row);

/// The current instant in storage form, read from the clock of the Database that opened `db`.
QString nowUtc(const QSqlDatabase &db);

/// NULL for an empty string, else the string (for nullable TEXT columns).
QVariant nullIfEmpty(const QString &text);
/// NULL for 0, else the id (for nullable foreign keys).
QVariant nullIfZero(qint64 id);

} // namespace ardesk::sql
