// SPDX-License-Identifier: MIT
#include "core/services/settingsservice.h"
#include "core/services/authorization.h"

#include "core/storage/transaction.h"

namespace ardesk {

Result<CompanySettings> SettingsService::company() const
{
    return CompanySettings::load(*m_db);
}

Result<void> SettingsService::saveCompany(const CompanySettings &settings)
{
    if (auto a = authorize(*m_db, m_userId, Permission::CompanySettings); !a)
        return a.error();
    return inTransaction(*m_db, [&]() { return settings.save(*m_db, m_userId); });
}

Result<SmtpSettings> SettingsService::smtp() const
{
    return SmtpSettings::load(*m_db);
}

Result<void> SettingsService::saveSmtp(const SmtpSettings &settings)
{
    if (auto a = authorize(*m_db, m_userId, Permission::CompanySettings); !a)
        return a.error();
    return inTransaction(*m_db, [&]() { return settings.save(*m_db, m_userId); });
}

} // namespace ardesk
