// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/promise.h"
#include "core/storage/database.h"

#include <memory>
#include <optional>

#include <QDate>
#include <QList>

namespace ardesk {

/// Promises to pay against the payments: status decided by evaluatePromise() (domain/promise.h)
/// with the grace days of the setting `workflow.promise_grace_days` (default 2). Payments count
/// from the day of the conversation (the promise's note), not voided; for a promise naming
/// invoices, only what was allocated to them. Runs on the calling thread's connection.
class PromiseService
{
public:
    /// A promise as listed, with its status as of a date.
    struct Row
    {
        qint64 id = 0;
        qint64 clientId = 0;
        QString clientCode;
        QString clientName;
        qint64 noteId = 0;
        qint64 clerkId = 0; ///< the note's author (who got the promise)
        QString clerkName;
        PromiseTerms terms;
        PromiseOutcome outcome; ///< as of the date asked
        PromiseStatus storedStatus = PromiseStatus::Open;
    };
    /// Kept rate of one client or clerk in one currency.
    struct Rate
    {
        qint64 id = 0; ///< client id or user id (0: unknown author)
        QString name;
        QString currency;
        PromiseKeptRate rate;
    };
    /// Per client, per clerk (the note's author), or the whole company (id 0, no name).
    enum class RateBy { Client, Clerk, Company };

    PromiseService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Every promise not cancelled of a client (0: all clients) made by `asOf`, with its status as
    /// of `asOf`; newest promised date first. Reads only.
    Result<QList<Row>> list(qint64 clientId, const QDate &asOf) const;
    /// The client's most recent promise broken or partly kept by `asOf` (the one the next
    /// contact's call script and recap name), if any.
    Result<std::optional<Row>> lastBroken(qint64 clientId, const QDate &asOf) const;
    /// Evaluates the promises not cancelled as of `asOf` and stores status, paid_minor and
    /// evaluated_at where they changed, in one transaction. Returns how many changed. Promises
    /// stored as decided and promised more than 60 days ago are not looked at again.
    Result<int> evaluate(const QDate &asOf);
    /// Kept rates over promises resolved by `asOf` (see PromiseKeptRate), per client, per clerk
    /// (the note's author) or for the company, per currency; sorted by name then currency.
    Result<QList<Rate>> keptRates(RateBy by, const QDate &asOf) const;

private:
    /// With `changeableOnly`, only promises whose stored status can still change: open, or
    /// promised within the last kRecheckDays (a payment voided later).
    Result<QList<Row>> load(qint64 clientId, const QDate &asOf, bool changeableOnly) const;
    static constexpr int kRecheckDays = 60;
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
