// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ardesk {

/// A phone number as typed (raw) and, when it parsed, as E.164 with an extension.
struct Phone
{
    QString label; ///< "office", "mobile", ...
    QString raw;
    QString e164; ///< empty when the number did not parse; such a number is never dialled
    QString extension;
    bool isValid() const { return !e164.isEmpty(); }
};

enum class PreferredChannel { Any, Email, Phone, Text, Letter };
QString toString(PreferredChannel channel);
std::optional<PreferredChannel> preferredChannelFromString(QStringView key);

/// A person at a client: how to reach them and whether we may.
struct Contact
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString name;
    QString role;
    QString email;
    QList<Phone> phones;
    PreferredChannel preferredChannel = PreferredChannel::Any;
    bool isBillingContact = false;
    bool doNotContact = false;
    int version = 0;

    Result<void> validate() const;

    Q_DECLARE_TR_FUNCTIONS(Contact)
};

} // namespace ardesk
