// SPDX-License-Identifier: MIT
#include "core/domain/client.h"

#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace ardesk {
QString toString(ClientStatus status)
{
    switch (status) {
    case ClientStatus::Active:
        return QStringLiteral("active");
    case ClientStatus::OnHold:
        return QStringLiteral("on_hold");
    case ClientStatus::InDispute:
        return QStringLiteral("in_dispute");
    case ClientStatus::InCollections:
        return QStringLiteral("in_collections");
    case ClientStatus::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

std::optional<ClientStatus> clientStatusFromString(QStringView key)
{
    for (auto s : {ClientStatus::Active, ClientStatus::OnHold, ClientStatus::InDispute,
                   ClientStatus::InCollections, ClientStatus::Closed}) {
        if (key == toString(s))
            return s;
    }
    return std::nullopt;
}

QString displayName(ClientStatus status)
{
    switch (status) {
    case ClientStatus::Active:
        return Client::tr("Active");
    case ClientStatus::OnHold:
        return Client::tr("On hold");
    case ClientStatus::InDispute:
        return Client::tr("In dispute");
    case ClientStatus::InCollections:
        return Client::tr("In collections");
    case ClientStatus::Closed:
        return Client::tr("Closed");
    }
    return QString();
}

Result<void> Client::validate() const
{
    if (auto r = validation::requireText(tr("code"), code, 32); !r)
        return r;
    if (auto r = validation::noControlChars(tr("code"), code); !r)
        return r;
    if (auto r = validation::requireText(tr("name"), name, 200); !r)
        return r;
    if (auto r = validation::noControlChars(tr("name"), name); !r)
        return r;
    if (auto r = validation::currencyCode(tr("currency"), currency); !r)
        return r;
    if (paymentTermsDays < 0 || paymentTermsDays > 365)
        return makeError(ErrorCode::InvalidValue,
                         tr("payment terms: %1 days is outside 0–365").arg(paymentTermsDays));
    if (creditLimitMinor < 0)
        return makeError(ErrorCode::InvalidValue, tr("credit limit: must not be negative"));
    if (!country.isEmpty()
        && (country.size() != 2 || !country[0].isUpper() || !country[1].isUpper()))
        return makeError(ErrorCode::InvalidValue,
                         tr("country: \"%1\" is not a two-letter ISO 3166 code").arg(country));
    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        return makeError(ErrorCode::InvalidValue,
                         tr("time zone: \"%1\" is not a known time zone").arg(timeZone));
    for (const QString &t : tags) {
        if (auto r = validation::noControlChars(tr("tag"), t); !r)
            return r;
    }
    return {};
}

} // namespace ardesk
