// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/backupservice.h"

#include <QCoreApplication>

class QWidget;

namespace ardesk {

/// File > Restore from backup…'s long part: BackupService::restore on a thread of its own while
/// a window-modal box shows a ProgressPanel (the backup's proof, the copy, the restored file's
/// proof) and the window keeps painting. Cancel (Esc) stops while the backup is being checked,
/// before anything is replaced. Returns restore()'s result once it is done.
class RestoreRun
{
public:
    static Result<BackupService::Restored> run(QWidget *parent, const QString &backupPath,
                                               const QString &target, const QString &userName,
                                               BackupService::Newer newer,
                                               const std::shared_ptr<const Clock> &clock);

    Q_DECLARE_TR_FUNCTIONS(RestoreRun)
};

} // namespace ardesk
