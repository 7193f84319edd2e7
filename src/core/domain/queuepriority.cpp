// SPDX-License-Identifier: MIT
#include "core/domain/queuepriority.h"

#include <algorithm>
#include <iterator>

#include <QCoreApplication>
#include <QStringList>

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

constexpr const char *kNames[] = {"amount_overdue", "days_overdue", "broken_promises",
                                  "days_since_contact", "over_credit_limit"};

/// The weight called kNames[i].
template<typename Weights>
auto &weightAt(Weights &w, int i)
{
    switch (i) {
    case 0:
        return w.amountOverdue;
    case 1:
        return w.daysOverdue;
    case 2:
        return w.brokenPromises;
    case 3:
        return w.daysSinceContact;
    default:
        return w.overCreditLimit;
    }
}

int indexOfName(QStringView name)
{
    for (int i = 0; i < int(std::size(kNames)); ++i) {
        if (name == QLatin1String(kNames[i]))
            return i;
    }
    return -1;
}
} // namespace

QStringList PriorityWeights::names()
{
    QStringList out;
    for (const char *name : kNames)
        out << QLatin1String(name);
    return out;
}

int PriorityWeights::value(QStringView name) const
{
    const int i = indexOfName(name);
    return i < 0 ? -1 : weightAt(*this, i);
}

Result<void> PriorityWeights::set(QStringView name, int value)
{
    const int i = indexOfName(name);
    if (i < 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("weights: \"%1\" is not a weight (the weights are %2)")
                                 .arg(name.toString(), names().join(QStringLiteral(", "))));
    if (value < 0 || value > 100)
        return makeError(ErrorCode::InvalidValue,
                         tr("weights: %1 = %2 is not between 0 and 100").arg(name).arg(value));
    weightAt(*this, i) = value;
    return {};
}

Result<void> PriorityWeights::validate() const
{
    int sum = 0;
    for (int i = 0; i < int(std::size(kNames)); ++i) {
        const int p = weightAt(*this, i);
        if (p < 0 || p > 100)
            return makeError(ErrorCode::InvalidValue,
                             tr("weights: %1 = %2 is not between 0 and 100")
                                     .arg(QLatin1String(kNames[i]))
                                     .arg(p));
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
