// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/reminderservice.h"

#include <functional>

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QPointer>

class QStatusBar;
class QWidget;

namespace ardesk {

class DatabaseWorker;
class RemindersDialog;

/// Work > Run reminders: works out today's plan on the worker (promises evaluated first), shows
/// it in a RemindersDialog, and applies it when asked (e-mails queued through the outbox when
/// mail is set up). Progress and the outcome go to the status bar; `applied` runs after a run
/// (the window refreshes the list, Today and the client).
class RemindersScreen : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        QWidget *window = nullptr; ///< the dialog's parent and where warnings show
        QStatusBar *status = nullptr;
        std::function<void()> applied;
        QLocale locale; ///< the company's: dates as everywhere else (dateformat)
    };

    static void open(DatabaseWorker *worker, qint64 userId, const QDate &today, const Hooks &hooks);

private:
    RemindersScreen(DatabaseWorker *worker, qint64 userId, const Hooks &hooks);
    void showPlan(const ReminderService::Plan &plan);
    void apply(const ReminderService::Plan &plan, QPointer<RemindersDialog> dialog);
    void report(const ReminderService::Outcome &outcome);

    QPointer<DatabaseWorker> m_worker;
    qint64 m_userId = 0;
    Hooks m_hooks;
    bool m_applying = false; ///< a run was started: this lives until it is reported
};

} // namespace ardesk
