// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Users of a company file. Names are unique, case-insensitively.
class UserRepository
{
public:
    /// Works on the calling thread's connection to `db`.
    explicit UserRepository(const Database &db)
        : UserRepository(db.connection())
    { }
    explicit UserRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Adds `user` with its roles; sets its id.
    Result<qint64> insert(User &user);
    /// Writes the display name, roles, active flag, e-mail and signature of `user` (by id; the
    /// name stays) in the caller's transaction. Invalid values are refused naming the field.
    Result<void> update(const User &user);
    Result<User> find(qint64 id) const;
    Result<User> findByName(const QString &name) const;
    Result<QList<User>> list() const;
    /// The user with this name, created with `roles` when missing (first start, CLI --user),
    /// inside the caller's write transaction. An existing user keeps their roles.
    Result<User> ensure(const QString &name, UserRoles roles);

private:
    /// Replaces the user's rows in user_roles with `user.roles`.
    Result<void> writeRoles(const User &user);

    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

} // namespace ardesk
