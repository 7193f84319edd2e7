// SPDX-License-Identifier: MIT
#include "core/storage/brokenpromisequery.h"

#include "core/domain/promise.h"
#include "core/storage/chasefacts.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/promiserepository.h"

namespace ardesk {

namespace {

/// What the client still owes on the promise's invoices (all its invoices in the promise's
/// currency when it names none).
qint64 stillOwed(const PromiseTerms &terms, const QList<Invoice> &invoices)
{
    qint64 owed = 0;
    for (const Invoice &inv : invoices) {
        if (inv.writtenOff || inv.balanceMinor <= 0 || inv.currency != terms.amount.currencyCode())
            continue;
        if (terms.invoiceIds.isEmpty() || terms.invoiceIds.contains(inv.id))
            owed += inv.balanceMinor;
    }
    return owed;
}

} // namespace

Result<std::optional<BrokenPromiseQuery::Promise>> BrokenPromiseQuery::latest(
        qint64 clientId, const QDate &today) const
{
    auto grace = ChaseFactsQuery::graceDays(m_db.connection());
    if (!grace)
        return grace.error();
    auto stored = PromiseRepository(m_db).list(clientId, QDate()); // newest promised date first
    if (!stored)
        return stored.error();
    QDate earliest = today;
    for (const PromiseRepository::Stored &s : stored.value()) {
        if (s.terms.madeOn.isValid() && s.terms.madeOn < earliest)
            earliest = s.terms.madeOn;
    }
    if (stored.value().isEmpty())
        return std::optional<Promise>();
    auto paid = ChaseFactsQuery::receivedPayments(m_db.connection(), {clientId}, earliest);
    if (!paid)
        return paid.error();
    auto invoices = InvoiceRepository(m_db).forClient(clientId, InvoiceRepository::Filter::All);
    if (!invoices)
        return invoices.error();
    for (const PromiseRepository::Stored &s : stored.value()) {
        if (s.terms.madeOn > today)
            continue; // not made yet on that day
        const PromiseOutcome o
                = evaluatePromise(s.terms, paid.value().value(clientId), today, grace.value());
        if (o.status != PromiseStatus::Broken && o.status != PromiseStatus::PartlyKept)
            continue;
        if (stillOwed(s.terms, invoices.value()) <= 0)
            continue; // paid since: nothing to remind the client of
        return std::optional<Promise>(Promise {s.id, s.terms.amount.minor(),
                                               s.terms.amount.currencyCode(), s.terms.promisedDate,
                                               s.terms.madeOn, o.paidMinor});
    }
    return std::optional<Promise>();
}

} // namespace ardesk
