// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/backupservice.h"

#include <memory>

#include <QObject>
#include <QString>
#include <QThread>

namespace ardesk {

/// The window's automatic backups (BackupService::automatic with the company's settings), each
/// on a thread of its own with its own connection, so neither the GUI nor the window's database
/// worker waits for a copy of a large file.
///
/// start() runs one backup; finished() arrives on this object's thread. One runs at a time:
/// start() while one runs first waits for it. wait() blocks until none runs (before the file is
/// closed or replaced, and at close).
class AutomaticBackup : public QObject
{
    Q_OBJECT
public:
    explicit AutomaticBackup(QObject *parent = nullptr);
    ~AutomaticBackup() override;

    /// `progress` (reported on the backup's thread) sees the copy and its proof, and may cancel
    /// it: nothing is kept then and finished() carries the error.
    void start(std::shared_ptr<Database> db, BackupService::Trigger trigger,
               Progress progress = {});
    bool isRunning() const;
    /// Blocks until the running backup (if any) is done; its finished() is still delivered.
    void wait();

Q_SIGNALS:
    /// `path`: the new backup (empty when none was due or backups are off); `error`: why the
    /// backup failed (empty on success).
    void finished(const QString &path, const QString &error, BackupService::Trigger trigger);

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace ardesk
