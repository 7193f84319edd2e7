// SPDX-License-Identifier: MIT
#pragma once

#include "core/mail/secretstore.h"

#include <QCoreApplication>

namespace ardesk {

/// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows), under the service name "ARDesk SMTP". Each call runs the
/// QtKeychain job on one keychain thread of the process (QtKeychain's job queue belongs to the
/// thread that first used it), in a local event loop there, so it works from any thread (also a
/// worker with no event loop of its own) and blocks until the job ends or `timeoutMs` passes; on
/// the GUI thread events are handled meanwhile. With no keychain
/// available (a headless Linux machine without a Secret Service) every call fails with an error
/// that says so; nothing falls back to an insecure store.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("ARDesk SMTP"),
                                 int timeoutMs = 30000)
        : m_service(std::move(service))
        , m_timeoutMs(timeoutMs)
    { }

    QString name() const override;
    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &secret) override;
    Result<void> remove(const QString &key) override;

private:
    /// The calls themselves, on the keychain thread.
    static Result<QString> readHere(const QString &service, const QString &key, int timeoutMs);
    static Result<void> writeHere(const QString &service, const QString &key, const QString &secret,
                                  int timeoutMs);
    static Result<void> removeHere(const QString &service, const QString &key, int timeoutMs);

    QString m_service;
    int m_timeoutMs;

    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

} // namespace ardesk
