// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace ardesk {

/// The SHA-256 hash chain over the record (note revisions, tombstones, attachment references).
/// Each entry's hash is SHA-256(previous hash in hex ‖ canonical form); the first entry's
/// previous hash is 64 zeros. The canonical forms are documented in docs/record-chain.md.
class RecordChain
{
public:
    /// The canonical forms by version (docs/record-chain.md). Every chain entry stores the form
    /// its hash covers (`record_chain.form`); entries written before schema 15 are form 1 and
    /// verify as they always did, ARDesk writes every new entry in kCurrentForm. Form 2 carries
    /// `"form":2` inside the hashed bytes, so an entry cannot be relabelled as another form
    /// without breaking its hash.
    static constexpr int kFirstForm = 1;
    static constexpr int kCurrentForm = 2;

    /// A revision exactly as stored (column text as UTF-8), so a verifier canonicalises what is
    /// in the file without parsing and re-formatting it. Views must outlive the call.
    struct StoredRevision
    {
        qint64 revisionId = 0, noteId = 0, clientId = 0, authorId = 0, contactId = 0;
        qint64 revision = 0;
        QByteArrayView channel, direction, contactName, occurredAt, recordedAt, outcome, body,
                nextContactDate, templateKey;
        QByteArrayView fields; ///< compact JSON object (only used when templateKey is set)
        bool noFollowUp = false;
        /// next_contact_date is NULL: form 2 writes `null`, form 1 an empty string.
        bool nextContactDateIsNull = false;
        QList<qint64> invoiceIds;
        int form = kCurrentForm;
    };
    /// An attachment reference as stored: the note_attachments row with its blob's detected
    /// MIME type (attachment_blobs.mime_type). Form 1 covers revision, hash and name only.
    struct StoredAttachment
    {
        qint64 revisionId = 0;
        QString sha256, displayName, claimedMime, mimeType;
        int form = kCurrentForm;
    };

    static QString genesisHash(); ///< 64 '0'
    /// The canonical form (kCurrentForm) of a revision. `template_key` and `fields` are part of
    /// it only when the note has a template key (older entries never have one).
    static QByteArray canonicalRevision(const Note &note);
    static QByteArray canonicalRevision(const StoredRevision &stored);
    /// The same into `out` (cleared; its capacity reused): for walking a whole chain.
    static void canonicalRevision(const StoredRevision &stored, QByteArray &out);
    /// The stored (and canonical) text of structured fields: compact JSON, keys sorted.
    static QByteArray canonicalFields(const QJsonObject &fields);
    static QByteArray canonicalTombstone(qint64 noteId, const QString &reason, qint64 authorId,
                                         const QString &recordedAt, int form = kCurrentForm);
    static QByteArray canonicalAttachment(const StoredAttachment &attachment);
    static QString link(const QString &prevHash, const QByteArray &canonical);

    /// Works on the calling thread's connection to `db`.
    explicit RecordChain(const Database &db)
        : RecordChain(db.connection())
    { }
    explicit RecordChain(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    /// The newest entry's hash (genesisHash() for an empty chain).
    Result<QString> head() const;
    /// Serialises appends to the chain until the caller's write transaction ends: on a team
    /// database (PostgreSQL) a transaction-scoped advisory lock on one fixed key, so two desks
    /// saving at once never read the same head (or the same next entry id) and fork the chain;
    /// nothing on SQLite, whose BEGIN IMMEDIATE already holds the file's write lock. Taken again
    /// by the same transaction it returns at once. Refused outside a transaction on PostgreSQL
    /// (the lock would end with the statement). Take it before reading anything the append
    /// depends on (the head, the next revision number).
    Result<void> lock();
    /// Appends an entry inside the caller's write transaction (taking lock() first); returns its
    /// sequence number. `canonical` must be in kCurrentForm (the canonical*() defaults): the
    /// entry is stored as that form.
    Result<qint64> append(const QString &kind, qint64 entryId, const QByteArray &canonical);

private:
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(RecordChain)
};

} // namespace ardesk
