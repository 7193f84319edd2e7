// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/task.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ardesk {

/// Follow-up tasks: created by hand (notes and policies create theirs through the same
/// TaskRepository::create), done, snoozed, reassigned one by one or in bulk (a manager). Each
/// change is one write transaction with an audit row (written by TaskRepository); changes check
/// the task's `version` when one is given (optimistic lock). Runs on the calling thread's
/// connection.
class TaskService
{
public:
    using Kind = TaskKind;
    static QString toString(Kind kind) { return ardesk::toString(kind); }
    static std::optional<Kind> kindFromString(QStringView key) { return taskKindFromString(key); }
    using Task = ardesk::Task;

    TaskService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// A task by hand (client, kind, title, due date; owner 0: the client's clerk, else the
    /// acting user). Sets id and version.
    Result<void> create(Task &task);
    Result<Task> find(qint64 taskId) const;
    /// expectedVersion 0: no check.
    Result<void> markDone(qint64 taskId, int expectedVersion = 0);
    /// Hidden from the queue until `until` (after today).
    Result<void> snooze(qint64 taskId, const QDate &until, int expectedVersion = 0);
    Result<void> reassign(qint64 taskId, qint64 toUserId, int expectedVersion = 0);
    /// Every open task of `fromUserId` to `toUserId`; the acting user must be a manager or an
    /// admin. Returns how many moved.
    Result<int> reassignAll(qint64 fromUserId, qint64 toUserId);
    /// Open tasks of a user (0: everyone's), due first; snoozed ones included (snoozedUntil).
    Result<QList<Task>> openTasks(qint64 userId) const;

private:
    /// InvalidValue unless `userId` is an active user.
    Result<void> checkActive(qint64 userId) const;
    /// Refused unless the task is the acting user's or they may handle others' (Permission::Tasks).
    Result<void> checkOwnOrMayHandle(qint64 taskId) const;
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(TaskService)
};

} // namespace ardesk
