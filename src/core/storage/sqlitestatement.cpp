// SPDX-License-Identifier: MIT
#include "core/storage/sqlitestatement.h"

#include <sqlite3.h>

namespace ardesk {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_ok = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            == SQLITE_OK;
    if (!m_ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" in: ")
                + QString::fromUtf8(sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    return bind(index, text.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const char *staticText)
{
    sqlite3_bind_text(m_stmt, index, staticText, -1, SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindView(int index, QByteArrayView utf8)
{
    // Never a null pointer: SQLite binds that as NULL, and an empty text is not NULL.
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, const QByteArray &data)
{
    sqlite3_bind_blob(m_stmt, index, data.constData(), int(data.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement &SqliteStatement::bindOrNull(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

SqliteStatement &SqliteStatement::bindOrNull(int index, const QByteArray &utf8)
{
    return utf8.isEmpty() ? bindNull(index) : bind(index, utf8);
}

SqliteStatement &SqliteStatement::bindIdOrNull(int index, qint64 id)
{
    return id == 0 ? bindNull(index) : bind(index, id);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE && m_ok) {
        m_ok = false;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return; // it did not prepare (a damaged file's schema): sqlite3_clear_bindings would crash
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::run()
{
    step();
    reset();
    return m_ok;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return t ? QString::fromUtf8(t) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return t ? QByteArrayView(t, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView SqliteStatement::blob(int column) const
{
    const auto *b = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return b ? QByteArrayView(b, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace ardesk
