// SPDX-License-Identifier: MIT
#include "core/services/auditservice.h"

#include "core/domain/permissions.h"
#include "core/storage/userrepository.h"

namespace ardesk {

bool AuditService::mayRead(UserRoles roles)
{
    return Permissions::allows(roles, Permission::AuditAndReports);
}

Result<void> AuditService::checkMayRead() const
{
    auto user = UserRepository(*m_db).find(m_userId);
    if (!user && user.error().code != ErrorCode::NotFound)
        return user.error();
    if (!user)
        return makeError(ErrorCode::PermissionDenied,
                         tr("the audit trail needs the manager or admin role; no user is "
                            "signed in"));
    const User &u = user.value();
    if (!u.active)
        return makeError(ErrorCode::PermissionDenied,
                         tr("the audit trail needs the manager or admin role; %1 is not an "
                            "active user")
                                 .arg(u.name));
    if (!mayRead(u.roles))
        return makeError(ErrorCode::PermissionDenied,
                         tr("the audit trail needs the manager or admin role; %1 has the %2 role")
                                 .arg(u.name, toString(u.roles)));
    return {};
}

Result<QList<AuditEntry>> AuditService::entries(const AuditQuery::Spec &spec) const
{
    if (auto may = checkMayRead(); !may)
        return may.error();
    return AuditQuery(*m_db).page(spec);
}

Result<QStringList> AuditService::kinds() const
{
    if (auto may = checkMayRead(); !may)
        return may.error();
    return AuditQuery(*m_db).kinds();
}

} // namespace ardesk
