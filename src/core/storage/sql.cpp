// SPDX-License-Identifier: MIT
#include "core/storage/sql.h"

#include "core/storage/database.h"
#include "core/support/timeutil.h"

#include <optional>

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
    const ErrorCode code = e.nativeErrorCode() == QLatin1String("2067")
                    || e.nativeErrorCode() == QLatin1String("1555")
            ? ErrorCode::Conflict
            : ErrorCode::Database;
    return makeError(code, e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

void bind(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString inside a non-null variant is an empty text, not SQL NULL; NULL is
        // asked for explicitly with nullIfEmpty()/nullIfZero() (a null variant).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
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
    std::optional<QSqlQuery> own;
    if (!cached)
        own.emplace(db);
    QSqlQuery &q = cached ? cached->query : *own;
    if (!cached || !cached->prepared) {
        if (cached)
            q = QSqlQuery(db);
        q.setForwardOnly(true);
        if (!q.prepare(statement))
            return failure(q);
        if (cached)
            cached->prepared = true;
    }
    bind(q, values);
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
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return failure(q);
    bind(q, values);
    if (!q.exec())
        return failure(q);
    return q;
}

Result<Written> write(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return runCached<Written>(db, statement, values, [](QSqlQuery &q) {
        return Written {q.numRowsAffected(), q.lastInsertId().toLongLong()};
    });
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values, const QVariant &fallback)
{
    return runCached<QVariant>(db, statement, values, [&fallback](QSqlQuery &q) {
        return q.next() ? q.value(0) : fallback;
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
