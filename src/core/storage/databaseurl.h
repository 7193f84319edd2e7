// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QString>

namespace ardesk {

/// Where a team database is:
/// `postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE&sslrootcert=FILE]`.
///
/// There is no password in it, ever: libpq reads it from PGPASSWORD or ~/.pgpass when it
/// connects, and ARDesk never stores it. parse() refuses a URL with a password, an unknown
/// parameter or a missing part with a message naming it.
class DatabaseUrl
{
public:
    /// Whether `target` (what --db or File > Open was given) names a team database rather than a
    /// company file.
    static bool isUrl(const QString &target);
    static Result<DatabaseUrl> parse(const QString &target);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString sslMode() const { return m_sslMode; }
    QString sslRootCert() const { return m_sslRootCert; }
    /// libpq connection options beyond host, port, user and database (QPSQL's
    /// setConnectOptions form: `key=value;key=value`).
    QString connectOptions() const;
    /// The URL as shown to users and in messages (it holds no secret).
    QString toString() const;

private:
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_sslMode;
    QString m_sslRootCert;

    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
};

} // namespace ardesk
