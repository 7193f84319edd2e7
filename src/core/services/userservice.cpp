// SPDX-License-Identifier: MIT
#include "core/services/userservice.h"

#include "core/services/authorization.h"
#include "core/storage/auditlog.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"

#include <QJsonObject>

namespace ardesk {

namespace {
QJsonObject auditForm(const User &u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("roles"), toString(u.roles)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("signature"), u.signature}};
}
} // namespace

Result<QList<User>> UserService::list() const
{
    return UserRepository(*m_db).list();
}

bool UserService::exists(const QString &name) const
{
    return bool(UserRepository(*m_db).findByName(name));
}

Result<User> UserService::signIn(const QString &name, UserRoles roles)
{
    return inTransaction(*m_db, [&]() -> Result<User> {
        UserRepository users(*m_db);
        if (auto found = users.findByName(name); found)
            return found;
        auto added = users.ensure(name, roles);
        if (!added)
            return added;
        // Who signs in first under a new name adds themselves: audited as their own act.
        if (auto r
            = AuditLog(*m_db, added.value().id)
                      .record(QStringLiteral("user"), added.value().id, QStringLiteral("add"),
                              QJsonObject(), auditForm(added.value()));
            !r)
            return r.error();
        return added;
    });
}

Result<qint64> UserService::add(User &user, qint64 actingUserId)
{
    return inTransaction(*m_db, [&]() -> Result<qint64> {
        if (auto a = authorize(*m_db, actingUserId, Permission::ManageUsers); !a)
            return a.error();
        auto id = UserRepository(*m_db).insert(user);
        if (!id)
            return id;
        if (auto r = AuditLog(*m_db, actingUserId)
                             .record(QStringLiteral("user"), user.id, QStringLiteral("add"),
                                     QJsonObject(), auditForm(user));
            !r)
            return r.error();
        return id;
    });
}

Result<void> UserService::update(const User &user, qint64 actingUserId)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        UserRepository users(*m_db);
        auto before = users.findByName(user.name);
        if (!before)
            return before.error();
        User changed = user;
        changed.id = before.value().id;
        const bool ownProfile = changed.id == actingUserId && changed.roles == before.value().roles
                && changed.active == before.value().active;
        if (!ownProfile) {
            if (auto a = authorize(*m_db, actingUserId, Permission::ManageUsers); !a)
                return a;
        }
        if (auto u = users.update(changed); !u)
            return u;
        return AuditLog(*m_db, actingUserId)
                .record(QStringLiteral("user"), changed.id, QStringLiteral("update"),
                        auditForm(before.value()), auditForm(changed));
    });
}

} // namespace ardesk
