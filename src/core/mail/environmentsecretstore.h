// SPDX-License-Identifier: MIT
#pragma once

#include "core/mail/secretstore.h"
#include "core/mail/smtpsettings.h"

#include <QCoreApplication>

namespace ardesk {

/// A secret read from an environment variable (ARDESK_SMTP_PASSWORD or ARDESK_SMTP_TOKEN) for
/// headless runs; the key is ignored. Read-only: write() and remove() are refused.
class EnvironmentSecretStore : public SecretStore
{
public:
    static constexpr const char *kPasswordVariable = "ARDESK_SMTP_PASSWORD";
    static constexpr const char *kTokenVariable = "ARDESK_SMTP_TOKEN";

    explicit EnvironmentSecretStore(QString variable)
        : m_variable(std::move(variable))
    { }
    /// The variable that holds the secret for an authentication method.
    static EnvironmentSecretStore forAuth(SmtpSettings::Auth auth);

    QString variable() const { return m_variable; }
    QString name() const override;
    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &secret) override;
    Result<void> remove(const QString &key) override;

private:
    QString m_variable;

    Q_DECLARE_TR_FUNCTIONS(EnvironmentSecretStore)
};

} // namespace ardesk
