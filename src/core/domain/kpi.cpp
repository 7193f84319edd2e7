// SPDX-License-Identifier: MIT
#include "core/domain/kpi.h"

#include <algorithm>

namespace ardesk {

void KpiInputs::add(const KpiInputs &other)
{
    arEnd += other.arEnd;
    currentEnd += other.currentEnd;
    over90End += other.over90End;
    arBegin += other.arBegin;
    for (auto it = other.salesByDay.cbegin(); it != other.salesByDay.cend(); ++it)
        salesByDay[it.key()] += it.value();
    paidInvoices += other.paidInvoices;
    daysToPaySum += other.daysToPaySum;
    daysLateSum += other.daysLateSum;
    promises.resolved += other.promises.resolved;
    promises.kept += other.promises.kept;
    promises.promisedMinor += other.promises.promisedMinor;
    promises.receivedMinor += other.promises.receivedMinor;
}

namespace {

/// numerator ÷ denominator × scale, or empty when the denominator is zero.
std::optional<double> ratio(qint64 numerator, qint64 denominator, double scale)
{
    if (denominator == 0)
        return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator) * scale;
}

std::optional<double> difference(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a - *b;
}

} // namespace

qint64 Kpi::salesBetween(const QMap<QDate, qint64> &salesByDay, const QDate &after,
                         const QDate &upTo)
{
    qint64 sum = 0;
    for (auto it = salesByDay.upperBound(after); it != salesByDay.cend() && it.key() <= upTo; ++it)
        sum += it.value();
    return sum;
}

QDate Kpi::salesWindowStart(const QDate &asOf, int periodDays, int countbackMonths)
{
    return std::min(asOf.addDays(-periodDays), asOf.addMonths(-countbackMonths));
}

std::optional<double> Kpi::countbackDso(qint64 ar, const QMap<QDate, qint64> &salesByDay,
                                        const QDate &asOf, int months)
{
    if (ar <= 0)
        return 0.0;
    qint64 left = ar;
    double days = 0;
    for (int month = 1; month <= months; ++month) {
        const QDate upTo = asOf.addMonths(-(month - 1));
        const QDate after = asOf.addMonths(-month);
        const qint64 monthDays = after.daysTo(upTo);
        const qint64 sales = salesBetween(salesByDay, after, upTo);
        if (left <= sales)
            return days + static_cast<double>(left) / static_cast<double>(sales) * monthDays;
        left -= sales;
        days += static_cast<double>(monthDays);
    }
    return std::nullopt;
}

Kpi Kpi::compute(const KpiInputs &in, const QDate &asOf, int periodDays, int countbackMonths)
{
    Kpi k;
    k.currency = in.currency;
    k.arTotal = in.arEnd;
    k.arCurrent = in.currentEnd;
    k.arBegin = in.arBegin;
    k.sales = salesBetween(in.salesByDay, asOf.addDays(-periodDays), asOf);
    k.dso = ratio(in.arEnd, k.sales, periodDays);
    k.dsoCountback = countbackDso(in.arEnd, in.salesByDay, asOf, countbackMonths);
    k.bestPossibleDso = ratio(in.currentEnd, k.sales, periodDays);
    k.averageDaysDelinquent = difference(k.dso, k.bestPossibleDso);
    const qint64 collectible = in.arBegin + k.sales;
    k.cei = ratio(collectible - in.arEnd, collectible - in.currentEnd, 100.0);
    k.percentCurrent = ratio(in.currentEnd, in.arEnd, 100.0);
    k.percentAtRisk90 = ratio(in.over90End, in.arEnd, 100.0);
    k.averageDaysToPay = ratio(in.daysToPaySum, in.paidInvoices, 1.0);
    k.averageDaysLate = ratio(in.daysLateSum, in.paidInvoices, 1.0);
    k.promiseKeptRate = ratio(in.promises.kept, in.promises.resolved, 100.0);
    k.promiseKeptPercentOfPromised
            = ratio(in.promises.receivedMinor, in.promises.promisedMinor, 100.0);
    return k;
}

} // namespace ardesk
