// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/kpi.h"
#include "core/storage/activityquery.h"
#include "core/storage/database.h"
#include "core/storage/kpiquery.h"
#include "core/support/result.h"

#include <memory>

#include <QList>
#include <QMap>

namespace ardesk {

/// The manager's company-wide reports as use cases: the receivables KPIs (docs/kpis.md) and all
/// client activity. For managers and admins only (Permission::AuditAndReports): `ardesk-cli kpi`
/// and `ardesk-cli activity` call it. Reads only; runs on the calling thread's connection.
class ReportService
{
public:
    /// One group's KPIs (a clerk's or a segment's clients; key "" = none assigned).
    struct KpiGroup
    {
        QString key;
        QList<Kpi> currencies; ///< sorted by currency code
    };
    struct KpiReport
    {
        QDate asOf;
        int periodDays = 90;
        bool excludingDisputed = false;
        KpiQuery::GroupBy by = KpiQuery::GroupBy::Company;
        QList<Kpi> currencies; ///< the company, sorted by currency code
        QList<KpiGroup> groups; ///< with a grouping, sorted by key; else empty
    };
    struct Activity
    {
        QList<ActivityQuery::Entry> entries; ///< one page, newest first
        QList<ActivityQuery::ClerkTotals> totals; ///< over everything the filter matches
    };

    /// `userId` is who is reading: their roles decide.
    ReportService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// The KPIs of `spec` (an invalid asOf: the company's today). Refused (PermissionDenied,
    /// naming the role needed) unless the reader may read reports; a bad spec is refused naming
    /// the field. Promise-kept rates count the promises whose promised date is in the period,
    /// judged by the promise rule as of T.
    Result<KpiReport> kpis(KpiQuery::Spec spec) const;
    /// The ledger KPIs at the end of each of `days` (spec's period, grouping and dispute choice;
    /// its asOf ignored), for trends such as DSO over the last 12 month-ends: AR, current, 90+,
    /// AR at the period's start, sales and the ratios made of them. The balances of all the days
    /// are read in one pass (KpiQuery::balancesOn). The paid-invoice and promise figures are not
    /// read: averageDaysToPay, averageDaysLate and the promise rates stay empty. Same refusal.
    Result<QMap<QDate, KpiReport>> kpiTrend(const QList<QDate> &days, KpiQuery::Spec spec) const;
    /// A page of all client activity and the per-clerk totals; same refusal.
    Result<Activity> activity(const ActivityQuery::Spec &spec) const;
    /// The per-clerk totals alone (the dashboard's weeks: no page of entries); same refusal.
    Result<QList<ActivityQuery::ClerkTotals>> activityTotals(const ActivityQuery::Spec &spec) const;
    /// The per-clerk totals of each week starting on `mondays` (ActivityQuery::totalsByWeek:
    /// the dashboard's weeks in one pass); same refusal.
    Result<QList<QList<ActivityQuery::ClerkTotals>>> activityTotalsByWeek(
            const QList<QDate> &mondays) const;

private:
    static KpiReport report(const KpiQuery::Figures &figures, const KpiQuery::Spec &spec);
    Result<void> addPromises(KpiQuery::Figures &figures, const KpiQuery::Spec &spec) const;

    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
