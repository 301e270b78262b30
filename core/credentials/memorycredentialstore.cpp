// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycredentialstore.h"

#include <algorithm>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

std::shared_ptr<MemorySecrets> MemorySecrets::session()
{
    static const std::shared_ptr<MemorySecrets> instance = std::make_shared<MemorySecrets>();
    return instance;
}

std::optional<QString> MemorySecrets::value(const QString &profileName, const QString &key) const
{
    QMutexLocker locker(&m_mutex);
    const auto profile = m_values.constFind(profileName);
    if (profile == m_values.cend())
        return std::nullopt;
    const auto it = profile->constFind(key);
    if (it == profile->cend())
        return std::nullopt;
    return *it;
}

void MemorySecrets::setValue(const QString &profileName, const QString &key, const QString &value)
{
    QMutexLocker locker(&m_mutex);
    m_values[profileName].insert(key, value);
}

void MemorySecrets::remove(const QString &profileName, const QString &key)
{
    QMutexLocker locker(&m_mutex);
    const auto profile = m_values.find(profileName);
    if (profile == m_values.end())
        return;
    profile->remove(key);
    if (profile->isEmpty())
        m_values.erase(profile);
}

QStringList MemorySecrets::keys(const QString &profileName) const
{
    QMutexLocker locker(&m_mutex);
    QStringList keys = m_values.value(profileName).keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

MemoryCredentialStore::MemoryCredentialStore(const QString &profileName, std::shared_ptr<MemorySecrets> secrets,
                                             QObject *parent)
    : CredentialStore(profileName, parent)
    , m_secrets(secrets ? std::move(secrets) : std::make_shared<MemorySecrets>())
{ }

MemoryCredentialStore::~MemoryCredentialStore() = default;

void MemoryCredentialStore::start(quint64 id, Operation operation, const QString &key, const QString &value)
{
    if (m_forcedError) {
        CredentialError error;
        switch (*m_forcedError) {
        case CredentialError::Kind::None:
            break;
        case CredentialError::Kind::NotFound:
            error = notFoundError(key);
            break;
        case CredentialError::Kind::NoBackend:
            error = noBackendError();
            break;
        case CredentialError::Kind::AccessDenied:
            error = accessDeniedError();
            break;
        case CredentialError::Kind::Timeout:
            error = timeoutError(0);
            break;
        case CredentialError::Kind::Invalid:
        case CredentialError::Kind::Other:
            error = otherError(u"forced failure (test)"_s);
            error.kind = *m_forcedError;
            break;
        }
        if (error.isError()) {
            finish(id, CredentialResult{{}, error});
            return;
        }
    }

    switch (operation) {
    case Operation::Read: {
        const std::optional<QString> stored = m_secrets->value(profileName(), key);
        if (stored)
            finish(id, CredentialResult{*stored, {}});
        else
            finish(id, CredentialResult{{}, notFoundError(key)});
        return;
    }
    case Operation::Write:
        m_secrets->setValue(profileName(), key, value);
        finish(id, {});
        return;
    case Operation::Remove:
        m_secrets->remove(profileName(), key);
        finish(id, {});
        return;
    }
}

} // namespace Beholder
