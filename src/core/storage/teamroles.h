// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/permissions.h"
#include "core/domain/user.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

class Database;

/// The logins and group roles of a team database (issue 13 item 6): each ARDesk role is a
/// PostgreSQL group role (ardesk_sales, ardesk_clerk, ardesk_manager, ardesk_admin, created with
/// their GRANTs by migration 18), each ARDesk user a login of the same name that is a member of
/// the groups of its roles. privilegesOf() is the core permission table (domain/permissions)
/// spelled as table privileges: migration 18 grants exactly these, and tst_pgteamgrants holds
/// the two together. Group roles and logins belong to the server, not to one database.
/// PostgreSQL only; works on the calling thread's connection.
class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)

public:
    /// A privilege a permission needs on a table: INSERT, UPDATE or DELETE (SELECT on every
    /// table is everyone's: Permission::ReadRecord).
    struct TablePrivilege
    {
        QString table;
        QString privilege;
    };
    /// What `permission` needs the database to allow, beyond reading. Empty for permissions
    /// that only the core tells apart (e.g. releasing a hold writes the same column as placing
    /// one: ReleaseCreditHold, Reassign, OverrideSendGuard, AuditAndReports, Backups).
    static QList<TablePrivilege> privilegesOf(Permission permission);
    /// The group role of an ARDesk role: "ardesk_sales", …
    static QString groupOf(UserRole role);

    explicit TeamRoles(const Database &db);
    explicit TeamRoles(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Whether the connection's login is a superuser (team init and import need one).
    Result<bool> isSuperuser() const;
    /// The connection's login name.
    Result<QString> currentLogin() const;
    /// Whether a login may connect to the server: an active ARDesk user's may, an inactive
    /// one's is NOLOGIN (the server refuses it: "not permitted to log in").
    enum class LoginAccess { MayConnect, Refused };
    /// Makes `name` a login (without a password) when it is not a role yet, and a member of the
    /// group roles of `roles`. True when the login was created, false when it existed already.
    /// `access` Refused creates it NOLOGIN; an existing login is left as it is (setLoginAccess).
    /// Inside the caller's transaction (CREATE ROLE is transactional).
    Result<bool> addLogin(const QString &name, UserRoles roles,
                          LoginAccess access = LoginAccess::MayConnect) const;
    /// Makes the existing login `name` LOGIN or NOLOGIN. False when there is no such role.
    Result<bool> setLoginAccess(const QString &name, LoginAccess access) const;
    /// How many sessions the login `name` has open on the server (any database), this
    /// connection's own aside.
    Result<int> openSessions(const QString &name) const;
    /// Whether the connection's login may end the sessions of the login `name`
    /// (pg_terminate_backend: a superuser, or a member of pg_signal_backend or of `name`; a
    /// superuser's sessions only a superuser).
    Result<bool> mayEndSessionsOf(const QString &name) const;
    /// Ends every session of the login `name` on the server, this connection's own aside, waiting
    /// up to `waitMs` for each to go; the number ended. Takes effect at once, whatever
    /// transaction is open: call it after the NOLOGIN is committed, or a session ended could
    /// connect again before it is (refused inside a transaction).
    Result<int> endSessions(const QString &name, int waitMs = 5000) const;

    /// What following an ARDesk user's change did to its login.
    struct LoginChange
    {
        bool teamDatabase = false; ///< false: a company file, which has no logins
        bool created = false; ///< the login was created (else it existed, or nothing was needed)
        bool existed = false; ///< a new user's login was on the server already (kept as it was)
        bool passwordSet = false;
        UserRoles granted, revoked; ///< the group roles given and taken
        bool disabled = false; ///< made NOLOGIN: the user was deactivated (or added inactive)
        bool enabled = false; ///< made LOGIN again: the user was reactivated
        /// Of a disabled login: its sessions open at the change (other than ARDesk's own) …
        int sessionsOpen = 0;
        /// … those ARDesk ended once the change was committed (UserService::update) …
        int sessionsEnded = 0;
        /// … and why the others were left running (empty when none were).
        QString sessionsLeft;

        /// Whether anything happened to the login.
        bool isEmpty() const
        {
            return !created && !existed && !disabled && !enabled && granted == UserRoles()
                    && revoked == UserRoles();
        }
        /// What happened to the login of the user `name`, in sentences (one per line), for the
        /// CLI and the window; empty on a company file or when nothing happened.
        QString describe(const QString &name) const;
    };
    /// Keeps the login of the ARDesk user `after.name` in step with the user going from `before`
    /// to `after` (before null: a new user): creates the login when missing (with `password`,
    /// stored by the server as a SCRAM verifier computed here, so the password itself is never
    /// sent in a statement), GRANTs the group roles added and REVOKEs those taken, and makes it
    /// NOLOGIN when the user is (made) inactive, LOGIN again when it is made active. An existing
    /// login keeps its password (passwordSet false). For a login made NOLOGIN it counts the
    /// sessions still open and whether this login may end them (sessionsLeft says why not); it
    /// ends none: see endSessions(). Inside the caller's transaction. Nothing on a company file.
    /// Refused, with nothing changed, when the connection's login may not create roles (no
    /// CREATEROLE, not a superuser): the message names that.
    static Result<LoginChange> followUser(const Database &db, const User *before, const User &after,
                                          const QString &password = {});
    /// Whether the connection's login may create logins and give group roles (superuser or
    /// CREATEROLE).
    Result<bool> mayCreateRoles() const;

    /// The schema version that creates the group roles and their GRANTs (migration 18).
    static constexpr int kGrantsVersion = 18;
    /// Before a team database `where` moves from schema `from` to `to`: when the move crosses
    /// kGrantsVersion, whether the connection's login may make it (a superuser, or the owner of
    /// the database's tables with CREATEROLE); refused naming the login, the versions and who
    /// runs upgrades, before anything is written.
    Result<void> checkMayUpgrade(const QString &where, int from, int to) const;
    /// A failed step's reason with what to do when it is a missing privilege (PostgreSQL's
    /// "permission denied", "must be owner"): who runs upgrades. Other reasons unchanged.
    static QString explainUpgradeFailure(const QString &reason, const QString &login);

private:
    /// The login name quoted as one identifier.
    Result<QString> identifier(const QString &name) const;
    Result<void> setPassword(const QString &name, const QString &role,
                             const QString &password) const;
    Result<void> revoke(const QString &name, UserRoles roles) const;
    /// Refused, naming what the login lacks, when it may not follow the user's change.
    Result<void> checkMayFollow(const QString &name, const User *before, const User &after) const;
    /// Counts the open sessions of the disabled login `name` into `change`, and says why they
    /// stay when this login may not end them.
    Result<void> noteOpenSessions(const QString &name, LoginChange &change) const;

    QSqlDatabase m_db;
};

} // namespace ardesk
