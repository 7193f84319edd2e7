// SPDX-License-Identifier: MIT
#include "core/services/teampassword.h"

#include "core/mail/secretstore.h"
#include "core/storage/databaseurl.h"

namespace ardesk {

QString TeamPassword::serviceName()
{
    return QStringLiteral("ARDesk team database");
}

QString TeamPassword::keyFor(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return QString();
    const DatabaseUrl &u = parsed.value();
    return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(u.user(), u.host())
            .arg(u.port())
            .arg(u.databaseName());
}

bool TeamPassword::isMissing(const Error &error)
{
    // libpq's words when the server asks for a password and none was given.
    return error.message.contains(QLatin1String("no password supplied"));
}

QString TeamPassword::missingHint()
{
    return tr("the server asks for a password: type it in File > Open team database… (tick "
              "\"Remember in the keychain\" to keep it there), or put it in PGPASSWORD or "
              "~/.pgpass");
}

Result<QString> TeamPassword::find(SecretStore &store, const QString &url)
{
    const QString key = keyFor(url);
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("%1 is no team database address").arg(url));
    return store.read(key);
}

Result<void> TeamPassword::remember(SecretStore &store, const QString &url, const QString &password)
{
    const QString key = keyFor(url);
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("%1 is no team database address").arg(url));
    return store.write(key, password);
}

} // namespace ardesk
