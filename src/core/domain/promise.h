// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/money.h"

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ardesk {

/// The translation context of promise messages (status names).
class Promise
{
    Q_DECLARE_TR_FUNCTIONS(Promise)
};

enum class PromiseStatus { Open, Kept, PartlyKept, Broken, Cancelled };
QString toString(PromiseStatus status);
std::optional<PromiseStatus> promiseStatusFromString(QStringView key);
QString displayName(PromiseStatus status);

/// A promise to pay as the rule sees it.
struct PromiseTerms
{
    Money amount; ///< what was promised, in the promise's currency
    QDate madeOn; ///< the day of the conversation
    QDate promisedDate;
    QList<qint64> invoiceIds; ///< empty: any payment of the client counts
    /// When the promise was recorded (UTC): a payment dated `madeOn` counts only when it was
    /// recorded after this instant. Invalid: no payment of that day counts.
    QDateTime madeAt;
};

/// Money received that may keep a promise: a payment (not voided) and what of it went to which
/// invoice.
struct ReceivedPayment
{
    QDate date;
    Money amount;
    QList<QPair<qint64, qint64>> allocations; ///< (invoice id, amount in minor units of `amount`)
    QDateTime recordedAt; ///< when the payment was entered (UTC)
};

/// Whether a payment is news to a promise: dated after the day the promise was made, or dated
/// that day and recorded when or after the promise was (money that was already in when the
/// client promised never counts towards the promise; a recording time unknown on either side
/// does not count).
bool paidAfterPromise(const PromiseTerms &terms, const ReceivedPayment &payment);

/// What a promise came to on a day.
struct PromiseOutcome
{
    PromiseStatus status = PromiseStatus::Open;
    qint64 paidMinor = 0; ///< counted towards the promise, at most its amount
    QDate deadline; ///< promised date + grace days
};

/// The promise-to-pay rule. Payments in the promise's currency made after the promise
/// (paidAfterPromise()) and dated by the promised date plus `graceDays` count; for a promise that
/// names invoices, only what was allocated to those invoices counts. Paid in full by the deadline →
/// kept (as soon as it is paid); otherwise open until the deadline has passed, then partly kept
/// (something paid) or broken (nothing). Decided from payments, never typed.
PromiseOutcome evaluatePromise(const PromiseTerms &terms, const QList<ReceivedPayment> &payments,
                               const QDate &asOf, int graceDays);

/// What the promise rule gives for a promise on every day, from the payments as they are:
/// judgePromise() below. Stored per promise (promises.outcome…, migration 0020) so the kept
/// rate of a period is a sum; outcomeAsOf() reads the rule's answer back for any day.
struct PromiseVerdict
{
    QDate deadline; ///< promised date + grace days
    /// The outcome once the deadline has passed (never Open): kept, partly kept or broken.
    PromiseOutcome final;
    /// The first day the money counted reached the amount (final.status Kept); else invalid.
    QDate keptOn;
};

/// Judges a promise once for all days: evaluatePromise() as of the day after the deadline,
/// and as of each payment's day for when it was first kept.
PromiseVerdict judgePromise(const PromiseTerms &terms, const QList<ReceivedPayment> &payments,
                            int graceDays);

/// evaluatePromise() as of `asOf` for a promise judged to `verdict` (with the same payments and
/// grace days): the final outcome after the deadline, kept from keptOn, else open.
PromiseOutcome outcomeAsOf(const PromiseVerdict &verdict, const Money &amount, const QDate &asOf);

/// Promise-kept rates over resolved promises (kept, partly kept, broken; open and cancelled
/// ones are not counted). By count: kept ÷ resolved. By amount: money received towards the
/// promises (each at most its amount) ÷ money promised — per currency, never summed across.
struct PromiseKeptRate
{
    int resolved = 0;
    int kept = 0;
    qint64 promisedMinor = 0;
    qint64 receivedMinor = 0;
    /// Percent, one decimal, as integer tenths (e.g. 667 = 66.7 %); -1 when nothing resolved.
    int countRateTenths() const;
    int amountRateTenths() const;
    void add(const PromiseTerms &terms, const PromiseOutcome &outcome);
};

} // namespace ardesk
