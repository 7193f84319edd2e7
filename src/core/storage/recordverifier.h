// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/progress.h"
#include "core/support/result.h"

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// Proves the record of a company file: SQLite integrity (quick_check), the hash chain recomputed
/// from the stored rows (note revisions with their client and invoices, tombstones, attachment
/// references), that every record row has its chain entry and every entry its row, every attachment
/// blob's SHA-256 and size, and foreign keys. Problems are reported in that order, so the first
/// names the first bad chain entry unless the file is damaged at the SQLite level.
///
/// Reads only, in one read transaction (a consistent snapshot), streaming raw SQLite statements
/// on the calling thread's connection. A problem found in the file is part of the Report, not an
/// error; verify() fails only when the file cannot be read at all.
class RecordVerifier
{
public:
    /// One thing that is wrong. For chain problems `seq`, `kind`, `entryId` and `noteId` say
    /// which entry (0 when not known); `message` says what differs, readable by a user.
    struct Problem
    {
        qint64 seq = 0;
        QString kind; ///< revision, tombstone, attachment, blob, integrity, foreign_key, head
        qint64 entryId = 0;
        qint64 noteId = 0;
        QString message;
    };
    struct Report
    {
        qint64 chainEntries = 0, revisions = 0, tombstones = 0, attachments = 0, blobs = 0;
        QString head; ///< the hash of the newest chain entry as stored
        qint64 expectedHeadSeq = 0; ///< where the expected head was found (0: not asked/found)
        QList<Problem> problems; ///< in the order found; the first is the first bad entry
        bool truncated = false; ///< more problems than kMaxProblems were found
        qint64 integrityMs = 0, foreignKeysMs = 0, chainMs = 0, blobsMs = 0;
        bool ok() const { return problems.isEmpty(); }
    };
    static constexpr int kMaxProblems = 50;

    /// Works on the calling thread's connection to `db`.
    explicit RecordVerifier(const Database &db)
        : RecordVerifier(db.connection())
    { }
    explicit RecordVerifier(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// A chain head recorded earlier (printed by verify, in a case file): it must still be the
    /// hash of an entry. Entries appended after it are normal; a chain rewritten with freshly
    /// computed hashes (which would verify on its own) no longer contains it.
    void setExpectedHead(const QString &hash) { m_expectedHead = hash.trimmed().toLower(); }

    /// Narrows the next verify() to what one client's case file vouches for: every link of the
    /// chain (seq, previous hash, the recorded head), and the client's revisions, tombstones
    /// and attachments recomputed with the content they use. The other entries' rows, SQLite's
    /// structure check and the foreign keys are not looked at (`verify` does that for the whole
    /// file); a tier-L company's full walk takes a minute, a client's a second or two.
    void setScopeClient(qint64 clientId) { m_scopeClient = clientId; }

    /// Runs every check. `progress` gets the stage and (items done, total) now and then; when
    /// it is cancelled, verify() stops and returns cancelled() (an error: nothing
    /// concluded — never a Report, so never "OK").
    Result<Report> verify(const Progress &progress = {}) const;
    /// The error of a cancelled verification.
    static Error cancelled();

private:
    QSqlDatabase m_db;
    QString m_expectedHead;
    qint64 m_scopeClient = 0;

    Q_DECLARE_TR_FUNCTIONS(RecordVerifier)
};

} // namespace ardesk
