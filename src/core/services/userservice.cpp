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

/// The audit form with what happened to the team database login (nothing on a company file).
QJsonObject withLogin(QJsonObject form, const TeamRoles::LoginChange &login)
{
    if (!login.teamDatabase
        || (!login.created && login.granted == UserRoles() && login.revoked == UserRoles()))
        return form;
    // Flat keys, so that the audit trail shows each as "login_granted: sales".
    form.insert(QStringLiteral("login_created"), login.created);
    form.insert(QStringLiteral("login_password_set"), login.passwordSet);
    form.insert(QStringLiteral("login_granted"), toString(login.granted));
    form.insert(QStringLiteral("login_revoked"), toString(login.revoked));
    return form;
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

Result<qint64> UserService::add(User &user, qint64 actingUserId, const QString &loginPassword,
                                TeamRoles::LoginChange *login)
{
    return inTransaction(*m_db, [&]() -> Result<qint64> {
        if (auto a = authorize(*m_db, actingUserId, Permission::ManageUsers); !a)
            return a.error();
        auto id = UserRepository(*m_db).insert(user);
        if (!id)
            return id;
        auto followed = TeamRoles::followUser(*m_db, user.name, {}, user.roles, loginPassword);
        if (!followed)
            return followed.error();
        if (login)
            *login = followed.value();
        if (auto r = AuditLog(*m_db, actingUserId)
                             .record(QStringLiteral("user"), user.id, QStringLiteral("add"),
                                     QJsonObject(), withLogin(auditForm(user), followed.value()));
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
        auto followed
                = TeamRoles::followUser(*m_db, changed.name, before.value().roles, changed.roles);
        if (!followed)
            return followed.error();
        return AuditLog(*m_db, actingUserId)
                .record(QStringLiteral("user"), changed.id, QStringLiteral("update"),
                        auditForm(before.value()), withLogin(auditForm(changed), followed.value()));
    });
}

} // namespace ardesk
