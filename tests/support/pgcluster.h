// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ardesk::test {

/// A throwaway PostgreSQL 15 server for one test process: its own cluster in a temporary folder,
/// listening on 127.0.0.1 only (a free port; its socket in that folder), trust authentication
/// for local TCP connections, owned by the test and by nothing else (never a shared system
/// server).
///
/// start() runs initdb and pg_ctl (as the `postgres` user through runuser when the test runs as
/// root, since PostgreSQL refuses to run as root; directly otherwise) and waits until the server
/// accepts connections. The destructor stops the server (immediate mode) and removes the folder,
/// also when the test failed. Not thread-safe; one cluster per test executable is enough.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /// Extra server settings (`-c name=value …`) for start() and resume(), after the tests' own
    /// (fsync off): the bench's server writes durably, as a real one does.
    void setServerOptions(const QString &options) { m_serverOptions = options; }
    /// The cluster's folder (its data and the server's log), empty before start().
    QString path() const;

    /// Creates and starts the cluster; false with errorString() when a step failed.
    bool start();
    void stop();
    /// Stops the server at once (`pg_ctl stop -m immediate`: to its clients, a crash or a lost
    /// network), keeping the cluster; resume() starts it again on the same port. False with
    /// errorString() when a step failed.
    bool halt();
    bool resume();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    int port() const { return m_port; }
    /// The cluster's superuser (may CREATE EXTENSION).
    QString superuser() const { return QStringLiteral("ardesk"); }
    /// Creates an empty database `name` (UTF8, C collation); false with errorString().
    bool createDatabase(const QString &name);
    /// The postgresql:// URL ARDesk opens for database `name` as the superuser.
    QString url(const QString &name) const;
    /// From now on `login` must give its password (SCRAM) to connect over TCP; everyone else is
    /// still trusted. Rewrites pg_hba.conf and reloads the server; false with errorString().
    bool requirePassword(const QString &login);
    /// Runs `sql` through psql on database `name` as the superuser; its output, or a null string
    /// with errorString() on failure.
    QString psql(const QString &name, const QString &sql);

    /// Where the PostgreSQL 15 binaries are (not on PATH on Debian).
    static QString binDir();
    /// Whether this machine can run a cluster (binaries present).
    static bool isAvailable();

private:
    bool writeHba();
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);
    static int freePort();
    /// pg_ctl start on m_port, waiting until it accepts connections.
    bool startServer();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
    QString m_serverOptions;
    QStringList m_passwordLogins;
    QString m_error;
};

} // namespace ardesk::test
