// SPDX-License-Identifier: MIT
#include "core/services/userservice.h"

#include "core/storage/transaction.h"

#include "core/storage/userrepository.h"

namespace ardesk {

Result<QList<User>> UserService::list() const
{
    return UserRepository(*m_db).list();
}

bool UserService::exists(const QString &name) const
{
    return bool(UserRepository(*m_db).findByName(name));
}

Result<User> UserService::signIn(const QString &name, UserRole role)
{
    return inTransaction(*m_db, [&]() { return UserRepository(*m_db).ensure(name, role); });
}

Result<qint64> UserService::add(User &user)
{
    return inTransaction(*m_db, [&]() { return UserRepository(*m_db).insert(user); });
}

} // namespace ardesk
