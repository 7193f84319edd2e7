// SPDX-License-Identifier: MIT
#include "core/domain/user.h"

#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QStringList>

namespace ardesk {
namespace {
constexpr int kMaxSignature = 2000;
} // namespace

QString toString(UserRole role)
{
    switch (role) {
    case UserRole::Clerk:
        return QStringLiteral("clerk");
    case UserRole::Manager:
        return QStringLiteral("manager");
    case UserRole::Sales:
        return QStringLiteral("sales");
    case UserRole::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<UserRole> userRoleFromString(QStringView key)
{
    for (auto r : allUserRoles()) {
        if (key == toString(r))
            return r;
    }
    return std::nullopt;
}

QList<UserRole> allUserRoles()
{
    return {UserRole::Sales, UserRole::Clerk, UserRole::Manager, UserRole::Admin};
}

QString toString(UserRoles roles)
{
    QStringList held;
    for (auto r : allUserRoles()) {
        if (roles.testFlag(r))
            held << toString(r);
    }
    return held.join(u',');
}

QString displayText(UserRole role)
{
    switch (role) {
    case UserRole::Clerk:
        return User::tr("Clerk");
    case UserRole::Manager:
        return User::tr("Manager");
    case UserRole::Sales:
        return User::tr("Sales");
    case UserRole::Admin:
        return User::tr("Administrator");
    }
    return QString();
}

QString displayText(UserRoles roles)
{
    QStringList held;
    for (auto r : allUserRoles()) {
        if (roles.testFlag(r))
            held << displayText(r);
    }
    return held.join(QStringLiteral(", "));
}

UserRole principalRole(UserRoles roles)
{
    UserRole principal = UserRole::Clerk;
    for (auto r : allUserRoles()) {
        if (roles.testFlag(r))
            principal = r;
    }
    return principal;
}

Result<UserRoles> userRolesFromString(QStringView text)
{
    UserRoles roles;
    for (QStringView word : text.split(u',')) {
        word = word.trimmed();
        if (word.isEmpty())
            continue;
        const auto role = userRoleFromString(word);
        if (!role)
            return makeError(ErrorCode::InvalidValue,
                             User::tr("role: \"%1\" is not sales, clerk, manager or admin")
                                     .arg(word.toString()));
        roles |= *role;
    }
    if (!roles)
        return makeError(ErrorCode::InvalidValue,
                         User::tr("role: give at least one of sales, clerk, manager or admin"));
    return roles;
}

Result<void> User::validate() const
{
    const QString field = tr("user name");
    if (auto r = validation::requireText(field, name, 64); !r)
        return r;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-'))
            return makeError(ErrorCode::InvalidValue,
                             tr("user name: \"%1\" may use letters, digits, '.', "
                                "'_' and '-' only")
                                     .arg(name));
    }
    if (!roles)
        return makeError(
                ErrorCode::InvalidValue,
                tr("role: %1 needs at least one of sales, clerk, manager or admin").arg(name));
    if (auto r = validation::noControlChars(tr("display name"), displayName); !r)
        return r;
    if (!email.isEmpty()) {
        if (auto r = validation::emailAddress(tr("e-mail"), email); !r)
            return r;
    }
    if (signature.size() > kMaxSignature)
        return makeError(ErrorCode::InvalidValue,
                         tr("signature: %n character(s) at most", nullptr, kMaxSignature));
    return validation::noControlChars(tr("signature"), signature, true);
}

} // namespace ardesk
