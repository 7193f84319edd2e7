// SPDX-License-Identifier: MIT
#include "core/services/promiseservice.h"

#include "core/storage/chasefacts.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QMap>
#include <QSet>

namespace ardesk {

namespace {
QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
} // namespace

Result<QList<PromiseService::Row>> PromiseService::list(qint64 clientId, const QDate &asOf) const
{
    return load(clientId, asOf, false);
}

Result<QList<PromiseService::Row>> PromiseService::load(qint64 clientId, const QDate &asOf,
                                                        bool changeableOnly) const
{
    QSqlDatabase db = m_db->connection();
    auto grace = ChaseFactsQuery::graceDays(db);
    if (!grace)
        return grace.error();
    QString statement = QStringLiteral(
            "SELECT p.id, p.client_id, c.code, c.name, p.note_id, COALESCE((SELECT r.author_id "
            "FROM note_revisions r WHERE r.note_id = p.note_id AND r.revision = 1), "
            "p.created_by), p.amount_minor, p.currency, p.promised_date, COALESCE((SELECT "
            "r.occurred_at FROM note_revisions r WHERE r.note_id = p.note_id AND r.revision = "
            "1), p.created_at), p.status, (SELECT json_group_array(invoice_id) FROM "
            "promise_invoices x WHERE x.promise_id = p.id) FROM promises p JOIN clients c ON "
            "c.id = p.client_id WHERE p.status <> 'cancelled'");
    QVariantList binds;
    if (clientId != 0) {
        statement += QStringLiteral(" AND p.client_id = ?");
        binds << clientId;
    }
    if (changeableOnly) {
        statement += QStringLiteral(" AND (p.status = 'open' OR "
                                    "p.promised_date >= ?)");
        binds << timeutil::toStorage(asOf.addDays(-kRecheckDays));
    }
    statement += QStringLiteral(" ORDER BY p.promised_date DESC, p.id DESC");
    auto q = sql::exec(db, statement, binds);
    if (!q)
        return q.error();
    QList<Row> rows;
    QSet<qint64> clients;
    QSet<qint64> authors;
    QDate earliest = asOf;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Row row;
        row.id = r.value(0).toLongLong();
        row.clientId = r.value(1).toLongLong();
        row.clientCode = r.value(2).toString();
        row.clientName = r.value(3).toString();
        row.noteId = r.value(4).toLongLong();
        row.clerkId = r.value(5).toLongLong();
        row.terms.amountMinor = r.value(6).toLongLong();
        row.terms.currency = r.value(7).toString();
        row.terms.promisedDate = dateOf(r.value(8));
        row.terms.madeOn = dateOf(r.value(9));
        row.storedStatus
                = promiseStatusFromString(r.value(10).toString()).value_or(PromiseStatus::Open);
        for (const QString &n :
             r.value(11).toString().mid(1).chopped(1).split(u',', Qt::SkipEmptyParts))
            row.terms.invoiceIds.append(n.toLongLong());
        if (row.terms.madeOn > asOf)
            continue; // not made yet on that day
        if (row.terms.madeOn.isValid() && row.terms.madeOn < earliest)
            earliest = row.terms.madeOn;
        clients.insert(row.clientId);
        if (row.clerkId)
            authors.insert(row.clerkId);
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;
    auto paid = ChaseFactsQuery::receivedPayments(db, clients.values(), earliest);
    if (!paid)
        return paid.error();
    QHash<qint64, QString> names;
    if (!authors.isEmpty()) {
        auto u = sql::exec(db,
                           QStringLiteral("SELECT id, name FROM users WHERE id IN (SELECT value "
                                          "FROM json_each(?))"),
                           {ChaseFactsQuery::idArray(authors.values())});
        if (!u)
            return u.error();
        while (u.value().next())
            names.insert(u.value().value(0).toLongLong(), u.value().value(1).toString());
    }
    for (Row &row : rows) {
        row.outcome
                = evaluatePromise(row.terms, paid.value().value(row.clientId), asOf, grace.value());
        row.clerkName = names.value(row.clerkId);
    }
    return rows;
}

Result<std::optional<PromiseService::Row>> PromiseService::lastBroken(qint64 clientId,
                                                                      const QDate &asOf) const
{
    auto rows = list(clientId, asOf); // newest promised date first
    if (!rows)
        return rows.error();
    for (const Row &r : rows.value()) {
        if (r.outcome.status == PromiseStatus::Broken
            || r.outcome.status == PromiseStatus::PartlyKept)
            return std::optional<Row>(r);
    }
    return std::optional<Row>();
}

Result<int> PromiseService::evaluate(const QDate &asOf)
{
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b.error();
    auto rows = load(0, asOf, true);
    if (!rows)
        return rows.error();
    const QString now = timeutil::toStorage(m_db->clock()->now());
    int changed = 0;
    for (const Row &row : rows.value()) {
        auto u = sql::exec(db,
                           QStringLiteral("UPDATE promises SET status = ?, paid_minor = ?, "
                                          "evaluated_at = ? WHERE id = ? AND status <> "
                                          "'cancelled' AND (status <> ? OR paid_minor <> ?)"),
                           {toString(row.outcome.status), row.outcome.paidMinor, now, row.id,
                            toString(row.outcome.status), row.outcome.paidMinor});
        if (!u)
            return u.error();
        changed += u.value().numRowsAffected() > 0 ? 1 : 0;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return changed;
}

Result<QList<PromiseService::Rate>> PromiseService::keptRates(RateBy by, const QDate &asOf) const
{
    auto rows = list(0, asOf);
    if (!rows)
        return rows.error();
    QMap<QPair<qint64, QString>, Rate> rates;
    for (const Row &row : rows.value()) {
        const qint64 id = by == RateBy::Client ? row.clientId : row.clerkId;
        Rate &r = rates[{id, row.terms.currency}];
        r.id = id;
        r.name = by == RateBy::Client ? row.clientCode : row.clerkName;
        r.currency = row.terms.currency;
        r.rate.add(row.terms, row.outcome);
    }
    QList<Rate> out;
    for (const Rate &r : rates) {
        if (r.rate.resolved > 0)
            out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const Rate &a, const Rate &b) {
        return a.name != b.name ? a.name < b.name : a.currency < b.currency;
    });
    return out;
}

} // namespace ardesk
