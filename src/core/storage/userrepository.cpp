// SPDX-License-Identifier: MIT
#include "core/storage/userrepository.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>

namespace ardesk {
namespace {

// The roles come from user_roles (schema 12); users.role is only the principal one.
QString selectUsers(const QSqlDatabase &db)
{
    return QStringLiteral("SELECT id, name, display_name, role, active, email, signature, (SELECT "
                          "%1 FROM user_roles r WHERE r.user_id = users.id) FROM users ")
            .arg(sql::groupConcat(sql::dialectOf(db), QStringLiteral("r.role")));
}

User fromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.displayName = q.value(2).toString();
    const QString held = q.value(7).toString();
    u.roles = userRolesFromString(held.isEmpty() ? q.value(3).toString() : held)
                      .valueOr(UserRoles(UserRole::Clerk));
    u.active = q.value(4).toBool();
    u.email = q.value(5).toString();
    u.signature = q.value(6).toString();
    return u;
}

} // namespace

Result<void> UserRepository::writeRoles(const User &user)
{
    if (auto d
        = sql::exec(m_db, QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {user.id});
        !d)
        return d.error();
    for (auto r : allUserRoles()) {
        if (!user.roles.testFlag(r))
            continue;
        if (auto i
            = sql::exec(m_db, QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?,?)"),
                        {user.id, toString(r)});
            !i)
            return i.error();
    }
    return {};
}

Result<qint64> UserRepository::insert(User &user)
{
    if (auto v = user.validate(); !v)
        return v.error();
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO users (name, display_name, role, active, "
                                       "created_at) VALUES (?,?,?,?,?)"),
                        {user.name, user.displayName, toString(principalRole(user.roles)),
                         user.active ? 1 : 0, sql::nowUtc(m_db)});
    if (!r) {
        if (r.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict, tr("a user named \"%1\" exists").arg(user.name));
        return r.error();
    }
    user.id = r.value().lastInsertId;
    if (auto w = writeRoles(user); !w)
        return w.error();
    // E-mail and signature (v10) only when there are any: a file of an older schema (a
    // migration test) still takes users.
    if (!user.email.isEmpty() || !user.signature.isEmpty()) {
        if (auto u = update(user); !u)
            return u.error();
    }
    return user.id;
}

Result<void> UserRepository::update(const User &user)
{
    if (auto v = user.validate(); !v)
        return v;
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE users SET display_name = ?, role = ?, active = ?, "
                                      "email = ?, signature = ? WHERE id = ?"),
                       {user.displayName, toString(principalRole(user.roles)), user.active ? 1 : 0,
                        user.email, user.signature, user.id});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("no user named \"%1\"").arg(user.name));
    return writeRoles(user);
}

Result<User> UserRepository::find(qint64 id) const
{
    // Every save asks who is acting: read on the connection's cached statement.
    std::optional<User> found;
    auto r = sql::forEachRow(m_db, selectUsers(m_db) + QStringLiteral("WHERE id = ?"), {id},
                             [&found](const QSqlQuery &q) { found = fromRow(q); });
    if (!r)
        return r.error();
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no user %1").arg(id));
    return *found;
}

Result<User> UserRepository::findByName(const QString &name) const
{
    auto r = sql::exec(m_db, selectUsers(m_db) + QStringLiteral("WHERE name = ? COLLATE NOCASE"),
                       {name});
    if (!r)
        return r.error();
    if (!r.value().next())
        return makeError(ErrorCode::NotFound, tr("no user named \"%1\"").arg(name));
    return fromRow(r.value());
}

Result<QList<User>> UserRepository::list() const
{
    auto r = sql::exec(m_db, selectUsers(m_db) + QStringLiteral("ORDER BY name COLLATE NOCASE"));
    if (!r)
        return r.error();
    QList<User> users;
    while (r.value().next())
        users.append(fromRow(r.value()));
    return users;
}

Result<User> UserRepository::ensure(const QString &name, UserRoles roles)
{
    if (auto found = findByName(name); found)
        return found;
    User u;
    u.name = name;
    u.displayName = name;
    u.roles = roles;
    if (auto r = insert(u); !r)
        return r.error();
    return u;
}

} // namespace ardesk
