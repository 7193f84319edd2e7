// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"
#include "core/domain/money.h"

#include <optional>

#include <QDate>
#include <QList>

namespace ardesk {

/// What the one-step call proposes before the clerk types anything: whom to call, the promise's
/// amount and date, and the next contact that follows from a promise. Pure rules, no I/O.
class CallDefaults
{
public:
    /// Whom "Call the billing contact" dials: a contact and one of their numbers.
    struct Callee
    {
        Contact contact;
        Phone phone;
    };

    /// The first billing contact with a number that can be dialled (else the first contact
    /// with one); contacts who asked not to be contacted never. None when nobody can be called.
    static std::optional<Callee> callee(const QList<Contact> &contacts);

    /// The promised date proposed on `today`: a week ahead, moved to the Monday after when it
    /// falls on a Saturday or Sunday. Invalid when `today` is.
    static QDate promiseDate(const QDate &today);

    /// The next contact that follows a promise: the first weekday after the promised date.
    static QDate nextContactAfter(const QDate &promisedDate);

    /// The amount a promise proposes: the overdue total; when nothing is overdue, the open
    /// balance; nothing (an invalid Money) when nothing is owed or the currency is unknown.
    static Money promiseAmount(qint64 overdueMinor, qint64 balanceMinor,
                               const QString &currencyCode);

    /// `day`, or the Monday after it when it is a Saturday or Sunday.
    static QDate weekdayOnOrAfter(const QDate &day);
};

} // namespace ardesk
