// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/storage/database.h"

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
    /// ManageUsers). A name that exists already is refused.
    Result<qint64> add(User &user, qint64 actingUserId);
    /// Saves the display name, roles, e-mail and signature of the user `user.name` in its own
    /// transaction, with an audit row naming `actingUserId`. Users may change their own
    /// display name, e-mail and signature; anything else (roles, someone else) needs the admin
    /// role. An unknown name or an invalid value (an e-mail that is no address) is refused
    /// naming it.
    Result<void> update(const User &user, qint64 actingUserId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ardesk
