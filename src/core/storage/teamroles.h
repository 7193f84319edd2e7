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
    /// Makes `name` a login (without a password) when it is not a role yet, and a member of the
    /// group roles of `roles`. True when the login was created, false when it existed already.
    /// Inside the caller's transaction (CREATE ROLE is transactional).
    Result<bool> addLogin(const QString &name, UserRoles roles) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
