// SPDX-License-Identifier: MIT
#include "core/mail/keychainsecretstore.h"

#include <memory>

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace ardesk {
namespace {

/// Runs a job to its end in a local event loop; false on timeout.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&]() {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error keychainError(const QKeychain::Job &job, const QString &key)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound,
                         KeychainSecretStore::tr("the keychain has no secret for %1").arg(key));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(
                ErrorCode::PermissionDenied,
                KeychainSecretStore::tr("the keychain refused access to the secret for %1: %2")
                        .arg(key, job.errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::Io,
                         KeychainSecretStore::tr(
                                 "no keychain is available (%1); set ARDESK_SMTP_PASSWORD for "
                                 "headless runs")
                                 .arg(job.errorString()));
    default:
        return makeError(ErrorCode::Io,
                         KeychainSecretStore::tr("keychain: %1").arg(job.errorString()));
    }
}

Error timedOut()
{
    return makeError(
            ErrorCode::Io,
            KeychainSecretStore::tr("the keychain did not answer in time (is it locked?)"));
}

} // namespace

QString KeychainSecretStore::name() const
{
    return tr("keychain");
}

Result<QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job, m_timeoutMs))
        return timedOut();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return job.textData();
}

Result<void> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(secret);
    if (!runJob(job, m_timeoutMs))
        return timedOut();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job, m_timeoutMs))
        return timedOut();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, key);
    return {};
}

} // namespace ardesk
