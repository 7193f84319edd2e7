// SPDX-License-Identifier: MIT
#pragma once

#include "core/mail/smtpsettings.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"

#include <memory>

namespace ardesk {

/// The company file's settings screens as a use case: the company settings and the outgoing
/// mail settings, read and saved (validated, audited naming the user). Runs on the calling
/// thread's connection.
class SettingsService
{
public:
    SettingsService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    Result<CompanySettings> company() const;
    Result<void> saveCompany(const CompanySettings &settings);
    Result<SmtpSettings> smtp() const;
    Result<void> saveSmtp(const SmtpSettings &settings);

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
