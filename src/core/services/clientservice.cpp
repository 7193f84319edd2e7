// SPDX-License-Identifier: MIT
#include "core/services/clientservice.h"
#include "core/services/authorization.h"

#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ardesk {

QJsonObject toJson(const Client &c)
{
    return QJsonObject {
            {QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), toString(c.status)},
            {QStringLiteral("currency"), c.currency},
            {QStringLiteral("payment_terms_days"), c.paymentTermsDays},
            {QStringLiteral("credit_limit_minor"), QString::number(c.creditLimitMinor)},
            {QStringLiteral("credit_hold"), c.creditHold},
            {QStringLiteral("assigned_user_id"), QString::number(c.assignedUserId)},
            {QStringLiteral("segment"), c.segment},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("billing_address"), c.billingAddress},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("time_zone"), c.timeZone},
    };
}

QJsonObject toJson(const Contact &c)
{
    QJsonArray phones;
    for (const Phone &p : c.phones)
        phones.append(QJsonObject {{QStringLiteral("label"), p.label},
                                   {QStringLiteral("raw"), p.raw},
                                   {QStringLiteral("e164"), p.e164},
                                   {QStringLiteral("extension"), p.extension}});
    return QJsonObject {{QStringLiteral("name"), c.name},
                        {QStringLiteral("role"), c.role},
                        {QStringLiteral("email"), c.email},
                        {QStringLiteral("phones"), phones},
                        {QStringLiteral("preferred_channel"), toString(c.preferredChannel)},
                        {QStringLiteral("billing_contact"), c.isBillingContact},
                        {QStringLiteral("do_not_contact"), c.doNotContact}};
}

Result<qint64> ClientService::createClient(Client &client)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditClients); !a)
        return a.error();
    return inTransaction(*m_db, [&, &conn = *m_db]() -> Result<qint64> {
        auto id = ClientRepository(conn).insert(client);
        if (!id)
            return id;
        if (auto a = AuditLog(conn, m_userId)
                             .record(QStringLiteral("client"), client.id, QStringLiteral("create"),
                                     {}, toJson(client));
            !a)
            return a.error();
        return id;
    });
}

Result<void> ClientService::updateClient(Client &client)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditClients); !a)
        return a.error();
    return inTransaction(*m_db, [&, &conn = *m_db]() -> Result<void> {
        ClientRepository repo(conn);
        auto before = repo.find(client.id);
        if (!before)
            return before.error();
        if (client.assignedUserId != before.value().assignedUserId) {
            if (auto a = authorize(*m_db, m_userId, Permission::Reassign); !a)
                return a;
        }
        if (auto u = repo.update(client); !u)
            return u.error();
        if (auto a = AuditLog(conn, m_userId)
                             .record(QStringLiteral("client"), client.id, QStringLiteral("update"),
                                     toJson(before.value()), toJson(client));
            !a)
            return a.error();
        return {};
    });
}

Result<void> ClientService::archiveClient(qint64 clientId, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditClients); !a)
        return a.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: say why the client is archived"));
    return inTransaction(*m_db, [&, &conn = *m_db]() -> Result<void> {
        ClientRepository repo(conn);
        auto found = repo.find(clientId);
        if (!found)
            return found.error();
        Client client = found.value();
        if (client.archivedAt.isValid())
            return makeError(ErrorCode::InvalidValue,
                             tr("%1 is already archived").arg(client.name));
        auto open = InvoiceRepository(conn).openCount(clientId);
        if (!open)
            return open.error();
        if (const int n = open.value(); n > 0)
            return makeError(ErrorCode::InvalidValue,
                             tr("%1 still has an open balance on %n invoice(s); settle or "
                                "write off the open invoices first",
                                nullptr, n)
                                     .arg(client.name));
        const QJsonObject before = toJson(client);
        client.archivedAt = m_db->clock()->now();
        if (auto u = repo.update(client); !u)
            return u.error();
        QJsonObject after = toJson(client);
        after.insert(QStringLiteral("archived_at"), timeutil::toStorage(client.archivedAt));
        after.insert(QStringLiteral("reason"), why);
        if (auto a = AuditLog(conn, m_userId)
                             .record(QStringLiteral("client"), clientId, QStringLiteral("archive"),
                                     before, after);
            !a)
            return a.error();
        return {};
    });
}

Result<void> ClientService::unarchiveClient(qint64 clientId, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditClients); !a)
        return a.error();
    return inTransaction(*m_db, [&, &conn = *m_db]() -> Result<void> {
        ClientRepository repo(conn);
        auto found = repo.find(clientId);
        if (!found)
            return found.error();
        Client client = found.value();
        if (!client.archivedAt.isValid())
            return makeError(ErrorCode::InvalidValue, tr("%1 is not archived").arg(client.name));
        QJsonObject before = toJson(client);
        before.insert(QStringLiteral("archived_at"), timeutil::toStorage(client.archivedAt));
        client.archivedAt = QDateTime();
        if (auto u = repo.update(client); !u)
            return u.error();
        QJsonObject after = toJson(client);
        if (!reason.trimmed().isEmpty())
            after.insert(QStringLiteral("reason"), reason.trimmed());
        if (auto a = AuditLog(conn, m_userId)
                             .record(QStringLiteral("client"), clientId,
                                     QStringLiteral("unarchive"), before, after);
            !a)
            return a.error();
        return {};
    });
}

Result<qint64> ClientService::addContact(Contact &contact)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditClients); !a)
        return a.error();
    return inTransaction(*m_db, [&, &conn = *m_db]() -> Result<qint64> {
        auto id = ContactRepository(conn).insert(contact);
        if (!id)
            return id;
        if (auto a = AuditLog(conn, m_userId)
                             .record(QStringLiteral("contact"), contact.id,
                                     QStringLiteral("create"), {}, toJson(contact));
            !a)
            return a.error();
        return id;
    });
}

Result<void> ClientService::updateContact(Contact &contact)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditClients); !a)
        return a.error();
    return inTransaction(*m_db, [&, &conn = *m_db]() -> Result<void> {
        ContactRepository repo(conn);
        auto list = repo.forClient(contact.clientId);
        if (!list)
            return list.error();
        const auto it = std::find_if(list.value().cbegin(), list.value().cend(),
                                     [&](const Contact &c) { return c.id == contact.id; });
        if (it == list.value().cend())
            return makeError(ErrorCode::NotFound,
                             tr("contact %1 is not a contact of this "
                                "client")
                                     .arg(contact.id));
        const QJsonObject before = toJson(*it);
        if (auto u = repo.update(contact); !u)
            return u;
        if (auto a = AuditLog(conn, m_userId)
                             .record(QStringLiteral("contact"), contact.id,
                                     QStringLiteral("update"), before, toJson(contact));
            !a)
            return a.error();
        return {};
    });
}

Result<qint64> ClientService::addInvoice(Invoice &invoice)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    return inTransaction(*m_db, [&, &conn = *m_db]() -> Result<qint64> {
        auto id = InvoiceRepository(conn).insert(invoice);
        if (!id)
            return id;
        if (auto a
            = AuditLog(conn, m_userId)
                      .record(QStringLiteral("invoice"), invoice.id, QStringLiteral("create"), {},
                              QJsonObject {{QStringLiteral("number"), invoice.number},
                                           {QStringLiteral("amount_minor"),
                                            QString::number(invoice.amountMinor)},
                                           {QStringLiteral("currency"), invoice.currency}});
            !a)
            return a.error();
        if (auto s = ArSummary(conn).refreshClient(invoice.clientId, ArSummary(conn).workingDate());
            !s)
            return s.error();
        return id;
    });
}

Result<qint64> ClientService::recordPayment(Payment &payment)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    return inTransaction(*m_db, [&, &conn = *m_db]() -> Result<qint64> {
        auto id = PaymentRepository(conn).insert(payment, m_userId);
        if (!id)
            return id;
        if (auto a
            = AuditLog(conn, m_userId)
                      .record(QStringLiteral("payment"), payment.id, QStringLiteral("create"), {},
                              QJsonObject {{QStringLiteral("amount_minor"),
                                            QString::number(payment.amountMinor)},
                                           {QStringLiteral("currency"), payment.currency},
                                           {QStringLiteral("reference"), payment.reference}});
            !a)
            return a.error();
        if (auto s = ArSummary(conn).refreshClient(payment.clientId, ArSummary(conn).workingDate());
            !s)
            return s.error();
        return id;
    });
}

} // namespace ardesk
