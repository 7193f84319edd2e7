// SPDX-License-Identifier: MIT
#pragma once

#include "core/mail/smtpsettings.h"

#include <QCoreApplication>

namespace ardesk {

/// The translation context of the SMTP secret look-up's messages.
class SmtpSecret
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSecret)
};

/// Where ARDesk finds the SMTP password or OAuth2 token for `settings`: the environment
/// (ARDESK_SMTP_PASSWORD / ARDESK_SMTP_TOKEN, for headless runs) when set, otherwise the OS
/// keychain. Empty when the server needs no login (no user). Blocks on the keychain: call it
/// off the GUI thread. The error says where it looked and how to provide the secret.
Result<QString> resolveSmtpSecret(const SmtpSettings &settings);

/// Stores a secret for `settings` in the OS keychain (never anywhere else).
Result<void> storeSmtpSecret(const SmtpSettings &settings, const QString &secret);

} // namespace ardesk
