// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ardesk::torture {

/// One line of the harness's table: a scenario (kill -9 runs) or a corpus, what it tried and
/// every count that must be 0. A count of -1 does not apply to that line ("–").
struct TortureRow
{
    QString name;
    int attempts = 0; ///< runs, cases or files tried
    int kills = -1; ///< runs ended by SIGKILL
    int acknowledgedLost = -1; ///< writes the CLI acknowledged (exit 0, an id) missing afterwards
    int integrityFailures = -1; ///< files failing PRAGMA integrity_check or `verify`
    int partialImports = -1; ///< imports neither all nor nothing
    int duplicateMessageIds = -1; ///< Message-IDs the server received more than once
    int resent = -1; ///< messages received and yet due to be sent again
    int extraCommands = -1; ///< SMTP commands no intended message explains
    int extraHeaders = -1; ///< headers or MIME parts beyond the benign value's
    int extraRecipients = -1; ///< envelope recipients beyond the intended ones
    int crashes = 0; ///< processes that died of a signal nobody sent, or a failed corpus run
    double seconds = 0;
    QStringList problems; ///< one line per failure, for the log
    QStringList notes; ///< what else the log should show (a sample refusal per field)

    int failures() const;
};

/// The table `make torture` prints; failed() when any count is not 0.
class TortureReport
{
public:
    void add(const TortureRow &row) { m_rows << row; }
    QString table() const;
    bool failed() const;
    const QList<TortureRow> &rows() const { return m_rows; }

private:
    QList<TortureRow> m_rows;
};

} // namespace ardesk::torture
