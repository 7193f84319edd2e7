// SPDX-License-Identifier: MIT
#include "core/services/userservice.h"

#include "core/storage/auditlog.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"

#include <QJsonObject>

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

namespace {
QJsonObject auditForm(const User &u)
{
    return {{QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), toString(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("signature"), u.signature}};
}
} // namespace

Result<void> UserService::update(const User &user, qint64 actingUserId)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        UserRepository users(*m_db);
        auto before = users.findByName(user.name);
        if (!before)
            return before.error();
        User changed = user;
        changed.id = before.value().id;
        if (auto u = users.update(changed); !u)
            return u;
        return AuditLog(*m_db, actingUserId)
                .record(QStringLiteral("user"), changed.id, QStringLiteral("update"),
                        auditForm(before.value()), auditForm(changed));
    });
}

} // namespace ardesk
