// SPDX-License-Identifier: MIT
#include "core/services/promiseservice.h"

#include "core/storage/chasefacts.h"
#include "core/storage/promiserepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"

#include <QMap>
#include <QSet>

namespace ardesk {

Result<QList<PromiseService::Row>> PromiseService::list(qint64 clientId, const QDate &asOf) const
{
    return load(clientId, asOf, false);
}

Result<QList<PromiseService::Row>> PromiseService::load(qint64 clientId, const QDate &asOf,
                                                        bool changeableOnly) const
{
    auto grace = ChaseFactsQuery::graceDays(*m_db);
    if (!grace)
        return grace.error();
    auto stored = PromiseRepository(*m_db).list(
            clientId, changeableOnly ? asOf.addDays(-kRecheckDays) : QDate());
    if (!stored)
        return stored.error();
    QList<Row> rows;
    QSet<qint64> clients;
    QDate earliest = asOf;
    for (const PromiseRepository::Stored &s : stored.value()) {
        if (s.terms.madeOn > asOf)
            continue; // not made yet on that day
        if (s.terms.madeOn.isValid() && s.terms.madeOn < earliest)
            earliest = s.terms.madeOn;
        clients.insert(s.clientId);
        Row row;
        row.id = s.id;
        row.clientId = s.clientId;
        row.clientCode = s.clientCode;
        row.clientName = s.clientName;
        row.noteId = s.noteId;
        row.clerkId = s.clerkId;
        row.terms = s.terms;
        row.storedStatus = s.status;
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;
    auto paid = ChaseFactsQuery::receivedPayments(*m_db, clients.values(), earliest);
    if (!paid)
        return paid.error();
    auto users = UserRepository(*m_db).list();
    if (!users)
        return users.error();
    QHash<qint64, QString> names;
    for (const User &u : users.value())
        names.insert(u.id, u.name);
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
    return inTransaction(*m_db, [&]() -> Result<int> {
        auto rows = load(0, asOf, true);
        if (!rows)
            return rows.error();
        PromiseRepository promises(*m_db);
        int changed = 0;
        for (const Row &row : rows.value()) {
            auto stored = promises.storeOutcome(row.id, row.outcome);
            if (!stored)
                return stored.error();
            changed += stored.value() ? 1 : 0;
        }
        return changed;
    });
}

Result<QList<PromiseService::Rate>> PromiseService::keptRates(RateBy by, const QDate &asOf) const
{
    auto rows = list(0, asOf);
    if (!rows)
        return rows.error();
    QMap<QPair<qint64, QString>, Rate> rates;
    for (const Row &row : rows.value()) {
        const qint64 id = by == RateBy::Client ? row.clientId
                : by == RateBy::Clerk          ? row.clerkId
                                               : 0;
        Rate &r = rates[{id, row.terms.amount.currencyCode()}];
        r.id = id;
        r.name = by == RateBy::Client ? row.clientCode
                : by == RateBy::Clerk ? row.clerkName
                                      : QString();
        r.currency = row.terms.amount.currencyCode();
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
