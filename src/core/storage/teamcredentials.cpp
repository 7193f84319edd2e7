// SPDX-License-Identifier: MIT
#include "core/storage/teamcredentials.h"

#include "core/storage/databaseurl.h"

#include <mutex>

#include <QHash>

namespace ardesk::TeamCredentials {
namespace {

struct Store
{
    std::mutex mutex;
    QHash<QString, QString> passwords;
    QHash<QString, Source> sources;
};

Store &store()
{
    static Store s;
    return s;
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

/// Drops the password held under `key`; the caller holds the mutex.
void dropLocked(Store &s, const QString &key)
{
    auto it = s.passwords.find(key);
    if (it == s.passwords.end())
        return;
    wipe(it.value());
    s.passwords.erase(it);
}

} // namespace

void wipe(QString &text)
{
    if (!text.isDetached()) { // another copy shares the characters: leave them to it
        text.clear();
        return;
    }
    text.fill(QChar(u'\0'));
    text.clear();
}

void setPassword(const QString &url, const QString &password)
{
    const QString key = keyOf(url);
    Store &s = store();
    std::lock_guard lock(s.mutex);
    dropLocked(s, key);
    if (!password.isEmpty())
        s.passwords.insert(key, password);
}

void setSource(const QString &url, Source source)
{
    const QString key = keyOf(url);
    Store &s = store();
    std::lock_guard lock(s.mutex);
    if (source)
        s.sources.insert(key, std::move(source));
    else
        s.sources.remove(key);
}

bool dropHeldPassword(const QString &url)
{
    const QString key = keyOf(url);
    Store &s = store();
    std::lock_guard lock(s.mutex);
    if (s.sources.contains(key))
        dropLocked(s, key);
    return !s.passwords.contains(key);
}

bool holdsPassword(const QString &url)
{
    const QString key = keyOf(url);
    Store &s = store();
    std::lock_guard lock(s.mutex);
    return s.passwords.contains(key);
}

QString password(const QString &url)
{
    const QString key = keyOf(url);
    Store &s = store();
    Source source;
    {
        std::lock_guard lock(s.mutex);
        if (auto it = s.passwords.constFind(key); it != s.passwords.constEnd())
            return it.value();
        source = s.sources.value(key);
    }
    return source ? source() : QString(); // outside the lock: a keychain takes its time
}

} // namespace ardesk::TeamCredentials
