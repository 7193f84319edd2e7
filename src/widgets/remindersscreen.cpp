// SPDX-License-Identifier: MIT
#include "widgets/remindersscreen.h"

#include "core/services/promiseservice.h"
#include "models/databaseworker.h"
#include "print/statementpdf.h"
#include "widgets/progresspanel.h"
#include "widgets/remindersdialog.h"

#include <QMessageBox>
#include <QStatusBar>

namespace ardesk {
namespace {

struct Planned
{
    std::optional<ReminderService::Plan> plan;
    QString error;
};

struct Applied
{
    std::optional<ReminderService::Outcome> outcome;
    QString error;
};

Planned planFor(const std::shared_ptr<Database> &db, qint64 userId, const QDate &today)
{
    Planned p;
    if (auto e = PromiseService(db, userId).evaluate(today); !e) {
        p.error = e.errorString();
        return p;
    }
    auto plan = ReminderService::withCompanyMail(db, userId).plan(today);
    if (plan)
        p.plan = plan.value();
    else
        p.error = plan.errorString();
    return p;
}

Applied applyPlan(const std::shared_ptr<Database> &db, qint64 userId,
                  const ReminderService::Plan &plan, const Progress &progress)
{
    Applied a;
    auto o = ReminderService::withCompanyMail(db, userId, std::make_shared<StatementPdf>())
                     .apply(plan, progress);
    if (o)
        a.outcome = o.value();
    else
        a.error = o.errorString();
    return a;
}

} // namespace

void RemindersScreen::open(DatabaseWorker *worker, qint64 userId, const QDate &today,
                           const Hooks &hooks)
{
    auto *screen = new RemindersScreen(worker, userId, hooks);
    hooks.status->showMessage(tr("Working out today's reminders…"));
    worker->run(
            screen,
            [userId, today](const std::shared_ptr<Database> &db) {
                return planFor(db, userId, today);
            },
            [screen](Planned p) {
                screen->m_hooks.status->clearMessage();
                if (!p.plan) {
                    QMessageBox::warning(screen->m_hooks.window, tr("Run reminders"), p.error);
                    screen->deleteLater();
                    return;
                }
                screen->showPlan(*p.plan);
            });
}

RemindersScreen::RemindersScreen(DatabaseWorker *worker, qint64 userId, const Hooks &hooks)
    : QObject(hooks.window)
    , m_worker(worker)
    , m_userId(userId)
    , m_hooks(hooks)
{ }

void RemindersScreen::showPlan(const ReminderService::Plan &plan)
{
    auto *dialog = new RemindersDialog(plan, m_hooks.locale, m_hooks.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<RemindersDialog> guard(dialog);
    connect(dialog, &RemindersDialog::applyRequested, this, [this, guard, plan] {
        guard->setApplying(true);
        apply(plan, guard);
    });
    // The run's outcome is still reported after the dialog closed.
    connect(dialog, &QObject::destroyed, this, [this] {
        if (!m_applying)
            deleteLater();
    });
    dialog->open();
}

void RemindersScreen::apply(const ReminderService::Plan &plan, QPointer<RemindersDialog> guard)
{
    if (!m_worker)
        return;
    m_applying = true;
    const Progress progress
            = guard ? guard->progressPanel()->start(tr("Applying the reminders")) : Progress();
    m_worker->run(
            this,
            [userId = m_userId, plan, progress](const std::shared_ptr<Database> &db) {
                return applyPlan(db, userId, plan, progress);
            },
            [this, guard](Applied a) {
                if (guard)
                    guard->progressPanel()->finish();
                if (guard && a.outcome && a.outcome->cancelled) {
                    guard->showStopped(a.outcome->cancelledText());
                    m_applying = false; // the dialog's closing deletes this
                    report(*a.outcome);
                    return;
                }
                if (guard)
                    guard->accept();
                if (!a.outcome)
                    QMessageBox::warning(m_hooks.window, tr("Run reminders"), a.error);
                else
                    report(*a.outcome);
                deleteLater();
            });
}

void RemindersScreen::report(const ReminderService::Outcome &o)
{
    QString text = tr("Reminders: %1 queued, %2, %3, %4.")
                           .arg(tr("%n e-mail(s)", nullptr, o.emails),
                                tr("%n call task(s)", nullptr, o.callTasks),
                                tr("%n credit hold(s)", nullptr, o.creditHolds),
                                tr("%n escalation(s)", nullptr, o.escalations));
    if (o.cancelled)
        text += QLatin1Char(' ') + o.cancelledText();
    if (!o.problems.isEmpty())
        text += tr(" Problems: %1").arg(o.problems.join(QStringLiteral("; ")));
    m_hooks.status->showMessage(text, 15000);
    if (m_hooks.applied)
        m_hooks.applied();
}

} // namespace ardesk
