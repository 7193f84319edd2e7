// SPDX-License-Identifier: MIT
#include "core/domain/queuepriority.h"

#include <QCoreApplication>

namespace ardesk {

namespace {
/// A component scaled to 0–1000 (thousandths).
int amountScale(qint64 minor, int exponent)
{
    qint64 major = minor;
    for (int i = 0; i < exponent; ++i)
        major /= 10;
    int steps = 0;
    for (qint64 threshold : {100LL, 1000LL, 10000LL, 100000LL, 1000000LL}) {
        if (major >= threshold)
            ++steps;
    }
    return steps * 200;
}
int capped(int value, int cap)
{
    return int(qint64(std::clamp(value, 0, cap)) * 1000 / cap);
}
} // namespace

Result<void> PriorityWeights::validate() const
{
    const int parts[]
            = {amountOverdue, daysOverdue, brokenPromises, daysSinceContact, overCreditLimit};
    int sum = 0;
    for (int p : parts) {
        if (p < 0 || p > 100)
            return makeError(ErrorCode::InvalidValue,
                             tr("weights: %1 is not between 0 and 100").arg(p));
        sum += p;
    }
    if (sum != 100)
        return makeError(ErrorCode::InvalidValue,
                         tr("weights: they add up to %1, not 100").arg(sum));
    return {};
}

QJsonObject PriorityWeights::toJson() const
{
    return QJsonObject {{QStringLiteral("amount_overdue"), amountOverdue},
                        {QStringLiteral("days_overdue"), daysOverdue},
                        {QStringLiteral("broken_promises"), brokenPromises},
                        {QStringLiteral("days_since_contact"), daysSinceContact},
                        {QStringLiteral("over_credit_limit"), overCreditLimit}};
}

Result<PriorityWeights> PriorityWeights::fromJson(const QJsonObject &json)
{
    PriorityWeights w;
    const std::pair<const char *, int *> keys[] = {{"amount_overdue", &w.amountOverdue},
                                                   {"days_overdue", &w.daysOverdue},
                                                   {"broken_promises", &w.brokenPromises},
                                                   {"days_since_contact", &w.daysSinceContact},
                                                   {"over_credit_limit", &w.overCreditLimit}};
    for (const auto &[key, field] : keys) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return makeError(ErrorCode::InvalidValue,
                             tr("weights: %1 must be a whole number").arg(QLatin1String(key)));
        *field = v.toInt();
    }
    if (auto v = w.validate(); !v)
        return v.error();
    return w;
}

QString PriorityScore::explain() const
{
    auto pts = [](int hundredths) { return QString::number((hundredths + 50) / 100); };
    return tr("amount %1 + days %2 + promises %3 + contact %4 + limit %5")
            .arg(pts(amountPart), pts(daysPart), pts(promisesPart), pts(contactPart),
                 pts(limitPart));
}

PriorityScore priorityScore(const PriorityFacts &f, const PriorityWeights &w)
{
    PriorityScore s;
    // weight (points) × scale (thousandths) / 10 = hundredths of a point
    s.amountPart = w.amountOverdue * amountScale(f.overdueMinor, f.currencyExponent) / 10;
    s.daysPart = w.daysOverdue * capped(f.oldestDaysOverdue, 120) / 10;
    s.promisesPart = w.brokenPromises * capped(f.brokenPromises, 3) / 10;
    s.contactPart = w.daysSinceContact
            * (f.daysSinceContact < 0 ? 1000 : capped(f.daysSinceContact, 60)) / 10;
    s.limitPart = f.overCreditLimit ? w.overCreditLimit * 100 : 0;
    s.total = (s.amountPart + s.daysPart + s.promisesPart + s.contactPart + s.limitPart + 50) / 100;
    return s;
}

} // namespace ardesk
