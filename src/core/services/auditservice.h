// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/storage/auditquery.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>

namespace ardesk {

/// The audit trail as a use case: who changed what and when, company-wide or per client,
/// filtered by user, kind and company days — for managers and admins only (`ardesk-cli audit`
/// and Reports > Audit trail call it). Reads only; runs on the calling thread's connection.
class AuditService
{
public:
    /// `userId` is who is reading: their role decides.
    AuditService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// May a user with `role` read the audit trail? The one place the rule is written (the window
    /// hides the menu entry by it).
    static bool mayRead(UserRoles roles);

    /// A page of the trail, newest first. Refused (PermissionDenied, naming the role needed)
    /// unless the reader is an active manager or admin; a bad spec is refused naming the field.
    Result<QList<AuditEntry>> entries(const AuditQuery::Spec &spec) const;
    /// The kinds the trail holds ("invoice", "invoice.update", …), for a filter; same refusal.
    Result<QStringList> kinds() const;

private:
    Result<void> checkMayRead() const;

    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(AuditService)
};

} // namespace ardesk
