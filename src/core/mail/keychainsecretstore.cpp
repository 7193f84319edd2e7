// SPDX-License-Identifier: MIT
#include "core/mail/keychainsecretstore.h"

#include <chrono>
#include <future>
#include <memory>

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace ardesk {
namespace {

/// The one thread every QtKeychain job of the process runs on. QtKeychain hands its jobs to a
/// singleton executor that lives in the thread that used it first and takes their `finished`
/// there: a job run on another thread (a worker opening a team database) is touched after it was
/// destroyed. So each call is sent to this thread, whoever makes it; the thread ends with the
/// application.
QObject *keychainContext()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("ardesk-keychain"));
        auto *object = new QObject;
        object->moveToThread(thread);
        thread->start();
        qAddPostRoutine([] {
            QThread *t = keychainContext()->thread();
            t->quit();
            t->wait();
        });
        return object;
    }();
    return context;
}

/// Runs `call` on the keychain thread and returns its result; the caller waits (the GUI thread
/// keeps handling events meanwhile, as it did when it ran the job itself).
template<typename Call>
auto onKeychainThread(Call call) -> decltype(call())
{
    using R = decltype(call());
    QObject *context = keychainContext();
    if (QThread::currentThread() == context->thread())
        return call();
    auto promise = std::make_shared<std::promise<R>>();
    std::future<R> future = promise->get_future();
    QMetaObject::invokeMethod(
            context, [promise, call] { promise->set_value(call()); }, Qt::QueuedConnection);
    const bool gui = QCoreApplication::instance()
            && QThread::currentThread() == QCoreApplication::instance()->thread();
    while (future.wait_for(std::chrono::milliseconds(gui ? 10 : 1000))
           != std::future_status::ready) {
        if (gui)
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    return future.get();
}

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
    return onKeychainThread([service = m_service, key, timeoutMs = m_timeoutMs] {
        return readHere(service, key, timeoutMs);
    });
}

Result<void> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    return onKeychainThread([service = m_service, key, secret, timeoutMs = m_timeoutMs] {
        return writeHere(service, key, secret, timeoutMs);
    });
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    return onKeychainThread([service = m_service, key, timeoutMs = m_timeoutMs] {
        return removeHere(service, key, timeoutMs);
    });
}

Result<QString> KeychainSecretStore::readHere(const QString &service, const QString &key,
                                              int timeoutMs)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job, timeoutMs))
        return timedOut();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return job.textData();
}

Result<void> KeychainSecretStore::writeHere(const QString &service, const QString &key,
                                            const QString &secret, int timeoutMs)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(secret);
    if (!runJob(job, timeoutMs))
        return timedOut();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return {};
}

Result<void> KeychainSecretStore::removeHere(const QString &service, const QString &key,
                                             int timeoutMs)
{
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job, timeoutMs))
        return timedOut();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, key);
    return {};
}

} // namespace ardesk
