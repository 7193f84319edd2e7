// SPDX-License-Identifier: MIT
#include "core/support/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace ardesk::paths {

QString dataDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    dir += QStringLiteral("/ARDesk");
    QDir().mkpath(dir);
    return dir;
}

QString logDirectory()
{
    return dataDirectory() + QStringLiteral("/logs");
}

QString demoCompanyFile()
{
    return dataDirectory() + QStringLiteral("/demo.ardesk");
}

QString osLoginName()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("user");
}

} // namespace ardesk::paths
