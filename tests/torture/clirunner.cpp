// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include <QElapsedTimer>
#include <QProcess>

namespace ardesk::torture {

QString CliOutcome::describe() const
{
    if (!started)
        return QStringLiteral("did not start");
    if (crashed)
        return QStringLiteral("crashed: ") + QString::fromUtf8(err.left(400)).trimmed();
    const QString how = killed ? QStringLiteral("killed after %1 ms").arg(elapsedMs)
                               : QStringLiteral("exit %1").arg(exitCode);
    return how + QStringLiteral(": ") + QString::fromUtf8(err.left(400)).trimmed();
}

CliRunner::CliRunner(QString cliPath, QString workingDir)
    : m_cli(std::move(cliPath))
    , m_dir(std::move(workingDir))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    // No session bus: a keychain look-up must fail fast, never hang a run.
    m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/bus"));
    m_env.remove(QStringLiteral("ARDESK_SMTP_PASSWORD"));
}

CliOutcome CliRunner::runKilled(const QStringList &args, int killAfterMs) const
{
    CliOutcome r;
    QProcess p;
    p.setWorkingDirectory(m_dir);
    p.setProcessEnvironment(m_env);
    QElapsedTimer timer;
    timer.start();
    p.start(m_cli, args);
    if (!p.waitForStarted(30000))
        return r;
    r.started = true;
    p.closeWriteChannel();
    const int wait = killAfterMs < 0 ? 120000 : killAfterMs;
    if (!p.waitForFinished(wait) && p.state() != QProcess::NotRunning) {
        p.kill(); // SIGKILL: no destructor, no rollback, no flush runs
        p.waitForFinished(30000);
        r.killed = true;
    }
    r.elapsedMs = timer.elapsed();
    if (!r.killed) {
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = p.exitCode();
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace ardesk::torture
