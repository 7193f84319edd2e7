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

    Result<qint64> insert(User &user);
    /// Writes the display name, role, active flag, e-mail and signature of `user` (by id; the
    /// name stays) in the caller's transaction. Invalid values are refused naming the field.
    Result<void> update(const User &user);
    Result<User> find(qint64 id) const;
    Result<User> findByName(const QString &name) const;
    Result<QList<User>> list() const;
    /// The user with this name, created with `role` when missing (first start, CLI --user),
    /// inside the caller's write transaction.
    Result<User> ensure(const QString &name, UserRole role);

private:
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

} // namespace ardesk
