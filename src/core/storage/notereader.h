// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/storage/attachmentstore.h"
#include "core/storage/database.h"

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Reads the record of notes as the timeline and the history view show it: revisions with
/// their author's name, invoices and attachments, and tombstones. Read-only; runs on the
/// calling thread's connection.
class NoteReader
{
public:
    /// Who deleted a note, when and why.
    struct Tombstone
    {
        qint64 authorId = 0;
        QString authorName;
        QDateTime recordedAt;
        QString reason;
    };
    /// A note as listed on a client's timeline: its newest revision.
    struct Entry
    {
        Note note;
        QString authorName;
        int revisionCount = 1; ///< > 1: show a "revised" marker
        QList<AttachmentInfo> attachments; ///< of every revision
    };
    /// Everything about one note, for the history view.
    struct History
    {
        qint64 clientId = 0;
        QList<Entry> revisions; ///< oldest first; attachments per revision
        std::optional<Tombstone> tombstone;
    };

    /// On this thread's connection of `db`.
    explicit NoteReader(const Database &db)
        : m_db(db.connection())
    { }

    /// The newest revision of a note (deleted or not), without attachments; NotFound when
    /// there is no such note.
    Result<Entry> latest(qint64 noteId) const;
    /// The note's tombstone, if it was deleted.
    Result<std::optional<Tombstone>> tombstone(qint64 noteId) const;
    Result<History> history(qint64 noteId) const;
    /// The deleted notes of a client, newest deletion first.
    Result<QList<History>> deletedForClient(qint64 clientId) const;
    /// The newest revision of each live note of a client, newest first.
    Result<QList<Entry>> forClient(qint64 clientId, int limit) const;

private:
    QSqlDatabase m_db;

    // Its messages were the note service's: the context keeps their catalogue keys.
    Q_DECLARE_TR_FUNCTIONS(NoteService)
};

} // namespace ardesk
