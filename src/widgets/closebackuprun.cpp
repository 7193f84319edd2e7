// SPDX-License-Identifier: MIT
#include "widgets/closebackuprun.h"

#include "models/automaticbackup.h"
#include "widgets/progresspanel.h"

#include <QDialog>
#include <QEventLoop>
#include <QLabel>
#include <QVBoxLayout>

namespace ardesk {

void CloseBackupRun::run(QWidget *parent, AutomaticBackup *backups, std::shared_ptr<Database> db,
                         const QString &fileName)
{
    QDialog box(parent);
    box.setObjectName(QStringLiteral("CloseBackupProgress"));
    box.setWindowTitle(tr("Automatic backup"));
    box.setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(&box);
    auto *why = new QLabel(tr("Backing up %1 before closing…").arg(fileName), &box);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto *panel = new ProgressPanel(&box);
    layout->addWidget(panel);
    box.resize(480, box.sizeHint().height());
    const Progress progress = panel->start(tr("Backing up"));
    // finished() is queued to this thread, so it cannot arrive before the loop runs; the box is
    // shown before the copy starts, so a Cancel pressed at once is seen by it.
    QEventLoop loop;
    QObject::connect(backups, &AutomaticBackup::finished, &loop, &QEventLoop::quit);
    box.show();
    backups->start(std::move(db), BackupService::Trigger::Close, progress);
    loop.exec();
    backups->wait();
    panel->finish();
}

} // namespace ardesk
