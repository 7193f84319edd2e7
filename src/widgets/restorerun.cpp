// SPDX-License-Identifier: MIT
#include "widgets/restorerun.h"

#include "widgets/progresspanel.h"

#include <optional>
#include <thread>

#include <QDialog>
#include <QEventLoop>
#include <QVBoxLayout>

namespace ardesk {

Result<BackupService::Restored> RestoreRun::run(QWidget *parent, const QString &backupPath,
                                                const QString &target, const QString &userName,
                                                BackupService::Newer newer,
                                                const std::shared_ptr<const Clock> &clock)
{
    QDialog box(parent);
    box.setObjectName(QStringLiteral("RestoreProgress"));
    box.setWindowTitle(tr("Restore from backup"));
    box.setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(&box);
    auto *panel = new ProgressPanel(&box);
    layout->addWidget(panel);
    box.resize(480, box.sizeHint().height());
    const Progress progress = panel->start(tr("Checking the backup"));
    std::optional<Result<BackupService::Restored>> restored;
    QEventLoop loop;
    // The result is handed over by the join below; quit is queued, so it cannot be lost
    // before the loop runs.
    std::thread worker([&] {
        restored.emplace(
                BackupService::restore(backupPath, target, userName, newer, clock, progress));
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    box.show();
    loop.exec();
    worker.join();
    panel->finish();
    return std::move(*restored);
}

} // namespace ardesk
