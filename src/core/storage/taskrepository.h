// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/task.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Tasks: the one place a task is created, changed or cancelled. Every write is audited here
/// (entity "task"; a bulk reassignment as one row on the user whose tasks moved), so a task made
/// by hand, from a note's next-contact date or by a reminder policy step leaves the same trail,
/// and every write moves the client's next contact (ArSummary::tasksChanged).
/// Changes are optimistic: the task's version must not have moved since it was read. Callers
/// own the write transaction; runs on the calling thread's connection.
class TaskRepository
{
public:
    /// The one statement that writes a task row (status bound; `create` binds 'open'). The demo
    /// generator's bulk path runs the same text without the audit row.
    static constexpr const char *kInsertSql
            = "INSERT INTO tasks (client_id, owner_id, kind, title, due_date, status, source, "
              "source_id, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)";

    /// On this thread's connection of `db`; `userId` is the acting user (audit rows).
    TaskRepository(const Database &db, qint64 userId)
        : m_db(db.connection())
        , m_userId(userId)
    { }

    /// Stores an open task (kind, title, due date, owner, source, source id; createdBy 0: the
    /// acting user; createdAt invalid: now) and its audit row ("create", with the source). Sets
    /// id, status and version.
    Result<qint64> create(Task &task);
    /// NotFound when there is no such task.
    Result<Task> find(qint64 taskId) const;
    /// Open tasks of a user (0: everyone's), due first; snoozed ones included.
    Result<QList<Task>> open(qint64 ownerId) const;

    /// Marks an open task done now. `expectedVersion` 0: no check. Conflict when the task is
    /// not open or its version moved.
    Result<void> markDone(qint64 taskId, int expectedVersion);
    /// Hides an open task until `until`.
    Result<void> snooze(qint64 taskId, const QDate &until, int expectedVersion);
    /// Gives an open task to `ownerId`.
    Result<void> reassign(qint64 taskId, qint64 ownerId, int expectedVersion);
    /// Every open task of `fromUserId` to `toUserId`; returns how many moved.
    Result<int> reassignAll(qint64 fromUserId, qint64 toUserId);
    /// Cancels the open tasks a note created (the note changed its next contact or was
    /// deleted); returns how many.
    Result<int> cancelFromNote(qint64 noteId);
    /// Marks done, as answered by note `noteId` (a conversation at `occurredAt` that set the next
    /// contact to `nextContact`), the client's open contact tasks (follow-ups and calls) it
    /// supersedes: every one a note of that time or earlier set, whatever its date (the newer
    /// conversation moved it), and those made by hand or by a policy that are due (or snoozed)
    /// up to `nextContact`. A follow-up a later conversation set stays. Returns how many.
    Result<int> answerContactTasks(qint64 clientId, qint64 noteId, const QDateTime &occurredAt,
                                   const QDate &nextContact);

private:
    /// Sets each (task id, client id) of `tasks` to `status` ("done" or "cancelled") with an
    /// audit row carrying `why`, and moves the clients' next contact.
    Result<int> close(const QList<std::pair<qint64, qint64>> &tasks, const QString &status,
                      const QJsonObject &why);
    Result<void> change(qint64 taskId, int expectedVersion, const QString &action,
                        const QString &assignments, const QVariantList &values);
    Result<void> audit(qint64 taskId, const QString &action, const QJsonObject &before,
                       const QJsonObject &after);

    QSqlDatabase m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(TaskRepository)
};

} // namespace ardesk
