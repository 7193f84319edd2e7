// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ardesk {

class AutomaticBackup;
class Database;

/// The automatic backup taken when the window closes, in a window-modal box with the same
/// ProgressPanel as the other long jobs: what is being copied and proved, how far, and Cancel
/// (the unfinished copy is removed; the failure is told at the next open, as any other). The
/// wait for the first open's backup, before a file is closed or replaced, uses the same box.
class CloseBackupRun
{
    Q_DECLARE_TR_FUNCTIONS(CloseBackupRun)

public:
    /// Backs up `db` (shown as `fileName`) with `backups` and returns when it is done; its
    /// finished() reaches the window's slot as usual. Blocks in a local event loop.
    static void run(QWidget *parent, AutomaticBackup *backups, std::shared_ptr<Database> db,
                    const QString &fileName);
    /// Waits for the backup `backups` is running (the first open's of the day) before the file
    /// is closed or replaced, in the same kind of box: `what` it waits for, the stage and how
    /// far, and Cancel (the unfinished copy is removed; the company file is not touched and the
    /// next open of the day tries again). Returns at once when none runs; else blocks in a local
    /// event loop until its finished() is delivered.
    static void finishRunning(QWidget *parent, AutomaticBackup *backups, const QString &what);
};

} // namespace ardesk
