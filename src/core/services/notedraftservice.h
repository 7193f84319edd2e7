// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notedraft.h"
#include "core/storage/database.h"

#include <memory>
#include <optional>

#include <QCoreApplication>

namespace ardesk {

/// Drafts of notes being written, per client and per user: kept while the clerk types, given
/// back when they come back to the client, dropped when the note is saved or the draft
/// discarded. Not part of the record (no chain, audit or search). Each call runs in its own
/// transaction (or joins the caller's) on the calling thread's connection; the window calls it
/// on its DatabaseWorker.
class NoteDraftService
{
    Q_DECLARE_TR_FUNCTIONS(NoteDraftService)

public:
    /// `userId`: whose drafts these are (required: a draft always belongs to someone).
    NoteDraftService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Keeps `draft` as this user's draft of `draft.clientId`, replacing the one before; a draft
    /// with nothing worth keeping (NoteDraft::isEmpty) removes it instead. Returns the draft as
    /// stored (userId and savedAt set), or an empty optional when it was removed.
    Result<std::optional<NoteDraft>> keep(NoteDraft draft);
    /// This user's draft of the client, if there is one.
    Result<std::optional<NoteDraft>> find(qint64 clientId) const;
    /// Deletes this user's draft of the client (the note was saved, or the draft thrown away).
    Result<void> discard(qint64 clientId);

private:
    Result<void> checkKey(qint64 clientId) const;

    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
