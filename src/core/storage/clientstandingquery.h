// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// What a client has open in the workflow, as the workspace's badges show it: promises not yet
/// kept, broken or cancelled, open disputes, active payment plans and reminder pauses. Read-only,
/// on the given connection (the calling thread's).
class ClientStandingQuery
{
public:
    struct Promise
    {
        qint64 amountMinor = 0;
        QString currency;
        QDate promisedDate;
        qint64 paidMinor = 0; ///< what came in towards it so far
    };
    struct Dispute
    {
        QString invoiceNumber;
        QString reason;
        QDate openedOn;
    };
    struct Plan
    {
        QString currency;
        int installments = 0;
        int pendingInstallments = 0; ///< still owed (pending or missed)
        qint64 pendingMinor = 0; ///< the amount of those
        QDate nextDue; ///< the earliest pending installment's due date; invalid: none
    };

    struct Pause
    {
        QString invoiceNumber; ///< empty: the whole client
        QDate until; ///< the last day reminders pause
        QString reason; ///< an invoice's (a client's pause keeps it in its note)
    };

    explicit ClientStandingQuery(const QSqlDatabase &db)
        : m_db(db)
    { }

    /// The client's open promises, the earliest promised date first.
    Result<QList<Promise>> openPromises(qint64 clientId) const;
    /// The client's open disputes, the oldest first.
    Result<QList<Dispute>> openDisputes(qint64 clientId) const;
    /// The client's active payment plans, the oldest first.
    Result<QList<Plan>> activePlans(qint64 clientId) const;

    /// The pauses running on `asOf`: the client's own first, then its invoices' by end date.
    Result<QList<Pause>> pauses(qint64 clientId, const QDate &asOf) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
