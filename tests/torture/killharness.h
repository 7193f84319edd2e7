// SPDX-License-Identifier: MIT
#pragma once

#include "clirunner.h"
#include "torturereport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace ardesk::torture {

/// kill -9 at random moments of the real `ardesk-cli`: note saves with attachments, CSV imports,
/// `outbox send` against the recording aiosmtpd server and `remind`. The moments come from a
/// seeded generator (the same seed gives the same sequence of delays; where a delay lands still
/// depends on the machine's speed). After every run the file must pass `verify` (SQLite's
/// integrity check, foreign keys, the record chain, attachment hashes) and every write the CLI
/// acknowledged (exit 0, an id printed) must be there; see docs/reliability.md.
class KillHarness
{
public:
    struct Paths
    {
        QString cli; ///< the ardesk-cli binary
        QString sourceDir; ///< the repository (tests/support/smtpserver.py)
        QString workDir; ///< scratch folder, emptied by the caller
    };
    KillHarness(Paths paths, quint32 seed);

    TortureRow noteSaves(int kills);
    TortureRow imports(int kills);
    TortureRow outboxSends(int kills);
    TortureRow reminderRuns(int kills);

private:
    struct Counts
    {
        int reminderLog = 0;
        int outbox = 0;
        int tasks = 0;
        bool operator==(const Counts &) const = default;
    };

    QString path(const QString &name) const;
    bool makeDemo(const QString &file, int clients, TortureRow &row) const;
    bool configureSmtp(const QString &file, int port, TortureRow &row) const;
    bool addOverdueClients(const QString &file, TortureRow &row) const;
    bool copyCompany(const QString &from, const QString &to) const;
    /// `verify` passes on the file (which also recovers it after the kill, as any open does).
    bool verified(const QString &file, TortureRow &row, const QString &when) const;
    int delay(qint64 typicalMs);
    void recordRun(const CliOutcome &r, TortureRow &row, const QString &what) const;
    Counts reminderCounts(const QString &file) const;
    bool refillOutbox(const QString &file, int count, int &serial, TortureRow &row) const;

    Paths m_paths;
    CliRunner m_cli;
    QRandomGenerator m_random;
};

} // namespace ardesk::torture
