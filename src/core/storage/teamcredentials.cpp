// SPDX-License-Identifier: MIT
#include "core/storage/teamcredentials.h"

#include "core/storage/databaseurl.h"

#include <mutex>

#include <QHash>

namespace ardesk::TeamCredentials {
namespace {

std::mutex g_mutex;

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byAddress;
    return byAddress;
}

/// The address without its TLS parameters: one login on one database.
QString keyOf(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return url;
    const DatabaseUrl &u = parsed.value();
    return QStringLiteral("%1@%2:%3/%4")
            .arg(u.user(), u.host())
            .arg(u.port())
            .arg(u.databaseName());
}

} // namespace

void setPassword(const QString &url, const QString &password)
{
    const QString key = keyOf(url);
    std::lock_guard lock(g_mutex);
    if (password.isEmpty())
        passwords().remove(key);
    else
        passwords().insert(key, password);
}

QString password(const QString &url)
{
    const QString key = keyOf(url);
    std::lock_guard lock(g_mutex);
    return passwords().value(key);
}

} // namespace ardesk::TeamCredentials
