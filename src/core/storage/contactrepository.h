// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"

#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Contacts of clients, with their phone numbers. Callers own the transaction.
class ContactRepository
{
public:
    explicit ContactRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<qint64> insert(Contact &contact);
    /// Active contacts of a client, billing contacts first, in their saved order.
    Result<QList<Contact>> forClient(qint64 clientId) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
