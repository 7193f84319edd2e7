// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/progress.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QString>

namespace ardesk {

/// The file work of backups and restores of a SQLite company file: an online copy of an open
/// company through SQLite's backup API, SQLite's full integrity check, the facts a restore
/// compares, and the atomic replacement of a company file.
///
/// Runs on the calling thread's connection. The SQLite company file only: a team database is
/// refused (its backups are `team export`).
class SqliteBackup
{
public:
    /// What a restore compares between a backup and the file it would replace.
    struct Facts
    {
        QString newestAuditAt; ///< ISO UTC of the newest audit entry; empty: none
        qint64 newestAuditId = 0;
        qint64 chainEntries = 0; ///< the record chain's length (its newest seq)
        QString chainHead; ///< the hash of the newest chain entry; empty: none
    };

    /// Copies the company open in `db` into a new file at `target` (which must not exist) with
    /// SQLite's online backup API inside one read transaction of `db`: one snapshot, so writers
    /// on other connections (the window, another process) go on and are not in the copy. The
    /// copy is a self-contained file (rollback journal, no -wal beside it) written to
    /// `target`.part, synced and renamed into place; nothing is left behind on failure or when
    /// `progress` is cancelled (Progress::cancelledError). Reports pages copied of the total.
    static Result<void> copyTo(const Database &db, const QString &target,
                               const Progress &progress = {});
    /// PRAGMA integrity_check of `db`: the first problem, empty when the file is sound.
    /// Stops with Progress::cancelledError when `progress` is cancelled.
    static Result<QString> integrityProblem(const Database &db, const Progress &progress = {});
    static Result<Facts> facts(const Database &db);
    /// Puts a copy of `source` at `target` atomically: the bytes go to a temporary file in the
    /// target's folder, are synced, and the file is renamed over `target`; the folder is synced.
    /// An existing target is first kept as `keptAs` (a hard link, so `target` never goes
    /// missing), and its -wal/-shm (left by a crash) are moved beside it.
    static Result<void> replaceFile(const QString &source, const QString &target,
                                    const QString &keptAs);

    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)
};

} // namespace ardesk
