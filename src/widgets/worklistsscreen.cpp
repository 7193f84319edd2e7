// SPDX-License-Identifier: MIT
#include "widgets/worklistsscreen.h"

#include "core/services/disputeservice.h"
#include "core/services/taskservice.h"
#include "core/support/dateformat.h"
#include "models/databaseworker.h"
#include "widgets/worklistsdialog.h"

namespace ardesk {
namespace {

struct Lists
{
    QList<TaskService::Task> tasks;
    QList<DisputeService::Dispute> disputes;
    QString error;
};

/// Reads `whose` open tasks and the disputes open for `userId` into `dialog`.
void reload(QPointer<DatabaseWorker> worker, QPointer<WorkListsDialog> dialog, qint64 userId,
            qint64 whose)
{
    if (!worker || !dialog)
        return;
    worker->run(
            dialog.data(),
            [userId, whose](const std::shared_ptr<Database> &db) {
                Lists l;
                auto t = TaskService(db, userId).openTasks(whose);
                auto d = DisputeService(db, userId).open(userId);
                if (t)
                    l.tasks = t.value();
                if (d)
                    l.disputes = d.value();
                l.error = !t ? t.errorString() : !d ? d.errorString() : QString();
                return l;
            },
            [dialog](Lists l) {
                if (!dialog)
                    return;
                dialog->setTasks(l.tasks);
                dialog->setDisputes(l.disputes);
                if (!l.error.isEmpty())
                    dialog->showMessage(l.error);
            });
}

} // namespace

void WorkListsScreen::open(DatabaseWorker *worker, const Subject &subject, QWidget *window,
                           std::function<void()> changed)
{
    auto *dialog = new WorkListsDialog(subject.users, subject.user,
                                       subject.clientId ? subject.clientName : QString(),
                                       subject.today, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocale(subject.locale); // the company's, for the dates it lists
    new WorkListsScreen(worker, subject, window, std::move(changed), dialog);
    reload(worker, dialog, subject.user.id, subject.user.id);
    dialog->open();
}

WorkListsScreen::WorkListsScreen(DatabaseWorker *worker, const Subject &subject, QWidget *window,
                                 std::function<void()> changed, WorkListsDialog *dialog)
    : QObject(dialog)
    , m_worker(worker)
    , m_subject(subject)
    , m_window(window)
    , m_changed(std::move(changed))
    , m_dialog(dialog)
{
    connect(dialog, &WorkListsDialog::reloadRequested, this,
            [this](qint64 whose) { reload(m_worker, m_dialog, m_subject.user.id, whose); });
    connectTasks();
    connectDisputes();
}

void WorkListsScreen::connectTasks()
{
    connect(m_dialog, &WorkListsDialog::taskCreateRequested, this,
            [this](const QString &title, const QDate &due) {
                change(
                        [clientId = m_subject.clientId, title, due](const auto &db, qint64 u) {
                            TaskService::Task t;
                            t.clientId = clientId;
                            t.kind = TaskService::Kind::FollowUp;
                            t.title = title;
                            t.dueDate = due;
                            return TaskService(db, u).create(t);
                        },
                        tr("Task added"));
            });
    connect(m_dialog, &WorkListsDialog::taskDoneRequested, this, [this](qint64 id) {
        change([id](const auto &db, qint64 u) { return TaskService(db, u).markDone(id); },
               tr("Task done"));
    });
    connect(m_dialog, &WorkListsDialog::taskSnoozeRequested, this,
            [this](qint64 id, const QDate &until) {
                change([id, until](const auto &db,
                                   qint64 u) { return TaskService(db, u).snooze(id, until); },
                       tr("Task snoozed until %1").arg(dateformat::date(m_subject.locale, until)));
            });
    connect(m_dialog, &WorkListsDialog::taskReassignRequested, this, [this](qint64 id, qint64 to) {
        change([id, to](const auto &db, qint64 u) { return TaskService(db, u).reassign(id, to); },
               tr("Task reassigned"));
    });
    connect(m_dialog, &WorkListsDialog::reassignAllRequested, this, [this](qint64 from, qint64 to) {
        change(
                [from, to](const auto &db, qint64 u) -> Result<void> {
                    auto n = TaskService(db, u).reassignAll(from, to);
                    if (!n)
                        return n.error();
                    return {};
                },
                tr("Tasks moved"));
    });
}

void WorkListsScreen::connectDisputes()
{
    connect(m_dialog, &WorkListsDialog::disputeCloseRequested, this,
            [this](qint64 id, DisputeService::Closing how, const QString &resolution) {
                change(
                        [id, how, resolution](const auto &db, qint64 u) {
                            return DisputeService(db, u).close(id, how, resolution);
                        },
                        how == DisputeService::Closing::Resolved ? tr("Dispute resolved")
                                                                 : tr("Dispute rejected"));
            });
}

void WorkListsScreen::change(Change work, const QString &done)
{
    if (!m_worker || !m_window)
        return;
    // Reported on the window: Today is refreshed even when the dialog was closed meanwhile.
    m_worker->run(
            m_window.data(),
            [userId = m_subject.user.id, work](const std::shared_ptr<Database> &db) {
                const Result<void> r = work(db, userId);
                return r ? QString() : r.errorString();
            },
            [worker = m_worker, dialog = m_dialog, userId = m_subject.user.id, changed = m_changed,
             done](QString error) {
                if (dialog) {
                    dialog->showMessage(error.isEmpty() ? done : error);
                    reload(worker, dialog, userId, dialog->listedUser());
                }
                if (changed)
                    changed();
            });
}

} // namespace ardesk
