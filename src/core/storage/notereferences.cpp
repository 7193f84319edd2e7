// SPDX-License-Identifier: MIT
#include "core/storage/notereferences.h"

#include "core/storage/sql.h"

#include <QSqlQuery>

namespace ardesk {

Result<std::optional<NoteReferences::Client>> NoteReferences::client(qint64 clientId) const
{
    std::optional<Client> found;
    auto q = sql::forEachRow(m_db,
                             QStringLiteral("SELECT code, currency, COALESCE(assigned_user_id, 0) "
                                            "FROM clients WHERE id = ?"),
                             {clientId}, [&found](const QSqlQuery &r) {
                                 found = Client {r.value(0).toString(), r.value(1).toString(),
                                                 r.value(2).toLongLong()};
                             });
    if (!q)
        return q.error();
    return found;
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
    std::optional<Contact> found;
    auto q = sql::forEachRow(m_db,
                             QStringLiteral("SELECT client_id, name FROM contacts WHERE id = ?"),
                             {contactId}, [&found](const QSqlQuery &r) {
                                 found = Contact {r.value(0).toLongLong(), r.value(1).toString()};
                             });
    if (!q)
        return q.error();
    return found;
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
