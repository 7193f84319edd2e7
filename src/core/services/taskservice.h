// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <memory>

#include <QDate>
#include <QList>

namespace ardesk {

/// Follow-up tasks: created by hand (notes and policies create theirs elsewhere), done, snoozed,
/// reassigned one by one or in bulk (a manager). Each change is one write transaction with an
/// audit row; changes check the task's `version` when one is given (optimistic lock). Runs on
/// the calling thread's connection.
class TaskService
{
public:
    enum class Kind { FollowUp, Call, Review, Escalation, Other };
    static QString toString(Kind kind);
    static std::optional<Kind> kindFromString(QStringView key);

    struct Task
    {
        qint64 id = 0;
        qint64 clientId = 0;
        QString clientCode;
        QString clientName;
        qint64 ownerId = 0;
        QString ownerName;
        Kind kind = Kind::FollowUp;
        QString title;
        QDate dueDate;
        QString status; ///< open, done, cancelled
        QString source; ///< manual, note, policy
        qint64 sourceId = 0;
        QDate snoozedUntil;
        int version = 0;
    };

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
    Result<void> change(qint64 taskId, int expectedVersion, const QString &action,
                        const QString &assignments, const QVariantList &values);
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
