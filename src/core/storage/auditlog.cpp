// SPDX-License-Identifier: MIT
#include "core/storage/auditlog.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QHash>
#include <QJsonDocument>

namespace ardesk {

namespace {
/// The table whose `client_id` an audited entity's row carries (the client itself: `clients`).
/// Entities not listed are company-wide. The same list fills existing rows in 0013_audit_client.
const QHash<QString, QString> &clientTables()
{
    static const QHash<QString, QString> tables = {
            {QStringLiteral("contact"), QStringLiteral("contacts")},
            {QStringLiteral("invoice"), QStringLiteral("invoices")},
            {QStringLiteral("payment"), QStringLiteral("payments")},
            {QStringLiteral("note"), QStringLiteral("notes")},
            {QStringLiteral("promise"), QStringLiteral("promises")},
            {QStringLiteral("dispute"), QStringLiteral("disputes")},
            {QStringLiteral("payment_plan"), QStringLiteral("payment_plans")},
            {QStringLiteral("task"), QStringLiteral("tasks")},
            {QStringLiteral("outbox"), QStringLiteral("outbox")},
            {QStringLiteral("call_attempt"), QStringLiteral("call_attempts")},
    };
    return tables;
}
} // namespace

Result<qint64> AuditLog::clientOf(const QSqlDatabase &db, const QString &entity, qint64 entityId)
{
    QString statement;
    if (entity == QLatin1String("client"))
        statement = QStringLiteral("SELECT id FROM clients WHERE id = ?");
    else if (const auto it = clientTables().constFind(entity); it != clientTables().cend())
        statement = QStringLiteral("SELECT client_id FROM %1 WHERE id = ?").arg(it.value());
    else
        return qint64(0);
    auto v = sql::scalar(db, statement, {entityId}, qint64(0));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<void> AuditLog::record(const QString &entity, qint64 entityId, const QString &action,
                              const QJsonObject &before, const QJsonObject &after)
{
    auto json = [](const QJsonObject &o) {
        return o.isEmpty()
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    auto client = clientOf(m_db, entity, entityId);
    if (!client)
        return client.error();
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO audit_log (at, user_id, entity, entity_id, "
                                       "action, before_json, after_json, client_id) VALUES "
                                       "(?,?,?,?,?,?,?,?)"),
                        {sql::nowUtc(m_db), sql::nullIfZero(m_userId), entity, entityId, action,
                         json(before), json(after), sql::nullIfZero(client.value())});
    if (!r)
        return r.error();
    return {};
}

Result<QJsonObject> AuditLog::lastAfter(const QString &entity, qint64 entityId,
                                        const QString &action) const
{
    auto v = sql::scalar(m_db,
                         QStringLiteral("SELECT after_json FROM audit_log WHERE entity = ? AND "
                                        "entity_id = ? AND action = ? ORDER BY id DESC LIMIT 1"),
                         {entity, entityId, action});
    if (!v)
        return v.error();
    return QJsonDocument::fromJson(v.value().toString().toUtf8()).object();
}

} // namespace ardesk
