// SPDX-License-Identifier: MIT
#include "core/storage/teamroles.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace ardesk {
namespace {

QList<TeamRoles::TablePrivilege> on(std::initializer_list<const char *> tables,
                                    std::initializer_list<const char *> privileges)
{
    QList<TeamRoles::TablePrivilege> out;
    for (const char *t : tables)
        for (const char *p : privileges)
            out.append({QString::fromLatin1(t), QString::fromLatin1(p)});
    return out;
}

} // namespace

QList<TeamRoles::TablePrivilege> TeamRoles::privilegesOf(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecord:
        // Whoever works in ARDesk is audited and moves the derived summary (a note's last
        // contact, the overdue figures moved to today on open); settings rows by row security.
        return on({"audit_log"}, {"INSERT"})
                + on({"client_summary", "settings"}, {"INSERT", "UPDATE"});
    case Permission::LogOwnNote:
        return on({"notes", "note_revisions", "note_invoices", "note_attachments",
                   "attachment_blobs", "record_chain", "tasks"},
                  {"INSERT"})
                + on({"note_drafts"}, {"INSERT", "UPDATE", "DELETE"})
                + on({"call_attempts"}, {"INSERT", "UPDATE"});
    case Permission::LogNoteForOthers:
        return on({"note_tombstones"}, {"INSERT"});
    case Permission::SendEmail:
        // A reminder step sent is logged once per invoice and step.
        return on({"outbox"}, {"INSERT", "UPDATE"}) + on({"reminder_log"}, {"INSERT"});
    case Permission::EditClients:
    case Permission::PlaceCreditHold:
        return on({"clients", "contacts", "contact_phones"}, {"INSERT", "UPDATE", "DELETE"});
    case Permission::EditLedger:
    case Permission::Import:
        return on({"invoices", "payments", "invoice_documents"}, {"INSERT", "UPDATE"})
                + on({"payment_allocations", "ar_history"}, {"INSERT", "UPDATE", "DELETE"})
                + on({"ar_history_state"}, {"UPDATE"});
    case Permission::Commitments:
        return on({"promises", "promise_invoices", "disputes", "payment_plans", "plan_installments",
                   "plan_invoices"},
                  {"INSERT", "UPDATE", "DELETE"});
    case Permission::Tasks:
        return on({"tasks"}, {"UPDATE", "DELETE"});
    case Permission::Pause:
        return on({"invoice_pauses"}, {"INSERT", "UPDATE", "DELETE"});
    case Permission::WriteOff:
    case Permission::CreditNote:
        return on({"invoice_adjustments"}, {"INSERT", "UPDATE"});
    case Permission::EditPolicies:
        return on({"reminder_policies", "policy_steps", "templates"},
                  {"INSERT", "UPDATE", "DELETE"});
    case Permission::ManageUsers:
        return on({"users", "user_roles"}, {"INSERT", "UPDATE", "DELETE"});
    case Permission::CompanySettings:
        return on({"settings"}, {"DELETE"});
    case Permission::ReleaseCreditHold:
    case Permission::Reassign:
    case Permission::RemindEveryone:
    case Permission::OverrideSendGuard:
    case Permission::AuditAndReports:
    case Permission::Backups:
        return {};
    }
    return {};
}

TeamRoles::TeamRoles(const Database &db)
    : m_db(db.connection())
{ }

QString TeamRoles::groupOf(UserRole role)
{
    return QStringLiteral("ardesk_") + toString(role);
}

Result<bool> TeamRoles::isSuperuser() const
{
    auto v = sql::scalar(m_db,
                         QStringLiteral("SELECT rolsuper::int FROM pg_catalog.pg_roles "
                                        "WHERE rolname = current_user"));
    if (!v)
        return v.error();
    return v.value().toInt() == 1;
}

Result<QString> TeamRoles::currentLogin() const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT current_user::text"));
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<bool> TeamRoles::addLogin(const QString &name, UserRoles roles) const
{
    auto exists = sql::scalar(m_db,
                              QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles "
                                             "WHERE rolname = ?"),
                              {name});
    if (!exists)
        return exists.error();
    const bool create = exists.value().toInt() == 0;
    // Role names cannot be bound; quote_ident makes any user name one identifier.
    auto ident = sql::scalar(m_db, QStringLiteral("SELECT quote_ident(?)"), {name});
    if (!ident)
        return ident.error();
    const QString role = ident.value().toString();
    if (create) {
        if (auto r = execSql(m_db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)); !r)
            return makeError(r.error().code,
                             tr("cannot create the login %1: %2").arg(name, r.errorString()));
    }
    for (UserRole ur : allUserRoles()) {
        if (!roles.testFlag(ur))
            continue;
        if (auto r = execSql(m_db, QStringLiteral("GRANT %1 TO %2").arg(groupOf(ur), role)); !r)
            return makeError(r.error().code,
                             tr("cannot give the login %1 the role %2: %3")
                                     .arg(name, toString(ur), r.errorString()));
    }
    return create;
}

} // namespace ardesk
