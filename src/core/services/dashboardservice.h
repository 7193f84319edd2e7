// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/agingbucket.h"
#include "core/domain/kpi.h"
#include "core/storage/activityquery.h"
#include "core/storage/agingreport.h"
#include "core/storage/changefeed.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <array>
#include <atomic>
#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ardesk {

/// The manager's dashboard as one use case: the KPI tiles now and one period earlier, the aging
/// by bucket, the DSO trend over the last month-ends, each clerk's activity per week and the top
/// overdue accounts, every figure per currency (never summed across currencies). For managers
/// and admins only (Permission::AuditAndReports, ReportService's rule); the KPIs come from
/// ReportService::kpis and the aging from AgingReport, so they equal `ardesk-cli kpi` and
/// `ardesk-cli aging`. Reads only; runs on the calling thread's connection (a worker's).
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    struct Options
    {
        QDate asOf; ///< T; invalid: the company's today
        int periodDays = 90; ///< P, 1–3660
        int trendMonths = 12; ///< month-ends in the DSO trend, 1–60
        int activityWeeks = 8; ///< weeks of clerk activity, 1–104
        int topAccounts = 10; ///< overdue accounts per currency, 1–1000
    };
    /// One currency's aging: the amounts by bucket and how many clients have a balance in each.
    struct AgingCurrency
    {
        QString currency;
        int openInvoices = 0;
        AgingReport::Buckets amounts;
        std::array<int, kAgingBuckets.size()> clients {};
        int clientsIn(AgingBucket bucket) const { return clients[std::size_t(bucket)]; }
    };
    /// The ledger KPIs of every currency as of one month-end (ReportService::kpiTrend: no
    /// promise or paid-invoice figures); DSO and best-possible DSO are drawn.
    struct TrendPoint
    {
        QDate monthEnd;
        QList<Kpi> currencies; ///< sorted by currency code
    };
    /// What each clerk did in one week, Monday to Sunday in the company's time zone.
    struct ActivityWeek
    {
        QDate monday;
        QList<ActivityQuery::ClerkTotals> clerks; ///< sorted by user name
    };
    /// One of the accounts most overdue in its currency.
    struct OverdueAccount
    {
        qint64 clientId = 0;
        QString code;
        QString name;
        QString clerk; ///< empty when unassigned
        QString currency;
        qint64 overdueMinor = 0;
        int oldestDaysOverdue = 0;
    };
    struct Dashboard
    {
        QDate asOf;
        int periodDays = 90;
        QList<Kpi> kpis; ///< as of T, sorted by currency code
        QList<Kpi> previousKpis; ///< as of T − P, sorted by currency code
        QList<AgingCurrency> aging; ///< as of T, sorted by currency code
        QList<TrendPoint> trend; ///< the last month-ends on or before T, oldest first
        QList<ActivityWeek> weeks; ///< oldest first; the last one holds T
        QList<OverdueAccount> topOverdue; ///< by currency, then most overdue first

        /// The KPIs of `currency` in `list` (empty when it has none).
        static std::optional<Kpi> kpiOf(const QList<Kpi> &list, const QString &currency);
    };
    /// `done` of `total` steps are finished (called on the computing thread).
    using Progress = std::function<void(int done, int total)>;

    /// `userId` is who is reading: their roles decide.
    DashboardService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Computes the dashboard of `options` step by step, reporting each step to `progress` and
    /// checking `cancel` between steps (a cancelled run is refused: "dashboard cancelled").
    /// Refused (PermissionDenied, naming the role) unless the reader may read reports; a bad
    /// option is refused naming it.
    Result<Dashboard> compute(const Options &options, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr) const;

    /// The `count` last month-ends on or before `asOf`, oldest first.
    static QList<QDate> monthEnds(const QDate &asOf, int count);
    /// The Monday of the week that holds `day`.
    static QDate mondayOf(const QDate &day);
    /// Whether a committed change of this kind can move a figure the dashboard shows (the
    /// ledger, promises, disputes, notes and the clients' clerks and segments); a contact, a
    /// plan, a task, a pause, a call's timer or the outbox cannot, so an open dashboard is not
    /// computed again for them (team mode's live updates).
    static bool isMovedBy(Change::Kind kind);

private:
    Result<void> checkOptions(const Options &options) const;
    Result<QList<Kpi>> kpisAsOf(const QDate &asOf, int periodDays) const;
    Result<void> readAging(Dashboard &dashboard, const Options &options) const;

    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
