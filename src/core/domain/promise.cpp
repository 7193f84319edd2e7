// SPDX-License-Identifier: MIT
#include "core/domain/promise.h"

#include <algorithm>

#include <QCoreApplication>

namespace ardesk {

QString toString(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Open:
        return QStringLiteral("open");
    case PromiseStatus::Kept:
        return QStringLiteral("kept");
    case PromiseStatus::PartlyKept:
        return QStringLiteral("partly_kept");
    case PromiseStatus::Broken:
        return QStringLiteral("broken");
    case PromiseStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<PromiseStatus> promiseStatusFromString(QStringView key)
{
    for (PromiseStatus s : {PromiseStatus::Open, PromiseStatus::Kept, PromiseStatus::PartlyKept,
                            PromiseStatus::Broken, PromiseStatus::Cancelled}) {
        if (key == toString(s))
            return s;
    }
    return std::nullopt;
}

QString displayName(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Open:
        return Promise::tr("Open");
    case PromiseStatus::Kept:
        return Promise::tr("Kept");
    case PromiseStatus::PartlyKept:
        return Promise::tr("Partly kept");
    case PromiseStatus::Broken:
        return Promise::tr("Broken");
    case PromiseStatus::Cancelled:
        return Promise::tr("Cancelled");
    }
    return QString();
}

bool paidAfterPromise(const PromiseTerms &terms, const ReceivedPayment &payment)
{
    if (payment.date != terms.madeOn)
        return payment.date > terms.madeOn;
    return terms.madeAt.isValid() && payment.recordedAt.isValid()
            && payment.recordedAt >= terms.madeAt;
}

PromiseOutcome evaluatePromise(const PromiseTerms &terms, const QList<ReceivedPayment> &payments,
                               const QDate &asOf, int graceDays)
{
    PromiseOutcome out;
    out.deadline = terms.promisedDate.addDays(std::max(0, graceDays));
    qint64 paid = 0;
    for (const ReceivedPayment &p : payments) {
        if (p.amount.currency() != terms.amount.currency() || !paidAfterPromise(terms, p)
            || p.date > out.deadline || p.date > asOf)
            continue;
        if (terms.invoiceIds.isEmpty()) {
            paid += p.amount.minor();
        } else {
            for (const auto &[invoiceId, amount] : p.allocations) {
                if (terms.invoiceIds.contains(invoiceId))
                    paid += amount;
            }
        }
    }
    out.paidMinor = std::min(paid, terms.amount.minor());
    if (out.paidMinor >= terms.amount.minor())
        out.status = PromiseStatus::Kept;
    else if (asOf <= out.deadline)
        out.status = PromiseStatus::Open;
    else
        out.status = out.paidMinor > 0 ? PromiseStatus::PartlyKept : PromiseStatus::Broken;
    return out;
}

PromiseVerdict judgePromise(const PromiseTerms &terms, const QList<ReceivedPayment> &payments,
                            int graceDays)
{
    PromiseVerdict verdict;
    verdict.deadline = terms.promisedDate.addDays(std::max(0, graceDays));
    verdict.final = evaluatePromise(terms, payments, verdict.deadline.addDays(1), graceDays);
    if (verdict.final.status != PromiseStatus::Kept)
        return verdict;
    // Kept: on the first payment day by the deadline the rule already says so (the money it
    // counts only grows with the day).
    QList<QDate> days;
    for (const ReceivedPayment &p : payments) {
        if (p.date <= verdict.deadline)
            days.append(p.date);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (const QDate &day : std::as_const(days)) {
        if (evaluatePromise(terms, payments, day, graceDays).status == PromiseStatus::Kept) {
            verdict.keptOn = day;
            break;
        }
    }
    return verdict;
}

PromiseOutcome outcomeAsOf(const PromiseVerdict &verdict, const Money &amount, const QDate &asOf)
{
    if (asOf > verdict.deadline)
        return verdict.final;
    PromiseOutcome out;
    out.deadline = verdict.deadline;
    if (verdict.keptOn.isValid() && verdict.keptOn <= asOf) {
        out.status = PromiseStatus::Kept;
        out.paidMinor = amount.minor();
    }
    return out;
}

int PromiseKeptRate::countRateTenths() const
{
    return resolved == 0 ? -1 : int((qint64(kept) * 1000 + resolved / 2) / resolved);
}

int PromiseKeptRate::amountRateTenths() const
{
    return promisedMinor == 0 ? -1
                              : int((receivedMinor * 1000 + promisedMinor / 2) / promisedMinor);
}

void PromiseKeptRate::add(const PromiseTerms &terms, const PromiseOutcome &outcome)
{
    if (outcome.status == PromiseStatus::Open || outcome.status == PromiseStatus::Cancelled)
        return;
    ++resolved;
    if (outcome.status == PromiseStatus::Kept)
        ++kept;
    promisedMinor += terms.amount.minor();
    receivedMinor += outcome.paidMinor;
}

} // namespace ardesk
