// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QString>

namespace ardesk {

/// Where the connections to a team database get their login's password from, when the window
/// was given one (typed, or read from the OS keychain) — also the connections a Database opens
/// again after the server was away. A password with a source (the keychain) is not held: the
/// source is asked again for each new connection, and a password held while a database opened
/// is dropped (overwritten) once the window's connection is made (dropHeldPassword). A password
/// typed and not kept anywhere has no source: it is held in memory while the database is open.
/// Never written or logged. An address with neither: libpq reads PGPASSWORD or ~/.pgpass
/// itself, at each connection. Thread-safe.
namespace TeamCredentials {

/// Reads a password again from where it is kept; empty when it finds none. Called on the thread
/// that connects (a worker, or the window's thread when its connection was lost).
using Source = std::function<QString()>;

/// Holds `password` for connections to the team database `url` (an address as DatabaseUrl::parse
/// takes it); an empty password drops (overwrites) the one held.
void setPassword(const QString &url, const QString &password);
/// Asks `source` for the password of `url` whenever no password is held; a null source forgets
/// the one set.
void setSource(const QString &url, Source source);
/// Drops (overwrites) the password held for `url` when a source can give it again; true when no
/// password is held for `url` afterwards.
bool dropHeldPassword(const QString &url);
/// Whether a password is held in memory for `url` (a source aside).
bool holdsPassword(const QString &url);
/// The password for a new connection to `url`: the one held, else its source's answer (which
/// may take the time the keychain takes), else empty.
QString password(const QString &url);
/// Overwrites the characters of `text` (when no other copy shares them) and empties it.
void wipe(QString &text);

} // namespace TeamCredentials

} // namespace ardesk
