// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/storage/attachmentstore.h"
#include "core/storage/database.h"
#include "core/storage/notereader.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QMap>

namespace ardesk {

/// Logging interactions: the use cases over the append-only record. add() validates the note
/// (what a call/text/meeting still needs, invoices and contact of this client, not in the
/// future), stores it with its attachments and structured template fields as chain entries, and
/// creates what it promises: a promise to pay, a payment plan, disputes (invoices marked
/// disputed), a follow-up task for the next contact date. Each call is one write transaction
/// (all or nothing) that also refreshes the client's AR summary and writes an audit row.
///
/// Runs on the calling thread's connection; `userId` is the acting user (the author unless a
/// draft names another).
class NoteService
{
public:
    /// What the user entered. `note` carries channel, direction, contact, occurredAt (invalid:
    /// now), outcome, text, invoices, next contact / no follow-up and templateKey; its ids,
    /// revision and recordedAt are set by the service.
    struct Draft
    {
        Note note;
        qint64 authorId = 0; ///< 0: the acting user
        QMap<QString, QString> fields; ///< template field key → value as typed
        QStringList attachFiles; ///< paths of files to attach (read, never kept as paths)
        QList<QPair<QString, QByteArray>> attachData; ///< (display name, bytes): drag and drop
    };
    using Tombstone = NoteReader::Tombstone;
    using Entry = NoteReader::Entry;
    using History = NoteReader::History;

    NoteService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Logs a new note. Returns it as stored (ids, revision 1, recordedAt).
    Result<Note> add(Draft draft);
    /// add() inside the write transaction the caller has begun on this thread's connection,
    /// for a use case that commits the note together with its own change (the outbox marks a
    /// message sent in the same transaction as its note). Commits and rolls back nothing.
    Result<Note> addInOpenTransaction(Draft draft);
    /// A new revision of a live note with the draft as its full content (the client stays).
    /// Refused when the note was deleted, or when its newest revision is not
    /// `expectedRevision` (someone else changed it: reload and edit again). With the same
    /// template key and no field values, the previous structured fields are kept.
    Result<Note> amend(qint64 noteId, Draft draft, int expectedRevision);
    /// Deletes a note by adding a tombstone; the note stays readable in its history. A reason
    /// is required. Open follow-up tasks and open promises from the note are cancelled.
    Result<void> remove(qint64 noteId, const QString &reason);
    Result<History> history(qint64 noteId) const;
    /// The deleted notes of a client (newest deletion first), each with every revision and its
    /// tombstone: deleted notes leave the timeline but stay readable (to managers, auditors).
    Result<QList<History>> deletedForClient(qint64 clientId) const;
    /// The newest revision of each live note of a client, newest first.
    Result<QList<Entry>> forClient(qint64 clientId, int limit = 500) const;

    /// Pasted text as plain text: CRLF and CR become LF; control characters other than LF and
    /// tab are dropped; trailing whitespace is trimmed.
    static QString plainText(const QString &pasted);
    /// How far in the future occurred-at may be (clock skew), in seconds.
    static constexpr int kFutureToleranceSeconds = 5 * 60;

private:
    enum class TransactionMode { Own, Callers };
    Result<Note> add(Draft draft, TransactionMode mode);

    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(NoteService)
};

} // namespace ardesk
