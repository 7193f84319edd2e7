// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// What a client's case file needs beyond the repositories: every note of the client (deleted
/// ones too), every dispute (closed ones too) and every payment plan with its installments.
/// Read-only, on the given connection (the calling thread's).
class CaseFileQuery
{
public:
    struct Dispute
    {
        QString invoiceNumber;
        QString reason;
        QString status; ///< open, resolved, rejected
        QDateTime openedAt;
        QDateTime resolvedAt; ///< invalid while open
        QString resolution;
    };
    struct Installment
    {
        QDate dueDate;
        qint64 amountMinor = 0;
        QString status; ///< pending, paid, late, missed
    };
    struct Plan
    {
        QString currency;
        QString status; ///< active, completed, defaulted, cancelled
        QDateTime createdAt;
        QList<Installment> installments; ///< by due date
    };

    explicit CaseFileQuery(const Database &db)
        : CaseFileQuery(db.connection())
    { }
    explicit CaseFileQuery(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The ids of every note of the client, deleted ones included, oldest first.
    Result<QList<qint64>> noteIds(qint64 clientId) const;
    /// Every dispute of the client, oldest first.
    Result<QList<Dispute>> disputes(qint64 clientId) const;
    /// Every payment plan of the client, oldest first.
    Result<QList<Plan>> plans(qint64 clientId) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
