// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/agingbucket.h"
#include "core/domain/client.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// One row of the client list: identity plus the AR summary, as stored (no ledger scan).
struct ClientListRow
{
    qint64 id = 0;
    QString code;
    QString name;
    ClientStatus status = ClientStatus::Active;
    QString currency;
    qint64 balanceMinor = 0;
    qint64 overdueMinor = 0;
    QDate oldestOpenDueDate;
    QDate nextContactDate;
    QString clerk; ///< assigned user's display name, empty when unassigned
    bool creditHold = false;
    qint64 creditLimitMinor = 0;
    int otherCurrencyInvoices = 0;
    bool archived = false; ///< only listed when Spec::includeArchived

    /// Days the oldest open invoice is past due on `asOf` (0 when none is).
    int oldestDaysPastDue(const QDate &asOf) const;
};

/// Pages of the client list, filtered and sorted in SQL on indexed summary columns, so the
/// first page of 100k clients comes back in milliseconds. Safe to use from a worker thread with
/// that thread's connection.
class ClientListQuery
{
public:
    enum class SortKey {
        Code,
        Name,
        Status,
        Balance,
        Overdue,
        OldestDaysPastDue,
        NextContact,
        Clerk
    };

    struct Spec
    {
        QString filter; ///< matches code, name or a contact name/email (case-insensitive)
        SortKey sortKey = SortKey::Overdue;
        Qt::SortOrder order = Qt::DescendingOrder;
        bool includeArchived = false;
        // Narrowing for bulk e-mail (each empty/0 means any):
        bool owingOnly = false; ///< balance > 0
        int minDaysLate = 0; ///< the oldest open invoice at least this many days past due
        QDate asOf; ///< the day minDaysLate counts to (invalid: today in UTC)
        qint64 clerkId = 0; ///< assigned to this user
        QString segment; ///< exactly this segment
        std::optional<ClientStatus> status;
        /// Only clients with an open balance in this aging bucket on `asOf` (invalid: the
        /// company's today), balances replayed as AgingReport does: the clients
        /// AgingReport::forEachClient puts in that bucket (archived ones too when
        /// includeArchived).
        std::optional<AgingBucket> agingBucket;
        QString agingCurrency; ///< with agingBucket: that currency only (empty: any)
        /// Only clients nobody has been in contact with in the last `noContactDays` company
        /// days up to `asOf` (invalid: the company's today): no note of theirs on any channel but
        /// internal (a call of any outcome, an e-mail, a text, a letter, a meeting) occurred in
        /// that time, counting each note at its newest revision and no deleted note. 0: any.
        int noContactDays = 0;

        /// Takes every narrowing of `from` (all but the filter text, the sort and archived).
        void takeNarrowing(const Spec &from)
        {
            owingOnly = from.owingOnly;
            minDaysLate = from.minDaysLate;
            asOf = from.asOf;
            clerkId = from.clerkId;
            segment = from.segment;
            status = from.status;
            agingBucket = from.agingBucket;
            agingCurrency = from.agingCurrency;
            noContactDays = from.noContactDays;
        }
        /// Whether any narrowing is set.
        bool isNarrowed() const
        {
            return owingOnly || minDaysLate > 0 || clerkId || !segment.isEmpty() || status
                    || agingBucket || noContactDays > 0;
        }

        friend bool operator==(const Spec &, const Spec &) = default;
    };

    /// Works on the calling thread's connection to `db`.
    explicit ClientListQuery(const Database &db)
        : ClientListQuery(db.connection())
    { }
    explicit ClientListQuery(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<int> count(const Spec &spec) const;
    Result<QList<ClientListRow>> page(const Spec &spec, int offset, int limit) const;
    /// The ids of every client the spec matches (e.g. to e-mail all of them), in list order.
    Result<QList<qint64>> ids(const Spec &spec) const;

private:
    enum class Purpose { Count, Page };
    QString whereClause(const Spec &spec, QVariantList &binds, Purpose purpose) const;
    /// The bulk e-mail narrowing (balance, days late, clerk, segment, status).
    void narrow(const Spec &spec, QStringList &conditions, QVariantList &binds) const;
    /// The aging-bucket narrowing (Spec::agingBucket).
    void narrowToBucket(const Spec &spec, QStringList &conditions, QVariantList &binds) const;
    void narrowToNoContact(const Spec &spec, QStringList &conditions, QVariantList &binds) const;
    QSqlDatabase m_db;
};

} // namespace ardesk
