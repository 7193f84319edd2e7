// SPDX-License-Identifier: MIT
#include "core/services/statementservice.h"

#include "core/services/authorization.h"
#include "core/storage/clientrepository.h"
#include "core/storage/companysettings.h"
#include "core/storage/policyrepository.h"
#include "core/storage/statementquery.h"

#include <QMap>

namespace ardesk {

namespace {

QList<StatementData::Total> totalsOf(const QList<StatementData::Item> &items)
{
    QMap<QString, StatementData::Total> totals;
    for (const StatementData::Item &item : items) {
        StatementData::Total &t = totals[item.currency];
        t.currency = item.currency;
        t.openMinor += item.openMinor;
        if (item.daysOverdue > 0)
            t.overdueMinor += item.openMinor;
    }
    return totals.values();
}

} // namespace

Result<StatementData> StatementService::statement(qint64 clientId, const QDate &asOf) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::ReadRecord); !may)
        return may.error();
    auto client = ClientRepository(*m_db).find(clientId);
    if (!client)
        return client.error();
    auto company = CompanySettings::load(*m_db);
    if (!company)
        return company.error();
    auto policy = PolicyRepository(*m_db).forClient(clientId);
    if (!policy)
        return policy.error();

    StatementData s;
    s.asOf = asOf.isValid() ? asOf : m_db->today();
    s.companyName = company.value().companyName;
    s.companyAddress = company.value().address;
    s.locale = company.value().locale;
    s.remittance = company.value().remittance;
    s.latePenaltyWording = policy.value().penaltyText.trimmed().isEmpty()
            ? company.value().latePenaltyWording
            : policy.value().penaltyText.trimmed();
    s.discountWording = policy.value().discountText.trimmed().isEmpty()
            ? company.value().discountWording
            : policy.value().discountText.trimmed();
    s.clientCode = client.value().code;
    s.clientName = client.value().name;
    s.billingAddress = client.value().billingAddress;
    auto items = StatementQuery(*m_db).openItems(clientId, s.asOf);
    if (!items)
        return items.error();
    s.items = items.value();
    s.totals = totalsOf(s.items);
    return s;
}

} // namespace ardesk
