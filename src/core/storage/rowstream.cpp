// SPDX-License-Identifier: MIT
#include "core/storage/rowstream.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"

#include <atomic>

#include <libpq-fe.h>

namespace ardesk {
namespace {

constexpr int kBatch = 2000;

/// `?` placeholders as PostgreSQL's numbered ones (no `?` occurs in ARDesk's literals).
QByteArray numbered(const char *sql)
{
    QByteArray out;
    int n = 0;
    for (const char *p = sql; *p; ++p) {
        if (*p == '?')
            out += '$' + QByteArray::number(++n);
        else
            out += *p;
    }
    return out;
}

} // namespace

RowStream::RowStream(const QSqlDatabase &db, const char *sql)
{
    if (sqlite3 *h = Database::rawHandle(db)) {
        m_sqlite.emplace(h, sql);
        return;
    }
    m_pg = sql::postgresConnection(db);
    if (!m_pg) {
        m_error = QStringLiteral("no raw connection for: ") + QString::fromUtf8(sql);
        return;
    }
    static std::atomic<int> counter {0};
    m_cursor = "ardesk_rows_" + QByteArray::number(++counter);
    m_sql = numbered(sql);
}

RowStream::~RowStream()
{
    reset();
}

RowStream &RowStream::bind(int index, qint64 value)
{
    if (m_sqlite) {
        m_sqlite->bind(index, value);
        return *this;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = QByteArray::number(value);
    return *this;
}

RowStream &RowStream::bind(int index, const QString &text)
{
    if (m_sqlite) {
        m_sqlite->bind(index, text);
        return *this;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = text.toUtf8();
    return *this;
}

void RowStream::fail(const QString &what, pg_result *result)
{
    if (m_error.isEmpty())
        m_error = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_pg))
                          .trimmed()
                + QStringLiteral(" in: ") + what;
}

bool RowStream::fetch()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = 0;
    m_rows = 0;
    const QByteArray command = "FETCH FORWARD " + QByteArray::number(kBatch) + " FROM " + m_cursor;
    m_result = PQexec(m_pg, command.constData());
    if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
        fail(QString::fromUtf8(m_sql), m_result);
        m_exhausted = true;
        return false;
    }
    m_rows = PQntuples(m_result);
    m_exhausted = m_rows < kBatch;
    return m_rows > 0;
}

bool RowStream::step()
{
    if (m_sqlite)
        return m_sqlite->step();
    if (!m_pg || !m_error.isEmpty())
        return false;
    if (!m_declared) {
        QList<const char *> values;
        for (const QByteArray &v : std::as_const(m_values))
            values.append(v.constData());
        const QByteArray declare = "DECLARE " + m_cursor + " NO SCROLL CURSOR FOR " + m_sql;
        PGresult *r = PQexecParams(m_pg, declare.constData(), int(values.size()), nullptr,
                                   values.constData(), nullptr, nullptr, 0);
        const bool declared = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!declared)
            fail(QString::fromUtf8(m_sql), r);
        PQclear(r);
        if (!declared)
            return false;
        m_declared = true;
        m_exhausted = false;
        return fetch();
    }
    if (++m_row < m_rows)
        return true;
    return !m_exhausted && fetch();
}

void RowStream::reset()
{
    if (m_sqlite) {
        m_sqlite->reset();
        return;
    }
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
    if (m_declared) {
        const QByteArray close = "CLOSE " + m_cursor;
        PQclear(PQexec(m_pg, close.constData()));
        m_declared = false;
    }
}

qint64 RowStream::int64(int column) const
{
    if (m_sqlite)
        return m_sqlite->int64(column);
    return QByteArray(PQgetvalue(m_result, m_row, column)).toLongLong();
}

QString RowStream::text(int column) const
{
    if (m_sqlite)
        return m_sqlite->text(column);
    return QString::fromUtf8(utf8(column));
}

QByteArrayView RowStream::utf8(int column) const
{
    if (m_sqlite)
        return m_sqlite->utf8(column);
    return QByteArrayView(PQgetvalue(m_result, m_row, column),
                          PQgetlength(m_result, m_row, column));
}

QByteArrayView RowStream::blob(int column) const
{
    if (m_sqlite)
        return m_sqlite->blob(column);
    // bytea in text form (hex, or escaped: Qt's driver asks for that output).
    size_t length = 0;
    unsigned char *bytes = PQunescapeBytea(
            reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, m_row, column)), &length);
    m_blob = bytes ? QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(length))
                   : QByteArray();
    PQfreemem(bytes);
    return m_blob;
}

bool RowStream::isNull(int column) const
{
    if (m_sqlite)
        return m_sqlite->isNull(column);
    return PQgetisnull(m_result, m_row, column) != 0;
}

} // namespace ardesk
