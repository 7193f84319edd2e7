// SPDX-License-Identifier: MIT
// `ardesk-cli backup` and `restore`: BackupService's proved copies of a company file.
#include "cli/cliapp.h"
#include "cli/progressline.h"

#include "core/services/backupservice.h"
#include "core/storage/databaseurl.h"
#include "core/support/paths.h"

#include <QJsonObject>

namespace ardesk::cli {

int CliApp::cmdBackup()
{
    auto path = dbPath();
    if (!path)
        return usage(path.errorString());
    const QString out = m_args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("'backup' needs --out FILE"));
    if (DatabaseUrl::isUrl(path.value()))
        return fail(tr("backup copies a company file; back up a team database with 'team export' "
                       "--to FILE.ardesk"));
    auto db = openDb(Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(db.errorString());
    auto who = currentUserId(db.value());
    if (!who)
        return fail(who.errorString());
    const auto existing = m_args.flag(QStringLiteral("force")) ? BackupService::Existing::Replace
                                                               : BackupService::Existing::Refuse;
    ProgressLine progress(m_err, m_args.flag(QStringLiteral("json")));
    auto made = BackupService::backup(*db.value(), who.value(), out, existing,
                                      progress.progress(QStringLiteral("backup")));
    progress.clear();
    if (!made)
        return fail(made.errorString());
    const BackupService::Backup &b = made.value();
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(QJsonObject {{QStringLiteral("path"), b.path},
                               {QStringLiteral("bytes"), b.bytes},
                               {QStringLiteral("chain_entries"), b.chainEntries},
                               {QStringLiteral("head"), b.chainHead}});
    } else {
        m_out << tr("Backed up %1 to %2 (%3 bytes); the copy passed the integrity check and "
                    "verify")
                         .arg(db.value()->path(), b.path)
                         .arg(b.bytes)
              << "\n"
              << tr("Chain head: %1").arg(b.chainHead) << "\n";
        m_out.flush();
    }
    return 0;
}

int CliApp::cmdRestore()
{
    const QString backup = m_args.positional(1);
    const QString target = m_args.value(QStringLiteral("to"));
    if (backup.isEmpty() || target.isEmpty())
        return usage(tr("'restore' needs BACKUP and --to TARGET"));
    const QString userName = m_args.value(QStringLiteral("user"), paths::osLoginName());
    const auto newer = m_args.flag(QStringLiteral("force")) ? BackupService::Newer::Replace
                                                            : BackupService::Newer::Refuse;
    auto restored = BackupService::restore(backup, target, userName, newer, m_clock);
    if (!restored)
        return fail(restored.errorString());
    const BackupService::Restored &r = restored.value();
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(QJsonObject {{QStringLiteral("target"), r.target},
                               {QStringLiteral("kept_as"), r.keptAs},
                               {QStringLiteral("chain_entries"), r.chainEntries},
                               {QStringLiteral("head"), r.chainHead}});
    } else {
        m_out << tr("Restored %1 from %2; it passed the integrity check and verify")
                         .arg(r.target, backup)
              << "\n";
        if (!r.keptAs.isEmpty())
            m_out << tr("The replaced file is kept as %1").arg(r.keptAs) << "\n";
        m_out << tr("Chain head: %1").arg(r.chainHead) << "\n";
        m_out.flush();
    }
    return 0;
}

} // namespace ardesk::cli
