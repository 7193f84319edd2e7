// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ardesk {

/// A prepared statement on the raw SQLite handle, for bulk work (demo data, imports) where
/// QSqlQuery's per-row overhead dominates. The first failure is kept (ok()/error()); binds
/// are 1-based; run() steps once, then resets and clears the bindings.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, const QString &text);
    SqliteStatement &bind(int index, const QByteArray &utf8);
    SqliteStatement &bind(int index, const char *staticText); ///< must outlive the step
    /// Binds without a copy: `utf8` must stay valid until run() or reset().
    SqliteStatement &bindView(int index, QByteArrayView utf8);
    SqliteStatement &bindBlob(int index, const QByteArray &data);
    SqliteStatement &bindNull(int index);
    /// NULL for empty text (an invalid date in storage form is empty) or for id 0.
    SqliteStatement &bindOrNull(int index, const QString &text);
    SqliteStatement &bindOrNull(int index, const QByteArray &utf8);
    SqliteStatement &bindIdOrNull(int index, qint64 id);

    /// Steps once: true when a row is there (read it with int64()/text()).
    bool step();
    void reset();
    /// step() + reset(): for INSERT/UPDATE. False once anything failed.
    bool run();

    qint64 int64(int column) const;
    QString text(int column) const;
    /// The column's text as UTF-8 without a copy: valid until the next step/reset.
    QByteArrayView utf8(int column) const;
    /// The column's bytes without a copy: valid until the next step/reset.
    QByteArrayView blob(int column) const;
    bool isNull(int column) const;
    qint64 lastInsertId() const;
    /// Rows the last completed INSERT/UPDATE/DELETE on the connection changed (0 when an
    /// INSERT ... ON CONFLICT DO NOTHING met an existing row).
    int changes() const;
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
    QString m_error;
};

} // namespace ardesk
