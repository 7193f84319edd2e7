// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ardesk {

/// One field an audited change touched, its values as a person reads them (empty: absent).
struct AuditChange
{
    QString field; ///< a nested field is dotted: "priority_weights.days_overdue"
    QString before;
    QString after;
};

/// One row of the audit trail: who changed what, when, with the entity's fields before and after
/// (as AuditLog wrote them). Read by AuditQuery; shown by the CLI and the window.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    qint64 userId = 0; ///< 0: no user was recorded (a change made before users existed)
    QString userName; ///< the login-style name; empty when userId is 0
    QString userDisplayName;
    QString entity; ///< "client", "invoice", "settings", …
    qint64 entityId = 0;
    QString action; ///< "create", "update", "hold", …
    qint64 clientId = 0; ///< the client the entity belongs to; 0 for company-wide entities
    QString clientCode;
    QString clientName;
    QJsonObject before;
    QJsonObject after;

    /// The display name, else the user name, else "(unknown)".
    QString userShown() const;
    /// "Invoice A-1: update", "Settings: workflow": entity and action in words, the entity by its
    /// number, code or name when the row has one, else by its id ("Note 42: amend").
    QString whatText() const;
    /// The fields whose values differ between before and after, in field order; nested objects
    /// are compared field by field. A creation lists its fields with an empty `before`.
    QList<AuditChange> changes() const;
    /// changes() in one line: "terms_days: 30 → 45; name: Acme → Acme Corp"; values longer than
    /// `maxValue` characters are cut with "…".
    QString changeSummary(int maxValue = 60) const;
    /// A filter kind's parts: "invoice" (every action on invoices), "invoice.update", ".hold"
    /// (one action on any entity). Returns {entity, action}, either may be empty.
    static std::pair<QString, QString> splitKind(const QString &kind);
    /// The entity in words ("Invoice"), for the known ones; else the key itself.
    static QString entityText(const QString &entity);

    Q_DECLARE_TR_FUNCTIONS(AuditEntry)
};

} // namespace ardesk
