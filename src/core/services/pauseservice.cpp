// SPDX-License-Identifier: MIT
#include "core/services/pauseservice.h"

#include "core/services/noteservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ardesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PauseService", text);
}
} // namespace

Result<qint64> PauseService::logNote(qint64 clientId, qint64 invoiceId, const QString &text)
{
    NoteService::Draft d;
    d.note.clientId = clientId;
    d.note.channel = NoteChannel::Internal;
    d.note.text = text;
    d.note.noFollowUpNeeded = true;
    if (invoiceId)
        d.note.invoiceIds = {invoiceId};
    auto n = NoteService(m_db, m_userId).add(d);
    if (!n)
        return n.error();
    return n.value().id;
}

namespace {
/// A pause needs the day it ends and a reason.
Result<void> checkPause(const QDate &until, const QString &reason)
{
    if (!until.isValid())
        return makeError(ErrorCode::InvalidValue, tr("until: not a date"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: say why reminders pause"));
    return {};
}

/// The client's paused_until as stored (empty when not paused), or NotFound.
Result<QString> clientPausedUntil(const QSqlDatabase &db, qint64 clientId)
{
    auto until = sql::scalar(db, QStringLiteral("SELECT paused_until FROM clients WHERE id = ?"),
                             {clientId}, QStringLiteral("missing"));
    if (!until)
        return until.error();
    if (until.value().toString() == QLatin1String("missing"))
        return makeError(ErrorCode::NotFound, tr("client: no client with id %1").arg(clientId));
    return until.value().toString();
}
} // namespace

Result<void> PauseService::pauseInvoice(qint64 invoiceId, const QDate &until, const QString &reason)
{
    if (auto v = checkPause(until, reason); !v)
        return v;
    QSqlDatabase db = m_db->connection();
    auto inv = sql::exec(db, QStringLiteral("SELECT client_id, number FROM invoices WHERE id = ?"),
                         {invoiceId});
    if (!inv)
        return inv.error();
    if (!inv.value().next())
        return makeError(ErrorCode::NotFound, tr("invoice: no invoice with id %1").arg(invoiceId));
    const qint64 clientId = inv.value().value(0).toLongLong();
    const QString number = inv.value().value(1).toString();
    auto note = logNote(clientId, invoiceId,
                        tr("Reminders paused for invoice %1 until %2: %3")
                                .arg(number, until.toString(Qt::ISODate), reason.trimmed()));
    if (!note)
        return note.error();
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b;
    auto r = sql::exec(db,
                       QStringLiteral("INSERT INTO invoice_pauses (invoice_id, until_date, "
                                      "reason, note_id, created_at, created_by) VALUES "
                                      "(?,?,?,?,?,?)"),
                       {invoiceId, timeutil::toStorage(until), reason.trimmed(), note.value(),
                        timeutil::toStorage(m_db->clock()->now()), sql::nullIfZero(m_userId)});
    if (!r)
        return r.error();
    if (auto a = AuditLog(db, m_userId)
                         .record(QStringLiteral("invoice"), invoiceId, QStringLiteral("pause"), {},
                                 QJsonObject {{QStringLiteral("until"), timeutil::toStorage(until)},
                                              {QStringLiteral("reason"), reason.trimmed()}});
        !a)
        return a;
    return tx.commit();
}

Result<void> PauseService::pauseClient(qint64 clientId, const QDate &until, const QString &reason)
{
    if (auto v = checkPause(until, reason); !v)
        return v;
    QSqlDatabase db = m_db->connection();
    auto before = clientPausedUntil(db, clientId);
    if (!before)
        return before.error();
    auto note = logNote(clientId, 0,
                        tr("Reminders paused for the client until %1: %2")
                                .arg(until.toString(Qt::ISODate), reason.trimmed()));
    if (!note)
        return note.error();
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b;
    auto r = sql::exec(db,
                       QStringLiteral("UPDATE clients SET paused_until = ?, version = version + 1 "
                                      "WHERE id = ?"),
                       {timeutil::toStorage(until), clientId});
    if (!r)
        return r.error();
    if (auto a
        = AuditLog(db, m_userId)
                  .record(QStringLiteral("client"), clientId, QStringLiteral("pause"),
                          QJsonObject {{QStringLiteral("paused_until"), before.value()}},
                          QJsonObject {{QStringLiteral("paused_until"), timeutil::toStorage(until)},
                                       {QStringLiteral("reason"), reason.trimmed()}});
        !a)
        return a;
    return tx.commit();
}

Result<void> PauseService::unpauseInvoice(qint64 invoiceId, const QDate &asOf,
                                          const QString &reason)
{
    QSqlDatabase db = m_db->connection();
    auto client = sql::scalar(db, QStringLiteral("SELECT client_id FROM invoices WHERE id = ?"),
                              {invoiceId});
    if (!client)
        return client.error();
    if (client.value().isNull())
        return makeError(ErrorCode::NotFound, tr("invoice: no invoice with id %1").arg(invoiceId));
    auto note
            = logNote(client.value().toLongLong(), invoiceId,
                      reason.trimmed().isEmpty()
                              ? tr("Reminders resumed for the invoice.")
                              : tr("Reminders resumed for the invoice: %1").arg(reason.trimmed()));
    if (!note)
        return note.error();
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b;
    auto r = sql::exec(
            db,
            QStringLiteral("UPDATE invoice_pauses SET until_date = ? WHERE invoice_id "
                           "= ? AND until_date >= ?"),
            {timeutil::toStorage(asOf.addDays(-1)), invoiceId, timeutil::toStorage(asOf)});
    if (!r)
        return r.error();
    if (auto a = AuditLog(db, m_userId)
                         .record(QStringLiteral("invoice"), invoiceId, QStringLiteral("unpause"),
                                 {}, QJsonObject {{QStringLiteral("reason"), reason.trimmed()}});
        !a)
        return a;
    return tx.commit();
}

Result<void> PauseService::unpauseClient(qint64 clientId, const QString &reason)
{
    QSqlDatabase db = m_db->connection();
    auto before = clientPausedUntil(db, clientId);
    if (!before)
        return before.error();
    auto note = logNote(clientId, 0,
                        reason.trimmed().isEmpty()
                                ? tr("Reminders resumed for the client.")
                                : tr("Reminders resumed for the client: %1").arg(reason.trimmed()));
    if (!note)
        return note.error();
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b;
    auto r = sql::exec(db,
                       QStringLiteral("UPDATE clients SET paused_until = NULL, version = version "
                                      "+ 1 WHERE id = ?"),
                       {clientId});
    if (!r)
        return r.error();
    if (auto a = AuditLog(db, m_userId)
                         .record(QStringLiteral("client"), clientId, QStringLiteral("unpause"),
                                 QJsonObject {{QStringLiteral("paused_until"), before.value()}},
                                 QJsonObject {{QStringLiteral("reason"), reason.trimmed()}});
        !a)
        return a;
    return tx.commit();
}

} // namespace ardesk
