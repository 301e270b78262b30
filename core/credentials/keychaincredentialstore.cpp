// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include "keychainthread.h"
#include "logging/logging.h"

#include <QMutex>
#include <qt6keychain/keychain.h>
#include <QTimer>

#include <functional>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

// Replies arrive on the keychain thread. The channel posts them to the store
// under a mutex that the store's destructor also takes, so a reply is either
// posted before the store starts dying (and then dropped with its pending
// events) or sees the store gone.
struct KeychainCredentialStore::Channel
{
    QMutex mutex;
    KeychainCredentialStore *store = nullptr;

    void post(std::function<void(KeychainCredentialStore *store)> call)
    {
        QMutexLocker locker(&mutex);
        if (!store)
            return;
        KeychainCredentialStore *target = store;
        QMetaObject::invokeMethod(
            target, [target, call = std::move(call)] { call(target); }, Qt::QueuedConnection);
    }
};

KeychainCredentialStore::KeychainCredentialStore(const QString &profileName, QObject *parent)
    : CredentialStore(profileName, parent)
    , m_channel(std::make_shared<Channel>())
{
    m_channel->store = this;
}

KeychainCredentialStore::~KeychainCredentialStore()
{
    QMutexLocker locker(&m_channel->mutex);
    m_channel->store = nullptr;
}

KeychainCredentialStore::Platform KeychainCredentialStore::currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_DARWIN)
    return Platform::Apple;
#else
    return Platform::Unix;
#endif
}

QString KeychainCredentialStore::serviceName(const QString &profileName)
{
    return u"beholder/"_s + profileName;
}

QString KeychainCredentialStore::platformKey(const QString &profileName, const QString &key, Platform platform)
{
    if (platform == Platform::Windows)
        return serviceName(profileName) + u'/' + key;
    return key;
}

void KeychainCredentialStore::start(quint64 id, Operation operation, const QString &key, const QString &value)
{
    m_attempts.insert(id, Attempt{operation, key, value, 0});
    QTimer::singleShot(m_timeout, this, [this, id] {
        const auto it = m_attempts.constFind(id);
        if (it == m_attempts.cend())
            return;
        const int seconds = int((m_timeout.count() + 999) / 1000); // rounded up: never "0 s"
        qCWarning(lcCredentials).noquote()
            << u"Keychain, profile %1: no answer for %2 within %3 s"_s.arg(profileName(), it->key).arg(seconds);
        complete(id, CredentialResult{{}, timeoutError(seconds)});
    });
    submit(id);
}

void KeychainCredentialStore::submit(quint64 id)
{
    auto it = m_attempts.find(id);
    if (it == m_attempts.end())
        return;
    ++it->tries;
    KeychainThread::JobRequest request;
    switch (it->operation) {
    case Operation::Read:
        request.operation = KeychainThread::JobRequest::Operation::Read;
        break;
    case Operation::Write:
        request.operation = KeychainThread::JobRequest::Operation::Write;
        request.value = it->value;
        break;
    case Operation::Remove:
        request.operation = KeychainThread::JobRequest::Operation::Remove;
        break;
    }
    request.service = serviceName(profileName());
    request.key = platformKey(profileName(), it->key);
    KeychainThread::runJob(std::move(request), [channel = m_channel, id](const KeychainThread::JobReply &reply) {
        channel->post([id, reply](KeychainCredentialStore *store) {
            store->onReply(id, reply.error, reply.errorString, reply.value);
        });
    });
}

void KeychainCredentialStore::onReply(quint64 id, int error, const QString &errorString, const QString &value)
{
    const auto it = m_attempts.constFind(id);
    if (it == m_attempts.cend())
        return; // timed out already
    const Attempt attempt = *it;

    switch (error) {
    case QKeychain::NoError:
        complete(id, CredentialResult{value, {}});
        return;
    case QKeychain::EntryNotFound:
        if (attempt.operation == Operation::Remove)
            complete(id, {});
        else
            complete(id, CredentialResult{{}, notFoundError(attempt.key)});
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        qCWarning(lcCredentials).noquote()
            << u"Keychain, profile %1: access denied for %2 (%3)"_s.arg(profileName(), attempt.key, errorString);
        complete(id, CredentialResult{{}, accessDeniedError()});
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        // The keyring may still be starting with the session (habit 21).
        if (currentPlatform() == Platform::Unix && attempt.tries < 2) {
            qCInfo(lcCredentials).noquote()
                << u"Keychain, profile %1: not ready (%2); retrying in %3 ms"_s.arg(profileName(), errorString)
                       .arg(m_retryDelay.count());
            QTimer::singleShot(m_retryDelay, this, [this, id] { submit(id); });
            return;
        }
        fail(id, error, errorString);
        return;
    case QKeychain::NotImplemented:
        complete(id, CredentialResult{{}, noBackendError()});
        return;
    default:
        complete(id, CredentialResult{{}, otherError(errorString)});
        return;
    }
}

void KeychainCredentialStore::fail(quint64 id, int error, const QString &errorString)
{
    if (error == QKeychain::NoBackendAvailable) {
        qCWarning(lcCredentials).noquote()
            << u"Keychain, profile %1: no backend (%2)"_s.arg(profileName(), errorString);
        complete(id, CredentialResult{{}, noBackendError()});
        return;
    }
    // libsecret reports a missing bus or service as a plain GLib error; ask
    // the bus which of the two it is, so the operator reads the right thing.
    KeychainThread::probeBackend([channel = m_channel, id, errorString](bool available, const QString &detail) {
        channel->post([id, errorString, available, detail](KeychainCredentialStore *store) {
            store->onProbe(id, errorString, available, detail);
        });
    });
}

void KeychainCredentialStore::onProbe(quint64 id, const QString &errorString, bool available, const QString &detail)
{
    const auto it = m_attempts.constFind(id);
    if (it == m_attempts.cend())
        return; // timed out already
    if (available) {
        qCWarning(lcCredentials).noquote()
            << u"Keychain, profile %1: %2 failed (%3)"_s.arg(profileName(), it->key, errorString);
        complete(id, CredentialResult{{}, otherError(errorString)});
    } else {
        qCWarning(lcCredentials).noquote()
            << u"Keychain, profile %1: no backend (%2; %3)"_s.arg(profileName(), errorString, detail);
        complete(id, CredentialResult{{}, noBackendError()});
    }
}

void KeychainCredentialStore::complete(quint64 id, const CredentialResult &result)
{
    m_attempts.remove(id);
    finish(id, result);
}

} // namespace Beholder
