// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

/// The clients the credit-hold rule looks at: not archived, not on hold, with an undisputed
/// open invoice due on or before a cutoff date. Read-only, on the calling thread's connection;
/// the rule itself (how many days, the reason) is CreditService's.
class CreditHoldQuery
{
public:
    /// A client with undisputed open invoices due by the cutoff.
    struct Candidate
    {
        qint64 clientId = 0;
        QString code;
        QString name;
        QString currency;
        QString invoiceNumber; ///< its oldest such invoice (by due date, then id)
        QDate oldestDueDate;
        qint64 overdueMinor = 0; ///< those invoices' balance in the client's currency
    };

    explicit CreditHoldQuery(const Database &db)
        : m_db(db)
    { }

    /// By client code.
    Result<QList<Candidate>> dueOnOrBefore(const QDate &cutoff) const;

private:
    const Database &m_db;
};

} // namespace ardesk
