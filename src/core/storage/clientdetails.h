// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/domain/contact.h"
#include "core/domain/invoice.h"
#include "core/domain/invoicedocument.h"
#include "core/domain/payment.h"
#include "core/domain/paymenthabits.h"
#include "core/storage/agingreport.h"
#include "core/storage/clientstandingquery.h"
#include "core/storage/database.h"

#include <QHash>
#include <QSqlDatabase>

namespace ardesk {

/// Everything the client workspace's Details tab shows, read in one go (on a worker thread).
struct ClientDetails
{
    Client client;
    QString assignedClerk;
    QList<Contact> contacts;
    QList<Invoice> invoices; ///< open ones first (openInvoicesFirst())
    QList<Payment> payments; ///< newest first, voided ones included (marked)
    QHash<qint64, InvoiceDocument> documents; ///< the invoices' documents, by invoice id
    qint64 balanceMinor = 0; ///< open balance in the client's currency
    qint64 overdueMinor = 0; ///< past due on `asOf`
    int openInvoices = 0;
    AgingReport aging; ///< this client's open invoices by age on `asOf`, per currency
    /// The last real exchange (Note::isConversation) and the last touch of any kind (automatic
    /// e-mails included), from the AR summary; invalid: never.
    QDateTime lastConversation;
    QDateTime lastTouch;
    PaymentHabits habits; ///< last payment, average days to pay
    QList<ClientStandingQuery::Promise> openPromises;
    QList<ClientStandingQuery::Dispute> openDisputes;
    QList<ClientStandingQuery::Plan> activePlans;
    QList<ClientStandingQuery::Pause> pauses; ///< running on `asOf`

    /// Credit used = open balance in the client's currency; available may be negative.
    qint64 availableCreditMinor() const { return client.creditLimitMinor - balanceMinor; }
    bool isOverLimit() const
    {
        return client.creditLimitMinor > 0 && balanceMinor > client.creditLimitMinor;
    }

    static Result<ClientDetails> load(const QSqlDatabase &db, qint64 clientId, const QDate &asOf);
    /// The same on the calling thread's connection to `db`.
    static Result<ClientDetails> load(const Database &db, qint64 clientId, const QDate &asOf)
    {
        return load(db.connection(), clientId, asOf);
    }
};

} // namespace ardesk
