// SPDX-License-Identifier: MIT
#include "core/services/policyservice.h"
#include "core/services/authorization.h"

#include "core/storage/transaction.h"

#include "core/storage/policyrepository.h"
#include "core/storage/templaterepository.h"

namespace ardesk {

Result<PolicyService::Overview> PolicyService::overview() const
{
    PolicyRepository repo(*m_db);
    auto list = repo.list();
    if (!list)
        return list.error();
    auto settings = WorkflowSettings::load(*m_db);
    if (!settings)
        return settings.error();
    auto templates = TemplateRepository(*m_db).list(NoteTemplate::Kind::Email);
    if (!templates)
        return templates.error();
    Overview o;
    o.policies = list.value();
    for (const ReminderPolicy &p : std::as_const(o.policies))
        o.versions << repo.version(p.id).valueOr(0);
    o.settings = settings.value();
    for (const NoteTemplate &t : templates.value())
        o.emailTemplates << t.key;
    return o;
}

Result<void> PolicyService::savePolicy(ReminderPolicy policy, int expectedVersion)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditPolicies); !a)
        return a.error();
    auto v = inTransaction(*m_db, [&]() {
        return PolicyRepository(*m_db).save(policy, expectedVersion, m_userId);
    });
    if (!v)
        return v.error();
    return {};
}

Result<void> PolicyService::assign(qint64 clientId, qint64 policyId)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditClients); !a)
        return a.error();
    return inTransaction(
            *m_db, [&]() { return PolicyRepository(*m_db).assign(clientId, policyId, m_userId); });
}

Result<void> PolicyService::saveSettings(const WorkflowSettings &settings)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditPolicies); !a)
        return a.error();
    return inTransaction(*m_db, [&]() { return settings.save(*m_db, m_userId); });
}

} // namespace ardesk
