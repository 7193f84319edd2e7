// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ardesk {

enum class TaskKind { FollowUp, Call, Review, Escalation, Other };
QString toString(TaskKind kind);
std::optional<TaskKind> taskKindFromString(QStringView key);

/// Where a task came from: made by hand, from a note's next-contact date, or by a reminder
/// policy step.
enum class TaskSource { Manual, Note, Policy };
QString toString(TaskSource source);
std::optional<TaskSource> taskSourceFromString(QStringView key);

/// A follow-up task on a client: who does what by when, and what created it.
struct Task
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientCode; ///< read only (listing)
    QString clientName; ///< read only (listing)
    qint64 ownerId = 0;
    QString ownerName; ///< read only (listing)
    TaskKind kind = TaskKind::FollowUp;
    QString title;
    QDate dueDate;
    QString status; ///< open, done, cancelled
    TaskSource source = TaskSource::Manual;
    qint64 sourceId = 0; ///< the note (Note) or policy step (Policy); 0 for Manual
    QDate snoozedUntil;
    int version = 0;
    qint64 createdBy = 0; ///< when created: 0 is the acting user
    QDateTime createdAt; ///< when created: invalid is now
};

} // namespace ardesk
