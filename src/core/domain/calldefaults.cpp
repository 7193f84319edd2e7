// SPDX-License-Identifier: MIT
#include "core/domain/calldefaults.h"

namespace ardesk {

std::optional<CallDefaults::Callee> CallDefaults::callee(const QList<Contact> &contacts)
{
    std::optional<Callee> any;
    for (const Contact &c : contacts) {
        if (c.doNotContact)
            continue;
        const auto phone = std::find_if(c.phones.cbegin(), c.phones.cend(),
                                        [](const Phone &p) { return p.isValid(); });
        if (phone == c.phones.cend())
            continue;
        if (c.isBillingContact)
            return Callee {c, *phone};
        if (!any)
            any = Callee {c, *phone};
    }
    return any;
}

QDate CallDefaults::weekdayOnOrAfter(const QDate &day)
{
    if (!day.isValid())
        return day;
    const int dow = day.dayOfWeek();
    return dow >= Qt::Saturday ? day.addDays(8 - dow) : day;
}

QDate CallDefaults::promiseDate(const QDate &today)
{
    return weekdayOnOrAfter(today.addDays(7));
}

QDate CallDefaults::nextContactAfter(const QDate &promisedDate)
{
    return weekdayOnOrAfter(promisedDate.addDays(1));
}

Money CallDefaults::promiseAmount(qint64 overdueMinor, qint64 balanceMinor,
                                  const QString &currencyCode)
{
    const qint64 minor = overdueMinor > 0 ? overdueMinor : balanceMinor;
    if (minor <= 0)
        return {};
    return Money::fromMinor(minor, currencyCode);
}

} // namespace ardesk
