// SPDX-License-Identifier: MIT
#include "core/services/dashboardservice.h"

#include "core/services/authorization.h"
#include "core/services/reportservice.h"

#include <algorithm>

#include <QMap>

namespace ardesk {
namespace {

/// The steps besides the trend and the weeks: the KPIs at T and at T − P, the aging.
constexpr int kFixedSteps = 3;

/// Counts the steps done and tells `progress`; says whether the run was cancelled.
class Steps
{
public:
    Steps(int total, const DashboardService::Progress &progress, const std::atomic_bool *cancel)
        : m_total(total)
        , m_progress(progress)
        , m_cancel(cancel)
    { }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void done()
    {
        ++m_done;
        if (m_progress)
            m_progress(m_done, m_total);
    }

private:
    int m_total = 0;
    int m_done = 0;
    const DashboardService::Progress &m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

/// Keeps the `keep` most overdue accounts of each currency, most overdue first (ties: by code).
void keepTop(QList<DashboardService::OverdueAccount> &accounts, qsizetype keep)
{
    std::sort(accounts.begin(), accounts.end(), [](const auto &a, const auto &b) {
        if (a.overdueMinor != b.overdueMinor)
            return a.overdueMinor > b.overdueMinor;
        return a.code < b.code;
    });
    if (accounts.size() > keep)
        accounts.resize(keep);
}

} // namespace

std::optional<Kpi> DashboardService::Dashboard::kpiOf(const QList<Kpi> &list,
                                                      const QString &currency)
{
    for (const Kpi &k : list) {
        if (k.currency == currency)
            return k;
    }
    return std::nullopt;
}

QList<QDate> DashboardService::monthEnds(const QDate &asOf, int count)
{
    QList<QDate> ends;
    QDate end(asOf.year(), asOf.month(), asOf.daysInMonth());
    if (end > asOf) {
        const QDate previous = asOf.addMonths(-1);
        end = QDate(previous.year(), previous.month(), previous.daysInMonth());
    }
    for (int i = 0; i < count; ++i) {
        ends.prepend(end);
        const QDate previous = end.addMonths(-1);
        end = QDate(previous.year(), previous.month(), previous.daysInMonth());
    }
    return ends;
}

bool DashboardService::isMovedBy(Change::Kind kind)
{
    switch (kind) {
    case Change::Kind::Client: // clerk, segment, name, currency of the top accounts
    case Change::Kind::Invoice: // AR, sales, aging, DSO, write-offs and credit notes
    case Change::Kind::Payment: // AR, days to pay, promises kept
    case Change::Kind::Promise: // promises made and kept
    case Change::Kind::Dispute: // the disputed share of the receivables history
    case Change::Kind::Note: // activity per clerk (calls, e-mails, texts are notes)
        return true;
    case Change::Kind::Contact:
    case Change::Kind::Plan:
    case Change::Kind::Task:
    case Change::Kind::Outbox: // a sent e-mail counts through the note the send writes
    case Change::Kind::Call: // the call's timer; the call counts through its note
    case Change::Kind::Pause:
        return false;
    }
    return true;
}

QDate DashboardService::mondayOf(const QDate &day)
{
    return day.addDays(-(day.dayOfWeek() - 1));
}

Result<void> DashboardService::checkOptions(const Options &options) const
{
    const auto outside = [](const QString &field, int value, int low, int high) {
        return makeError(
                ErrorCode::InvalidValue,
                tr("%1: %2 is not between %3 and %4").arg(field).arg(value).arg(low).arg(high));
    };
    if (options.periodDays < 1 || options.periodDays > 3660)
        return outside(QStringLiteral("period"), options.periodDays, 1, 3660);
    if (options.trendMonths < 1 || options.trendMonths > 60)
        return outside(QStringLiteral("trend months"), options.trendMonths, 1, 60);
    if (options.activityWeeks < 1 || options.activityWeeks > 104)
        return outside(QStringLiteral("activity weeks"), options.activityWeeks, 1, 104);
    if (options.topAccounts < 1 || options.topAccounts > 1000)
        return outside(QStringLiteral("top accounts"), options.topAccounts, 1, 1000);
    return {};
}

Result<QList<Kpi>> DashboardService::kpisAsOf(const QDate &asOf, int periodDays) const
{
    KpiQuery::Spec spec;
    spec.asOf = asOf;
    spec.periodDays = periodDays;
    auto report = ReportService(m_db, m_userId).kpis(spec);
    if (!report)
        return report.error();
    return report.value().currencies;
}

/// The aging by currency (AgingReport, the `aging` command's figures) with the clients in each
/// bucket and the most overdue accounts, from one pass over the clients.
Result<void> DashboardService::readAging(Dashboard &dashboard, const Options &options) const
{
    // The currencies' figures are the sums of their clients' (the same balances, every open
    // invoice belongs to a client): one pass, not AgingReport::compute and this one.
    QMap<QString, AgingCurrency> byCurrency;
    QMap<QString, QList<OverdueAccount>> overdue;
    auto each = AgingReport::forEachClient(
            *m_db, dashboard.asOf, [&](const AgingReport::ClientRow &row) -> Result<void> {
                AgingCurrency &a = byCurrency[row.currency];
                a.currency = row.currency;
                a.openInvoices += row.openInvoices;
                a.amounts.notDue += row.buckets.notDue;
                a.amounts.d1to30 += row.buckets.d1to30;
                a.amounts.d31to60 += row.buckets.d31to60;
                a.amounts.d61to90 += row.buckets.d61to90;
                a.amounts.d90plus += row.buckets.d90plus;
                for (AgingBucket bucket : kAgingBuckets) {
                    if (row.buckets.amount(bucket) > 0)
                        ++a.clients[std::size_t(bucket)];
                }
                if (row.buckets.overdue() <= 0)
                    return {};
                QList<OverdueAccount> &top = overdue[row.currency];
                top.append(OverdueAccount {row.clientId, row.code, row.name, row.clerk,
                                           row.currency, row.buckets.overdue(),
                                           row.oldestDaysPastDue});
                if (top.size() >= 4 * options.topAccounts)
                    keepTop(top, options.topAccounts);
                return {};
            });
    if (!each)
        return each.error();
    dashboard.aging = byCurrency.values();
    for (QList<OverdueAccount> &top : overdue) {
        keepTop(top, options.topAccounts);
        dashboard.topOverdue += top;
    }
    return {};
}

Result<DashboardService::Dashboard> DashboardService::compute(const Options &options,
                                                              const Progress &progress,
                                                              const std::atomic_bool *cancel) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::AuditAndReports); !may)
        return may.error();
    if (auto ok = checkOptions(options); !ok)
        return ok.error();
    Dashboard d;
    d.asOf = options.asOf.isValid() ? options.asOf : m_db->today();
    d.periodDays = options.periodDays;
    Steps steps(kFixedSteps + options.trendMonths + options.activityWeeks, progress, cancel);
    const auto cancelled
            = [] { return makeError(ErrorCode::InvalidValue, tr("dashboard cancelled")); };

    auto now = kpisAsOf(d.asOf, d.periodDays);
    if (!now)
        return now.error();
    d.kpis = now.value();
    steps.done();
    if (steps.cancelled())
        return cancelled();
    auto before = kpisAsOf(d.asOf.addDays(-d.periodDays), d.periodDays);
    if (!before)
        return before.error();
    d.previousKpis = before.value();
    steps.done();
    if (steps.cancelled())
        return cancelled();
    if (auto aging = readAging(d, options); !aging)
        return aging.error();
    steps.done();
    if (steps.cancelled())
        return cancelled();
    // All the weeks in one pass over the notes and one over the promises.
    const QDate firstMonday = mondayOf(d.asOf).addDays(-7 * (options.activityWeeks - 1));
    QList<QDate> mondays;
    for (int w = 0; w < options.activityWeeks; ++w)
        mondays << firstMonday.addDays(7 * w);
    auto weeks = ReportService(m_db, m_userId).activityTotalsByWeek(mondays);
    if (!weeks)
        return weeks.error();
    for (qsizetype w = 0; w < mondays.size(); ++w) {
        d.weeks.append(ActivityWeek {mondays.at(w), weeks.value().value(w)});
        steps.done();
    }
    if (steps.cancelled())
        return cancelled();
    // All the month-ends in one pass over the ledger (ReportService::kpiTrend), not one KPI set
    // each: the DSO and best-possible DSO they plot are the same figures.
    const QList<QDate> ends = monthEnds(d.asOf, options.trendMonths);
    KpiQuery::Spec spec;
    spec.periodDays = d.periodDays;
    auto trend = ReportService(m_db, m_userId).kpiTrend(ends, spec);
    if (!trend)
        return trend.error();
    for (const QDate &end : ends) {
        d.trend.append(TrendPoint {end, trend.value().value(end).currencies});
        steps.done();
    }
    return d;
}

} // namespace ardesk
