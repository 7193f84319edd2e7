// SPDX-License-Identifier: MIT
#include "models/automaticbackup.h"

#include "core/support/log.h"

#include <QPointer>

namespace ardesk {

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
    if (!db)
        return;
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
                    if (self)
                        Q_EMIT self->finished(path, error, trigger);
                },
                Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

bool AutomaticBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AutomaticBackup::wait()
{
    if (m_thread)
        m_thread->wait();
    m_thread.reset();
}

} // namespace ardesk
