// SPDX-License-Identifier: MIT
#include "core/storage/taskrepository.h"

#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ardesk {

namespace {

const QString kSelect = QStringLiteral(
        "SELECT t.id, t.client_id, c.code, c.name, t.owner_id, u.name, t.kind, t.title, "
        "t.due_date, t.status, t.source, t.source_id, t.snoozed_until, t.version FROM tasks t "
        "JOIN clients c ON c.id = t.client_id LEFT JOIN users u ON u.id = t.owner_id ");

Task taskFrom(const QSqlQuery &r)
{
    Task t;
    t.id = r.value(0).toLongLong();
    t.clientId = r.value(1).toLongLong();
    t.clientCode = r.value(2).toString();
    t.clientName = r.value(3).toString();
    t.ownerId = r.value(4).toLongLong();
    t.ownerName = r.value(5).toString();
    t.kind = taskKindFromString(r.value(6).toString()).value_or(TaskKind::Other);
    t.title = r.value(7).toString();
    t.dueDate = timeutil::dateFromStorage(r.value(8).toString());
    t.status = r.value(9).toString();
    t.source = taskSourceFromString(r.value(10).toString()).value_or(TaskSource::Manual);
    t.sourceId = r.value(11).toLongLong();
    t.snoozedUntil = timeutil::dateFromStorage(r.value(12).toString());
    t.version = r.value(13).toInt();
    return t;
}

/// The audit form of a task.
QJsonObject toJson(const Task &t)
{
    return QJsonObject {{QStringLiteral("owner_id"), t.ownerId},
                        {QStringLiteral("status"), t.status},
                        {QStringLiteral("due_date"), timeutil::toStorage(t.dueDate)},
                        {QStringLiteral("snoozed_until"), timeutil::toStorage(t.snoozedUntil)},
                        {QStringLiteral("title"), t.title},
                        {QStringLiteral("kind"), toString(t.kind)}};
}

} // namespace

Result<qint64> TaskRepository::create(Task &task)
{
    const qint64 createdBy = task.createdBy ? task.createdBy : m_userId;
    const QString createdAt
            = task.createdAt.isValid() ? timeutil::toStorage(task.createdAt) : sql::nowUtc(m_db);
    auto r = sql::write(m_db, QString::fromLatin1(kInsertSql),
                        {task.clientId, sql::nullIfZero(task.ownerId), toString(task.kind),
                         task.title, timeutil::toStorage(task.dueDate), QStringLiteral("open"),
                         toString(task.source), sql::nullIfZero(task.sourceId), createdAt,
                         sql::nullIfZero(createdBy)});
    if (!r)
        return r.error();
    task.id = r.value().lastInsertId;
    task.version = 1;
    task.status = QStringLiteral("open");
    task.createdBy = createdBy;
    task.createdAt = timeutil::instantFromStorage(createdAt);
    QJsonObject after = toJson(task);
    after.insert(QStringLiteral("source"), toString(task.source));
    if (task.sourceId)
        after.insert(QStringLiteral("source_id"), task.sourceId);
    if (auto a = audit(task.id, QStringLiteral("create"), {}, after); !a)
        return a.error();
    if (auto n = ArSummary(m_db).tasksChanged(task.clientId); !n)
        return n.error();
    return task.id;
}

Result<Task> TaskRepository::find(qint64 taskId) const
{
    auto q = sql::exec(m_db, kSelect + QStringLiteral("WHERE t.id = ?"), {taskId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no task with id %1").arg(taskId));
    return taskFrom(q.value());
}

Result<QList<Task>> TaskRepository::open(qint64 ownerId) const
{
    QString statement = kSelect + QStringLiteral("WHERE t.status = 'open'");
    QVariantList binds;
    if (ownerId != 0) {
        statement += QStringLiteral(" AND t.owner_id = ?");
        binds << ownerId;
    }
    statement += QStringLiteral(" ORDER BY t.due_date, t.id");
    auto q = sql::exec(m_db, statement, binds);
    if (!q)
        return q.error();
    QList<Task> out;
    while (q.value().next())
        out.append(taskFrom(q.value()));
    return out;
}

Result<void> TaskRepository::markDone(qint64 taskId, int expectedVersion)
{
    return change(taskId, expectedVersion, QStringLiteral("done"),
                  QStringLiteral("status = 'done', done_at = ?"), {sql::nowUtc(m_db)});
}

Result<void> TaskRepository::snooze(qint64 taskId, const QDate &until, int expectedVersion)
{
    return change(taskId, expectedVersion, QStringLiteral("snooze"),
                  QStringLiteral("snoozed_until = ?"), {timeutil::toStorage(until)});
}

Result<void> TaskRepository::reassign(qint64 taskId, qint64 ownerId, int expectedVersion)
{
    return change(taskId, expectedVersion, QStringLiteral("reassign"),
                  QStringLiteral("owner_id = ?"), {ownerId});
}

Result<void> TaskRepository::change(qint64 taskId, int expectedVersion, const QString &action,
                                    const QString &assignments, const QVariantList &values)
{
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
    auto u = sql::exec(m_db,
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
    if (auto n = ArSummary(m_db).tasksChanged(before.value().clientId); !n)
        return n.error();
    return audit(taskId, action, toJson(before.value()), toJson(after.value()));
}

Result<int> TaskRepository::reassignAll(qint64 fromUserId, qint64 toUserId)
{
    auto u = sql::exec(m_db,
                       QStringLiteral("UPDATE tasks SET owner_id = ?, version = version + 1 WHERE "
                                      "owner_id = ? AND status = 'open'"),
                       {toUserId, fromUserId});
    if (!u)
        return u.error();
    const int moved = u.value().numRowsAffected();
    if (auto a
        = AuditLog(m_db, m_userId)
                  .record(QStringLiteral("user"), fromUserId, QStringLiteral("reassign_tasks"),
                          QJsonObject {{QStringLiteral("owner_id"), fromUserId}},
                          QJsonObject {{QStringLiteral("owner_id"), toUserId},
                                       {QStringLiteral("tasks"), moved}});
        !a)
        return a.error();
    return moved;
}

Result<int> TaskRepository::cancelFromNote(qint64 noteId)
{
    auto open = sql::exec(m_db,
                          QStringLiteral("SELECT id, client_id FROM tasks WHERE source = 'note' "
                                         "AND source_id = ? AND status = 'open'"),
                          {noteId});
    if (!open)
        return open.error();
    QList<std::pair<qint64, qint64>> tasks; // id, client
    while (open.value().next())
        tasks.append({open.value().value(0).toLongLong(), open.value().value(1).toLongLong()});
    return close(tasks, QStringLiteral("cancelled"),
                 QJsonObject {{QStringLiteral("note_id"), noteId}});
}

Result<int> TaskRepository::answerContactTasks(qint64 clientId, qint64 noteId,
                                               const QDateTime &occurredAt,
                                               const QDate &nextContact)
{
    auto open = sql::exec(
            m_db,
            QStringLiteral(
                    "SELECT t.id FROM tasks t WHERE t.client_id = ? AND t.status = 'open' AND "
                    "t.kind IN ('follow_up', 'call') AND NOT (t.source = 'note' AND t.source_id = "
                    "?) "
                    "AND CASE WHEN "
                    "t.source = 'note' THEN COALESCE((SELECT r.occurred_at FROM note_revisions r "
                    "WHERE r.note_id = t.source_id ORDER BY r.id DESC LIMIT 1), '') <= ? ELSE "
                    "%1 <= ? END ORDER BY t.id")
                    .arg(sql::greatest(sql::dialectOf(m_db),
                                       {QStringLiteral("t.due_date"),
                                        QStringLiteral("COALESCE(t.snoozed_until, t.due_date)")})),
            {clientId, noteId, timeutil::toStorage(occurredAt), timeutil::toStorage(nextContact)});
    if (!open)
        return open.error();
    QList<std::pair<qint64, qint64>> tasks;
    while (open.value().next())
        tasks.append({open.value().value(0).toLongLong(), clientId});
    return close(tasks, QStringLiteral("done"),
                 QJsonObject {{QStringLiteral("answered_by_note_id"), noteId}});
}

Result<int> TaskRepository::close(const QList<std::pair<qint64, qint64>> &tasks,
                                  const QString &status, const QJsonObject &why)
{
    const bool done = status == QLatin1String("done");
    QList<qint64> clients;
    for (const auto &[id, clientId] : tasks) {
        auto r = sql::write(m_db,
                            done ? QStringLiteral("UPDATE tasks SET status = 'done', done_at = ?, "
                                                  "version = version + 1 WHERE id = ? AND status "
                                                  "= 'open'")
                                 : QStringLiteral("UPDATE tasks SET status = 'cancelled', version "
                                                  "= version + 1 WHERE id = ? AND status = "
                                                  "'open'"),
                            done ? QVariantList {sql::nowUtc(m_db), id} : QVariantList {id});
        if (!r)
            return r.error();
        QJsonObject after = why;
        after.insert(QStringLiteral("status"), status);
        if (auto a = audit(id, done ? QStringLiteral("done") : QStringLiteral("cancel"),
                           QJsonObject {{QStringLiteral("status"), QStringLiteral("open")}}, after);
            !a)
            return a.error();
        if (!clients.contains(clientId))
            clients.append(clientId);
    }
    for (qint64 clientId : std::as_const(clients)) {
        if (auto n = ArSummary(m_db).tasksChanged(clientId); !n)
            return n.error();
    }
    return int(tasks.size());
}

Result<void> TaskRepository::audit(qint64 taskId, const QString &action, const QJsonObject &before,
                                   const QJsonObject &after)
{
    return AuditLog(m_db, m_userId).record(QStringLiteral("task"), taskId, action, before, after);
}

} // namespace ardesk
