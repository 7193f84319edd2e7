// SPDX-License-Identifier: MIT
#include "core/support/paths.h"

#include <pwd.h>
#include <unistd.h>

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
    // Started without a login environment (cron, a service, some display managers).
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("user");
}

} // namespace ardesk::paths
