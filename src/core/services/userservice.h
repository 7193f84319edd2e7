// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/storage/database.h"
#include "core/storage/teamroles.h"

#include <memory>

#include <QList>

namespace ardesk {

/// Who works on a company file: the users to choose from, and signing in as one (the user is
/// added on first use, with the role given). Runs on the calling thread's connection.
class UserService
{
public:
    explicit UserService(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }

    Result<QList<User>> list() const;
    /// Whether a user with this name (case-insensitively) exists.
    bool exists(const QString &name) const;
    /// The user called `name`, added with `roles` when there is none yet.
    Result<User> signIn(const QString &name, UserRoles roles);
    /// Adds `user` (name, roles, display name, e-mail, signature) in its own transaction, with
    /// an audit row naming `actingUserId`; sets its id. Only an admin may (Permission::
    /// ManageUsers). A name that exists already is refused. On a team database the same
    /// transaction creates the user's PostgreSQL login (with `loginPassword` when given; an
    /// existing login keeps its own) in the group roles of its roles, which needs a connection
    /// whose login has CREATEROLE: refused, naming that, otherwise. A user added inactive gets a
    /// NOLOGIN login (an existing one is made NOLOGIN, its sessions ended as by update()).
    /// `login`, when given, says what happened to the login.
    Result<qint64> add(User &user, qint64 actingUserId, const QString &loginPassword = {},
                       TeamRoles::LoginChange *login = nullptr);
    /// Saves the display name, roles, e-mail and signature of the user `user.name` in its own
    /// transaction, with an audit row naming `actingUserId`. Users may change their own
    /// display name, e-mail and signature; anything else (roles, someone else) needs the admin
    /// role. An unknown name or an invalid value (an e-mail that is no address) is refused
    /// naming it. On a team database a change of roles GRANTs and REVOKEs the login's group
    /// roles in the same transaction (CREATEROLE needed, as for add()), and a change of `active`
    /// makes the login NOLOGIN (deactivated: the server refuses it from the commit on) or LOGIN
    /// again. Once a deactivation is committed the login's open sessions are ended when the
    /// connection's login may (a superuser, or pg_signal_backend); when it may not, the change
    /// still stands and `login->sessionsLeft` (and the audit row) say why they were left.
    /// `login`, when given, says what happened to the login.
    Result<void> update(const User &user, qint64 actingUserId,
                        TeamRoles::LoginChange *login = nullptr);

private:
    /// After a committed deactivation: ends the disabled login's sessions into `change`.
    void endSessionsOfDisabledLogin(const QString &name, TeamRoles::LoginChange &change) const;

    std::shared_ptr<Database> m_db;
};

} // namespace ardesk
