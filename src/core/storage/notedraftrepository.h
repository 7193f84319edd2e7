// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notedraft.h"
#include "core/storage/database.h"

#include <optional>

#include <QSqlDatabase>

namespace ardesk {

/// The drafts of notes being written (table note_drafts): at most one per client and user,
/// replaced in place. Not part of the record: nothing here touches the chain, the audit log or
/// the search index. Callers own the write transaction.
class NoteDraftRepository
{
public:
    /// On this thread's connection of `db`.
    explicit NoteDraftRepository(const Database &db)
        : NoteDraftRepository(db.connection())
    { }
    explicit NoteDraftRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Stores `draft` as the draft of (clientId, userId), replacing the one before, and sets
    /// savedAt to the file clock's now.
    Result<void> store(NoteDraft &draft);
    /// The draft of (clientId, userId), if there is one.
    Result<std::optional<NoteDraft>> find(qint64 clientId, qint64 userId) const;
    /// Deletes the draft of (clientId, userId); no draft is not an error.
    Result<void> remove(qint64 clientId, qint64 userId);

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
