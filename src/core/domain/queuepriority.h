// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ardesk {

/// The Today queue's order: a transparent score from 0 to 100 out of five components, each
/// scaled to 0–1 and multiplied by its weight (the weights add up to 100 and a manager may
/// change them). Integer arithmetic throughout, so the score a clerk sees is reproducible.
///
///   amount overdue      0–1 by steps: 100, 1k, 10k, 100k, 1M (major units) → 0.2 each
///   days overdue        oldest invoice, capped at 120 days
///   broken promises     capped at 3
///   days since contact  capped at 60; never contacted counts as 60
///   over credit limit   0 or 1
struct PriorityWeights
{
    int amountOverdue = 30;
    int daysOverdue = 25;
    int brokenPromises = 20;
    int daysSinceContact = 15;
    int overCreditLimit = 10;

    Result<void> validate() const; ///< each 0–100, sum 100
    /// The weights' names, as stored and typed: amount_overdue, days_overdue, broken_promises,
    /// days_since_contact, over_credit_limit.
    static QStringList names();
    /// The weight called `name`; -1 for a name that is not one of names().
    int value(QStringView name) const;
    /// Sets the weight called `name` to `value`. Refuses a name that is not one of names() and
    /// a value outside 0–100, naming it; the sum is checked by validate().
    Result<void> set(QStringView name, int value);
    QJsonObject toJson() const;
    static Result<PriorityWeights> fromJson(const QJsonObject &json);
    friend bool operator==(const PriorityWeights &, const PriorityWeights &) = default;

    Q_DECLARE_TR_FUNCTIONS(PriorityWeights)
};

struct PriorityFacts
{
    qint64 overdueMinor = 0;
    int currencyExponent = 2; ///< minor units per major unit = 10^exponent
    int oldestDaysOverdue = 0;
    int brokenPromises = 0;
    int daysSinceContact = -1; ///< -1: never contacted
    bool overCreditLimit = false;
};

/// The score and its parts (in hundredths of a point each), for the "why" column.
struct PriorityScore
{
    int total = 0; ///< 0–100
    int amountPart = 0, daysPart = 0, promisesPart = 0, contactPart = 0, limitPart = 0;
    QString explain() const; ///< "amount 18 + days 12 + promises 7 + contact 15 + limit 0"

    Q_DECLARE_TR_FUNCTIONS(PriorityScore)
};

PriorityScore priorityScore(const PriorityFacts &facts, const PriorityWeights &weights);

} // namespace ardesk
