// SPDX-License-Identifier: MIT
#include "core/storage/sql.h"

#include "core/storage/database.h"
#include "core/support/timeutil.h"

#include <QSqlError>

namespace ardesk::sql {

QString nowUtc(const QSqlDatabase &db)
{
    return timeutil::toStorage(Database::clockOf(db)->now());
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto fail = [&]() -> Result<QSqlQuery> {
        const QSqlError e = q.lastError();
        const ErrorCode code = e.nativeErrorCode() == QLatin1String("2067")
                        || e.nativeErrorCode() == QLatin1String("1555")
                ? ErrorCode::Conflict
                : ErrorCode::Database;
        return makeError(code, e.databaseText().isEmpty() ? e.text() : e.databaseText());
    };
    if (!q.prepare(statement))
        return fail();
    for (const QVariant &v : values) {
        // A null QString inside a non-null variant is an empty text, not SQL NULL; NULL is
        // asked for explicitly with nullIfEmpty()/nullIfZero() (a null variant).
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return fail();
    return q;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values, const QVariant &fallback)
{
    auto r = exec(db, statement, values);
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    if (!q.next())
        return fallback;
    return q.value(0);
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
