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
    /// it: nothing is kept then and finished() carries the error. Started without one (the
    /// first open's backup), the run can be followed and cancelled later: follow(), cancel().
    void start(std::shared_ptr<Database> db, BackupService::Trigger trigger,
               Progress progress = {});
    /// A backup was started and its finished() has not been delivered yet.
    bool isRunning() const { return m_pending; }
    /// For the running backup started without a Progress: its reports from now on (and the last
    /// one, at once) also go to `follower`'s callback. Nothing for a run started with a Progress.
    void follow(Progress follower);
    /// Stops the running backup started without a Progress at its next safe point: nothing of
    /// the copy is kept, finished() carries the error. Nothing for a run started with one.
    void cancel();
    /// Blocks until the running backup (if any) is done; its finished() is still delivered.
    void wait();

Q_SIGNALS:
    /// `path`: the new backup (empty when none was due or backups are off); `error`: why the
    /// backup failed (empty on success).
    void finished(const QString &path, const QString &error, BackupService::Trigger trigger);

private:
    struct Relay;

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Relay> m_relay; ///< of a run started without a Progress
    bool m_pending = false;
};

} // namespace ardesk
