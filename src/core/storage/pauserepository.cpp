// SPDX-License-Identifier: MIT
#include "core/storage/pauserepository.h"

#include "core/storage/auditlog.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ardesk {

Result<void> PauseRepository::pauseInvoice(qint64 invoiceId, const QDate &until,
                                           const QString &reason, qint64 noteId)
{
    auto r = sql::exec(m_db,
                       QStringLiteral("INSERT INTO invoice_pauses (invoice_id, until_date, "
                                      "reason, note_id, created_at, created_by) VALUES "
                                      "(?,?,?,?,?,?)"),
                       {invoiceId, timeutil::toStorage(until), reason, sql::nullIfZero(noteId),
                        sql::nowUtc(m_db), sql::nullIfZero(m_userId)});
    if (!r)
        return r.error();
    return AuditLog(m_db, m_userId)
            .record(QStringLiteral("invoice"), invoiceId, QStringLiteral("pause"), {},
                    QJsonObject {{QStringLiteral("until"), timeutil::toStorage(until)},
                                 {QStringLiteral("reason"), reason}});
}

Result<void> PauseRepository::resumeInvoice(qint64 invoiceId, const QDate &asOf,
                                            const QString &reason)
{
    auto r = sql::exec(
            m_db,
            QStringLiteral("UPDATE invoice_pauses SET until_date = ? WHERE invoice_id "
                           "= ? AND until_date >= ?"),
            {timeutil::toStorage(asOf.addDays(-1)), invoiceId, timeutil::toStorage(asOf)});
    if (!r)
        return r.error();
    return AuditLog(m_db, m_userId)
            .record(QStringLiteral("invoice"), invoiceId, QStringLiteral("unpause"), {},
                    QJsonObject {{QStringLiteral("reason"), reason}});
}

Result<QString> PauseRepository::clientPausedUntil(qint64 clientId) const
{
    auto until = sql::scalar(m_db, QStringLiteral("SELECT paused_until FROM clients WHERE id = ?"),
                             {clientId}, QStringLiteral("missing"));
    if (!until)
        return until.error();
    if (until.value().toString() == QLatin1String("missing"))
        return makeError(ErrorCode::NotFound, tr("client: no client with id %1").arg(clientId));
    return until.value().toString();
}

Result<void> PauseRepository::pauseClient(qint64 clientId, const QDate &until,
                                          const QString &reason)
{
    auto before = clientPausedUntil(clientId);
    if (!before)
        return before.error();
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE clients SET paused_until = ?, version = version + 1 "
                                      "WHERE id = ?"),
                       {timeutil::toStorage(until), clientId});
    if (!r)
        return r.error();
    return AuditLog(m_db, m_userId)
            .record(QStringLiteral("client"), clientId, QStringLiteral("pause"),
                    QJsonObject {{QStringLiteral("paused_until"), before.value()}},
                    QJsonObject {{QStringLiteral("paused_until"), timeutil::toStorage(until)},
                                 {QStringLiteral("reason"), reason}});
}

Result<void> PauseRepository::resumeClient(qint64 clientId, const QString &reason)
{
    auto before = clientPausedUntil(clientId);
    if (!before)
        return before.error();
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE clients SET paused_until = NULL, version = version "
                                      "+ 1 WHERE id = ?"),
                       {clientId});
    if (!r)
        return r.error();
    return AuditLog(m_db, m_userId)
            .record(QStringLiteral("client"), clientId, QStringLiteral("unpause"),
                    QJsonObject {{QStringLiteral("paused_until"), before.value()}},
                    QJsonObject {{QStringLiteral("reason"), reason}});
}

} // namespace ardesk
