// SPDX-License-Identifier: MIT
#include "core/storage/teamroles.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"

#include <libpq-fe.h>

#include <QSqlError>
#include <QSqlQuery>

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

Result<bool> TeamRoles::mayCreateRoles() const
{
    auto v = sql::scalar(m_db,
                         QStringLiteral("SELECT (rolsuper OR rolcreaterole)::int FROM "
                                        "pg_catalog.pg_roles WHERE rolname = current_user"));
    if (!v)
        return v.error();
    return v.value().toInt() == 1;
}

Result<void> TeamRoles::checkMayUpgrade(const QString &where, int from, int to) const
{
    if (from >= kGrantsVersion || to < kGrantsVersion)
        return {};
    // The owner of the tables may GRANT on them; CREATEROLE creates the group roles and makes
    // them members of each other. A superuser may both.
    auto may = sql::scalar(
            m_db,
            QStringLiteral("SELECT (r.rolsuper OR (r.rolcreaterole AND NOT EXISTS ("
                           "SELECT 1 FROM pg_catalog.pg_tables t WHERE t.schemaname = "
                           "'public' AND NOT pg_has_role(current_user, t.tableowner, "
                           "'USAGE'))))::int FROM pg_catalog.pg_roles r "
                           "WHERE r.rolname = current_user"));
    if (!may)
        return may.error();
    if (may.value().toInt() == 1)
        return {};
    auto login = currentLogin();
    const QString who = login ? login.value() : QStringLiteral("?");
    if (from == 0)
        return makeError(ErrorCode::PermissionDenied,
                         tr("creating a company in the team database %1 creates its group roles "
                            "and their grants, which needs a superuser or a login with CREATEROLE "
                            "that owns the database; the login %2 is neither (use `ardesk-cli "
                            "team init`, run as a superuser); nothing was changed")
                                 .arg(where, who));
    return makeError(ErrorCode::PermissionDenied,
                     tr("the team database %1 is at schema version %2 and this ARDesk needs "
                        "version %3: the upgrade creates the group roles and their grants "
                        "(version %4), which needs a superuser or the owner of the database's "
                        "tables with CREATEROLE; the login %5 is neither. Have the administrator "
                        "of the team database open it once with this ARDesk (or run `ardesk-cli "
                        "--db … verify`) as such a login, then everyone can work again; nothing "
                        "was changed")
                             .arg(where)
                             .arg(from)
                             .arg(to)
                             .arg(kGrantsVersion)
                             .arg(who));
}

QString TeamRoles::explainUpgradeFailure(const QString &reason, const QString &login)
{
    if (!reason.contains(QLatin1String("permission denied"))
        && !reason.contains(QLatin1String("must be owner"))
        && !reason.contains(QLatin1String("must have admin option")))
        return reason;
    return tr("%1. The login %2 may not change the database's schema: upgrades of a team database "
              "are run by the owner of its tables (with CREATEROLE) or a superuser; have the "
              "administrator of the team database open it once with this ARDesk as such a "
              "login; nothing was changed")
            .arg(reason, login);
}

Result<QString> TeamRoles::identifier(const QString &name) const
{
    // Role names cannot be bound; quote_ident makes any user name one identifier.
    auto ident = sql::scalar(m_db, QStringLiteral("SELECT quote_ident(?)"), {name});
    if (!ident)
        return ident.error();
    return ident.value().toString();
}

Result<void> TeamRoles::setPassword(const QString &name, const QString &role,
                                    const QString &password) const
{
    pg_conn *pg = sql::postgresConnection(m_db);
    if (!pg)
        return makeError(ErrorCode::Database,
                         tr("cannot set the password of the login %1: no "
                            "connection to the team database")
                                 .arg(name));
    // The verifier the server keeps (SCRAM, as psql's \password makes it): the password itself
    // is never part of a statement, so no server log or error message can carry it.
    char *verifier = PQencryptPasswordConn(pg, password.toUtf8().constData(),
                                           name.toUtf8().constData(), nullptr);
    if (!verifier)
        return makeError(ErrorCode::Database,
                         tr("cannot set the password of the login %1: %2")
                                 .arg(name, QString::fromUtf8(PQerrorMessage(pg)).trimmed()));
    const QString literal = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    auto quoted = sql::scalar(m_db, QStringLiteral("SELECT quote_literal(?)"), {literal});
    if (!quoted)
        return quoted.error();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(role, quoted.value().toString())))
        return makeError(ErrorCode::Database,
                         tr("cannot set the password of the login %1: %2")
                                 .arg(name, q.lastError().databaseText().trimmed()));
    return {};
}

Result<void> TeamRoles::revoke(const QString &name, UserRoles roles) const
{
    auto role = identifier(name);
    if (!role)
        return role.error();
    for (UserRole ur : allUserRoles()) {
        if (!roles.testFlag(ur))
            continue;
        if (auto r
            = execSql(m_db, QStringLiteral("REVOKE %1 FROM %2").arg(groupOf(ur), role.value()));
            !r)
            return makeError(r.error().code,
                             tr("cannot take the role %2 from the login %1: %3")
                                     .arg(name, toString(ur), r.errorString()));
    }
    return {};
}

Result<void> TeamRoles::checkMayFollow(const QString &name, const User *before,
                                       const User &after) const
{
    auto may = mayCreateRoles();
    if (!may)
        return may.error();
    if (may.value())
        return {};
    auto login = currentLogin();
    const QString who = login ? login.value() : QStringLiteral("?");
    if (!before)
        return makeError(ErrorCode::PermissionDenied,
                         tr("adding the user %1 to a team database creates its PostgreSQL login, "
                            "and the login ARDesk is connected as (%2) may not create logins: it "
                            "needs CREATEROLE (ALTER ROLE … CREATEROLE, given by a superuser) or "
                            "to be a superuser; nothing was changed")
                                 .arg(name, who));
    if (before->active != after.active)
        return makeError(ErrorCode::PermissionDenied,
                         tr("making %1 active or inactive in a team database decides whether its "
                            "PostgreSQL login may connect (LOGIN or NOLOGIN), and the login ARDesk "
                            "is connected as (%2) may not change that: it needs CREATEROLE (ALTER "
                            "ROLE … CREATEROLE, given by a superuser) or to be a superuser; "
                            "nothing was changed")
                                 .arg(name, who));
    return makeError(ErrorCode::PermissionDenied,
                     tr("changing the roles of %1 in a team database changes its PostgreSQL "
                        "login, and the login ARDesk is connected as (%2) may not: it needs "
                        "CREATEROLE (ALTER ROLE … CREATEROLE, given by a superuser) or to be a "
                        "superuser; nothing was changed")
                             .arg(name, who));
}

Result<TeamRoles::LoginChange> TeamRoles::followUser(const Database &db, const User *before,
                                                     const User &after, const QString &password)
{
    LoginChange change;
    const QSqlDatabase conn = db.connection();
    if (!sql::isPostgres(conn))
        return change; // a company file has no logins: the user is who they say they are
    change.teamDatabase = true;
    const QString &name = after.name;
    const UserRoles was = before ? before->roles : UserRoles();
    change.granted = after.roles & ~was;
    change.revoked = was & ~after.roles;
    const bool accessChanged = before && before->active != after.active;
    if (before && !accessChanged && change.granted == UserRoles() && change.revoked == UserRoles())
        return change;
    const TeamRoles roles(conn);
    if (auto may = roles.checkMayFollow(name, before, after); !may)
        return may.error();
    const LoginAccess access = after.active ? LoginAccess::MayConnect : LoginAccess::Refused;
    auto created = roles.addLogin(name, change.granted, access);
    if (!created)
        return created.error();
    change.created = created.value();
    change.existed = !before && !change.created;
    if (change.created && !password.isEmpty()) {
        auto role = roles.identifier(name);
        if (!role)
            return role.error();
        if (auto r = roles.setPassword(name, role.value(), password); !r)
            return r.error();
        change.passwordSet = true;
    }
    if (auto r = roles.revoke(name, change.revoked); !r)
        return r.error();
    // Deactivated (or added inactive): the server refuses the login from the commit on.
    if (!change.created && (accessChanged || (!before && !after.active))) {
        if (auto r = roles.setLoginAccess(name, access); !r)
            return r.error();
    }
    change.enabled = accessChanged && after.active;
    change.disabled = !after.active && (!before || before->active);
    if (change.disabled && !change.created) {
        if (auto r = roles.noteOpenSessions(name, change); !r)
            return r.error();
    }
    return change;
}

Result<void> TeamRoles::noteOpenSessions(const QString &name, LoginChange &change) const
{
    auto open = openSessions(name);
    if (!open)
        return open.error();
    change.sessionsOpen = open.value();
    if (change.sessionsOpen == 0)
        return {};
    auto may = mayEndSessionsOf(name);
    if (!may)
        return may.error();
    if (may.value())
        return {};
    auto login = currentLogin();
    change.sessionsLeft
            = tr("%n session(s) of the login %1 stay connected until they end: the login ARDesk "
                 "is connected as (%2) may not end them (that needs a superuser, or membership "
                 "of pg_signal_backend); a superuser can end them with SELECT "
                 "pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'",
                 nullptr, change.sessionsOpen)
                      .arg(name, login ? login.value() : QStringLiteral("?"));
    return {};
}

Result<bool> TeamRoles::addLogin(const QString &name, UserRoles roles, LoginAccess access) const
{
    auto exists = sql::scalar(m_db,
                              QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles "
                                             "WHERE rolname = ?"),
                              {name});
    if (!exists)
        return exists.error();
    const bool create = exists.value().toInt() == 0;
    auto ident = identifier(name);
    if (!ident)
        return ident.error();
    const QString role = ident.value();
    if (create) {
        const QString statement = access == LoginAccess::MayConnect
                ? QStringLiteral("CREATE ROLE %1 LOGIN")
                : QStringLiteral("CREATE ROLE %1 NOLOGIN");
        if (auto r = execSql(m_db, statement.arg(role)); !r)
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

Result<bool> TeamRoles::setLoginAccess(const QString &name, LoginAccess access) const
{
    auto exists = sql::scalar(m_db,
                              QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles "
                                             "WHERE rolname = ?"),
                              {name});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return false;
    auto role = identifier(name);
    if (!role)
        return role.error();
    const QString statement = access == LoginAccess::MayConnect
            ? QStringLiteral("ALTER ROLE %1 LOGIN")
            : QStringLiteral("ALTER ROLE %1 NOLOGIN");
    if (auto r = execSql(m_db, statement.arg(role.value())); !r)
        return makeError(r.error().code,
                         (access == LoginAccess::MayConnect
                                  ? tr("cannot let the login %1 connect again: %2")
                                  : tr("cannot stop the login %1 from connecting: %2"))
                                 .arg(name, r.errorString()));
    return true;
}

Result<int> TeamRoles::openSessions(const QString &name) const
{
    // Another login's rows show their pid and usename, not their backend_type or database.
    auto n = sql::scalar(m_db,
                         QStringLiteral("SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE "
                                        "usename = ? AND pid <> pg_backend_pid()"),
                         {name});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<bool> TeamRoles::mayEndSessionsOf(const QString &name) const
{
    // pg_terminate_backend's own rule (PostgreSQL 15): a superuser; else not a superuser's
    // session, and the privileges of pg_signal_backend or of the role whose session it is.
    auto may = sql::scalar(
            m_db,
            QStringLiteral("SELECT coalesce(me.rolsuper OR (NOT coalesce(them.rolsuper, false) "
                           "AND (pg_has_role(current_user, 'pg_signal_backend', 'USAGE') OR "
                           "pg_has_role(current_user, them.oid, 'USAGE'))), false)::int "
                           "FROM pg_catalog.pg_roles me LEFT JOIN pg_catalog.pg_roles them ON "
                           "them.rolname = ? WHERE me.rolname = current_user"),
            {name});
    if (!may)
        return may.error();
    return may.value().toInt() == 1;
}

Result<int> TeamRoles::endSessions(const QString &name, int waitMs) const
{
    if (WriteTransaction::isInTransaction(m_db))
        return makeError(ErrorCode::Conflict,
                         tr("the open sessions of the login %1 are ended only once its NOLOGIN is "
                            "committed, and a transaction is still open here")
                                 .arg(name));
    auto ended = sql::scalar(m_db,
                             QStringLiteral("SELECT count(*) FILTER (WHERE "
                                            "pg_terminate_backend(pid, ?)) FROM "
                                            "pg_catalog.pg_stat_activity WHERE usename = ? AND "
                                            "pid <> pg_backend_pid()"),
                             {qint64(waitMs), name});
    if (!ended)
        return makeError(
                ended.error().code,
                tr("cannot end the sessions of the login %1: %2").arg(name, ended.errorString()));
    return ended.value().toInt();
}

QString TeamRoles::LoginChange::describe(const QString &name) const
{
    if (!teamDatabase || isEmpty())
        return QString();
    QStringList lines;
    if (created)
        lines << (passwordSet ? tr("Created the login %1 with the password given")
                              : tr("Created the login %1 without a password"))
                         .arg(name);
    if (existed)
        lines << tr("The login %1 existed on the server already: it keeps its password and now "
                    "has the group roles of %2")
                         .arg(name, toString(granted));
    else if (granted != UserRoles())
        lines << tr("The login %1 was given the group roles of %2").arg(name, toString(granted));
    if (revoked != UserRoles())
        lines << tr("The login %1 lost the group roles of %2").arg(name, toString(revoked));
    if (disabled)
        lines << tr("The login %1 may not connect to the server (NOLOGIN) while the user is "
                    "inactive")
                         .arg(name);
    if (sessionsEnded > 0)
        lines << tr("Ended %n open session(s) of the login %1", nullptr, sessionsEnded).arg(name);
    if (!sessionsLeft.isEmpty())
        lines << sessionsLeft;
    if (enabled)
        lines << tr("The login %1 may connect to the server again").arg(name);
    return lines.join(u'\n');
}

} // namespace ardesk
