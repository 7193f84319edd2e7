// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QString>

namespace ardesk {

enum class UserRole { Clerk, Manager, Sales, Admin };
QString toString(UserRole role);
std::optional<UserRole> userRoleFromString(QStringView key);

/// Someone who works in the company file; every write records who did it.
struct User
{
    qint64 id = 0;
    QString name; ///< login-style key, unique
    QString displayName;
    UserRole role = UserRole::Clerk;
    bool active = true;
    /// Where replies to the messages that speak for this user go (the reminders of the clients
    /// they are the clerk of, their own sends); empty: the company's sender speaks instead.
    QString email;
    QString signature; ///< plain text, the end of the messages that speak for this user

    /// The name customers see: the display name, else the user name.
    QString shownName() const { return displayName.isEmpty() ? name : displayName; }

    Result<void> validate() const;

    Q_DECLARE_TR_FUNCTIONS(User)
};

} // namespace ardesk
