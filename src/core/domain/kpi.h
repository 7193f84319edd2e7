// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/kpiinputs.h"

#include <optional>

#include <QDate>
#include <QMap>
#include <QString>

namespace ardesk {

/// The receivables KPIs of one currency as of a date T over a period of P days (docs/kpis.md
/// has the definitions and a worked example). Pure: computed from KpiInputs, no I/O. Amounts
/// are minor units; a ratio whose divisor is zero is empty (std::nullopt), never infinite.
struct Kpi
{
    QString currency;
    qint64 arTotal = 0; ///< AR(T)
    qint64 arCurrent = 0; ///< current(T)
    qint64 arBegin = 0; ///< AR(T − P)
    qint64 sales = 0; ///< invoices issued in (T − P, T]
    std::optional<double> dso; ///< AR(T) ÷ sales × P
    std::optional<double> dsoCountback; ///< months of sales, newest first, that make up AR(T)
    std::optional<double> bestPossibleDso; ///< current(T) ÷ sales × P
    std::optional<double> averageDaysDelinquent; ///< DSO − best-possible DSO
    std::optional<double> cei; ///< collection effectiveness index, percent
    std::optional<double> percentCurrent; ///< current(T) ÷ AR(T) × 100
    std::optional<double> percentAtRisk90; ///< AR more than 90 days past due ÷ AR(T) × 100
    std::optional<double> averageDaysToPay; ///< of the invoices paid in the period
    std::optional<double> averageDaysLate; ///< of the invoices paid in the period
    std::optional<double> promiseKeptRate; ///< kept ÷ resolved promises × 100, by count
    /// A ratio, not money: what came in over what was promised, as a percent (e.g. 87.5).
    std::optional<double> promiseKeptPercentOfPromised;

    /// How many calendar months the countback walk looks back at most; AR older than that gives
    /// no countback DSO.
    static constexpr int kCountbackMonths = 24;

    /// The KPIs of `in` as of `asOf` over `periodDays` (> 0) days; the countback walks at most
    /// `countbackMonths` months (the sales `in` holds).
    static Kpi compute(const KpiInputs &in, const QDate &asOf, int periodDays,
                       int countbackMonths = kCountbackMonths);
    /// Σ sales of the days in (after, upTo].
    static qint64 salesBetween(const QMap<QDate, qint64> &salesByDay, const QDate &after,
                               const QDate &upTo);
    /// Countback DSO: walks back from `asOf` one calendar month at a time ((T − 1 month, T],
    /// then the month before, …). While AR left exceeds the month's sales, the month's sales are
    /// taken off and all its days counted; the month that covers the rest counts
    /// rest ÷ sales × its days, and the walk stops. 0 when `ar` is 0; empty when `months` months
    /// of sales do not cover `ar`.
    static std::optional<double> countbackDso(qint64 ar, const QMap<QDate, qint64> &salesByDay,
                                              const QDate &asOf, int months = kCountbackMonths);
    /// The first day (exclusive) the inputs need sales from: the earlier of T − P and the reach
    /// of a countback of `countbackMonths` months.
    static QDate salesWindowStart(const QDate &asOf, int periodDays,
                                  int countbackMonths = kCountbackMonths);
};

} // namespace ardesk
