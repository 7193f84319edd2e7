// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QString>

namespace ardesk {

class SecretStore;

/// Where the window keeps the password of a team database's login: only in the OS keychain
/// (QtKeychain, service "ARDesk team database"), under the address without its TLS parameters
/// (`postgresql://dana.ortiz@db.example:5432/acme`). Without one there, PostgreSQL's client
/// library reads PGPASSWORD or ~/.pgpass itself. Never QSettings, the database or a log. Every
/// call may block on the keychain (QtKeychain in a local event loop).
class TeamPassword
{
    Q_DECLARE_TR_FUNCTIONS(TeamPassword)

public:
    static QString serviceName();
    /// The keychain key of the team database `url`; empty when `url` is no team database address.
    static QString keyFor(const QString &url);
    /// Whether opening a team database failed because the server asked for a password that
    /// neither the caller nor PGPASSWORD / ~/.pgpass gave.
    static bool isMissing(const Error &error);
    /// What to do about a missing password, for the end of such an error.
    static QString missingHint();
    /// The password kept for `url` in `store`; NotFound when none is, another error when the
    /// keychain cannot be asked.
    static Result<QString> find(SecretStore &store, const QString &url);
    /// Keeps `password` for `url` in `store` (replacing one kept before).
    static Result<void> remember(SecretStore &store, const QString &url, const QString &password);
};

} // namespace ardesk
