// SPDX-License-Identifier: MIT
#include "support/pgcluster.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace ardesk::test {
namespace {

constexpr int kStepTimeoutMs = 120000;

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

bool PgCluster::isAvailable()
{
    return QFileInfo(binDir() + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(binDir() + QStringLiteral("/pg_ctl")).isExecutable();
}

int PgCluster::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool PgCluster::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess p;
    QStringList args = arguments;
    QString exe = binDir() + u'/' + program;
    if (m_asPostgresUser && program != QLatin1String("psql")) {
        args.prepend(exe);
        args = QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")}
                + args;
        exe = QStringLiteral("runuser");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The server and its tools run on real time and in a plain locale, whatever the test fakes.
    env.remove(QStringLiteral("LD_PRELOAD"));
    env.remove(QStringLiteral("FAKETIME"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGPASSWORD"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir ? m_dir->path() : QDir::tempPath());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, args);
    if (!p.waitForStarted(kStepTimeoutMs)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(exe, p.errorString());
        return false;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(kStepTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        m_error = QStringLiteral("%1 %2 timed out").arg(program, arguments.join(u' '));
        return false;
    }
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (exit %3): %4")
                          .arg(program, arguments.join(u' '))
                          .arg(p.exitCode())
                          .arg(out.trimmed());
        return false;
    }
    return true;
}

bool PgCluster::start()
{
    if (m_running)
        return true;
    if (!isAvailable()) {
        m_error = QStringLiteral(
                          "PostgreSQL 15 is not installed (%1); scripts/setup.sh installs it")
                          .arg(binDir());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ardesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw
            || ::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("running as root needs the `postgres` user to own %1")
                              .arg(m_dir->path());
            return false;
        }
    }
    m_dataDir = m_dir->path() + QStringLiteral("/data");
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), superuser(),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=trust"),
              QStringLiteral("--no-sync")}))
        return false;
    m_passwordLogins.clear();
    if (!writeHba())
        return false;
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        m_running = startServer();
    }
    return m_running;
}

bool PgCluster::writeHba()
{
    // Only loopback TCP (127.0.0.1) is trusted (but for the logins that must give a password);
    // nothing else may connect at all.
    QByteArray lines;
    for (const QString &login : std::as_const(m_passwordLogins))
        lines += "host all \"" + login.toUtf8() + "\" 127.0.0.1/32 scram-sha-256\n";
    lines += "local all all trust\nhost all all 127.0.0.1/32 trust\n";
    QFile hba(m_dataDir + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(lines) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    return true;
}

bool PgCluster::requirePassword(const QString &login)
{
    m_passwordLogins.append(login);
    return writeHba()
            && psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()")).trimmed()
            == QLatin1String("t");
}

bool PgCluster::startServer()
{
    QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 "
                                     "-c unix_socket_directories=%2 -c fsync=off "
                                     "-c full_page_writes=off -c max_connections=50")
                              .arg(m_port)
                              .arg(m_dir->path());
    if (!m_serverOptions.isEmpty())
        options += QLatin1Char(' ') + m_serverOptions;
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options,
                QStringLiteral("-l"), m_dir->path() + QStringLiteral("/server.log"),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("start")});
}

QString PgCluster::path() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PgCluster::halt()
{
    if (!m_running)
        return true;
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
              QStringLiteral("-w"), QStringLiteral("stop")}))
        return false;
    m_running = false;
    return true;
}

bool PgCluster::resume()
{
    if (m_running)
        return true;
    if (!m_dir) {
        m_error = QStringLiteral("the cluster was removed (stop()); start() makes a new one");
        return false;
    }
    m_running = startServer();
    return m_running;
}

void PgCluster::stop()
{
    if (m_running) {
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = false;
    }
    m_dir.reset(); // removes the cluster's folder
}

bool PgCluster::createDatabase(const QString &name)
{
    return !psql(QStringLiteral("postgres"),
                 QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0")
                         .arg(name))
                    .isNull();
}

QString PgCluster::psql(const QString &name, const QString &sql)
{
    QString out;
    if (!run(QStringLiteral("psql"),
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
              QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
              QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
              QString::number(m_port), QStringLiteral("-U"), superuser(), QStringLiteral("-d"),
              name, QStringLiteral("-c"), sql},
             &out))
        return QString();
    return out.isNull() ? QStringLiteral("") : out;
}

QString PgCluster::url(const QString &name) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(superuser()).arg(m_port).arg(name);
}

} // namespace ardesk::test
