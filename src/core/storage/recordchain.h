// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace ardesk {

/// The SHA-256 hash chain over the record (note revisions, tombstones, attachment references).
/// Each entry's hash is SHA-256(previous hash in hex ‖ canonical form); the first entry's
/// previous hash is 64 zeros. The canonical forms are documented in docs/record-chain.md.
class RecordChain
{
public:
    static QString genesisHash(); ///< 64 '0'
    static QByteArray canonicalRevision(const Note &note);
    static QByteArray canonicalTombstone(qint64 noteId, const QString &reason, qint64 authorId,
                                         const QString &recordedAt);
    static QByteArray canonicalAttachment(qint64 revisionId, const QString &sha256,
                                          const QString &displayName);
    static QString link(const QString &prevHash, const QByteArray &canonical);

    explicit RecordChain(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    /// The newest entry's hash (genesisHash() for an empty chain).
    Result<QString> head() const;
    /// Appends an entry inside the caller's write transaction; returns its sequence number.
    Result<qint64> append(const QString &kind, qint64 entryId, const QByteArray &canonical);

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
