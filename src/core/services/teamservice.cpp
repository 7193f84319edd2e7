// SPDX-License-Identifier: MIT
#include "core/services/teamservice.h"

#include "core/services/companyfile.h"
#include "core/storage/databaseurl.h"
#include "core/storage/recordverifier.h"
#include "core/storage/sqliteheader.h"
#include "core/storage/tablecopier.h"
#include "core/storage/teamroles.h"
#include "core/storage/userrepository.h"
#include "core/support/log.h"

#include <filesystem>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace ardesk {
namespace {

/// The database must be empty: refused with a message naming what is there, else nothing.
Result<void> requireEmptyTeamDatabase(const QString &url, const QString &command,
                                      const std::shared_ptr<const Clock> &clock)
{
    if (!DatabaseUrl::isUrl(url))
        return makeError(ErrorCode::InvalidValue,
                         TeamService::tr("%1 is not a team database address "
                                         "(postgresql://USER@HOST:PORT/DATABASE)")
                                 .arg(url));
    Database::Options probe;
    probe.mode = Database::OpenMode::ExistingOnly;
    probe.readOnly = true;
    probe.clock = clock;
    auto existing = Database::open(url, probe);
    if (existing)
        return makeError(ErrorCode::Conflict,
                         TeamService::tr("%1 already holds an ARDesk company (schema version %2): "
                                         "%3 needs an empty database; nothing was changed")
                                 .arg(existing.value()->path())
                                 .arg(existing.value()->schemaVersion())
                                 .arg(command));
    if (existing.error().code == ErrorCode::NotFound) // empty: what we need
        return {};
    return existing.error();
}

/// Verifies `db`: its chain head, or the first problem as an error.
Result<QString> verifiedHead(const Database &db, const QString &which)
{
    auto report = RecordVerifier(db).verify();
    if (!report)
        return report.error();
    if (!report.value().ok())
        return makeError(ErrorCode::Corrupt,
                         TeamService::tr("%1 does not pass verify: %2")
                                 .arg(which, report.value().problems.first().message));
    return report.value().head;
}

} // namespace

bool TeamService::Moved::rowsEqual() const
{
    if (sourceRows.size() != targetRows.size())
        return false;
    for (qsizetype i = 0; i < sourceRows.size(); ++i)
        if (sourceRows[i].table != targetRows[i].table || sourceRows[i].rows != targetRows[i].rows)
            return false;
    return true;
}

Result<TeamService::Created> TeamService::init(const QString &url, const CompanySettings &settings,
                                               const QString &adminName, Database::Options options)
{
    if (auto r = requireEmptyTeamDatabase(url, QStringLiteral("team init"), options.clock); !r)
        return r.error();
    Created created;
    created.admin.name = adminName;
    created.admin.roles = UserRoles(UserRole::Manager) | UserRole::Admin;
    options.initialise = [&](Database &db) -> Result<void> {
        TeamRoles roles(db);
        auto login = roles.addLogin(adminName, created.admin.roles);
        if (!login)
            return login.error();
        created.admin.created = login.value();
        return {};
    };
    auto db = CompanyFile::create(url, settings, adminName, options);
    if (!db)
        return db.error();
    created.db = db.value();
    return created;
}

Result<TeamService::Moved> TeamService::importFile(const QString &file, const QString &url,
                                                   const Progress &progress,
                                                   std::shared_ptr<const Clock> clock)
{
    if (DatabaseUrl::isUrl(file) || !QFileInfo(file).isFile())
        return makeError(ErrorCode::NotFound, tr("%1 is not a company file").arg(file));
    if (auto r = requireEmptyTeamDatabase(url, QStringLiteral("team import"), clock); !r)
        return r.error();
    // The file is read alone (read-only, without its log): saves still in the log would be
    // missing from the copy, and both sides would still verify the same.
    if (const QString log = SqliteHeader::pendingLog(file); !log.isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("%1 has saved changes that are still in %2: it is open in ARDesk, or "
                            "ARDesk stopped before it closed it. Close it (or open it once and "
                            "close it again) and import again; nothing was imported")
                                 .arg(file, log));
    Database::Options read;
    read.readOnly = true;
    read.clock = clock;
    auto source = Database::open(file, read);
    if (!source)
        return source.error();
    if (source.value()->schemaVersion() != Database::latestSchemaVersion())
        return makeError(ErrorCode::InvalidValue,
                         tr("%1 is at schema version %2, this ARDesk writes %3: open it once with "
                            "this version (it is upgraded) and import it again; nothing was "
                            "changed")
                                 .arg(file)
                                 .arg(source.value()->schemaVersion())
                                 .arg(Database::latestSchemaVersion()));
    Moved moved;
    QElapsedTimer phase;
    phase.start();
    {
        auto head = verifiedHead(*source.value(), file);
        if (!head)
            return makeError(head.error().code,
                             tr("%1; nothing was imported").arg(head.errorString()));
        moved.sourceHead = head.value();
    }

    moved.sourceVerifyMs = phase.restart();
    Database::Options create;
    create.mode = Database::OpenMode::CreateIfMissing;
    create.clock = clock;
    bool copied = false;
    create.initialise = [&](Database &target) -> Result<void> {
        TeamRoles roles(target);
        auto super = roles.isSuperuser();
        if (!super)
            return super.error();
        if (!super.value())
            return makeError(ErrorCode::PermissionDenied,
                             tr("team import needs a superuser login (it creates the schema, its "
                                "extension and the logins, and loads with the triggers off)"));
        auto rows = TableCopier(*source.value(), target).copy(progress);
        if (!rows)
            return rows.error();
        moved.copied = rows.value();
        auto users = UserRepository(target).list();
        if (!users)
            return users.error();
        for (const User &u : users.value()) {
            // An inactive user's login may not connect, whether made here or found.
            const auto access = u.active ? TeamRoles::LoginAccess::MayConnect
                                         : TeamRoles::LoginAccess::Refused;
            auto made = roles.addLogin(u.name, u.roles, access);
            if (!made)
                return made.error();
            if (!u.active) {
                if (auto r = roles.setLoginAccess(u.name, access); !r)
                    return r.error();
            }
            moved.logins.append({u.name, u.roles, made.value()});
        }
        copied = true;
        return {};
    };
    auto target = Database::open(url, create);
    if (!target)
        return makeError(target.error().code,
                         tr("%1; nothing was imported").arg(target.errorString()));
    if (!copied)
        return makeError(ErrorCode::Conflict,
                         tr("%1 was filled by someone else meanwhile; nothing was imported")
                                 .arg(target.value()->path()));
    // The copy stands; a failed VACUUM only leaves the first reads slower until autovacuum.
    if (auto settled = TableCopier::settle(*target.value()); !settled)
        log::warning(QStringLiteral("team import: VACUUM of %1 failed: %2")
                             .arg(target.value()->path(), settled.errorString()));
    moved.copyMs = phase.restart();

    auto sourceRows = TableCopier::countRows(*source.value(), *source.value());
    auto targetRows = TableCopier::countRows(*target.value(), *source.value());
    if (!sourceRows)
        return sourceRows.error();
    if (!targetRows)
        return targetRows.error();
    moved.sourceRows = sourceRows.value();
    moved.targetRows = targetRows.value();
    auto report = RecordVerifier(*target.value()).verify();
    if (!report)
        return report.error();
    moved.targetHead = report.value().head;
    if (!report.value().ok())
        moved.targetProblem = report.value().problems.first().message;
    moved.checkMs = phase.elapsed();
    return moved;
}

Result<TeamService::Moved> TeamService::exportTo(const QString &url, const QString &file,
                                                 Existing existing, const Progress &progress,
                                                 std::shared_ptr<const Clock> clock)
{
    if (DatabaseUrl::isUrl(file))
        return makeError(ErrorCode::InvalidValue,
                         tr("%1: export writes a company file, not a team database").arg(file));
    const QFileInfo info(file);
    if (info.exists() && existing == Existing::Refuse)
        return makeError(ErrorCode::Conflict,
                         tr("%1 exists already; pass --force to replace it").arg(file));
    if (info.exists() && !info.isFile())
        return makeError(ErrorCode::Conflict, tr("%1 is not a file").arg(file));
    Database::Options open;
    open.mode = Database::OpenMode::ExistingOnly;
    open.clock = clock;
    auto source = Database::open(url, open);
    if (!source)
        return source.error();
    Moved moved;
    {
        auto head = verifiedHead(*source.value(), source.value()->path());
        if (!head)
            return makeError(head.error().code,
                             tr("%1; nothing was exported").arg(head.errorString()));
        moved.sourceHead = head.value();
    }

    const QString finalPath = info.absoluteFilePath();
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName()
            + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    auto removeTemp = [&]() {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(temp + QString::fromLatin1(suffix));
    };
    removeTemp();
    {
        Database::Options create;
        create.mode = Database::OpenMode::CreateIfMissing;
        create.clock = clock;
        create.initialise = [&](Database &target) -> Result<void> {
            auto rows = TableCopier(*source.value(), target).copy(progress);
            if (!rows)
                return rows.error();
            moved.copied = rows.value();
            return {};
        };
        auto target = Database::open(temp, create);
        if (!target) {
            removeTemp();
            return makeError(target.error().code,
                             tr("%1; nothing was exported").arg(target.errorString()));
        }
        auto sourceRows = TableCopier::countRows(*source.value(), *target.value());
        auto targetRows = TableCopier::countRows(*target.value(), *target.value());
        auto report = RecordVerifier(*target.value()).verify();
        if (!sourceRows || !targetRows || !report) {
            removeTemp();
            return !sourceRows ? sourceRows.error()
                               : (!targetRows ? targetRows.error() : report.error());
        }
        moved.sourceRows = sourceRows.value();
        moved.targetRows = targetRows.value();
        moved.targetHead = report.value().head;
        if (!report.value().ok() || !moved.rowsEqual() || moved.targetHead != moved.sourceHead) {
            removeTemp();
            return makeError(ErrorCode::Corrupt,
                             tr("the copy of %1 does not match it (%2); nothing was exported")
                                     .arg(source.value()->path(),
                                          report.value().ok()
                                                  ? tr("row counts or chain head differ")
                                                  : report.value().problems.first().message));
        }
        target.value()->releaseThreadConnection(); // the last connection: SQLite folds its log in
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temp).toStdString(),
                            QFile::encodeName(finalPath).toStdString(), error);
    if (error) {
        removeTemp();
        return makeError(ErrorCode::Io,
                         tr("cannot rename %1 to %2: %3")
                                 .arg(temp, finalPath, QString::fromLocal8Bit(error.message())));
    }
    return moved;
}

} // namespace ardesk
