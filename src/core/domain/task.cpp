// SPDX-License-Identifier: MIT
#include "core/domain/task.h"

namespace ardesk {

QString toString(TaskKind kind)
{
    switch (kind) {
    case TaskKind::FollowUp:
        return QStringLiteral("follow_up");
    case TaskKind::Call:
        return QStringLiteral("call");
    case TaskKind::Review:
        return QStringLiteral("review");
    case TaskKind::Escalation:
        return QStringLiteral("escalation");
    case TaskKind::Other:
        return QStringLiteral("other");
    }
    return QString();
}

std::optional<TaskKind> taskKindFromString(QStringView key)
{
    for (TaskKind k : {TaskKind::FollowUp, TaskKind::Call, TaskKind::Review, TaskKind::Escalation,
                       TaskKind::Other}) {
        if (key == toString(k))
            return k;
    }
    return std::nullopt;
}

QString toString(TaskSource source)
{
    switch (source) {
    case TaskSource::Manual:
        return QStringLiteral("manual");
    case TaskSource::Note:
        return QStringLiteral("note");
    case TaskSource::Policy:
        return QStringLiteral("policy");
    }
    return QString();
}

std::optional<TaskSource> taskSourceFromString(QStringView key)
{
    for (TaskSource s : {TaskSource::Manual, TaskSource::Note, TaskSource::Policy}) {
        if (key == toString(s))
            return s;
    }
    return std::nullopt;
}

} // namespace ardesk
