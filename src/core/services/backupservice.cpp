// SPDX-License-Identifier: MIT
#include "core/services/backupservice.h"

#include "core/domain/backupretention.h"
#include "core/domain/permissions.h"
#include "core/services/authorization.h"
#include "core/storage/databaseurl.h"
#include "core/storage/recordverifier.h"
#include "core/storage/sqlitebackup.h"
#include "core/storage/userrepository.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ardesk {
namespace {

Error teamRefused()
{
    return makeError(ErrorCode::InvalidValue,
                     BackupService::tr("backup and restore copy a company file; a team database "
                                       "is backed up with team export and restored with team "
                                       "import (not available yet)"));
}

/// The backup at `path`, opened to be read only.
Result<std::shared_ptr<Database>> openToRead(const QString &path)
{
    Database::Options options;
    options.readOnly = true;
    return Database::open(path, options);
}

/// Integrity check and record verification of `db`: its chain head and length.
Result<BackupService::Backup> prove(const Database &db, const QString &what,
                                    const Progress &progress)
{
    auto problem = SqliteBackup::integrityProblem(db, progress);
    if (!problem)
        return problem.error();
    if (!problem.value().isEmpty())
        return makeError(ErrorCode::Corrupt,
                         BackupService::tr("%1 is damaged: %2").arg(what, problem.value()));
    auto report = RecordVerifier(db).verify(progress);
    if (!report && progress.isCancelled())
        return report.error();
    if (!report)
        return makeError(
                report.error().code,
                BackupService::tr("%1 cannot be verified: %2").arg(what, report.errorString()));
    if (!report.value().ok())
        return makeError(ErrorCode::Corrupt,
                         BackupService::tr("%1 does not verify: %2")
                                 .arg(what, report.value().problems.first().message));
    BackupService::Backup b;
    b.path = db.path();
    b.chainHead = report.value().head;
    b.chainEntries = report.value().chainEntries;
    b.bytes = QFileInfo(db.path()).size();
    return b;
}

/// Why `target` holds changes the backup does not have; empty when it does not.
QString newerThan(const SqliteBackup::Facts &target, const SqliteBackup::Facts &backup)
{
    QStringList newer;
    if (target.newestAuditAt > backup.newestAuditAt || target.newestAuditId > backup.newestAuditId)
        newer << BackupService::tr("its newest audit entry is from %1, the backup's from %2")
                         .arg(target.newestAuditAt,
                              backup.newestAuditAt.isEmpty() ? BackupService::tr("nothing")
                                                             : backup.newestAuditAt);
    if (target.chainEntries > backup.chainEntries)
        newer << BackupService::tr("it holds %n more record chain entries", nullptr,
                                   int(target.chainEntries - backup.chainEntries));
    return newer.join(QStringLiteral("; "));
}

Result<void> mayRestore(const Database &backup, const QString &userName)
{
    auto user = UserRepository(backup).findByName(userName);
    if (!user)
        return makeError(ErrorCode::PermissionDenied,
                         BackupService::tr("no user named \"%1\" in the backup %2: restoring "
                                           "needs an administrator of the company")
                                 .arg(userName, backup.path()));
    return Permissions::check(user.value(), Permission::Backups);
}

} // namespace

Result<BackupService::Backup> BackupService::backup(const Database &db, qint64 userId,
                                                    const QString &out, Existing existing,
                                                    const Progress &progress)
{
    if (db.dialect() != Dialect::SQLite)
        return teamRefused();
    if (auto allowed = authorize(db, userId, Permission::Backups); !allowed)
        return allowed.error();
    const QString target = QFileInfo(out).absoluteFilePath();
    if (target == db.path())
        return makeError(ErrorCode::InvalidValue,
                         tr("--out: a backup cannot replace the company file itself"));
    if (QFileInfo::exists(target)) {
        if (existing == Existing::Refuse)
            return makeError(ErrorCode::Conflict,
                             tr("%1 already exists: nothing was written (replace it with "
                                "--force)")
                                     .arg(target));
        if (!QFile::remove(target))
            return makeError(ErrorCode::Io, tr("cannot replace %1").arg(target));
    }
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return makeError(ErrorCode::Io,
                         tr("the folder %1 does not exist").arg(QFileInfo(target).absolutePath()));
    const auto cancelled = [&target] {
        return Progress::cancelledError(
                tr("backup cancelled: the unfinished copy was removed, nothing is kept at %1")
                        .arg(target));
    };
    if (auto copied = SqliteBackup::copyTo(db, target, progress); !copied) {
        if (progress.isCancelled())
            return cancelled(); // copyTo removed its .part file
        return copied.error();
    }
    auto proved = check(target, progress);
    if (!proved) {
        QFile::remove(target);
        if (progress.isCancelled())
            return cancelled();
        return makeError(proved.error().code,
                         tr("the backup was not kept: %1").arg(proved.errorString()));
    }
    return proved;
}

Result<BackupService::Backup> BackupService::check(const QString &path, const Progress &progress)
{
    if (DatabaseUrl::isUrl(path))
        return teamRefused();
    auto opened = openToRead(path);
    if (!opened)
        return opened.error();
    if (opened.value()->isDamaged())
        return makeError(ErrorCode::Corrupt,
                         tr("the backup %1 is damaged: %2").arg(path, opened.value()->damage()));
    auto proved = prove(*opened.value(), tr("the backup %1").arg(opened.value()->path()), progress);
    opened.value()->releaseThreadConnection();
    return proved;
}

Result<BackupService::Restored> BackupService::restore(const QString &path, const QString &target,
                                                       const QString &userName, Newer newer,
                                                       const std::shared_ptr<const Clock> &clock,
                                                       const Progress &progress)
{
    if (DatabaseUrl::isUrl(path) || DatabaseUrl::isUrl(target))
        return teamRefused();
    const QString to = QFileInfo(target).absoluteFilePath();
    if (to == QFileInfo(path).absoluteFilePath())
        return makeError(ErrorCode::InvalidValue,
                         tr("--to: the backup cannot be restored onto itself"));
    auto proved = check(path, progress);
    if (!proved && progress.isCancelled())
        return Progress::cancelledError(
                tr("restore cancelled while the backup was checked: nothing was replaced"));
    if (!proved)
        return proved.error();
    if (progress.isCancelled())
        return Progress::cancelledError(tr("restore cancelled: nothing was replaced"));
    SqliteBackup::Facts backupFacts;
    {
        auto backup = openToRead(path);
        if (!backup)
            return backup.error();
        if (auto allowed = mayRestore(*backup.value(), userName); !allowed)
            return allowed.error();
        auto facts = SqliteBackup::facts(*backup.value());
        if (!facts)
            return facts.error();
        backupFacts = facts.value();
    }
    if (QFileInfo::exists(to) && QFileInfo(to).size() > 0 && newer == Newer::Refuse) {
        // A target that cannot be read (damaged) has nothing newer that can be read: it is
        // kept aside either way.
        auto current = openToRead(to);
        if (current) {
            auto facts = SqliteBackup::facts(*current.value());
            const QString why = facts ? newerThan(facts.value(), backupFacts) : QString();
            if (!why.isEmpty())
                return makeError(ErrorCode::Conflict,
                                 tr("%1 has changes newer than the backup (%2): nothing was "
                                    "restored (replace it anyway with --force)")
                                         .arg(to, why));
        }
    }
    Restored r;
    r.target = to;
    if (QFileInfo::exists(to))
        r.keptAs = to + QStringLiteral(".replaced-")
                + clock->now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!r.keptAs.isEmpty() && QFileInfo::exists(r.keptAs))
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists: try again in a second").arg(r.keptAs));
    if (auto replaced = SqliteBackup::replaceFile(path, to, r.keptAs); !replaced)
        return replaced.error();
    auto restored = check(to, Progress(progress.callback())); // replaced: no stopping now
    if (!restored)
        return makeError(restored.error().code,
                         tr("the restored file does not verify (the replaced one is kept as "
                            "%1): %2")
                                 .arg(r.keptAs, restored.errorString()));
    r.chainHead = restored.value().chainHead;
    r.chainEntries = restored.value().chainEntries;
    return r;
}

Result<QString> BackupService::automatic(const Database &db, const AutomaticPolicy &policy,
                                         Trigger trigger, const Progress &progress)
{
    if (!policy.enabled || db.dialect() != Dialect::SQLite || db.isReadOnly())
        return QString();
    const QFileInfo file(db.path());
    const QString folder = QDir::cleanPath(
            QDir(file.absolutePath())
                    .absoluteFilePath(policy.folder.isEmpty() ? QStringLiteral("backups")
                                                              : policy.folder));
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, tr("cannot create the backup folder %1").arg(folder));
    const QString prefix = file.completeBaseName() + u'-';
    const QDateTime now = db.clock()->nowIn(db.timeZone());
    // <prefix>YYYY-MM-DD-HHMMSS.ardesk: the day is read back from the name.
    QList<BackupRetention::Backup> existing;
    const QStringList names = QDir(folder).entryList({prefix + QStringLiteral("*.ardesk")},
                                                     QDir::Files, QDir::Name);
    const qsizetype stamped = prefix.size() + qsizetype(std::size("YYYY-MM-DD-HHMMSS.ardesk")) - 1;
    for (const QString &name : names) {
        const QDate day = QDate::fromString(name.mid(prefix.size(), 10), Qt::ISODate);
        if (day.isValid() && name.size() == stamped)
            existing.append({name, day});
    }
    const bool hasToday = std::any_of(existing.cbegin(), existing.cend(),
                                      [&](const auto &b) { return b.day == now.date(); });
    QString made;
    if (trigger == Trigger::Close || !hasToday) {
        const QString name = prefix + now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"))
                + QStringLiteral(".ardesk");
        auto b = backup(db, 0, folder + u'/' + name, Existing::Replace, progress);
        if (!b)
            return b.error();
        made = b.value().path;
        existing.append({name, now.date()});
    }
    for (const BackupRetention::Backup &old :
         BackupRetention::toDelete(existing, policy.daily, policy.monthly))
        QFile::remove(folder + u'/' + old.name);
    return made;
}

BackupService::AutomaticPolicy BackupService::policyOf(const CompanySettings &settings)
{
    AutomaticPolicy policy;
    policy.enabled = settings.backupEnabled;
    policy.folder = settings.backupFolder;
    policy.daily = settings.backupDays;
    policy.monthly = settings.backupMonths;
    return policy;
}

Result<QString> BackupService::automatic(const Database &db, Trigger trigger,
                                         const Progress &progress)
{
    if (db.dialect() != Dialect::SQLite || db.isReadOnly())
        return QString();
    auto settings = CompanySettings::load(db);
    if (!settings)
        return settings.error();
    return automatic(db, policyOf(settings.value()), trigger, progress);
}

} // namespace ardesk
