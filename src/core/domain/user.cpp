// SPDX-License-Identifier: MIT
#include "core/domain/user.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace ardesk {

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
    for (auto r : {UserRole::Clerk, UserRole::Manager, UserRole::Sales, UserRole::Admin}) {
        if (key == toString(r))
            return r;
    }
    return std::nullopt;
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
    return validation::noControlChars(tr("display name"), displayName);
}

} // namespace ardesk
