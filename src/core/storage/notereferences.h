// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <optional>

#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// What a note refers to, looked up to check a draft before it is written: its client, author,
/// contact and invoices. Each answer is std::nullopt when the row does not exist (the caller
/// words the refusal). Read-only; runs on the calling thread's connection.
class NoteReferences
{
public:
    struct Client
    {
        QString code;
        QString currency;
        qint64 assignedUserId = 0;
    };
    struct Contact
    {
        qint64 clientId = 0;
        QString name;
    };
    struct Invoice
    {
        qint64 id = 0;
        qint64 clientId = 0;
    };

    /// On this thread's connection of `db`.
    explicit NoteReferences(const Database &db)
        : m_db(db.connection())
    { }

    Result<std::optional<Client>> client(qint64 clientId) const;
    Result<bool> userExists(qint64 userId) const;
    Result<std::optional<Contact>> contact(qint64 contactId) const;
    Result<std::optional<Invoice>> invoice(qint64 invoiceId) const;
    Result<std::optional<Invoice>> invoiceByNumber(const QString &number) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
