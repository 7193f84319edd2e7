// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/support/clock.h"
#include "core/support/progress.h"
#include "core/support/result.h"

#include <memory>

#include <QCoreApplication>
#include <QString>

namespace ardesk {

/// Backups that restore: `ardesk-cli backup` / `restore` and the window's automatic backups and
/// File > Restore from backup… A backup is an online copy of the company file (safe while the
/// window has it open and others write) that counts only once it is proved: SQLite's integrity
/// check and the record verification (RecordVerifier) both pass on the copy.
///
/// Backing up and restoring need the admin role (Permission::Backups; in single-file mode the
/// user is who they say they are). A team database (postgresql://) is refused: its backups are
/// `team export` / `team import`. Threading: the calling thread's connections; a restore opens
/// only files, never a Database of the target that stays open.
class BackupService
{
public:
    enum class Existing { Refuse, Replace }; ///< an existing backup file at the destination
    enum class Newer { Refuse, Replace }; ///< a target with changes newer than the backup

    /// A proved backup.
    struct Backup
    {
        QString path;
        QString chainHead; ///< the newest record chain entry's hash (empty: no notes yet)
        qint64 chainEntries = 0;
        qint64 bytes = 0;
    };
    struct Restored
    {
        QString target;
        QString keptAs; ///< where the replaced file is kept; empty when there was none
        QString chainHead; ///< of the restored file: the backup's
        qint64 chainEntries = 0;
    };

    /// Copies `db` to `out` and proves the copy; a copy that fails the proof is removed and the
    /// failure returned. `out` must not exist unless `existing` is Replace (the file there is
    /// removed first). `progress` sees the copy and the proof; cancelled, the unfinished copy
    /// is removed and the error says so.
    static Result<Backup> backup(const Database &db, qint64 userId, const QString &out,
                                 Existing existing = Existing::Refuse,
                                 const Progress &progress = {});
    /// Proves the backup at `path` without writing to it: not empty, a company file, SQLite's
    /// integrity check and the record verification pass. Stops when `progress` is cancelled.
    static Result<Backup> check(const QString &path, const Progress &progress = {});
    /// Puts the backup at `path` in place of the company file `target` for the user named
    /// `userName` (an admin in the backup): proves the backup first, refuses a target whose
    /// newest audit or record entry is newer than the backup's unless `newer` is Replace (the
    /// message says what is newer), keeps the replaced file as TARGET.replaced-YYYYMMDD-HHMMSS
    /// (UTC, by `clock`), copies atomically and proves the restored file. The target must not be
    /// open in this process. `progress` sees both proofs; cancelled while the backup is proved,
    /// nothing is replaced and the error says so; once the file is replaced the proof of the
    /// restored file runs to its end (reported, no longer cancellable).
    static Result<Restored> restore(const QString &path, const QString &target,
                                    const QString &userName, Newer newer,
                                    const std::shared_ptr<const Clock> &clock,
                                    const Progress &progress = {});

    /// When an automatic backup is taken: the first open of a company day takes one only when
    /// the folder has none of that day yet; closing always takes one.
    enum class Trigger { FirstOpenOfDay, Close };
    /// Where and how many automatic backups are kept (Company settings; default on, a `backups`
    /// folder beside the company file, 7 daily and 12 monthly).
    struct AutomaticPolicy
    {
        bool enabled = true;
        QString folder; ///< empty: `backups` beside the company file; relative: from its folder
        int daily = 7;
        int monthly = 12;
    };
    /// The automatic backup of `db` into the policy's folder, named
    /// <file name>-YYYY-MM-DD-HHMMSS.ardesk by the company's date and time, then the folder's
    /// older automatic backups pruned by BackupRetention. Taken by ARDesk itself (no user).
    /// Returns the new backup's path, or an empty path when none was due. Slow (a full copy
    /// and verify): the window runs it on its worker thread.
    /// `progress` sees the copy and its proof; cancelled, nothing is kept (backup()).
    static Result<QString> automatic(const Database &db, const AutomaticPolicy &policy,
                                     Trigger trigger, const Progress &progress = {});
    /// The same with the policy of the company's settings (CompanySettings::backup*), read on
    /// the calling thread's connection.
    static Result<QString> automatic(const Database &db, Trigger trigger,
                                     const Progress &progress = {});
    /// The automatic-backup policy that `settings` state.
    static AutomaticPolicy policyOf(const CompanySettings &settings);

    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

} // namespace ardesk
