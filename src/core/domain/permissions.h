// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ardesk {

/// An action a role may or may not take (issue 13 item 5). The services check the acting user
/// against Permissions before they change anything; the window and the CLI ask the same table.
enum class Permission {
    ReadRecord, ///< clients, contacts, invoices, credit status, aging, notes, attachments
    LogOwnNote, ///< a note (any channel) by oneself: a call, a meeting, a text; drafts
    LogNoteForOthers, ///< a note written as someone else, or changing someone else's note
    SendEmail, ///< e-mail from ARDesk (compose, bulk, the outbox)
    EditClients, ///< new, edited and archived clients and contacts
    EditLedger, ///< invoices, invoice documents, payments entry and voids
    WriteOff, ///< writing off what is open on an invoice
    CreditNote, ///< a credit note against an invoice
    PlaceCreditHold, ///< a client on credit hold (by hand or by the 60-day rule)
    ReleaseCreditHold,
    Commitments, ///< promises, disputes and payment plans
    Tasks, ///< tasks for others, and closing or snoozing someone else's task
    Pause, ///< pausing and resuming reminders for a client or an invoice
    Import, ///< CSV imports of clients, invoices, payments and contacts
    EditPolicies, ///< reminder policies, templates and call scripts, queue weights, grace days
    Reassign, ///< giving clients and tasks to another clerk
    RemindEveryone, ///< the reminder run for every client (`remind`)
    OverrideSendGuard, ///< sending despite a guard rule, with a reason
    AuditAndReports, ///< the audit trail and company-wide reports
    ManageUsers, ///< users and their roles
    CompanySettings, ///< company and SMTP settings
    Backups,
};

/// The one permission table: which roles grant which action, and the refusal a user reads
/// ("Writing off an invoice needs the manager role; lena.fox is sales."). Pure; used by the
/// services (which enforce it), the CLI and the window (which only show what it allows).
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    /// Every permission, in declaration order.
    static QList<Permission> all();
    /// The roles that grant `permission` (any one of them is enough).
    static UserRoles grantedBy(Permission permission);
    /// Whether someone holding `roles` may take the action.
    static bool allows(UserRoles roles, Permission permission);
    /// The action as the start of a sentence: "Writing off an invoice".
    static QString actionName(Permission permission);
    /// Refused (ErrorCode::PermissionDenied) unless `user` may take the action; the message says
    /// which role it needs and what the user is. A user who is not active is refused everything
    /// but reading.
    static Result<void> check(const User &user, Permission permission);
    /// The refusal check() gives, for a user the caller already knows is refused.
    static QString refusal(const User &user, Permission permission);
};

} // namespace ardesk
