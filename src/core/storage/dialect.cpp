// SPDX-License-Identifier: MIT
#include "core/storage/dialect.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>

namespace ardesk::sql {
namespace {

// Tables keyed by something other than an `id` column (resources/sql/postgresql/README.md): an
// INSERT into one of them has no id to return.
const QSet<QString> &tablesWithoutId()
{
    static const QSet<QString> tables = {
            QStringLiteral("settings"),         QStringLiteral("note_invoices"),
            QStringLiteral("attachment_blobs"), QStringLiteral("promise_invoices"),
            QStringLiteral("plan_invoices"),    QStringLiteral("note_drafts"),
            QStringLiteral("client_summary"),   QStringLiteral("note_search"),
            QStringLiteral("ardesk_schema"),    QStringLiteral("user_roles"),
    };
    return tables;
}

PGconn *postgresHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // QPSQL hands out libpq's PGconn* under its struct's name.
    if (!v.isValid()
        || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

pg_conn *postgresConnection(const QSqlDatabase &db)
{
    return postgresHandle(db);
}

bool connectionBroken(const QSqlDatabase &db)
{
    if (!db.isValid())
        return true;
    if (dialectOf(db) != Dialect::PostgreSQL)
        return false;
    PGconn *pg = postgresHandle(db);
    if (!pg || !db.isOpen() || PQstatus(pg) == CONNECTION_BAD)
        return true;
    // Only an idle connection is probed: reading while a command runs is the driver's business.
    // A server that goes away may first send its reason (a FATAL message) and then close: one
    // read takes the message, the next meets the closed socket.
    for (int read = 0; read < 2 && PQtransactionStatus(pg) == PQTRANS_IDLE; ++read) {
        if (PQconsumeInput(pg) == 0)
            return true;
    }
    return PQstatus(pg) == CONNECTION_BAD;
}

bool inTransaction(const QSqlDatabase &db)
{
    if (PGconn *pg = postgresHandle(db)) {
        const PGTransactionStatusType status = PQtransactionStatus(pg);
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
    }
    sqlite3 *h = sqliteHandle(db);
    return h && sqlite3_get_autocommit(h) == 0;
}

bool transactionFailed(const QSqlDatabase &db)
{
    PGconn *pg = postgresHandle(db);
    return pg && PQtransactionStatus(pg) == PQTRANS_INERROR;
}

Result<void> execPostgresScript(const QSqlDatabase &db, const QByteArray &script)
{
    PGconn *pg = postgresHandle(db);
    if (!pg)
        return makeError(ErrorCode::Database, QStringLiteral("not a PostgreSQL connection"));
    PGresult *result = PQexec(pg, script.constData());
    const ExecStatusType status = PQresultStatus(result);
    QString error;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (!error.isEmpty())
        return makeError(ErrorCode::Database, error);
    return {};
}

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

QString beginWriteStatement(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("BEGIN")
                                          : QStringLiteral("BEGIN IMMEDIATE");
}

QString likeInsensitive(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString daysBetween(Dialect dialect, const QString &from, const QString &to)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))").arg(from, to);
    return QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(from, to);
}

QString greatest(Dialect dialect, const QStringList &values)
{
    return (dialect == Dialect::PostgreSQL ? QStringLiteral("GREATEST(") : QStringLiteral("max("))
            + values.join(QStringLiteral(", ")) + u')';
}

QString groupConcat(Dialect dialect, const QString &expression)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("string_agg(CAST(%1 AS TEXT), ',' ORDER BY %1)").arg(expression);
    return QStringLiteral("group_concat(%1)").arg(expression);
}

QString jsonArrayAgg(Dialect dialect, const QString &expression)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("CAST(COALESCE(json_agg(%1), '[]') AS TEXT)").arg(expression);
    return QStringLiteral("json_group_array(%1)").arg(expression);
}

namespace {
QString idsOfParameter(Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral(
                "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json))");
    return QStringLiteral("SELECT value FROM json_each(?)");
}
} // namespace

QString inIdSet(Dialect dialect, const QString &column)
{
    return column + QStringLiteral(" IN (") + idsOfParameter(dialect) + u')';
}

QString amongIds(Dialect dialect, const QString &column)
{
    if (dialect == Dialect::PostgreSQL)
        return column + QStringLiteral(" = ANY(ARRAY(") + idsOfParameter(dialect)
                + QStringLiteral("))");
    return inIdSet(dialect, column);
}

QString addDays(Dialect dialect, const QString &date, const QString &days)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("to_char(CAST(%1 AS date) + CAST(%2 AS integer), 'YYYY-MM-DD')")
                .arg(date, days);
    return QStringLiteral("date(%1, (%2) || ' days')").arg(date, days);
}

QString joinInWrittenOrder(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QVariant limitValue(Dialect dialect, qint64 limit)
{
    if (limit < 0)
        return dialect == Dialect::PostgreSQL ? QVariant(QMetaType::fromType<qint64>())
                                              : QVariant(qint64(-1));
    return QVariant(limit);
}

QString insertOrReplace(Dialect dialect, const QString &table, const QStringList &columns,
                        const QStringList &key, const QString &source)
{
    const QString head
            = QStringLiteral("%1 INTO %2 (%3) ")
                      .arg(dialect == Dialect::PostgreSQL ? QStringLiteral("INSERT")
                                                          : QStringLiteral("INSERT OR REPLACE"),
                           table, columns.join(QStringLiteral(", ")));
    if (dialect != Dialect::PostgreSQL)
        return head + source;
    QStringList updates;
    for (const QString &c : columns) {
        if (!key.contains(c))
            updates << c + QStringLiteral(" = excluded.") + c;
    }
    return head + source
            + QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                      .arg(key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

QString returningId(Dialect dialect, const QString &statement)
{
    if (dialect != Dialect::PostgreSQL)
        return statement;
    static const QRegularExpression insertInto(
            QStringLiteral("^\\s*INSERT\\s+INTO\\s+([A-Za-z_][A-Za-z0-9_]*)"),
            QRegularExpression::CaseInsensitiveOption);
    const auto match = insertInto.match(statement);
    if (!match.hasMatch() || tablesWithoutId().contains(match.captured(1).toLower())
        || statement.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive))
        return statement;
    QString withId = statement.trimmed();
    if (withId.endsWith(u';'))
        withId.chop(1);
    // The chain's key is its sequence number; every other keyed table's is `id`.
    const bool chain
            = match.captured(1).compare(QLatin1String("record_chain"), Qt::CaseInsensitive) == 0;
    return withId + (chain ? QStringLiteral(" RETURNING seq") : QStringLiteral(" RETURNING id"));
}

} // namespace ardesk::sql
