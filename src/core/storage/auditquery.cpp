// SPDX-License-Identifier: MIT
#include "core/storage/auditquery.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QJsonDocument>
#include <QSqlRecord>

namespace ardesk {

namespace {

QJsonObject objectOf(const QVariant &json)
{
    return json.isNull() ? QJsonObject()
                         : QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

/// The WHERE clause of `spec` with its bound values, in order.
QString whereOf(const AuditQuery::Spec &spec, const QTimeZone &zone, QVariantList &values)
{
    QStringList terms;
    if (spec.clientId) {
        terms << QStringLiteral("a.client_id = ?");
        values << spec.clientId;
    }
    if (spec.userId) {
        terms << QStringLiteral("a.user_id = ?");
        values << spec.userId;
    }
    if (!spec.entity.isEmpty()) {
        terms << QStringLiteral("a.entity = ?");
        values << spec.entity;
    }
    if (!spec.action.isEmpty()) {
        terms << QStringLiteral("a.action = ?");
        values << spec.action;
    }
    if (spec.since.isValid()) {
        terms << QStringLiteral("a.at >= ?");
        values << timeutil::toStorage(timeutil::startOfDay(spec.since, zone));
    }
    if (spec.until.isValid()) {
        terms << QStringLiteral("a.at < ?");
        values << timeutil::toStorage(timeutil::startOfDay(spec.until.addDays(1), zone));
    }
    if (spec.beforeId) {
        terms << QStringLiteral("a.id < ?");
        values << spec.beforeId;
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<AuditEntry>> AuditQuery::page(const Spec &spec) const
{
    if (spec.limit < 1 || spec.limit > 10000)
        return makeError(ErrorCode::InvalidValue,
                         tr("limit: %1 is not between 1 and 10000").arg(spec.limit));
    if (spec.offset < 0)
        return makeError(ErrorCode::InvalidValue, tr("offset: %1 is negative").arg(spec.offset));
    if (spec.since.isValid() && spec.until.isValid() && spec.until < spec.since)
        return makeError(
                ErrorCode::InvalidValue,
                tr("until: %1 is before since %2")
                        .arg(spec.until.toString(Qt::ISODate), spec.since.toString(Qt::ISODate)));
    QVariantList values;
    const QString where = whereOf(spec, Database::timeZoneOf(m_db), values);
    values << spec.limit << spec.offset;
    auto q = sql::exec(
            m_db,
            QStringLiteral("SELECT a.id, a.at, a.user_id, u.name AS user_name, "
                           "u.display_name AS user_display, a.entity, a.entity_id, a.action, "
                           "a.client_id, c.code AS client_code, c.name AS client_name, "
                           "a.before_json, a.after_json FROM audit_log a "
                           "LEFT JOIN users u ON u.id = a.user_id "
                           "LEFT JOIN clients c ON c.id = a.client_id")
                    + where + QStringLiteral(" ORDER BY a.id DESC LIMIT ? OFFSET ?"),
            values);
    if (!q)
        return q.error();
    QSqlQuery &rows = q.value();
    const QSqlRecord r = rows.record();
    const int cId = r.indexOf(QStringLiteral("id")), cAt = r.indexOf(QStringLiteral("at")),
              cUser = r.indexOf(QStringLiteral("user_id")),
              cUserName = r.indexOf(QStringLiteral("user_name")),
              cUserDisplay = r.indexOf(QStringLiteral("user_display")),
              cEntity = r.indexOf(QStringLiteral("entity")),
              cEntityId = r.indexOf(QStringLiteral("entity_id")),
              cAction = r.indexOf(QStringLiteral("action")),
              cClient = r.indexOf(QStringLiteral("client_id")),
              cCode = r.indexOf(QStringLiteral("client_code")),
              cClientName = r.indexOf(QStringLiteral("client_name")),
              cBefore = r.indexOf(QStringLiteral("before_json")),
              cAfter = r.indexOf(QStringLiteral("after_json"));
    QList<AuditEntry> out;
    while (rows.next()) {
        AuditEntry e;
        e.id = rows.value(cId).toLongLong();
        e.at = timeutil::instantFromStorage(rows.value(cAt).toString());
        e.userId = rows.value(cUser).toLongLong();
        e.userName = rows.value(cUserName).toString();
        e.userDisplayName = rows.value(cUserDisplay).toString();
        e.entity = rows.value(cEntity).toString();
        e.entityId = rows.value(cEntityId).toLongLong();
        e.action = rows.value(cAction).toString();
        e.clientId = rows.value(cClient).toLongLong();
        e.clientCode = rows.value(cCode).toString();
        e.clientName = rows.value(cClientName).toString();
        e.before = objectOf(rows.value(cBefore));
        e.after = objectOf(rows.value(cAfter));
        out.append(std::move(e));
    }
    return out;
}

Result<QStringList> AuditQuery::kinds() const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT DISTINCT entity, action FROM audit_log "
                                      "ORDER BY entity, action"));
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next()) {
        const QString entity = q.value().value(0).toString();
        if (!out.contains(entity))
            out << entity;
        out << entity + u'.' + q.value().value(1).toString();
    }
    return out;
}

} // namespace ardesk
