// SPDX-License-Identifier: MIT
#include "core/storage/sql.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/support/timeutil.h"

#include <optional>

#include <QSqlDriver>
#include <QSqlError>

namespace ardesk::sql {

QString nowUtc(const QSqlDatabase &db)
{
    return timeutil::toStorage(Database::clockOf(db)->now());
}

namespace {

Error failure(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    if (Database::isDiskFull(e))
        return makeError(ErrorCode::Io, Database::diskFullMessage());
    // No connection at all (Database::connection() could not open one, e.g. a team database's
    // server is down): Qt's "Driver not loaded" would name the wrong cause.
    if (e.type() == QSqlError::ConnectionError && (!q.driver() || !q.driver()->isOpen()))
        return makeError(ErrorCode::Database,
                         Database::tr("no connection to the database: it could not be opened, "
                                      "or its server cannot be reached"));
    // A uniqueness violation: SQLite's extended codes, PostgreSQL's SQLSTATE.
    const QString native = e.nativeErrorCode();
    const ErrorCode code = native == QLatin1String("2067") || native == QLatin1String("1555")
                    || native == QLatin1String("23505")
            ? ErrorCode::Conflict
            : ErrorCode::Database;
    return makeError(code, e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

/// Forward-only reading saves SQLite a copy of each row. QPSQL reads a forward-only query in
/// single-row mode, where running another statement on the connection drops the rows not yet
/// read: storage code nests queries (a loop that looks things up), so PostgreSQL results are
/// read whole.
bool forwardOnly(const QSqlDatabase &db)
{
    return dialectOf(db) == Dialect::SQLite;
}

void bind(QSqlQuery &q, const QVariantList &values, Dialect dialect)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString inside a non-null variant is an empty text, not SQL NULL; NULL is
        // asked for explicitly with nullIfEmpty()/nullIfZero() (a null variant).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else if (dialect == Dialect::PostgreSQL && !v.isNull() && v.typeId() == QMetaType::Bool)
            q.bindValue(i, v.toBool() ? 1 : 0); // flags are INTEGER 0/1 on both dialects
        else
            q.bindValue(i, v);
    }
}

/// Runs `statement` on this connection's cached prepared query (prepared on first use), or on a
/// query of its own when the connection has no cache. `use` reads the executed query.
template<typename T, typename Use>
Result<T> runCached(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                    Use use)
{
    Database::CachedStatement *cached = Database::cachedStatement(db, statement);
    // The same statement asked for again while its rows are being read (a row callback that
    // looks something up the same way) runs on a query of its own.
    if (cached && cached->busy)
        cached = nullptr;
    struct Busy
    {
        Database::CachedStatement *slot;
        explicit Busy(Database::CachedStatement *s)
            : slot(s)
        {
            if (slot)
                slot->busy = true;
        }
        ~Busy()
        {
            if (slot)
                slot->busy = false;
        }
        Busy(const Busy &) = delete;
        Busy &operator=(const Busy &) = delete;
    } busy(cached);
    std::optional<QSqlQuery> own;
    if (!cached)
        own.emplace(db);
    QSqlQuery &q = cached ? cached->query : *own;
    if (!cached || !cached->prepared) {
        if (cached)
            q = QSqlQuery(db);
        q.setForwardOnly(forwardOnly(db));
        if (!q.prepare(returningId(dialectOf(db), statement)))
            return failure(q);
        if (cached)
            cached->prepared = true;
    }
    bind(q, values, dialectOf(db));
    if (!q.exec()) {
        Error e = failure(q);
        q.finish();
        return e;
    }
    T value = use(q);
    q.finish(); // the statement is reset now, not when the cache is cleared
    return value;
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(forwardOnly(db));
    if (!q.prepare(statement))
        return failure(q);
    bind(q, values, dialectOf(db));
    if (!q.exec())
        return failure(q);
    return q;
}

Result<Written> write(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    const bool returnsId = returningId(dialectOf(db), statement) != statement;
    // QPSQL's lastInsertId() runs "SELECT lastval()", which fails (and voids the transaction)
    // when no sequence was used yet in the session: PostgreSQL's ids come by RETURNING only.
    const bool sqlite = dialectOf(db) == Dialect::SQLite;
    return runCached<Written>(db, statement, values, [returnsId, sqlite](QSqlQuery &q) {
        Written w {q.numRowsAffected(), 0};
        if (!returnsId && sqlite)
            w.lastInsertId = q.lastInsertId().toLongLong();
        while (returnsId && q.next()) // RETURNING id: the last row's
            w.lastInsertId = q.value(0).toLongLong();
        return w;
    });
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values, const QVariant &fallback)
{
    return runCached<QVariant>(db, statement, values, [&fallback](QSqlQuery &q) {
        return q.next() ? q.value(0) : fallback;
    });
}

Result<int> forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                       const std::function<void(const QSqlQuery &)> &row)
{
    return runCached<int>(db, statement, values, [&row](QSqlQuery &q) {
        int rows = 0;
        while (q.next()) {
            row(q);
            ++rows;
        }
        return rows;
    });
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace ardesk::sql
