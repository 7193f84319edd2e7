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
/// (the unfinished copy is removed; the failure is told at the next open, as any other).
class CloseBackupRun
{
    Q_DECLARE_TR_FUNCTIONS(CloseBackupRun)

public:
    /// Backs up `db` (shown as `fileName`) with `backups` and returns when it is done; its
    /// finished() reaches the window's slot as usual. Blocks in a local event loop.
    static void run(QWidget *parent, AutomaticBackup *backups, std::shared_ptr<Database> db,
                    const QString &fileName);
};

} // namespace ardesk
