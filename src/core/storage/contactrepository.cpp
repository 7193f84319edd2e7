// SPDX-License-Identifier: MIT
#include "core/storage/contactrepository.h"

#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QHash>

namespace ardesk {

Result<qint64> ContactRepository::insert(Contact &contact)
{
    if (auto v = contact.validate(); !v)
        return v.error();
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO contacts (client_id, name, role, email, "
                                       "preferred_channel, is_billing, do_not_contact, position) "
                                       "VALUES (?,?,?,?,?,?,?, (SELECT count(*) FROM contacts "
                                       "WHERE client_id = ?))"),
                        {contact.clientId, contact.name, contact.role, contact.email,
                         toString(contact.preferredChannel), contact.isBillingContact ? 1 : 0,
                         contact.doNotContact ? 1 : 0, contact.clientId});
    if (!r)
        return r.error();
    contact.id = r.value().lastInsertId;
    contact.version = 1;
    if (auto ph = insertPhones(contact); !ph)
        return ph.error();
    return contact.id;
}

Result<void> ContactRepository::update(Contact &contact)
{
    if (auto v = contact.validate(); !v)
        return v;
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE contacts SET name = ?, role = ?, email = ?, "
                                      "preferred_channel = ?, is_billing = ?, do_not_contact = ?, "
                                      "version = version + 1 WHERE id = ? AND client_id = ? AND "
                                      "version = ?"),
                       {contact.name, contact.role, contact.email,
                        toString(contact.preferredChannel), contact.isBillingContact ? 1 : 0,
                        contact.doNotContact ? 1 : 0, contact.id, contact.clientId,
                        contact.version});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("contact %1 was changed or removed by "
                            "someone else; reload and apply your "
                            "change again")
                                 .arg(contact.name));
    auto del = sql::exec(m_db, QStringLiteral("DELETE FROM contact_phones WHERE contact_id = ?"),
                         {contact.id});
    if (!del)
        return del.error();
    if (auto ph = insertPhones(contact); !ph)
        return ph;
    ++contact.version;
    return {};
}

Result<void> ContactRepository::insertPhones(const Contact &contact)
{
    int position = 0;
    for (const Phone &p : contact.phones) {
        auto ph = sql::exec(m_db,
                            QStringLiteral("INSERT INTO contact_phones (contact_id, label, raw, "
                                           "e164, extension, position) VALUES (?,?,?,?,?,?)"),
                            {contact.id, p.label, p.raw, p.e164, p.extension, position++});
        if (!ph)
            return ph.error();
    }
    return {};
}

Result<QList<Contact>> ContactRepository::forClient(qint64 clientId) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT id, name, role, email, preferred_channel, "
                                      "is_billing, do_not_contact, version FROM contacts WHERE "
                                      "client_id = ? AND archived_at IS NULL ORDER BY "
                                      "is_billing DESC, position, id"),
                       {clientId});
    if (!r)
        return r.error();
    QList<Contact> contacts;
    QHash<qint64, qsizetype> index;
    while (r.value().next()) {
        const QSqlQuery &q = r.value();
        Contact c;
        c.id = q.value(0).toLongLong();
        c.clientId = clientId;
        c.name = q.value(1).toString();
        c.role = q.value(2).toString();
        c.email = q.value(3).toString();
        c.preferredChannel
                = preferredChannelFromString(q.value(4).toString()).value_or(PreferredChannel::Any);
        c.isBillingContact = q.value(5).toBool();
        c.doNotContact = q.value(6).toBool();
        c.version = q.value(7).toInt();
        index.insert(c.id, contacts.size());
        contacts.append(c);
    }
    auto p = sql::exec(m_db,
                       QStringLiteral("SELECT p.contact_id, p.label, p.raw, p.e164, p.extension "
                                      "FROM contact_phones p JOIN contacts c ON c.id = "
                                      "p.contact_id WHERE c.client_id = ? ORDER BY p.position"),
                       {clientId});
    if (!p)
        return p.error();
    while (p.value().next()) {
        const QSqlQuery &q = p.value();
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        contacts[*it].phones.append(Phone {q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString(), q.value(4).toString()});
    }
    return contacts;
}

Result<qint64> ContactRepository::idByName(qint64 clientId, const QString &name) const
{
    auto id = sql::scalar(m_db,
                          QStringLiteral("SELECT id FROM contacts WHERE client_id = ? AND name = ? "
                                         "COLLATE NOCASE ORDER BY id LIMIT 1"),
                          {clientId, name}, 0);
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

} // namespace ardesk
