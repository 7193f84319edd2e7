// SPDX-License-Identifier: MIT
#include "core/services/settingsservice.h"

#include "core/mail/smtpsecret.h"
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

Result<SmtpSettings> SettingsService::saveSmtp(const SmtpSettings &settings,
                                               const std::optional<QString> &secret)
{
    if (auto a = authorize(*m_db, m_userId, Permission::CompanySettings); !a)
        return a.error();
    const SmtpSettings s = settings.trimmed();
    if (auto v = s.validate(); !v)
        return v.error();
    if (secret) {
        if (secret->isEmpty())
            return makeError(ErrorCode::InvalidValue, tr("password: empty; nothing was saved"));
        if (auto w = storeSmtpSecret(s, *secret); !w)
            return makeError(w.error().code,
                             tr("the password could not be stored in the keychain, so nothing "
                                "was saved: %1")
                                     .arg(w.errorString()));
    }
    if (auto saved = inTransaction(*m_db, [&]() { return s.save(*m_db, m_userId); }); !saved)
        return saved.error();
    return s;
}

} // namespace ardesk
