// SPDX-License-Identifier: MIT
#include "core/mail/environmentsecretstore.h"

#include <QCoreApplication>

namespace ardesk {
EnvironmentSecretStore EnvironmentSecretStore::forAuth(SmtpSettings::Auth auth)
{
    return EnvironmentSecretStore(QString::fromLatin1(
            auth == SmtpSettings::Auth::XOAuth2 ? kTokenVariable : kPasswordVariable));
}

QString EnvironmentSecretStore::name() const
{
    return tr("environment variable %1").arg(m_variable);
}

Result<QString> EnvironmentSecretStore::read(const QString &)
{
    const QByteArray name = m_variable.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return makeError(ErrorCode::NotFound, tr("%1 is not set").arg(m_variable));
    return qEnvironmentVariable(name.constData());
}

Result<void> EnvironmentSecretStore::write(const QString &, const QString &)
{
    return makeError(
            ErrorCode::PermissionDenied,
            tr("%1 is read-only here: set the variable in the environment").arg(m_variable));
}

Result<void> EnvironmentSecretStore::remove(const QString &key)
{
    return write(key, QString());
}

} // namespace ardesk
