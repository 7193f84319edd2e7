// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/auditentry.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ardesk {

/// Reads the audit trail: rows filtered by client, user, kind and company days, newest first,
/// in pages, with the user's and the client's names. A client's trail holds the changes to the
/// client and to everything of it (contacts, invoices, payments, notes, promises, disputes,
/// plans, tasks, pauses, e-mails: the rows' client_id, written by AuditLog). Reads only; safe on a
/// worker thread with that thread's connection. Who may read it is AuditService's business.
class AuditQuery
{
public:
    struct Spec
    {
        qint64 clientId = 0; ///< 0: every client and the company-wide rows
        qint64 userId = 0; ///< 0: anyone's changes
        QString entity; ///< empty: any ("invoice", "settings", …)
        QString action; ///< empty: any ("update", "hold", …)
        QDate since; ///< first company day included; invalid: from the start
        QDate until; ///< last company day included; invalid: up to now
        int limit = 200; ///< rows per page, 1–10000
        int offset = 0;
        qint64 beforeId = 0; ///< keyset paging: only rows older than this one (0: from the newest)

        friend bool operator==(const Spec &, const Spec &) = default;
    };

    /// On this thread's connection of `db`; days are the company's (Database::timeZone()).
    explicit AuditQuery(const Database &db)
        : AuditQuery(db.connection())
    { }
    explicit AuditQuery(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// One page of rows matching `spec`, newest first. A bad spec (limit out of range, until
    /// before since) is refused naming the field.
    Result<QList<AuditEntry>> page(const Spec &spec) const;
    /// Every entity and every "entity.action" the trail holds, sorted (a filter's choices).
    Result<QStringList> kinds() const;

private:
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(AuditQuery)
};

} // namespace ardesk
