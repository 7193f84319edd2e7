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
    if (!login.teamDatabase || login.isEmpty())
        return form;
    // Flat keys, so that the audit trail shows each as "login_granted: sales".
    form.insert(QStringLiteral("login_created"), login.created);
    form.insert(QStringLiteral("login_password_set"), login.passwordSet);
    form.insert(QStringLiteral("login_granted"), toString(login.granted));
    form.insert(QStringLiteral("login_revoked"), toString(login.revoked));
    if (login.disabled || login.enabled)
        form.insert(QStringLiteral("login_may_connect"), login.enabled);
    if (login.disabled) {
        form.insert(QStringLiteral("login_sessions_open"), login.sessionsOpen);
        if (!login.sessionsLeft.isEmpty())
            form.insert(QStringLiteral("login_sessions_left"), login.sessionsLeft);
    }
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
    auto followed = inTransaction(*m_db, [&]() -> Result<TeamRoles::LoginChange> {
        if (auto a = authorize(*m_db, actingUserId, Permission::ManageUsers); !a)
            return a.error();
        if (auto id = UserRepository(*m_db).insert(user); !id)
            return id.error();
        auto change = TeamRoles::followUser(*m_db, nullptr, user, loginPassword);
        if (!change)
            return change.error();
        if (auto r = AuditLog(*m_db, actingUserId)
                             .record(QStringLiteral("user"), user.id, QStringLiteral("add"),
                                     QJsonObject(), withLogin(auditForm(user), change.value()));
            !r)
            return r.error();
        return change;
    });
    if (!followed)
        return followed.error();
    TeamRoles::LoginChange change = followed.value();
    endSessionsOfDisabledLogin(user.name, change); // an existing login, added inactive
    if (login)
        *login = change;
    return user.id;
}

Result<void> UserService::update(const User &user, qint64 actingUserId,
                                 TeamRoles::LoginChange *login)
{
    auto followed = inTransaction(*m_db, [&]() -> Result<TeamRoles::LoginChange> {
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
                return a.error();
        }
        if (auto u = users.update(changed); !u)
            return u.error();
        auto change = TeamRoles::followUser(*m_db, &before.value(), changed);
        if (!change)
            return change.error();
        if (auto r = AuditLog(*m_db, actingUserId)
                             .record(QStringLiteral("user"), changed.id, QStringLiteral("update"),
                                     auditForm(before.value()),
                                     withLogin(auditForm(changed), change.value()));
            !r)
            return r.error();
        return change;
    });
    if (!followed)
        return followed.error();
    TeamRoles::LoginChange change = followed.value();
    endSessionsOfDisabledLogin(user.name, change);
    if (login)
        *login = change;
    return {};
}

void UserService::endSessionsOfDisabledLogin(const QString &name,
                                             TeamRoles::LoginChange &change) const
{
    if (!change.disabled || change.sessionsOpen == 0 || !change.sessionsLeft.isEmpty())
        return;
    // Only now that NOLOGIN is committed: a session ended earlier could have connected again
    // (ARDesk itself reconnects within a second) before it was.
    auto ended = TeamRoles(*m_db).endSessions(name);
    if (!ended) {
        change.sessionsLeft = ended.errorString(); // the change itself stands
        return;
    }
    change.sessionsEnded = ended.value();
}

} // namespace ardesk
