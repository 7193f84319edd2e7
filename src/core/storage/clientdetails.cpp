// SPDX-License-Identifier: MIT
#include "core/storage/clientdetails.h"

#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/invoicedocumentrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"
#include "core/support/timeutil.h"

namespace ardesk {

namespace {

/// The client's open promises, disputes, active plans and pauses (the workspace's badges).
Result<void> loadStanding(const QSqlDatabase &db, qint64 clientId, const QDate &asOf,
                          ClientDetails &d)
{
    const ClientStandingQuery standing(db);
    auto promises = standing.openPromises(clientId);
    if (!promises)
        return promises.error();
    d.openPromises = promises.value();
    auto disputes = standing.openDisputes(clientId);
    if (!disputes)
        return disputes.error();
    d.openDisputes = disputes.value();
    auto plans = standing.activePlans(clientId);
    if (!plans)
        return plans.error();
    d.activePlans = plans.value();
    auto pauses = standing.pauses(clientId, asOf);
    if (!pauses)
        return pauses.error();
    d.pauses = pauses.value();
    return {};
}

} // namespace

Result<ClientDetails> ClientDetails::load(const QSqlDatabase &db, qint64 clientId,
                                          const QDate &asOf)
{
    ClientDetails d;
    auto client = ClientRepository(db).find(clientId);
    if (!client)
        return client.error();
    d.client = client.value();
    if (d.client.assignedUserId) {
        if (auto u = UserRepository(db).find(d.client.assignedUserId); u)
            d.assignedClerk
                    = u.value().displayName.isEmpty() ? u.value().name : u.value().displayName;
    }
    auto contacts = ContactRepository(db).forClient(clientId);
    if (!contacts)
        return contacts.error();
    d.contacts = contacts.value();
    auto invoices = InvoiceRepository(db).forClient(clientId);
    if (!invoices)
        return invoices.error();
    d.invoices = openInvoicesFirst(invoices.value());
    auto documents = InvoiceDocumentRepository(db).forClient(clientId);
    if (!documents)
        return documents.error();
    d.documents = documents.value();
    auto payments
            = PaymentRepository(db).forClient(clientId, PaymentRepository::Filter::WithVoided);
    if (!payments)
        return payments.error();
    d.payments = payments.value();
    for (const Invoice &i : std::as_const(d.invoices)) {
        if (i.currency != d.client.currency || i.balanceMinor <= 0 || i.writtenOff)
            continue;
        d.balanceMinor += i.balanceMinor;
        ++d.openInvoices;
        if (i.dueDate < asOf)
            d.overdueMinor += i.balanceMinor;
    }
    auto aging = AgingReport::compute(db, asOf, clientId);
    if (!aging)
        return aging.error();
    d.aging = aging.value();
    auto contact = sql::exec(db,
                             QStringLiteral("SELECT last_conversation_at, last_contact_at FROM "
                                            "client_summary WHERE client_id = ?"),
                             {clientId});
    if (!contact)
        return contact.error();
    if (contact.value().next()) {
        d.lastConversation = timeutil::instantFromStorage(contact.value().value(0).toString());
        d.lastTouch = timeutil::instantFromStorage(contact.value().value(1).toString());
    }
    d.habits = PaymentHabits::of(d.invoices, d.payments);
    if (auto s = loadStanding(db, clientId, asOf, d); !s)
        return s.error();
    return d;
}

} // namespace ardesk
