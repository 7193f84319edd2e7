// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ardesk {

/// Credit holds: the rule (any undisputed invoice 60 or more days past due puts the client on
/// hold) and manual hold/release by a person, each with a reason and an audit row.
/// A hold the rule set is not lifted by the rule when the invoices are paid: releasing credit is
/// a person's decision (release()).
class CreditService
{
public:
    static constexpr int kHoldAfterDaysPastDue = 60;

    /// A client the rule puts (or would put) on hold.
    struct Hold
    {
        qint64 clientId = 0;
        QString code;
        QString name;
        QString currency;
        QString invoiceNumber; ///< the oldest open invoice that triggered it
        int daysPastDue = 0;
        qint64 overdueMinor = 0; ///< undisputed balance 60+ days past due
        QString reason;
    };

    CreditService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Clients not on hold (and not archived) with an undisputed open invoice ≥ 60 days past due
    /// on `asOf`; disputed invoices never trigger a hold.
    Result<QList<Hold>> dueForHold(const QDate &asOf) const;
    /// Puts every client dueForHold() on hold in one transaction (status active → on hold),
    /// with the reason and an audit row each. `dryRun` writes nothing. Running it twice holds
    /// nobody the second time.
    enum class Mode { Apply, DryRun };
    Result<QList<Hold>> applyHoldRule(const QDate &asOf, Mode mode = Mode::Apply);
    /// A person puts a client on hold; the reason is required.
    Result<void> hold(qint64 clientId, const QString &reason);
    /// A person lifts a hold (status on hold → active).
    Result<void> release(qint64 clientId, const QString &reason = QString());

private:
    enum class Origin { Rule, Person };
    /// Puts a client on hold or lifts the hold, with its audit row, in one transaction (joined
    /// when the caller has one): the one place a credit hold is written.
    Result<void> change(qint64 clientId, bool hold, const QString &reason, Origin origin);
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(CreditService)
};

} // namespace ardesk
