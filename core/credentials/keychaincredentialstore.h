// SPDX-License-Identifier: GPL-3.0-or-later
// The OS keychain through QtKeychain (Secret Service or KWallet on Linux,
// Credential Manager on Windows, Keychain on macOS), as Nextcloud desktop
// uses it (STYLE habits 18-22): asynchronous jobs, no plaintext fallback, one
// retry when the keyring may still be starting, then a plain message.
#pragma once

#include "credentialstore.h"

#include <QHash>

#include <chrono>
#include <memory>

namespace Beholder {

class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    enum class Platform {
        Unix, // Linux and BSD: the Secret Service or KWallet
        Windows,
        Apple,
    };

    explicit KeychainCredentialStore(const QString &profileName, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    static Platform currentPlatform();
    // The QtKeychain service: "beholder/<profile>".
    static QString serviceName(const QString &profileName);
    // The key as stored. Windows ignores the service, so there the key
    // carries the namespace itself ("beholder/<profile>/<key>"), as Nextcloud
    // prefixes its keys there (habit 19).
    static QString platformKey(const QString &profileName, const QString &key, Platform platform = currentPlatform());

    // How long an operation may take in all, retry included. An unlock
    // prompt counts, so the default is generous.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // The wait before the one retry after "no backend" or "other error" on
    // Unix, where the keyring may still be starting with the session.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

protected:
    void start(quint64 id, Operation operation, const QString &key, const QString &value) override;

private:
    struct Attempt
    {
        Operation operation = Operation::Read;
        QString key;
        QString value;
        int tries = 0;
    };
    struct Channel;

    void submit(quint64 id);
    void onReply(quint64 id, int error, const QString &errorString, const QString &value);
    void fail(quint64 id, int error, const QString &errorString);
    void onProbe(quint64 id, const QString &errorString, bool available, const QString &detail);
    void complete(quint64 id, const CredentialResult &result);

    std::chrono::milliseconds m_timeout{120'000};
    std::chrono::milliseconds m_retryDelay{5'000};
    QHash<quint64, Attempt> m_attempts;
    // How replies from the keychain thread find this store, if it still exists.
    std::shared_ptr<Channel> m_channel;
};

} // namespace Beholder
