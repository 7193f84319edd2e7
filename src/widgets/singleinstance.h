// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ardesk {

/// One ARDesk window per company file and user session. The window that has a file open
/// listens on a local socket named after the file's canonical path and the OS user, in the
/// user's runtime directory; a second `ardesk FILE` asks it to come to the front and exits.
/// A socket left by a crashed ARDesk answers nobody: the second launch then opens the file
/// itself and takes the name over. GUI thread only.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket's name for `file` (a company file's path or a team database's address).
    static QString serverName(const QString &file);
    /// Asks the ARDesk that has `file` open to raise its window: true when one answered within
    /// `timeoutMs`; false when none runs (no socket, or a stale one).
    static bool raiseRunning(const QString &file, int timeoutMs = 3000);

    /// Answers for `file` from now on (and no longer for the file before). Empty: for none.
    /// False, with errorString(), when the socket cannot be made (the window works anyway).
    bool listen(const QString &file);
    QString file() const { return m_file; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// A second launch on this file asked for the window.
    void raiseRequested();

private:
    void answer();

    QLocalServer *m_server = nullptr;
    QString m_file;
    QString m_error;
};

} // namespace ardesk
