// SPDX-License-Identifier: MIT
#include "core/services/authorization.h"

#include "core/storage/userrepository.h"

namespace ardesk {

namespace {
User nobody()
{
    User none;
    none.roles = {};
    return none;
}
} // namespace

Result<User> actingUser(const Database &db, qint64 userId)
{
    auto user = UserRepository(db).find(userId);
    if (!user && user.error().code == ErrorCode::NotFound)
        return nobody();
    return user;
}

Result<void> authorize(const Database &db, qint64 userId, Permission permission)
{
    if (userId == 0)
        return {};
    auto user = actingUser(db, userId);
    if (!user)
        return user.error();
    return Permissions::check(user.value(), permission);
}

} // namespace ardesk
