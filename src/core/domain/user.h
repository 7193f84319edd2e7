// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

namespace ardesk {

/// What a user does in the company; a user holds one or more (see Permissions for what each
/// may do). An admin is not a clerk unless also given that role.
enum class UserRole { Clerk = 0x1, Manager = 0x2, Sales = 0x4, Admin = 0x8 };
Q_DECLARE_FLAGS(UserRoles, UserRole)
QString toString(UserRole role);
std::optional<UserRole> userRoleFromString(QStringView key);
/// Every role, in the order they are listed and stored: sales, clerk, manager, admin.
QList<UserRole> allUserRoles();
/// "clerk,admin" (the roles held, in allUserRoles() order); "" for none.
QString toString(UserRoles roles);
/// A role as a person reads it, in the language of the interface ("clerk" -> "Clerk",
/// "Sachbearbeiter"); toString() is the key stored and typed on the command line.
QString displayText(UserRole role);
/// The roles held, as displayText() each, separated by ", ".
QString displayText(UserRoles roles);
/// The one role shown where only one fits (users.role, `user list`): the last of sales, clerk,
/// manager, admin held; clerk for none.
UserRole principalRole(UserRoles roles);
/// The roles of "clerk,admin" (or "clerk, admin"); refused naming the word that is no role, or
/// when none is given.
Result<UserRoles> userRolesFromString(QStringView text);

/// Someone who works in the company file; every write records who did it.
struct User
{
    qint64 id = 0;
    QString name; ///< login-style key, unique
    QString displayName;
    UserRoles roles = UserRole::Clerk; ///< at least one
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

Q_DECLARE_OPERATORS_FOR_FLAGS(ardesk::UserRoles)
