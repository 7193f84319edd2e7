// SPDX-License-Identifier: MIT
#include "core/storage/notedraftrepository.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QSqlRecord>

namespace ardesk {

Result<void> NoteDraftRepository::store(NoteDraft &draft)
{
    const QString savedAt = sql::nowUtc(m_db);
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO note_drafts (client_id, user_id, body_json, "
                                       "saved_at) VALUES (?,?,?,?) ON CONFLICT (client_id, "
                                       "user_id) DO UPDATE SET body_json = excluded.body_json, "
                                       "saved_at = excluded.saved_at"),
                        {draft.clientId, draft.userId, QString::fromUtf8(draft.toJson()), savedAt});
    if (!r)
        return r.error();
    draft.savedAt = timeutil::instantFromStorage(savedAt);
    return {};
}

Result<std::optional<NoteDraft>> NoteDraftRepository::find(qint64 clientId, qint64 userId) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT body_json, saved_at FROM note_drafts WHERE "
                                      "client_id = ? AND user_id = ?"),
                       {clientId, userId});
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    if (!q.next())
        return std::optional<NoteDraft>();
    const QSqlRecord row = q.record();
    auto draft = NoteDraft::fromJson(
            q.value(row.indexOf(QStringLiteral("body_json"))).toString().toUtf8());
    if (!draft)
        return draft.error();
    NoteDraft d = std::move(draft).value();
    d.clientId = clientId;
    d.userId = userId;
    d.savedAt = timeutil::instantFromStorage(
            q.value(row.indexOf(QStringLiteral("saved_at"))).toString());
    return std::optional<NoteDraft>(std::move(d));
}

Result<void> NoteDraftRepository::remove(qint64 clientId, qint64 userId)
{
    auto r = sql::write(m_db,
                        QStringLiteral("DELETE FROM note_drafts WHERE client_id = ? AND "
                                       "user_id = ?"),
                        {clientId, userId});
    if (!r)
        return r.error();
    return {};
}

} // namespace ardesk
