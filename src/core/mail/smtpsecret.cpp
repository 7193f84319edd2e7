// SPDX-License-Identifier: MIT
#include "core/mail/smtpsecret.h"

#include "core/mail/environmentsecretstore.h"
#include "core/mail/keychainsecretstore.h"

#include <QCoreApplication>

namespace ardesk {

Result<QString> resolveSmtpSecret(const SmtpSettings &settings)
{
    if (settings.user.isEmpty())
        return QString();
    EnvironmentSecretStore env = EnvironmentSecretStore::forAuth(settings.auth);
    if (auto fromEnv = env.read(settings.secretKey()); fromEnv)
        return fromEnv.value();
    KeychainSecretStore keychain;
    auto fromKeychain = keychain.read(settings.secretKey());
    if (!fromKeychain)
        return makeError(fromKeychain.error().code,
                         SmtpSecret::tr("no SMTP %1 for %2: set %3 or store it in the keychain "
                                        "(E-mail settings, or settings smtp --password-stdin); "
                                        "%4")
                                 .arg(settings.auth == SmtpSettings::Auth::XOAuth2
                                              ? SmtpSecret::tr("token")
                                              : SmtpSecret::tr("password"),
                                      settings.secretKey(), env.variable(),
                                      fromKeychain.errorString()));
    return fromKeychain.value();
}

Result<void> storeSmtpSecret(const SmtpSettings &settings, const QString &secret)
{
    KeychainSecretStore keychain;
    return keychain.write(settings.secretKey(), secret);
}

} // namespace ardesk
