// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QString>

namespace ardesk {

/// Where the SMTP password or OAuth2 token lives: never in the company file, QSettings or a log.
/// Implementations: EnvironmentSecretStore (headless runs) and KeychainSecretStore (the OS
/// keychain through QtKeychain). Calls block until the answer is known (run them off the GUI
/// thread); one instance is used from one thread at a time.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// A short name for messages: "environment", "keychain".
    virtual QString name() const = 0;
    /// The secret for `key` (e.g. SmtpSettings::secretKey()); NotFound when there is none.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QString &secret) = 0;
    virtual Result<void> remove(const QString &key) = 0;
};

} // namespace ardesk
