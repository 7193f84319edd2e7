// SPDX-License-Identifier: MIT
#include "core/storage/auditlog.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QJsonDocument>

namespace ardesk {

Result<void> AuditLog::record(const QString &entity, qint64 entityId, const QString &action,
                              const QJsonObject &before, const QJsonObject &after)
{
    auto json = [](const QJsonObject &o) {
        return o.isEmpty()
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO audit_log (at, user_id, entity, entity_id, "
                                       "action, before_json, after_json) VALUES (?,?,?,?,?,?,?)"),
                        {sql::nowUtc(m_db), sql::nullIfZero(m_userId), entity, entityId, action,
                         json(before), json(after)});
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
