// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Contacts of clients, with their phone numbers. Callers own the transaction.
class ContactRepository
{
public:
    /// On this thread's connection of `db`.
    explicit ContactRepository(const Database &db)
        : ContactRepository(db.connection())
    { }
    explicit ContactRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<qint64> insert(Contact &contact);
    /// Writes every field and replaces the phones; validates; bumps version. Optimistic: fails
    /// with Conflict when the stored version is not `contact.version`.
    Result<void> update(Contact &contact);
    /// Active contacts of a client, billing contacts first, in their saved order.
    Result<QList<Contact>> forClient(qint64 clientId) const;
    /// The id of the client's first contact named `name` (case-insensitive, archived ones
    /// included); 0 when it has none by that name.
    Result<qint64> idByName(qint64 clientId, const QString &name) const;

private:
    Result<void> insertPhones(const Contact &contact);

    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(ContactRepository)
};

} // namespace ardesk
