// SPDX-License-Identifier: MIT
#include "widgets/closebackuprun.h"

#include "models/automaticbackup.h"
#include "widgets/progresspanel.h"

#include <QDialog>
#include <QEventLoop>
#include <QLabel>
#include <QVBoxLayout>

namespace ardesk {

namespace {

/// Runs `loop` until the backup has finished, then closes `box` and hands the activation back to
/// the window it waited in, so the keyboard goes on where the user was (a platform need not do
/// that by itself: offscreen, no window was active after the box).
void waitInBox(QWidget *parent, QDialog &box, QEventLoop &loop, AutomaticBackup *backups,
               ProgressPanel *panel)
{
    loop.exec();
    backups->wait();
    panel->finish();
    box.hide();
    if (parent)
        parent->window()->activateWindow();
}

} // namespace

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
    waitInBox(parent, box, loop, backups, panel);
}

void CloseBackupRun::finishRunning(QWidget *parent, AutomaticBackup *backups, const QString &what)
{
    if (!backups->isRunning())
        return;
    QDialog box(parent);
    box.setObjectName(QStringLiteral("BackupWaitProgress"));
    box.setWindowTitle(tr("Automatic backup"));
    box.setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(&box);
    auto *why = new QLabel(what, &box);
    why->setObjectName(QStringLiteral("backupWaitReason"));
    why->setWordWrap(true);
    layout->addWidget(why);
    // Cancelling is safe: the copy is the only thing the backup writes.
    auto *safe = new QLabel(tr("Cancel stops this copy and removes what was copied so far; the "
                               "company file is not touched, and the next open of the day "
                               "backs it up again."),
                            &box);
    safe->setWordWrap(true);
    layout->addWidget(safe);
    auto *panel = new ProgressPanel(&box);
    layout->addWidget(panel);
    box.resize(480, box.sizeHint().height());
    const Progress progress = panel->start(tr("Backing up"));
    QObject::connect(panel, &ProgressPanel::cancelRequested, backups, &AutomaticBackup::cancel);
    // finished() is queued to this thread: it is delivered in this loop, not before.
    QEventLoop loop;
    QObject::connect(backups, &AutomaticBackup::finished, &loop, &QEventLoop::quit);
    backups->follow(progress);
    box.show();
    waitInBox(parent, box, loop, backups, panel);
}

} // namespace ardesk
