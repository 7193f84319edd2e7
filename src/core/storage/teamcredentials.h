// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ardesk {

/// The passwords of team database logins that the window was given (typed, or read from the OS
/// keychain), held in this process's memory for every connection opened to that address — also
/// the ones a Database opens again after the server was away. Never written or logged. An
/// address with none: libpq reads PGPASSWORD or ~/.pgpass itself. Thread-safe.
namespace TeamCredentials {

/// Uses `password` for connections to the team database `url` (an address as
/// DatabaseUrl::parse takes it); an empty password forgets it.
void setPassword(const QString &url, const QString &password);
/// The password given for `url`; empty when none was.
QString password(const QString &url);

} // namespace TeamCredentials

} // namespace ardesk
