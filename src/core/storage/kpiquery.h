// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/kpi.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// Reads the ledger figures the KPIs need (KpiInputs, docs/kpis.md) as of a day, per group and
/// currency: AR(T), current(T) and the part more than 90 days past due, AR(T − P), sales by
/// issue day, and the invoices paid in the period. All of them come from the receivables history
/// (ar_history, migration 0016, kept current by the database's triggers; see ArHistory): a
/// figure at the end of a day is the sum of its daily changes up to it, so no read replays the
/// ledger. Reads only; safe on a worker thread with that thread's connection. Promises are the
/// promise rule's business (ReportService).
class KpiQuery
{
    Q_DECLARE_TR_FUNCTIONS(KpiQuery)

public:
    /// What the figures are grouped by: the client's assigned clerk (user name, "" when none)
    /// or its segment ("" when none) as they are now; the company is the one group "".
    enum class GroupBy { Company, Clerk, Segment };
    struct Spec
    {
        QDate asOf; ///< T
        int periodDays = 90; ///< P, > 0
        GroupBy by = GroupBy::Company;
        /// Leave out the invoices under dispute now (invoices.disputed), from every figure.
        bool excludeDisputed = false;
        /// How many months of sales before T to read for the countback (Kpi::countbackDso).
        int countbackMonths = Kpi::kCountbackMonths;
    };
    /// Group key → currency → figures (promises not filled in).
    using Figures = QMap<QString, QMap<QString, KpiInputs>>;

    /// On this thread's connection of `db`.
    explicit KpiQuery(const Database &db)
        : m_db(db.connection())
    { }
    explicit KpiQuery(const QSqlDatabase &db)
        : m_db(db)
    { }

    /// The ledger figures of `spec`; an invalid date or a period < 1 is refused naming it.
    Result<Figures> ledgerFigures(const Spec &spec) const;
    /// Replaces the sales by day in `figures` with those of spec's window (Kpi::salesWindowStart
    /// with spec.countbackMonths): a longer countback without reading the rest again.
    Result<void> readSales(Figures &figures, const Spec &spec) const;
    /// Adds the sales by day in (after, upTo] to `figures` (spec's grouping and dispute choice).
    Result<void> readSalesBetween(Figures &figures, const Spec &spec, const QDate &after,
                                  const QDate &upTo) const;
    /// Each client's group key (for figures read elsewhere, such as promises).
    Result<QHash<qint64, QString>> clientGroups(GroupBy by) const;

    /// AR at the end of each of `days` (arEnd, currentEnd and over90End filled in; spec's asOf
    /// and period ignored), read in one pass however many days: the month-end trends.
    Result<QMap<QDate, Figures>> balancesOn(const QList<QDate> &days, const Spec &spec) const;
    /// Sets each group's and currency's AR(T − P) in `figures` from the AR at the end of the
    /// day before the period (`begin`, as balancesOn gives it).
    static void addBegin(Figures &figures, const Figures &begin);

private:
    Result<void> readPaid(Figures &figures, const Spec &spec) const;

    QSqlDatabase m_db;
};

} // namespace ardesk
