// SPDX-License-Identifier: MIT
#include "core/services/taskservice.h"

#include "core/storage/auditlog.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ardesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TaskService", text);
}
constexpr TaskService::Kind kKinds[]
        = {TaskService::Kind::FollowUp, TaskService::Kind::Call, TaskService::Kind::Review,
           TaskService::Kind::Escalation, TaskService::Kind::Other};

const QString kSelect = QStringLiteral(
        "SELECT t.id, t.client_id, c.code, c.name, t.owner_id, u.name, t.kind, t.title, "
        "t.due_date, t.status, t.source, t.source_id, t.snoozed_until, t.version FROM tasks t "
        "JOIN clients c ON c.id = t.client_id LEFT JOIN users u ON u.id = t.owner_id ");

TaskService::Task taskFrom(const QSqlQuery &r)
{
    TaskService::Task t;
    t.id = r.value(0).toLongLong();
    t.clientId = r.value(1).toLongLong();
    t.clientCode = r.value(2).toString();
    t.clientName = r.value(3).toString();
    t.ownerId = r.value(4).toLongLong();
    t.ownerName = r.value(5).toString();
    t.kind = TaskService::kindFromString(r.value(6).toString()).value_or(TaskService::Kind::Other);
    t.title = r.value(7).toString();
    t.dueDate = timeutil::dateFromStorage(r.value(8).toString());
    t.status = r.value(9).toString();
    t.source = r.value(10).toString();
    t.sourceId = r.value(11).toLongLong();
    t.snoozedUntil = timeutil::dateFromStorage(r.value(12).toString());
    t.version = r.value(13).toInt();
    return t;
}

QJsonObject toJson(const TaskService::Task &t)
{
    return QJsonObject {{QStringLiteral("owner_id"), t.ownerId},
                        {QStringLiteral("status"), t.status},
                        {QStringLiteral("due_date"), timeutil::toStorage(t.dueDate)},
                        {QStringLiteral("snoozed_until"), timeutil::toStorage(t.snoozedUntil)},
                        {QStringLiteral("title"), t.title},
                        {QStringLiteral("kind"), TaskService::toString(t.kind)}};
}
} // namespace

QString TaskService::toString(Kind kind)
{
    switch (kind) {
    case Kind::FollowUp:
        return QStringLiteral("follow_up");
    case Kind::Call:
        return QStringLiteral("call");
    case Kind::Review:
        return QStringLiteral("review");
    case Kind::Escalation:
        return QStringLiteral("escalation");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return QString();
}

std::optional<TaskService::Kind> TaskService::kindFromString(QStringView key)
{
    for (Kind k : kKinds) {
        if (key == toString(k))
            return k;
    }
    return std::nullopt;
}

Result<void> TaskService::create(Task &task)
{
    if (task.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("title: a task needs a title"));
    if (!task.dueDate.isValid())
        return makeError(ErrorCode::InvalidValue, tr("due date: a task needs a due date"));
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b;
    auto clerk
            = sql::scalar(db, QStringLiteral("SELECT assigned_user_id FROM clients WHERE id = ?"),
                          {task.clientId}, QStringLiteral("missing"));
    if (!clerk)
        return clerk.error();
    if (clerk.value().toString() == QLatin1String("missing"))
        return makeError(ErrorCode::NotFound,
                         tr("client: no client with id %1").arg(task.clientId));
    if (task.ownerId == 0)
        task.ownerId = clerk.value().toLongLong() ? clerk.value().toLongLong() : m_userId;
    auto r = sql::exec(db,
                       QStringLiteral("INSERT INTO tasks (client_id, owner_id, kind, title, "
                                      "due_date, status, source, created_at, created_by) VALUES "
                                      "(?,?,?,?,?,'open','manual',?,?)"),
                       {task.clientId, sql::nullIfZero(task.ownerId), toString(task.kind),
                        task.title.trimmed(), timeutil::toStorage(task.dueDate),
                        timeutil::toStorage(m_db->clock()->now()), sql::nullIfZero(m_userId)});
    if (!r)
        return r.error();
    task.id = r.value().lastInsertId().toLongLong();
    task.version = 1;
    task.status = QStringLiteral("open");
    task.source = QStringLiteral("manual");
    if (auto a = AuditLog(db, m_userId)
                         .record(QStringLiteral("task"), task.id, QStringLiteral("create"), {},
                                 toJson(task));
        !a)
        return a;
    return tx.commit();
}

Result<TaskService::Task> TaskService::find(qint64 taskId) const
{
    auto q = sql::exec(m_db->connection(), kSelect + QStringLiteral("WHERE t.id = ?"), {taskId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no task with id %1").arg(taskId));
    return taskFrom(q.value());
}

Result<void> TaskService::change(qint64 taskId, int expectedVersion, const QString &action,
                                 const QString &assignments, const QVariantList &values)
{
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b;
    auto before = find(taskId);
    if (!before)
        return before.error();
    if (before.value().status != QLatin1String("open"))
        return makeError(ErrorCode::Conflict,
                         tr("task %1 is %2, not open").arg(taskId).arg(before.value().status));
    if (expectedVersion != 0 && before.value().version != expectedVersion)
        return makeError(ErrorCode::Conflict,
                         tr("task %1 was changed by someone else: reload it").arg(taskId));
    QVariantList binds = values;
    binds << taskId << before.value().version;
    auto u = sql::exec(db,
                       QStringLiteral("UPDATE tasks SET %1, version = version + 1 WHERE id = ? "
                                      "AND version = ?")
                               .arg(assignments),
                       binds);
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("task %1 was changed by someone else: reload it").arg(taskId));
    auto after = find(taskId);
    if (!after)
        return after.error();
    if (auto a = AuditLog(db, m_userId)
                         .record(QStringLiteral("task"), taskId, action, toJson(before.value()),
                                 toJson(after.value()));
        !a)
        return a;
    return tx.commit();
}

Result<void> TaskService::markDone(qint64 taskId, int expectedVersion)
{
    return change(taskId, expectedVersion, QStringLiteral("done"),
                  QStringLiteral("status = 'done', done_at = ?"),
                  {timeutil::toStorage(m_db->clock()->now())});
}

Result<void> TaskService::snooze(qint64 taskId, const QDate &until, int expectedVersion)
{
    if (!until.isValid())
        return makeError(ErrorCode::InvalidValue, tr("until: not a date"));
    return change(taskId, expectedVersion, QStringLiteral("snooze"),
                  QStringLiteral("snoozed_until = ?"), {timeutil::toStorage(until)});
}

Result<void> TaskService::reassign(qint64 taskId, qint64 toUserId, int expectedVersion)
{
    auto active = sql::scalar(m_db->connection(),
                              QStringLiteral("SELECT active FROM users WHERE id = ?"), {toUserId});
    if (!active)
        return active.error();
    if (active.value().isNull() || active.value().toInt() == 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("to: user %1 does not exist or is not active").arg(toUserId));
    return change(taskId, expectedVersion, QStringLiteral("reassign"),
                  QStringLiteral("owner_id = ?"), {toUserId});
}

Result<int> TaskService::reassignAll(qint64 fromUserId, qint64 toUserId)
{
    QSqlDatabase db = m_db->connection();
    auto role = sql::scalar(db, QStringLiteral("SELECT role FROM users WHERE id = ?"), {m_userId});
    if (!role)
        return role.error();
    if (role.value().toString() != QLatin1String("manager")
        && role.value().toString() != QLatin1String("admin"))
        return makeError(ErrorCode::PermissionDenied,
                         tr("only a manager can reassign a clerk's tasks in bulk"));
    auto active
            = sql::scalar(db, QStringLiteral("SELECT active FROM users WHERE id = ?"), {toUserId});
    if (!active)
        return active.error();
    if (active.value().isNull() || active.value().toInt() == 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("to: user %1 does not exist or is not active").arg(toUserId));
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b.error();
    auto u = sql::exec(db,
                       QStringLiteral("UPDATE tasks SET owner_id = ?, version = version + 1 WHERE "
                                      "owner_id = ? AND status = 'open'"),
                       {toUserId, fromUserId});
    if (!u)
        return u.error();
    const int moved = u.value().numRowsAffected();
    if (auto a
        = AuditLog(db, m_userId)
                  .record(QStringLiteral("user"), fromUserId, QStringLiteral("reassign_tasks"),
                          QJsonObject {{QStringLiteral("owner_id"), fromUserId}},
                          QJsonObject {{QStringLiteral("owner_id"), toUserId},
                                       {QStringLiteral("tasks"), moved}});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return moved;
}

Result<QList<TaskService::Task>> TaskService::openTasks(qint64 userId) const
{
    QString statement = kSelect + QStringLiteral("WHERE t.status = 'open'");
    QVariantList binds;
    if (userId != 0) {
        statement += QStringLiteral(" AND t.owner_id = ?");
        binds << userId;
    }
    statement += QStringLiteral(" ORDER BY t.due_date, t.id");
    auto q = sql::exec(m_db->connection(), statement, binds);
    if (!q)
        return q.error();
    QList<Task> out;
    while (q.value().next())
        out.append(taskFrom(q.value()));
    return out;
}

} // namespace ardesk
