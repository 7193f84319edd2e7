// SPDX-License-Identifier: MIT
#pragma once

#include "core/mail/smtpsettings.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"

#include <memory>
#include <optional>

#include <QCoreApplication>

namespace ardesk {

/// The company file's settings screens as a use case: the company settings and the outgoing
/// mail settings, read and saved (validated, audited naming the user). Runs on the calling
/// thread's connection.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    SettingsService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    Result<CompanySettings> company() const;
    Result<void> saveCompany(const CompanySettings &settings);
    Result<SmtpSettings> smtp() const;
    /// Saves the outgoing mail settings, trimmed (SmtpSettings::trimmed), and returns them as
    /// saved. With a `secret` (the password or token) it goes to the keychain first, after the
    /// settings have been checked: a keychain that refuses it leaves the settings as they were
    /// ("changes nothing"), never half saved.
    Result<SmtpSettings> saveSmtp(const SmtpSettings &settings,
                                  const std::optional<QString> &secret = std::nullopt);

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
