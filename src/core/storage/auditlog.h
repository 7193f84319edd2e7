// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace ardesk {

/// Appends who-changed-what rows; called inside the transaction that makes the change. Each row
/// carries the client its entity belongs to (a contact's, an invoice's, a note's… client; none for
/// settings, users, templates, policies and imports), so a client's trail is one indexed read
/// (AuditQuery).
class AuditLog
{
public:
    /// On this thread's connection of `db`.
    AuditLog(const Database &db, qint64 userId)
        : AuditLog(db.connection(), userId)
    { }
    AuditLog(QSqlDatabase db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    Result<void> record(const QString &entity, qint64 entityId, const QString &action,
                        const QJsonObject &before, const QJsonObject &after);
    /// The `after` of the newest row for `entity`/`entityId`/`action`; empty when there is none.
    Result<QJsonObject> lastAfter(const QString &entity, qint64 entityId,
                                  const QString &action) const;

    /// The client `entity` `entityId` belongs to; 0 for a company-wide entity or a missing row.
    static Result<qint64> clientOf(const QSqlDatabase &db, const QString &entity, qint64 entityId);

private:
    QSqlDatabase m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
