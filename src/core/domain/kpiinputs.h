// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/promise.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace ardesk {

/// The figures the KPIs are computed from, for one currency of one group (the company, a clerk,
/// a segment), as of a date T over a period of P days. Read by KpiQuery (storage) and the
/// promise rule; Kpi::compute turns them into ratios. Amounts are minor units of `currency`.
struct KpiInputs
{
    QString currency;
    qint64 arEnd = 0; ///< AR(T): open receivables at the end of day T
    qint64 currentEnd = 0; ///< current(T): the part of AR(T) not yet due
    qint64 over90End = 0; ///< the part of AR(T) more than 90 days past due
    qint64 arBegin = 0; ///< AR(T − P)
    /// Amount of the invoices issued on each day, from at least the period's first day (or the
    /// countback walk's first day, whichever is earlier) to T. Days without sales are absent.
    QMap<QDate, qint64> salesByDay;
    int paidInvoices = 0; ///< invoices paid in full in (T − P, T]
    qint64 daysToPaySum = 0; ///< Σ (paid day − issue day) over those invoices
    qint64 daysLateSum = 0; ///< Σ max(0, paid day − due day) over those invoices
    PromiseKeptRate promises; ///< promises with a promised date in (T − P, T], as of T

    /// Adds `other` (same currency) to these figures: a company total from its groups.
    void add(const KpiInputs &other);
};

} // namespace ardesk
