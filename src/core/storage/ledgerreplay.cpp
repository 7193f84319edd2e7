// SPDX-License-Identifier: MIT
#include "core/storage/ledgerreplay.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"

namespace ardesk::ledgerreplay {

Result<bool> ledgerEndsBy(const QSqlDatabase &db, const QString &day)
{
    auto latest = sql::scalar(
            db,
            QStringLiteral("SELECT ")
                    + sql::greatest(
                            sql::dialectOf(db),
                            {QStringLiteral(
                                     "COALESCE((SELECT max(payment_date) FROM payments), '')"),
                             QStringLiteral("COALESCE((SELECT max(adjust_date) FROM "
                                            "invoice_adjustments), '')"),
                             QStringLiteral(
                                     "COALESCE((SELECT max(issue_date) FROM invoices), '')")}));
    if (!latest)
        return latest.error();
    return latest.value().toString() <= day;
}

// Six months back on tier L: 236k vs 751k candidates, 2.0 s → 0.5 s; two years back the other
// way round.
Result<QString> narrowerInvoiceIndex(const QSqlDatabase &db, const QString &day)
{
    if (sql::dialectOf(db) == Dialect::PostgreSQL)
        return QStringLiteral("invoices i"); // its planner has the statistics SQLite lacks
    auto settledLater = sql::scalar(
            db,
            QStringLiteral("SELECT (SELECT count(*) FROM invoices INDEXED BY "
                           "invoices_settled WHERE settled_date > ?) + (SELECT count(*) "
                           "FROM invoices INDEXED BY invoices_settled WHERE settled_date "
                           "IS NULL AND issue_date <= ?)"),
            {day, day});
    if (!settledLater)
        return settledLater.error();
    const qint64 bySettled = settledLater.value().toLongLong();
    auto issuedBy = sql::scalar(db,
                                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM "
                                               "invoices INDEXED BY invoices_issue WHERE "
                                               "issue_date <= ? LIMIT ?)"),
                                {day, bySettled + 1});
    if (!issuedBy)
        return issuedBy.error();
    return issuedBy.value().toLongLong() <= bySettled
            ? QStringLiteral("invoices i INDEXED BY invoices_issue")
            : QStringLiteral("invoices i INDEXED BY invoices_settled");
}

QString replayedBalance()
{
    return QStringLiteral("(i.amount_minor - COALESCE((SELECT sum(a.amount_minor) FROM "
                          "payment_allocations a JOIN payments p ON p.id = a.payment_id WHERE "
                          "a.invoice_id = i.id AND p.payment_date <= ? AND p.voided_at IS NULL), "
                          "0) - COALESCE((SELECT sum(x.amount_minor) FROM invoice_adjustments x "
                          "WHERE x.invoice_id = i.id AND x.adjust_date <= ?), 0))");
}

} // namespace ardesk::ledgerreplay
