// SPDX-License-Identifier: MIT
#include "core/storage/callattemptrepository.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QSqlRecord>

namespace ardesk {

namespace {
const QString kColumns = QStringLiteral(
        "a.id, a.client_id, a.contact_id, a.contact_name, a.user_id, a.number, a.extension, "
        "a.dialled_at, a.logged_note_id, a.dismissed_at");

CallAttempt fromRow(const QSqlQuery &q)
{
    const QSqlRecord row = q.record();
    const auto value = [&](const char *name) { return q.value(row.indexOf(QLatin1String(name))); };
    CallAttempt a;
    a.id = value("id").toLongLong();
    a.clientId = value("client_id").toLongLong();
    a.contactId = value("contact_id").toLongLong();
    a.contactName = value("contact_name").toString();
    a.userId = value("user_id").toLongLong();
    a.number = value("number").toString();
    a.extension = value("extension").toString();
    a.dialledAt = timeutil::instantFromStorage(value("dialled_at").toString());
    a.loggedNoteId = value("logged_note_id").toLongLong();
    if (!value("dismissed_at").isNull())
        a.dismissedAt = timeutil::instantFromStorage(value("dismissed_at").toString());
    return a;
}
} // namespace

Result<void> CallAttemptRepository::insert(CallAttempt &attempt)
{
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO call_attempts (client_id, contact_id, "
                                       "contact_name, user_id, number, extension, dialled_at) "
                                       "VALUES (?,?,?,?,?,?,?)"),
                        {attempt.clientId, sql::nullIfZero(attempt.contactId), attempt.contactName,
                         attempt.userId, attempt.number, attempt.extension,
                         timeutil::toStorage(attempt.dialledAt)});
    if (!r)
        return r.error();
    attempt.id = r.value().lastInsertId;
    return {};
}

Result<CallAttempt> CallAttemptRepository::find(qint64 id) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT ") + kColumns
                               + QStringLiteral(" FROM call_attempts a WHERE a.id = ?"),
                       {id});
    if (!r)
        return r.error();
    if (!r.value().next())
        return makeError(ErrorCode::NotFound, tr("no dialled call with id %1").arg(id));
    return fromRow(r.value());
}

Result<void> CallAttemptRepository::dismiss(qint64 id)
{
    auto r = sql::write(m_db,
                        QStringLiteral("UPDATE call_attempts SET dismissed_at = ? WHERE id = ? "
                                       "AND dismissed_at IS NULL AND logged_note_id IS NULL"),
                        {sql::nowUtc(m_db), id});
    if (!r)
        return r.error();
    if (r.value().rowsAffected != 1)
        return makeError(ErrorCode::Conflict,
                         tr("the dialled call %1 was logged or dismissed already").arg(id));
    return {};
}

Result<QList<CallAttempt>> CallAttemptRepository::openOf(qint64 userId,
                                                         const QDateTime &before) const
{
    // A note's time is to the minute: a call logged at 14:15 answers a dial at 14:15:37.
    auto r = sql::exec(
            m_db,
            QStringLiteral("SELECT ") + kColumns
                    + QStringLiteral(
                            " FROM call_attempts a WHERE a.user_id = ? AND a.dismissed_at IS "
                            "NULL AND a.logged_note_id IS NULL AND a.dialled_at < ? AND NOT "
                            "EXISTS (SELECT 1 FROM notes n JOIN note_revisions r ON r.note_id = "
                            "n.id AND r.revision = 1 WHERE n.client_id = a.client_id AND "
                            "r.channel = 'call' AND r.author_id = a.user_id AND r.occurred_at "
                            ">= substr(a.dialled_at, 1, 16)) ORDER BY a.dialled_at, a.id"),
            {userId, timeutil::toStorage(before)});
    if (!r)
        return r.error();
    QList<CallAttempt> out;
    while (r.value().next())
        out.append(fromRow(r.value()));
    return out;
}

} // namespace ardesk
