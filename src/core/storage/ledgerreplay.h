// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QSqlDatabase>
#include <QString>

/// What the reports that replay the ledger as of a past day share (AgingReport, KpiQuery): when
/// the current balances are already the answer, and which index finds the invoices open then.
namespace ardesk::ledgerreplay {

/// Whether nothing in the ledger (payments, adjustments, invoices) is dated after `day`
/// ('YYYY-MM-DD'): then the current balances are the answer.
Result<bool> ledgerEndsBy(const QSqlDatabase &db, const QString &day);

/// The FROM item ("invoices i INDEXED BY …") that finds the invoices issued by `day` and not
/// settled by then with fewer rows read: by issue date or by settled date. SQLite keeps no
/// statistics on date ranges, so both are counted from the indexes alone; PostgreSQL's planner
/// decides itself.
Result<QString> narrowerInvoiceIndex(const QSqlDatabase &db, const QString &day);

/// An invoice's (alias `i`) balance at the end of a day, replayed from the payments (not voided)
/// and adjustments dated by then. The day is bound twice (two `?`).
QString replayedBalance();

} // namespace ardesk::ledgerreplay
