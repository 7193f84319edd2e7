// SPDX-License-Identifier: MIT
#include "models/automaticbackup.h"

#include "core/support/log.h"

#include <QMutex>
#include <QPointer>

namespace ardesk {

/// What a run started without a Progress reports to: whoever follows it (a box waiting for it),
/// and its cancel flag. Shared with the backup's thread.
struct AutomaticBackup::Relay
{
    QMutex mutex;
    Progress follower;
    bool reported = false;
    qint64 done = 0, total = 0;
    QString stage;
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);

    void report(qint64 d, qint64 t, const QString &s)
    {
        Progress::Report to;
        {
            const QMutexLocker lock(&mutex);
            reported = true;
            done = d;
            total = t;
            stage = s;
            to = follower.callback();
        }
        if (to) // outside the lock: a new follower is never kept waiting by the old one
            to(d, t, s);
    }
};

AutomaticBackup::AutomaticBackup(QObject *parent)
    : QObject(parent)
{ }

AutomaticBackup::~AutomaticBackup()
{
    wait();
}

void AutomaticBackup::start(std::shared_ptr<Database> db, BackupService::Trigger trigger,
                            Progress progress)
{
    wait();
    m_relay.reset();
    if (!db)
        return;
    if (!progress.callback() && !progress.cancelFlag()) {
        auto relay = std::make_shared<Relay>();
        m_relay = relay;
        progress = Progress([relay](qint64 done, qint64 total,
                                    const QString &stage) { relay->report(done, total, stage); },
                            relay->cancel);
    }
    m_pending = true;
    QPointer<AutomaticBackup> self(this);
    m_thread.reset(QThread::create([db = std::move(db), trigger, self,
                                    progress = std::move(progress)]() mutable {
        auto made = BackupService::automatic(*db, trigger, progress);
        db->releaseThreadConnection(); // this thread ends here
        const QString path = made ? made.value() : QString();
        const QString error = made ? QString() : made.errorString();
        if (!error.isEmpty())
            log::warning(
                    QStringLiteral("automatic backup of %1 failed: %2").arg(db->path(), error));
        else if (!path.isEmpty())
            log::info(QStringLiteral("automatic backup of %1: %2").arg(db->path(), path));
        // The Database goes back with the result: its last reference, if the window has let go
        // of the file meanwhile, must die on the thread that owns its other connections.
        QMetaObject::invokeMethod(
                self.data(),
                [self, db = std::move(db), path, error, trigger] {
                    if (!self)
                        return;
                    self->m_pending = false;
                    Q_EMIT self->finished(path, error, trigger);
                },
                Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

void AutomaticBackup::follow(Progress follower)
{
    if (!m_pending || !m_relay)
        return;
    const QMutexLocker lock(&m_relay->mutex);
    m_relay->follower = std::move(follower);
    if (m_relay->reported && m_relay->follower.callback())
        m_relay->follower.callback()(m_relay->done, m_relay->total, m_relay->stage);
}

void AutomaticBackup::cancel()
{
    if (m_pending && m_relay)
        m_relay->cancel->store(true);
}

void AutomaticBackup::wait()
{
    if (m_thread)
        m_thread->wait();
    m_thread.reset();
}

} // namespace ardesk
