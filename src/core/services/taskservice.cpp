// SPDX-License-Identifier: MIT
#include "core/services/taskservice.h"
#include "core/services/authorization.h"

#include "core/storage/clientrepository.h"
#include "core/storage/taskrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"

#include <QCoreApplication>

namespace ardesk {

Result<void> TaskService::create(Task &task)
{
    if (task.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("title: a task needs a title"));
    if (!task.dueDate.isValid())
        return makeError(ErrorCode::InvalidValue, tr("due date: a task needs a due date"));
    return inTransaction(*m_db, [&]() -> Result<void> {
        auto client = ClientRepository(*m_db).find(task.clientId);
        if (!client && client.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound,
                             tr("client: no client with id %1").arg(task.clientId));
        if (!client)
            return client.error();
        if (task.ownerId == 0)
            task.ownerId = client.value().assignedUserId ? client.value().assignedUserId : m_userId;
        if (task.ownerId != m_userId) {
            if (auto a = authorize(*m_db, m_userId, Permission::Tasks); !a)
                return a;
        }
        task.title = task.title.trimmed();
        task.source = TaskSource::Manual;
        task.sourceId = 0;
        task.createdBy = m_userId;
        task.createdAt = QDateTime();
        if (auto r = TaskRepository(*m_db, m_userId).create(task); !r)
            return r.error();
        return {};
    });
}

Result<TaskService::Task> TaskService::find(qint64 taskId) const
{
    return TaskRepository(*m_db, m_userId).find(taskId);
}

Result<void> TaskService::checkOwnOrMayHandle(qint64 taskId) const
{
    auto task = TaskRepository(*m_db, m_userId).find(taskId);
    if (!task)
        return task.error();
    if (task.value().ownerId == m_userId)
        return {};
    return authorize(*m_db, m_userId, Permission::Tasks);
}

Result<void> TaskService::markDone(qint64 taskId, int expectedVersion)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        if (auto a = checkOwnOrMayHandle(taskId); !a)
            return a;
        return TaskRepository(*m_db, m_userId).markDone(taskId, expectedVersion);
    });
}

Result<void> TaskService::snooze(qint64 taskId, const QDate &until, int expectedVersion)
{
    if (!until.isValid())
        return makeError(ErrorCode::InvalidValue, tr("until: not a date"));
    return inTransaction(*m_db, [&]() -> Result<void> {
        if (auto a = checkOwnOrMayHandle(taskId); !a)
            return a;
        return TaskRepository(*m_db, m_userId).snooze(taskId, until, expectedVersion);
    });
}

Result<void> TaskService::checkActive(qint64 userId) const
{
    auto user = UserRepository(*m_db).find(userId);
    if (!user && user.error().code != ErrorCode::NotFound)
        return user.error();
    if (!user || !user.value().active)
        return makeError(ErrorCode::InvalidValue,
                         tr("to: user %1 does not exist or is not active").arg(userId));
    return {};
}

Result<void> TaskService::reassign(qint64 taskId, qint64 toUserId, int expectedVersion)
{
    if (auto a = authorize(*m_db, m_userId, Permission::Reassign); !a)
        return a.error();
    if (auto a = checkActive(toUserId); !a)
        return a;
    return inTransaction(*m_db, [&]() {
        return TaskRepository(*m_db, m_userId).reassign(taskId, toUserId, expectedVersion);
    });
}

Result<int> TaskService::reassignAll(qint64 fromUserId, qint64 toUserId)
{
    if (auto a = authorize(*m_db, m_userId, Permission::Reassign); !a)
        return a.error();
    if (auto a = checkActive(toUserId); !a)
        return a.error();
    return inTransaction(*m_db, [&]() {
        return TaskRepository(*m_db, m_userId).reassignAll(fromUserId, toUserId);
    });
}

Result<QList<TaskService::Task>> TaskService::openTasks(qint64 userId) const
{
    return TaskRepository(*m_db, m_userId).open(userId);
}

} // namespace ardesk
