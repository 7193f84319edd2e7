// SPDX-License-Identifier: MIT
#include "core/domain/statement.h"

namespace ardesk {

QString StatementData::bucketName(int daysOverdue)
{
    if (daysOverdue <= 0)
        return tr("Not due");
    if (daysOverdue <= 30)
        return QStringLiteral("1–30");
    if (daysOverdue <= 60)
        return QStringLiteral("31–60");
    if (daysOverdue <= 90)
        return QStringLiteral("61–90");
    return QStringLiteral("90+");
}

} // namespace ardesk
