// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {
class Database;
}

namespace ardesk::bench {

/// The median of `ms` (the upper one of an even count); -1 when empty.
double medianMs(QList<double> ms);
/// The 95th percentile of `ms` (nearest rank); -1 when empty.
double p95Ms(QList<double> ms);

/// What sorting the client list by overdue costs against reading a page unsorted.
struct SortTiming
{
    double sortedMs = -1; ///< median: the first page sorted by overdue, through the real model
    double baselineMs = -1; ///< median: SELECT of the first 100 clients, unsorted
};
/// Sorts the real ClientListModel on the real DatabaseWorker by overdue `runs` times (from a
/// name sort each time) against the raw unsorted page on `db`'s connection; both backends. A
/// model that does not answer within two minutes ends the measure with what it has.
SortTiming timeOverdueSort(const std::shared_ptr<Database> &db, int runs);

/// Whose Today queue the benches measure: the clerk with the most live clients (the lowest id
/// on a tie), and the day: the AR summary's (the demo date; the GUI moves it to today on
/// opening), else `fallback`.
struct QueueSubject
{
    qint64 clerk = 0;
    int clerkClients = 0;
    QDate asOf;
};
QueueSubject busiestClerk(const QSqlDatabase &conn, const QDate &fallback);

} // namespace ardesk::bench
