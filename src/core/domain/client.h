// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/money.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ardesk {

enum class ClientStatus { Active, OnHold, InDispute, InCollections, Closed };
QString toString(ClientStatus status); ///< stable storage key, e.g. "in_dispute"
std::optional<ClientStatus> clientStatusFromString(QStringView key);
QString displayName(ClientStatus status); ///< translated label, e.g. "In dispute"

/// A business that owes (or may owe) money: identity, terms, credit and ownership.
struct Client
{
    qint64 id = 0; ///< 0 until stored
    QString code; ///< short unique key, e.g. "C00042"
    QString name;
    ClientStatus status = ClientStatus::Active;
    QString currency; ///< ISO 4217; empty until set (validate() names it)
    int paymentTermsDays = 30; ///< Net N
    qint64 creditLimitMinor = 0; ///< in currency; 0 = no credit extended
    bool creditHold = false;
    QString creditHoldReason;
    qint64 assignedUserId = 0; ///< 0 = unassigned
    QString segment; ///< e.g. "key account"
    QStringList tags;
    QString billingAddress;
    QString country; ///< ISO 3166 alpha-2, default region for phone numbers
    QString timeZone; ///< IANA id
    QString internalNotes;
    QDateTime archivedAt; ///< null while not archived
    int version = 0; ///< optimistic lock

    Money creditLimit() const { return Money::fromMinor(creditLimitMinor, currency); }
    /// Checks every field; the error names the field and the value.
    Result<void> validate() const;

    Q_DECLARE_TR_FUNCTIONS(Client)
};

} // namespace ardesk
