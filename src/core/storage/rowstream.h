// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/sqlitestatement.h"

#include <memory>
#include <optional>

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct pg_conn;
struct pg_result;

namespace ardesk {

/// A read-only query streamed row by row on a connection's raw handle, on either dialect: a
/// SqliteStatement on a company file; a server-side cursor fetched in batches on a team
/// database (PostgreSQL; only inside a transaction, which the cursor lives in). Several may be
/// open at once on one connection, for walks that merge ordered streams (RecordVerifier).
///
/// `sql` uses `?` placeholders; binds are 1-based and kept across reset(). Column text is
/// UTF-8 without a copy, valid until the next step() or reset(). The first failure is kept
/// (ok()/error()). Not copyable; used on the thread that owns the connection.
class RowStream
{
public:
    RowStream(const QSqlDatabase &db, const char *sql);
    ~RowStream();
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    RowStream &bind(int index, qint64 value);
    RowStream &bind(int index, const QString &text);

    /// The next row: true when there is one.
    bool step();
    /// Back before the first row (the binds stay).
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArrayView utf8(int column) const;
    /// The column's bytes (a BLOB; PostgreSQL's bytea decoded).
    QByteArrayView blob(int column) const;
    bool isNull(int column) const;
    bool ok() const { return m_sqlite ? m_sqlite->ok() : m_error.isEmpty(); }
    QString error() const { return m_sqlite ? m_sqlite->error() : m_error; }

private:
    bool fetch();
    void fail(const QString &what, pg_result *result);

    std::optional<SqliteStatement> m_sqlite;
    pg_conn *m_pg = nullptr;
    QByteArray m_sql; ///< with $1, $2… for PostgreSQL
    QByteArray m_cursor;
    QByteArrayList m_values;
    pg_result *m_result = nullptr;
    int m_row = -1, m_rows = 0;
    bool m_declared = false, m_exhausted = false;
    QString m_error;
    mutable QByteArray m_blob;
};

} // namespace ardesk
