// SPDX-License-Identifier: MIT
#include "core/domain/permissions.h"

#include <QStringList>

namespace ardesk {
namespace {

constexpr UserRoles kClerkUp = UserRoles(UserRole::Clerk) | UserRole::Manager;
constexpr UserRoles kWhoLogs = kClerkUp | UserRole::Sales;
constexpr UserRoles kEveryone = kWhoLogs | UserRole::Admin;
constexpr UserRoles kManager = UserRole::Manager;
constexpr UserRoles kAdmin = UserRole::Admin;

/// "the manager role", "the clerk or manager role"
QString neededRoles(UserRoles roles)
{
    QStringList names;
    for (auto r : allUserRoles()) {
        if (roles.testFlag(r))
            names << toString(r);
    }
    if (names.size() == 1)
        return Permissions::tr("the %1 role").arg(names.first());
    const QString last = names.takeLast();
    return Permissions::tr("the %1 or %2 role").arg(names.join(QStringLiteral(", ")), last);
}

/// "sales", "clerk and admin", "no role"
QString heldRoles(UserRoles roles)
{
    QStringList names;
    for (auto r : allUserRoles()) {
        if (roles.testFlag(r))
            names << toString(r);
    }
    if (names.isEmpty())
        return Permissions::tr("has no role");
    const QString last = names.takeLast();
    return names.isEmpty()
            ? Permissions::tr("is %1").arg(last)
            : Permissions::tr("is %1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace

QList<Permission> Permissions::all()
{
    QList<Permission> list;
    for (int p = int(Permission::ReadRecord); p <= int(Permission::Backups); ++p)
        list << Permission(p);
    return list;
}

UserRoles Permissions::grantedBy(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecord:
        return kEveryone;
    case Permission::LogOwnNote:
        return kWhoLogs;
    case Permission::LogNoteForOthers:
    case Permission::SendEmail:
    case Permission::EditClients:
    case Permission::EditLedger:
    case Permission::PlaceCreditHold:
    case Permission::Commitments:
    case Permission::Tasks:
    case Permission::Pause:
    case Permission::Import:
        return kClerkUp;
    case Permission::WriteOff:
    case Permission::CreditNote:
    case Permission::ReleaseCreditHold:
    case Permission::EditPolicies:
    case Permission::Reassign:
    case Permission::RemindEveryone:
    case Permission::OverrideSendGuard:
        return kManager;
    case Permission::AuditAndReports:
        return kManager | UserRole::Admin;
    case Permission::ManageUsers:
    case Permission::CompanySettings:
    case Permission::Backups:
        return kAdmin;
    }
    return {};
}

bool Permissions::allows(UserRoles roles, Permission permission)
{
    return bool(roles & grantedBy(permission));
}

QString Permissions::actionName(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecord:
        return tr("Reading the company file");
    case Permission::LogOwnNote:
        return tr("Logging a note");
    case Permission::LogNoteForOthers:
        return tr("Logging or changing a note for someone else");
    case Permission::SendEmail:
        return tr("Sending e-mail");
    case Permission::EditClients:
        return tr("Changing clients and contacts");
    case Permission::EditLedger:
        return tr("Changing invoices and payments");
    case Permission::WriteOff:
        return tr("Writing off an invoice");
    case Permission::CreditNote:
        return tr("Issuing a credit note");
    case Permission::PlaceCreditHold:
        return tr("Placing a credit hold");
    case Permission::ReleaseCreditHold:
        return tr("Releasing a credit hold");
    case Permission::Commitments:
        return tr("Recording promises, disputes and payment plans");
    case Permission::Tasks:
        return tr("Handling someone else's tasks");
    case Permission::Pause:
        return tr("Pausing reminders");
    case Permission::Import:
        return tr("Importing");
    case Permission::EditPolicies:
        return tr("Changing reminder policies, templates and queue weights");
    case Permission::Reassign:
        return tr("Reassigning clients and tasks");
    case Permission::RemindEveryone:
        return tr("Running the reminders for every client");
    case Permission::OverrideSendGuard:
        return tr("Sending despite a guard rule");
    case Permission::AuditAndReports:
        return tr("Viewing the audit trail and reports");
    case Permission::ManageUsers:
        return tr("Managing users and roles");
    case Permission::CompanySettings:
        return tr("Changing company and SMTP settings");
    case Permission::Backups:
        return tr("Backing up and restoring");
    }
    return QString();
}

QString Permissions::refusal(const User &user, Permission permission)
{
    const QString who = user.name.isEmpty() ? tr("nobody is signed in") : user.name;
    if (!user.name.isEmpty() && !user.active)
        return tr("%1 needs an active user; %2 is not active.")
                .arg(actionName(permission), user.name);
    if (user.name.isEmpty())
        return tr("%1 needs %2; %3.")
                .arg(actionName(permission), neededRoles(grantedBy(permission)), who);
    return tr("%1 needs %2; %3 %4.")
            .arg(actionName(permission), neededRoles(grantedBy(permission)), who,
                 heldRoles(user.roles));
}

Result<void> Permissions::check(const User &user, Permission permission)
{
    const bool active = user.active || permission == Permission::ReadRecord;
    if (active && !user.name.isEmpty() && allows(user.roles, permission))
        return {};
    return makeError(ErrorCode::PermissionDenied, refusal(user, permission));
}

} // namespace ardesk
