// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/agingbucket.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <functional>

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Open receivables by age on a date, per currency (amounts in different currencies are never
/// added). Buckets by days past the due date: not due (≤ 0), 1–30, 31–60, 61–90, 90+.
struct AgingReport
{
    struct Buckets
    {
        qint64 notDue = 0, d1to30 = 0, d31to60 = 0, d61to90 = 0, d90plus = 0;
        qint64 total() const { return notDue + d1to30 + d31to60 + d61to90 + d90plus; }
        qint64 overdue() const { return d1to30 + d31to60 + d61to90 + d90plus; }
        /// Adds an open balance that is `daysPastDue` days past its due date.
        void add(int daysPastDue, qint64 minor);
        /// The amount in `bucket`.
        qint64 amount(AgingBucket bucket) const;
    };
    struct Currency
    {
        QString currency;
        int openInvoices = 0;
        Buckets buckets;
    };

    QDate asOf;
    QList<Currency> currencies; ///< sorted by currency code

    /// `{"as_of":…,"currencies":[{"currency":…,"open_invoices":…,"total":…,"buckets":{…}}]}`
    /// with keys in exactly this order (the CLI contract).
    QByteArray toJson() const;

    /// Replays history: an invoice counts if it was issued on or before `asOf` and its balance
    /// then (amount − payments dated ≤ asOf − credit notes/write-offs dated ≤ asOf) was positive.
    /// `clientId` 0 = all clients. When `asOf` is on or after the latest ledger activity, current
    /// balances are used directly (same result, reads only open invoices).
    static Result<AgingReport> compute(const QSqlDatabase &db, const QDate &asOf,
                                       qint64 clientId = 0);
    static Result<AgingReport> compute(const Database &db, const QDate &asOf, qint64 clientId = 0)
    {
        return compute(db.connection(), asOf, clientId);
    }

    /// One client's open receivables in one currency on the date, by age.
    struct ClientRow
    {
        qint64 clientId = 0;
        QString code;
        QString name;
        QString clerk; ///< the assigned user's display name, empty when unassigned
        QString currency;
        int openInvoices = 0;
        Buckets buckets;
        int oldestDaysPastDue = 0; ///< of its open invoices in the currency (≤ 0: none due)
    };
    /// The same figures per client and currency (clients with nothing open are left out), by
    /// client code, handed to `each` one at a time: what an aging export lists.
    static Result<void> forEachClient(const QSqlDatabase &db, const QDate &asOf,
                                      const std::function<Result<void>(const ClientRow &)> &each);
    static Result<void> forEachClient(const Database &db, const QDate &asOf,
                                      const std::function<Result<void>(const ClientRow &)> &each)
    {
        return forEachClient(db.connection(), asOf, each);
    }
};

} // namespace ardesk
