// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/domain/contact.h"
#include "core/domain/invoice.h"
#include "core/domain/payment.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>

namespace ardesk {

/// Use cases that change clients and their ledger. Each call is one write transaction that also
/// writes the audit row and refreshes the client's AR summary, so the client list is current the
/// moment the call returns. Runs on the calling thread's connection; `userId` is recorded.
class ClientService
{
public:
    ClientService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    Result<qint64> createClient(Client &client);
    Result<void> updateClient(Client &client);
    /// Takes a client off the list (sets archived_at; nothing is deleted, its history stays).
    /// A reason is required and goes into the audit row. Refused while any invoice of the
    /// client still has an open balance.
    Result<void> archiveClient(qint64 clientId, const QString &reason);
    /// Puts an archived client back on the list; `reason` (optional) goes into the audit row.
    Result<void> unarchiveClient(qint64 clientId, const QString &reason = QString());
    Result<qint64> addContact(Contact &contact);
    /// Saves an edited contact (optimistic locking on `contact.version`) with a before/after
    /// audit row.
    Result<void> updateContact(Contact &contact);
    Result<qint64> addInvoice(Invoice &invoice);
    Result<qint64> recordPayment(Payment &payment);

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(ClientService)
};

/// The audit form of a client (field → value), used for before/after rows.
QJsonObject toJson(const Client &client);
QJsonObject toJson(const Contact &contact);

} // namespace ardesk
