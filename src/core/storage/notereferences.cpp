// SPDX-License-Identifier: MIT
#include "core/storage/notereferences.h"

#include "core/storage/sql.h"

#include <QSqlQuery>

namespace ardesk {

Result<std::optional<NoteReferences::Client>> NoteReferences::client(qint64 clientId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT code, currency, COALESCE(assigned_user_id, 0) FROM "
                                      "clients WHERE id = ?"),
                       {clientId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Client>();
    return std::optional<Client>(Client {q.value().value(0).toString(),
                                         q.value().value(1).toString(),
                                         q.value().value(2).toLongLong()});
}

Result<bool> NoteReferences::userExists(qint64 userId) const
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"), {userId},
                         0);
    if (!n)
        return n.error();
    return n.value().toInt() != 0;
}

Result<std::optional<NoteReferences::Contact>> NoteReferences::contact(qint64 contactId) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT client_id, name FROM contacts WHERE id = ?"),
                       {contactId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Contact>();
    return std::optional<Contact>(
            Contact {q.value().value(0).toLongLong(), q.value().value(1).toString()});
}

Result<std::optional<NoteReferences::Invoice>> NoteReferences::invoice(qint64 invoiceId) const
{
    auto owner = sql::scalar(m_db, QStringLiteral("SELECT client_id FROM invoices WHERE id = ?"),
                             {invoiceId});
    if (!owner)
        return owner.error();
    if (owner.value().isNull())
        return std::optional<Invoice>();
    return std::optional<Invoice>(Invoice {invoiceId, owner.value().toLongLong()});
}

Result<std::optional<NoteReferences::Invoice>> NoteReferences::invoiceByNumber(
        const QString &number) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT id, client_id FROM invoices WHERE number = ?"),
                       {number});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Invoice>();
    return std::optional<Invoice>(
            Invoice {q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
}

} // namespace ardesk
