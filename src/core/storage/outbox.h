// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ardesk {

/// Where a message is in its life. A message is stored (queued) before any network I/O; it is
/// marked sending (committed) before the upload starts, and only then sent / failed / parked.
enum class OutboxStatus {
    Queued, ///< waiting to be sent
    Sending, ///< handed to the SMTP server right now
    Sent, ///< the server accepted it (server_reply, sent_at)
    Failed, ///< a temporary failure: tried again at next_attempt_at
    Parked, ///< a permanent failure (5xx) or too many attempts: waits for the user
    Unknown, ///< found in 'sending' after a crash: maybe delivered; never re-sent automatically
    Cancelled, ///< withdrawn by the user before it was sent
};
QString toString(OutboxStatus status);
std::optional<OutboxStatus> outboxStatusFromString(QStringView text);

/// One row of the outbox.
struct OutboxMessage
{
    qint64 id = 0;
    qint64 clientId = 0;
    OutboxStatus status = OutboxStatus::Queued;
    QString messageId; ///< the Message-ID header, without <>
    QString fromAddress;
    QStringList recipients; ///< envelope recipients (bare addresses)
    QString subject;
    QString templateKey;
    QByteArray eml; ///< the exact bytes sent (empty in lists: see Outbox::list)
    QString emlSha256;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString serverReply;
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime sentAt;
    qint64 noteId = 0;
};

/// The outbox table (repository): exact bytes and SHA-256 of every message, its status and
/// attempts. The status changes are guarded (an UPDATE only moves a row from the states it may
/// leave), so two senders can never both claim a message. Writes run in the caller's
/// transaction; reads on the given connection.
class Outbox
{
public:
    /// On this thread's connection of `db`.
    explicit Outbox(const Database &db)
        : Outbox(db.connection())
    { }
    explicit Outbox(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Stores a new queued message (`eml`, `messageId`, recipients required); sets id, hash and
    /// createdAt.
    Result<qint64> insert(OutboxMessage &message);
    Result<OutboxMessage> find(qint64 id) const;
    /// Newest first, without the .eml bytes. An empty status list means all.
    Result<QList<OutboxMessage>> list(const QList<OutboxStatus> &statuses = {},
                                      int limit = 500) const;
    /// Ids of messages that may be sent at `now`: queued ones and failed ones whose
    /// next_attempt_at has come, oldest first.
    /// Messages of `userId` (who queued them) whose delivery is unknown: a send was interrupted
    /// after the server may have taken them. Oldest first, without the .eml bytes.
    Result<QList<OutboxMessage>> unknownOf(qint64 userId) const;
    Result<QList<qint64>> due(const QDateTime &now, int limit) const;
    /// How many messages were sent since `since` (for the rate limits).
    Result<int> sentSince(const QDateTime &since) const;

    /// queued/failed → sending (attempts + 1). False (no error) when the row was not in such a
    /// state any more (another sender took it, the user cancelled it). On a team database a
    /// message another sender is claiming is skipped (FOR UPDATE SKIP LOCKED), and the claimed
    /// one stays held by this connection until markSent/Failed/Parked/Unknown or release.
    Result<bool> claim(qint64 id);
    Result<void> markSent(qint64 id, const QString &serverReply, qint64 noteId);
    /// unknown → sent: the user checked the mailbox and found it delivered.
    Result<void> confirmSent(qint64 id, const QString &confirmation, qint64 noteId);
    /// Notes a problem on a message whatever its state (a sent one whose note failed).
    Result<void> setLastError(qint64 id, const QString &error);
    Result<void> markFailed(qint64 id, const QString &error, const QDateTime &nextAttemptAt);
    Result<void> markParked(qint64 id, const QString &error);
    Result<void> markUnknown(qint64 id, const QString &error);
    /// sending → queued without counting the attempt (nothing reached the server).
    Result<void> release(qint64 id, const QString &error);
    /// Every 'sending' row becomes 'unknown' (run when a send run starts: such a row was left
    /// by a process that died; on a team database only rows no live sender holds). Returns how
    /// many.
    Result<int> recoverInterrupted();
    /// failed/parked/unknown → queued, due now (the user's decision to send again).
    Result<void> requeue(qint64 id);
    /// queued/failed/parked/unknown → cancelled.
    Result<void> cancel(qint64 id);

private:
    /// Lets go of a message claim() held (team database; nothing on SQLite).
    void endSending(qint64 id);
    Result<void> move(qint64 id, const QString &setSql, const QVariantList &values,
                      const QString &allowedFrom, const QString &what);
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(Outbox)
};

} // namespace ardesk
