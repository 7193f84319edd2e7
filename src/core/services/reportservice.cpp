// SPDX-License-Identifier: MIT
#include "core/services/reportservice.h"

#include "core/services/authorization.h"
#include "core/storage/promiseoutcomes.h"

namespace ardesk {
namespace {

/// Months of sales read first for the countback: enough for most books (a DSO under about four
/// months). Two years are read only when these do not cover some group's AR.
constexpr int kShortCountbackMonths = 4;

QList<Kpi> kpisOf(const QMap<QString, KpiInputs> &byCurrency, const KpiQuery::Spec &spec)
{
    QList<Kpi> out;
    for (const KpiInputs &in : byCurrency) // QMap: sorted by currency code
        out.append(Kpi::compute(in, spec.asOf, spec.periodDays, spec.countbackMonths));
    return out;
}

/// Whether some group's AR is not covered by the months of sales read.
bool countbackNeedsMore(const KpiQuery::Figures &figures, const KpiQuery::Spec &spec)
{
    for (const auto &group : figures) {
        for (const KpiInputs &in : group) {
            if (!Kpi::countbackDso(in.arEnd, in.salesByDay, spec.asOf, spec.countbackMonths))
                return true;
        }
    }
    return false;
}

} // namespace

Result<ReportService::KpiReport> ReportService::kpis(KpiQuery::Spec spec) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::AuditAndReports); !may)
        return may.error();
    if (!spec.asOf.isValid())
        spec.asOf = m_db->today();
    // Two years of sales cost a scan and a large sort: read them only when a few months do not
    // cover the AR (the result is the same either way).
    spec.countbackMonths = std::min(spec.countbackMonths, kShortCountbackMonths);
    auto figures = KpiQuery(*m_db).ledgerFigures(spec);
    if (!figures)
        return figures.error();
    if (countbackNeedsMore(figures.value(), spec)) {
        spec.countbackMonths = Kpi::kCountbackMonths;
        if (auto sales = KpiQuery(*m_db).readSales(figures.value(), spec); !sales)
            return sales.error();
    }
    if (auto p = addPromises(figures.value(), spec); !p)
        return p.error();
    return report(figures.value(), spec);
}

/// The report of `figures` (group → currency → inputs) as of spec.asOf: the company's KPIs per
/// currency and, with a grouping, each group's.
ReportService::KpiReport ReportService::report(const KpiQuery::Figures &figures,
                                               const KpiQuery::Spec &spec)
{
    KpiReport report;
    report.asOf = spec.asOf;
    report.periodDays = spec.periodDays;
    report.excludingDisputed = spec.excludeDisputed;
    report.by = spec.by;
    QMap<QString, KpiInputs> company;
    for (auto group = figures.cbegin(); group != figures.cend(); ++group) {
        for (const KpiInputs &in : group.value()) {
            KpiInputs &total = company[in.currency];
            total.currency = in.currency;
            total.add(in);
        }
        if (spec.by != KpiQuery::GroupBy::Company)
            report.groups.append(KpiGroup {group.key(), kpisOf(group.value(), spec)});
    }
    report.currencies = kpisOf(company, spec);
    return report;
}

Result<QMap<QDate, ReportService::KpiReport>> ReportService::kpiTrend(const QList<QDate> &days,
                                                                      KpiQuery::Spec spec) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::AuditAndReports); !may)
        return may.error();
    QMap<QDate, KpiReport> out;
    if (days.isEmpty())
        return out;
    if (spec.periodDays < 1)
        return makeError(ErrorCode::InvalidValue,
                         KpiQuery::tr("period: %1 is not a number of days (1 or more)")
                                 .arg(spec.periodDays));
    spec.countbackMonths = kShortCountbackMonths;
    QList<QDate> ends = days;
    QDate first = days.first(), last = days.first();
    for (const QDate &day : days) {
        ends.append(day.addDays(-spec.periodDays)); // AR(T − P) of each day, in the same pass
        first = std::min(first, day);
        last = std::max(last, day);
    }
    const KpiQuery query(*m_db);
    auto balances = query.balancesOn(ends, spec);
    if (!balances)
        return balances.error();
    // As kpis(): a few months of sales first, two years only when they do not cover some AR.
    KpiQuery::Figures sales;
    if (auto r = query.readSalesBetween(
                sales, spec, Kpi::salesWindowStart(first, spec.periodDays, spec.countbackMonths),
                last);
        !r)
        return r.error();
    // Kpi::compute counts only the days of sales it needs: each day gets all that were read.
    const auto withSales = [&sales](KpiQuery::Figures &figures) {
        for (auto group = figures.begin(); group != figures.end(); ++group) {
            for (KpiInputs &in : group.value())
                in.salesByDay = sales.value(group.key()).value(in.currency).salesByDay;
        }
    };
    QMap<QDate, KpiQuery::Figures> inputs;
    for (const QDate &day : days) {
        KpiQuery::Figures figures = balances.value().value(day);
        KpiQuery::addBegin(figures, balances.value().value(day.addDays(-spec.periodDays)));
        withSales(figures);
        inputs.insert(day, figures);
    }
    bool more = false;
    for (auto day = inputs.cbegin(); day != inputs.cend() && !more; ++day) {
        KpiQuery::Spec at = spec;
        at.asOf = day.key();
        more = countbackNeedsMore(day.value(), at);
    }
    if (more) {
        spec.countbackMonths = Kpi::kCountbackMonths;
        sales.clear();
        if (auto r = query.readSalesBetween(
                    sales, spec,
                    Kpi::salesWindowStart(first, spec.periodDays, spec.countbackMonths), last);
            !r)
            return r.error();
        for (KpiQuery::Figures &figures : inputs)
            withSales(figures);
    }
    for (auto day = inputs.cbegin(); day != inputs.cend(); ++day) {
        spec.asOf = day.key();
        out.insert(day.key(), report(day.value(), spec));
    }
    return out;
}

/// The promises whose promised date is in (T − P, T] and made by T, as the promise rule judges
/// them as of T (their stored verdicts, PromiseOutcomes), added to their client's group and
/// currency.
Result<void> ReportService::addPromises(KpiQuery::Figures &figures,
                                        const KpiQuery::Spec &spec) const
{
    const QDate first = spec.asOf.addDays(-spec.periodDays + 1);
    auto rates = PromiseOutcomes(*m_db).keptRates(first, spec.asOf, spec.by);
    if (!rates)
        return rates.error();
    for (auto group = rates.value().cbegin(); group != rates.value().cend(); ++group) {
        for (auto rate = group.value().cbegin(); rate != group.value().cend(); ++rate) {
            KpiInputs &in = figures[group.key()][rate.key()];
            in.currency = rate.key();
            in.promises = rate.value();
        }
    }
    return {};
}

Result<ReportService::Activity> ReportService::activity(const ActivityQuery::Spec &spec) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::AuditAndReports); !may)
        return may.error();
    ActivityQuery query(*m_db);
    auto entries = query.page(spec);
    if (!entries)
        return entries.error();
    auto totals = query.totals(spec);
    if (!totals)
        return totals.error();
    return Activity {entries.value(), totals.value()};
}

Result<QList<ActivityQuery::ClerkTotals>> ReportService::activityTotals(
        const ActivityQuery::Spec &spec) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::AuditAndReports); !may)
        return may.error();
    return ActivityQuery(*m_db).totals(spec);
}

Result<QList<QList<ActivityQuery::ClerkTotals>>> ReportService::activityTotalsByWeek(
        const QList<QDate> &mondays) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::AuditAndReports); !may)
        return may.error();
    return ActivityQuery(*m_db).totalsByWeek(mondays);
}

} // namespace ardesk
