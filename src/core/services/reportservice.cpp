// SPDX-License-Identifier: MIT
#include "core/services/reportservice.h"

#include "core/services/authorization.h"
#include "core/storage/chasefacts.h"
#include "core/storage/promiserepository.h"

#include <QSet>

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

/// The promises whose promised date is in (T − P, T], judged as of T by the promise rule (the
/// same rule and payments `promises` uses), added to their client's group and currency.
Result<void> ReportService::addPromises(KpiQuery::Figures &figures,
                                        const KpiQuery::Spec &spec) const
{
    const QDate first = spec.asOf.addDays(-spec.periodDays + 1);
    auto stored = PromiseRepository(*m_db).termsPromisedBetween(first, spec.asOf);
    if (!stored)
        return stored.error();
    QList<PromiseRepository::Terms> inPeriod;
    QSet<qint64> clients;
    QDate earliest = spec.asOf;
    for (const PromiseRepository::Terms &s : stored.value()) {
        if (!s.terms.madeOn.isValid() || s.terms.madeOn > spec.asOf)
            continue; // the query gave the period; a promise made after T counts not yet
        inPeriod.append(s);
        clients.insert(s.clientId);
        earliest = std::min(earliest, s.terms.madeOn);
    }
    if (inPeriod.isEmpty())
        return {};
    auto grace = ChaseFactsQuery::graceDays(*m_db);
    if (!grace)
        return grace.error();
    auto paid = ChaseFactsQuery::receivedPayments(*m_db, clients.values(), earliest,
                                                  spec.asOf); // later ones count at no T
    if (!paid)
        return paid.error();
    QHash<qint64, QString> groups;
    if (spec.by != KpiQuery::GroupBy::Company) {
        auto g = KpiQuery(*m_db).clientGroups(spec.by);
        if (!g)
            return g.error();
        groups = g.value();
    }
    for (const PromiseRepository::Terms &s : inPeriod) {
        const PromiseOutcome outcome = evaluatePromise(s.terms, paid.value().value(s.clientId),
                                                       spec.asOf, grace.value());
        const QString currency = s.terms.amount.currencyCode();
        KpiInputs &in = figures[groups.value(s.clientId)][currency];
        in.currency = currency;
        in.promises.add(s.terms, outcome);
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

} // namespace ardesk
