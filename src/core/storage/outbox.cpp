// SPDX-License-Identifier: MIT
#include "core/storage/outbox.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/sha256.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ardesk {
namespace {

/// The columns of kColumns, in its order; find() adds the message bytes after them.
namespace Column {
enum : int {
    Id,
    ClientId,
    Status,
    MessageId,
    FromAddress,
    Recipients,
    Subject,
    TemplateKey,
    Attempts,
    NextAttemptAt,
    LastError,
    ServerReply,
    CreatedAt,
    CreatedBy,
    SentAt,
    NoteId,
    EmlSha256,
    Eml, ///< find() only
};
} // namespace Column

const char kColumns[] = "SELECT id, COALESCE(client_id, 0), status, message_id, from_addr, "
                        "recipients, subject, template_key, attempts, next_attempt_at, "
                        "last_error, server_reply, created_at, COALESCE(created_by, 0), sent_at, "
                        "COALESCE(note_id, 0), eml_sha256 ";

OutboxMessage fromRow(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(Column::Id).toLongLong();
    m.clientId = q.value(Column::ClientId).toLongLong();
    m.status = outboxStatusFromString(q.value(Column::Status).toString())
                       .value_or(OutboxStatus::Unknown);
    m.messageId = q.value(Column::MessageId).toString();
    m.fromAddress = q.value(Column::FromAddress).toString();
    for (const QJsonValue &v :
         QJsonDocument::fromJson(q.value(Column::Recipients).toString().toUtf8()).array())
        m.recipients << v.toString();
    m.subject = q.value(Column::Subject).toString();
    m.templateKey = q.value(Column::TemplateKey).toString();
    m.attempts = q.value(Column::Attempts).toInt();
    m.nextAttemptAt = timeutil::instantFromStorage(q.value(Column::NextAttemptAt).toString());
    m.lastError = q.value(Column::LastError).toString();
    m.serverReply = q.value(Column::ServerReply).toString();
    m.createdAt = timeutil::instantFromStorage(q.value(Column::CreatedAt).toString());
    m.createdBy = q.value(Column::CreatedBy).toLongLong();
    m.sentAt = timeutil::instantFromStorage(q.value(Column::SentAt).toString());
    m.noteId = q.value(Column::NoteId).toLongLong();
    m.emlSha256 = q.value(Column::EmlSha256).toString();
    return m;
}

} // namespace

QString toString(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QStringLiteral("queued");
    case OutboxStatus::Sending:
        return QStringLiteral("sending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    case OutboxStatus::Parked:
        return QStringLiteral("parked");
    case OutboxStatus::Unknown:
        return QStringLiteral("unknown");
    case OutboxStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<OutboxStatus> outboxStatusFromString(QStringView text)
{
    for (auto s :
         {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent, OutboxStatus::Failed,
          OutboxStatus::Parked, OutboxStatus::Unknown, OutboxStatus::Cancelled}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

Result<qint64> Outbox::insert(OutboxMessage &m)
{
    if (m.eml.isEmpty() || m.messageId.isEmpty() || m.recipients.isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         tr("outbox: a message needs its bytes, a Message-ID and recipients"));
    m.emlSha256 = Sha256::hex(m.eml);
    m.status = OutboxStatus::Queued;
    const QString now = sql::nowUtc(m_db);
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO outbox (client_id, status, message_id, "
                                       "from_addr, recipients, subject, template_key, eml, "
                                       "eml_sha256, attempts, created_at, created_by) VALUES "
                                       "(?,'queued',?,?,?,?,?,?,?,0,?,?)"),
                        {sql::nullIfZero(m.clientId), m.messageId, m.fromAddress,
                         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m.recipients))
                                                   .toJson(QJsonDocument::Compact)),
                         m.subject, m.templateKey, m.eml, m.emlSha256, now,
                         sql::nullIfZero(m.createdBy)});
    if (!r)
        return r.error();
    m.id = r.value().lastInsertId;
    m.createdAt = timeutil::instantFromStorage(now);
    return m.id;
}

Result<OutboxMessage> Outbox::find(qint64 id) const
{
    auto q = sql::exec(
            m_db, QString::fromLatin1(kColumns) + QStringLiteral(", eml FROM outbox WHERE id = ?"),
            {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("outbox: no message %1").arg(id));
    OutboxMessage m = fromRow(q.value());
    m.eml = q.value().value(Column::Eml).toByteArray();
    return m;
}

Result<QList<OutboxMessage>> Outbox::list(const QList<OutboxStatus> &statuses, int limit) const
{
    QString where;
    QVariantList values;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (OutboxStatus s : statuses) {
            marks << QStringLiteral("?");
            values << toString(s);
        }
        where = QStringLiteral("WHERE status IN (") + marks.join(u',') + QStringLiteral(") ");
    }
    values << limit;
    auto q = sql::exec(m_db,
                       QString::fromLatin1(kColumns) + QStringLiteral("FROM outbox ") + where
                               + QStringLiteral("ORDER BY id DESC LIMIT ?"),
                       values);
    if (!q)
        return q.error();
    QList<OutboxMessage> out;
    while (q.value().next())
        out.append(fromRow(q.value()));
    return out;
}

Result<QList<OutboxMessage>> Outbox::unknownOf(qint64 userId) const
{
    auto q = sql::exec(m_db,
                       QString::fromLatin1(kColumns)
                               + QStringLiteral("FROM outbox WHERE status = 'unknown' AND "
                                                "created_by = ? ORDER BY id"),
                       {userId});
    if (!q)
        return q.error();
    QList<OutboxMessage> out;
    while (q.value().next())
        out.append(fromRow(q.value()));
    return out;
}

Result<QList<qint64>> Outbox::due(const QDateTime &now, int limit) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id FROM outbox WHERE status = 'queued' OR (status = "
                                      "'failed' AND (next_attempt_at IS NULL OR next_attempt_at "
                                      "<= ?)) ORDER BY id LIMIT ?"),
                       {timeutil::toStorage(now), limit});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

Result<int> Outbox::sentSince(const QDateTime &since) const
{
    auto n = sql::scalar(m_db,
                         QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'sent' AND "
                                        "sent_at > ?"),
                         {timeutil::toStorage(since)}, 0);
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<void> Outbox::move(qint64 id, const QString &setSql, const QVariantList &values,
                          const QString &allowedFrom, const QString &what)
{
    QVariantList all = values;
    all << id;
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE outbox SET ") + setSql
                               + QStringLiteral(" WHERE id = ? AND status IN (") + allowedFrom
                               + u')',
                       all);
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() == 1) {
        if (allowedFrom == QLatin1String("'sending'"))
            endSending(id);
        return {};
    }
    auto current = find(id);
    if (!current)
        return current.error();
    return makeError(ErrorCode::Conflict,
                     tr("outbox message %1 is %2; it cannot be %3")
                             .arg(id)
                             .arg(toString(current.value().status), what));
}

namespace {

// On a team database a message in flight is held by its sender's connection: a session-level
// advisory lock (two-key form, this class and the id's low 31 bits) from the claim until the
// outcome is written. A 'sending' row whose lock nobody holds was left by a sender that is gone.
constexpr int kSendingLockClass = 0x4f424f58; // "OBOX"

QVariant sendingLockKey(qint64 id)
{
    return QVariant(int(id & 0x7fffffff));
}

} // namespace

Result<bool> Outbox::claim(qint64 id)
{
    if (!sql::isPostgres(m_db)) {
        // SQLite: the caller's BEGIN IMMEDIATE serialises claims; the guarded UPDATE decides.
        auto r = sql::exec(m_db,
                           QStringLiteral("UPDATE outbox SET status = 'sending', attempts = "
                                          "attempts + 1 WHERE id = ? AND status IN "
                                          "('queued','failed')"),
                           {id});
        if (!r)
            return r.error();
        return r.value().numRowsAffected() == 1;
    }
    // PostgreSQL: another sender's claim in progress is skipped, not waited for (SKIP LOCKED),
    // and the message is held for this connection until its outcome is written.
    auto locked = sql::scalar(m_db,
                              QStringLiteral("SELECT pg_try_advisory_lock(CAST(? AS integer), "
                                             "CAST(? AS integer))"),
                              {kSendingLockClass, sendingLockKey(id)});
    if (!locked)
        return locked.error();
    if (!locked.value().toBool())
        return false; // another sender holds it right now
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE outbox SET status = 'sending', attempts = attempts "
                                      "+ 1 WHERE id = (SELECT id FROM outbox WHERE id = ? AND "
                                      "status IN ('queued','failed') FOR UPDATE SKIP LOCKED)"),
                       {id});
    if (!r || r.value().numRowsAffected() != 1) {
        endSending(id);
        if (!r)
            return r.error();
        return false;
    }
    return true;
}

void Outbox::endSending(qint64 id)
{
    if (!sql::isPostgres(m_db))
        return;
    // Not transactional: the row's own lock (held by the UPDATE that wrote the outcome, until
    // commit) keeps recoverInterrupted() off it in the meantime. A failure here leaves the lock
    // until the connection closes: the message then looks in flight a little longer, and is
    // never taken for interrupted while it is not.
    static_cast<void>(sql::exec(
            m_db,
            QStringLiteral("SELECT pg_advisory_unlock(CAST(? AS integer), CAST(? AS integer))"),
            {kSendingLockClass, sendingLockKey(id)}));
}

namespace {
const QString kSentSet = QStringLiteral("status = 'sent', server_reply = ?, sent_at = ?, "
                                        "note_id = ?, last_error = '', next_attempt_at = NULL");
} // namespace

Result<void> Outbox::markSent(qint64 id, const QString &serverReply, qint64 noteId)
{
    return move(id, kSentSet, {serverReply, sql::nowUtc(m_db), sql::nullIfZero(noteId)},
                QStringLiteral("'sending'"), tr("marked sent"));
}

Result<void> Outbox::confirmSent(qint64 id, const QString &confirmation, qint64 noteId)
{
    return move(id, kSentSet, {confirmation, sql::nowUtc(m_db), sql::nullIfZero(noteId)},
                QStringLiteral("'unknown'"), tr("marked sent"));
}

Result<void> Outbox::setLastError(qint64 id, const QString &error)
{
    auto r = sql::exec(m_db, QStringLiteral("UPDATE outbox SET last_error = ? WHERE id = ?"),
                       {error, id});
    if (!r)
        return r.error();
    return {};
}

Result<void> Outbox::markFailed(qint64 id, const QString &error, const QDateTime &next)
{
    return move(id, QStringLiteral("status = 'failed', last_error = ?, next_attempt_at = ?"),
                {error, timeutil::toStorage(next)}, QStringLiteral("'sending'"),
                tr("marked failed"));
}

Result<void> Outbox::markParked(qint64 id, const QString &error)
{
    return move(id, QStringLiteral("status = 'parked', last_error = ?, next_attempt_at = NULL"),
                {error}, QStringLiteral("'sending'"), tr("parked"));
}

Result<void> Outbox::markUnknown(qint64 id, const QString &error)
{
    return move(id, QStringLiteral("status = 'unknown', last_error = ?, next_attempt_at = NULL"),
                {error}, QStringLiteral("'sending'"), tr("marked unknown"));
}

Result<void> Outbox::release(qint64 id, const QString &error)
{
    return move(id,
                QStringLiteral("status = 'queued', attempts = ")
                        + sql::greatest(sql::dialectOf(m_db),
                                        {QStringLiteral("attempts - 1"), QStringLiteral("0")})
                        + QStringLiteral(", last_error = ?"),
                {error}, QStringLiteral("'sending'"), tr("put back in the queue"));
}

Result<int> Outbox::recoverInterrupted()
{
    // On a team database only rows no live sender holds (see claim()): another desk's message
    // in flight is not an interrupted one.
    const QString heldByNobody = !sql::isPostgres(m_db)
            ? QString()
            : QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = "
                             "'advisory' AND l.database = (SELECT oid FROM pg_database WHERE "
                             "datname = current_database()) AND l.objsubid = 2 AND "
                             "CAST(l.classid AS bigint) = %1 AND CAST(l.objid AS bigint) = "
                             "(outbox.id & 2147483647))")
                      .arg(kSendingLockClass);
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE outbox SET status = 'unknown', last_error = ? "
                                      "WHERE status = 'sending'")
                               + heldByNobody,
                       {tr("the program stopped while this message was being sent; it may or "
                           "may not have been delivered (check with the recipient, then retry "
                           "or cancel it)")});
    if (!r)
        return r.error();
    return r.value().numRowsAffected();
}

Result<void> Outbox::requeue(qint64 id)
{
    return move(id, QStringLiteral("status = 'queued', attempts = 0, next_attempt_at = NULL"), {},
                QStringLiteral("'failed','parked','unknown'"), tr("retried"));
}

Result<void> Outbox::cancel(qint64 id)
{
    return move(id, QStringLiteral("status = 'cancelled', next_attempt_at = NULL"), {},
                QStringLiteral("'queued','failed','parked','unknown'"), tr("cancelled"));
}

} // namespace ardesk
