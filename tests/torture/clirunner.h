// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ardesk::torture {

/// How one `ardesk-cli` run ended: killed with SIGKILL by the harness, or exited by itself.
struct CliOutcome
{
    bool started = false;
    bool killed = false; ///< the harness sent SIGKILL before the process ended
    bool crashed = false; ///< died of a signal the harness did not send (a bug)
    int exitCode = -1; ///< valid when !killed
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    bool ok() const { return started && !killed && !crashed && exitCode == 0; }
    QString describe() const;
};

/// Runs the real `ardesk-cli` binary with QProcess, on a file, as a user; run() waits for it,
/// runKilled() sends SIGKILL (QProcess::kill) after the given delay unless it ended first.
class CliRunner
{
public:
    CliRunner(QString cliPath, QString workingDir);

    CliOutcome run(const QStringList &args) const { return runKilled(args, -1); }
    /// killAfterMs < 0: never kill (waits up to two minutes, then kills and reports it).
    CliOutcome runKilled(const QStringList &args, int killAfterMs) const;

private:
    QString m_cli;
    QString m_dir;
    QProcessEnvironment m_env;
};

} // namespace ardesk::torture
