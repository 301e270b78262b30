// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets held in memory only: for tests, and for the demo profile when the
// machine has no OS keychain (the simulator's throw-away credentials then
// last for the session; the caller decides and tells the operator).
#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QMutex>

#include <memory>
#include <optional>

namespace Beholder {

// The values behind one or more MemoryCredentialStores, by profile and key.
// Thread-safe, so stores on different threads (the GUI, a sync worker) can
// share one.
class MemorySecrets final
{
    Q_DISABLE_COPY_MOVE(MemorySecrets)

public:
    MemorySecrets() = default;

    // One per process: what "for this session" means.
    static std::shared_ptr<MemorySecrets> session();

    std::optional<QString> value(const QString &profileName, const QString &key) const;
    void setValue(const QString &profileName, const QString &key, const QString &value);
    void remove(const QString &profileName, const QString &key);
    QStringList keys(const QString &profileName) const; // sorted; values are never listed

private:
    mutable QMutex m_mutex;
    QHash<QString, QHash<QString, QString>> m_values;
};

class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    // Without `secrets`, the store has a private set of its own.
    explicit MemoryCredentialStore(const QString &profileName, std::shared_ptr<MemorySecrets> secrets = {},
                                   QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    std::shared_ptr<MemorySecrets> secrets() const { return m_secrets; }

    // Tests: every operation fails with this kind (and the message a real
    // keychain would give) until cleared with std::nullopt.
    void setForcedError(std::optional<CredentialError::Kind> kind) { m_forcedError = kind; }

protected:
    void start(quint64 id, Operation operation, const QString &key, const QString &value) override;

private:
    std::shared_ptr<MemorySecrets> m_secrets;
    std::optional<CredentialError::Kind> m_forcedError;
};

} // namespace Beholder
