// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/storage/database.h"

#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// The append-only record of notes. append() writes a new note (revision 1) or a new revision of
/// an existing note, and links it into the record chain; nothing is ever updated in place.
/// Callers own the write transaction.
class NoteRepository
{
public:
    /// On this thread's connection of `db`.
    explicit NoteRepository(const Database &db)
        : NoteRepository(db.connection())
    { }
    explicit NoteRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Validates; for note.id == 0 creates the note. Sets id, revisionId, revision, recordedAt.
    Result<qint64> append(Note &note, Note::TextRule textRule = Note::TextRule::Required);
    /// Deletes a note: appends its tombstone (`recordedAt` in storage form) to the record chain
    /// and the tombstones. Returns the tombstone's id.
    Result<qint64> appendTombstone(qint64 noteId, const QString &reason, qint64 authorId,
                                   const QString &recordedAt);
    /// The newest revision of each live (not tombstoned) note of a client, newest first.
    Result<QList<Note>> forClient(qint64 clientId, int limit = 500) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
