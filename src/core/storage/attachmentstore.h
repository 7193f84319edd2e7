// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// An attachment reference as listed with a note: the name is display text only.
struct AttachmentInfo
{
    qint64 id = 0;
    qint64 noteId = 0;
    qint64 revisionId = 0;
    QString sha256;
    QString displayName; ///< shown only, never used as a path
    qint64 size = 0;
    QString detectedMime; ///< from the content (QMimeDatabase)
    QString claimedMime; ///< from the name's extension
    bool mimeMismatch = false; ///< the content is not what the name claims
};

/// Attachment files stored in the company file, content-addressed by SHA-256: identical content
/// is stored once (attachment_blobs); each use is a note_attachments row linked into the record
/// chain. The type is detected from the content; the original name is kept as display text and
/// never becomes a path. Nothing here ever executes a file.
///
/// Writes run inside the caller's write transaction; reads on the calling thread's connection.
class AttachmentStore
{
public:
    static constexpr qint64 kDefaultMaxBytes = 52428800; ///< 50 MiB
    static constexpr const char *kMaxBytesKey = "attachments.max_bytes";

    /// A file's content ready to be attached (read and checked, not yet stored).
    struct Content
    {
        QByteArray bytes;
        QString sha256;
        QString displayName; ///< sanitised
        QString detectedMime;
        QString claimedMime;
    };

    /// Works on the calling thread's connection to `db`.
    explicit AttachmentStore(const Database &db)
        : AttachmentStore(db.connection())
    { }
    explicit AttachmentStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The size cap (setting attachments.max_bytes, default 50 MiB).
    Result<qint64> maxBytes() const;
    /// Reads a file from disk: refused (naming the file, its size and the cap) when it is over
    /// the cap, checked before it is read.
    Result<Content> load(const QString &path) const;
    /// Prepares in-memory content (drag-and-drop data) under a display name.
    Result<Content> prepare(const QByteArray &bytes, const QString &displayName) const;
    /// Stores the blob (once per SHA-256) and references it from a revision with a chain entry.
    /// Returns the attachment id.
    Result<qint64> attach(qint64 revisionId, const Content &content);
    /// Stores the blob only (once per SHA-256), checked against its hash: for another owner of
    /// stored files (invoice documents), inside the caller's write transaction.
    Result<void> storeBlob(const Content &content);

    /// The attachments of notes (every revision's), oldest first.
    Result<QList<AttachmentInfo>> forNotes(const QList<qint64> &noteIds) const;
    Result<AttachmentInfo> find(qint64 attachmentId) const;
    /// The stored bytes of a blob.
    Result<QByteArray> read(const QString &sha256) const;
    /// Writes a blob to `path` atomically (QSaveFile): all or nothing.
    Result<void> saveAs(const QString &sha256, const QString &path) const;
    /// A read-only (0400) copy in this session's private temporary folder, under a safe
    /// generated name (the sanitised display name, extension kept), for the desktop's default
    /// application to open. ARDesk never executes it.
    Result<QString> openableCopy(qint64 attachmentId) const;
    /// openableCopy() of any stored blob, in a folder named `folderName` (unique per owner) of the
    /// session's temporary folder.
    Result<QString> openableCopy(const QString &sha256, const QString &displayName,
                                 const QString &folderName) const;

    /// A name for display: no path (text after the last / or \), no control or bidirectional
    /// override characters, at most 200 characters; "attachment" when nothing is left.
    static QString displayNameFor(const QString &name);
    /// A file name safe on any filesystem: letters, digits, space, - _ . only; no leading dot;
    /// the extension kept.
    static QString safeFileName(const QString &displayName);
    /// Whether the detected type contradicts the claimed one (neither inherits the other).
    static bool isMismatch(const QString &detectedMime, const QString &claimedMime);

private:
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
};

} // namespace ardesk
