// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "profile/profile.h"

#include <QThread>

#include <algorithm>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

CredentialError CredentialError::make(Kind kind, const QString &message)
{
    CredentialError error;
    error.kind = kind;
    error.message = message;
    return error;
}

QString toString(CredentialError::Kind kind)
{
    switch (kind) {
    case CredentialError::Kind::None:
        return u"none"_s;
    case CredentialError::Kind::NotFound:
        return u"not-found"_s;
    case CredentialError::Kind::NoBackend:
        return u"no-backend"_s;
    case CredentialError::Kind::AccessDenied:
        return u"access-denied"_s;
    case CredentialError::Kind::Timeout:
        return u"timeout"_s;
    case CredentialError::Kind::Invalid:
        return u"invalid"_s;
    case CredentialError::Kind::Other:
        return u"other"_s;
    }
    return u"none"_s;
}

CredentialStore::CredentialStore(const QString &profileName, QObject *parent)
    : QObject(parent)
    , m_profileName(profileName)
{ }

// Pending callbacks die with the store: they may capture state the caller
// destroys together with it.
CredentialStore::~CredentialStore() = default;

CredentialError CredentialStore::checkKey(const QString &key)
{
    const auto allowed = [](QChar ch) {
        return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9') || ch == u'.'
            || ch == u'_' || ch == u'/' || ch == u'-';
    };
    if (key.isEmpty() || key.size() > maxKeyLength || !std::all_of(key.cbegin(), key.cend(), allowed)) {
        return CredentialError::make(CredentialError::Kind::Invalid,
                                     tr("\"%1\" is not a valid secret name: use 1 to %2 characters among letters, "
                                        "digits, '.', '_', '/' and '-'")
                                         .arg(key.left(maxKeyLength), QString::number(maxKeyLength)));
    }
    return {};
}

CredentialError CredentialStore::checkValue(const QString &value)
{
    if (value.contains(QChar(u'\0'))) {
        return CredentialError::make(CredentialError::Kind::Invalid,
                                     tr("The secret contains a NUL character, which the OS keychain cannot store"));
    }
    if (value.toUtf8().size() > maxValueBytes) {
        return CredentialError::make(CredentialError::Kind::Invalid,
                                     tr("The secret is longer than %1 bytes").arg(maxValueBytes));
    }
    return {};
}

void CredentialStore::read(const QString &key, const QObject *context, ReadCallback callback)
{
    enqueue(Operation::Read, key, {}, context, std::move(callback), {});
}

void CredentialStore::write(const QString &key, const QString &value, const QObject *context, DoneCallback callback)
{
    enqueue(Operation::Write, key, value, context, {}, std::move(callback));
}

void CredentialStore::remove(const QString &key, const QObject *context, DoneCallback callback)
{
    enqueue(Operation::Remove, key, {}, context, {}, std::move(callback));
}

void CredentialStore::enqueue(Operation operation, const QString &key, const QString &value, const QObject *context,
                              ReadCallback onRead, DoneCallback onDone)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "CredentialStore", "used from a thread it does not live in");
    Q_ASSERT_X(!context || context->thread() == thread(), "CredentialStore", "context lives in another thread");

    const quint64 id = m_nextId++;
    Pending pending;
    pending.operation = operation;
    pending.key = key;
    pending.hasContext = context != nullptr;
    pending.context = context;
    pending.onRead = std::move(onRead);
    pending.onDone = std::move(onDone);
    m_pending.insert(id, std::move(pending));

    CredentialError refused;
    if (!Profile::isValidName(m_profileName))
        refused = CredentialError::make(CredentialError::Kind::Invalid, Profile::nameError(m_profileName));
    if (!refused.isError())
        refused = checkKey(key);
    if (!refused.isError() && operation == Operation::Write)
        refused = checkValue(value);
    if (refused.isError()) {
        finish(id, CredentialResult{{}, refused});
        return;
    }
    start(id, operation, key, value);
}

void CredentialStore::finish(quint64 id, const CredentialResult &result)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    Pending pending = *it;
    m_pending.erase(it);
    ++m_undelivered;
    // Queued, so that a callback never runs inside read()/write()/remove()
    // and the caller's state is consistent when it does. The event dies with
    // the store.
    QMetaObject::invokeMethod(
        this,
        [this, pending = std::move(pending), result] {
            --m_undelivered;
            deliver(pending, result);
        },
        Qt::QueuedConnection);
}

void CredentialStore::deliver(const Pending &pending, const CredentialResult &result)
{
    if (pending.hasContext && !pending.context)
        return;
    if (pending.operation == Operation::Read) {
        if (pending.onRead)
            pending.onRead(result);
    } else if (pending.onDone) {
        pending.onDone(result.error);
    }
}

CredentialError CredentialStore::notFoundError(const QString &key) const
{
    return CredentialError::make(CredentialError::Kind::NotFound,
                                 tr("No secret \"%1\" is stored for profile %2.").arg(key, m_profileName));
}

CredentialError CredentialStore::noBackendError() const
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return CredentialError::make(CredentialError::Kind::NoBackend,
                                 tr("No OS keychain is available (Secret Service / KWallet not running): Beholder "
                                    "cannot store or read passwords for profile %1.")
                                     .arg(m_profileName));
#else
    return CredentialError::make(
        CredentialError::Kind::NoBackend,
        tr("No OS keychain is available: Beholder cannot store or read passwords for profile %1.").arg(m_profileName));
#endif
}

CredentialError CredentialStore::accessDeniedError() const
{
    return CredentialError::make(CredentialError::Kind::AccessDenied,
                                 tr("The OS keychain refused access to the passwords of profile %1 (it is locked or "
                                    "access was denied): unlock it and try again.")
                                     .arg(m_profileName));
}

CredentialError CredentialStore::timeoutError(int seconds) const
{
    return CredentialError::make(CredentialError::Kind::Timeout,
                                 tr("The OS keychain did not answer within %1 s for profile %2 (is an unlock prompt "
                                    "waiting?).")
                                     .arg(seconds)
                                     .arg(m_profileName));
}

CredentialError CredentialStore::otherError(const QString &detail) const
{
    return CredentialError::make(CredentialError::Kind::Other,
                                 tr("The OS keychain failed for profile %1: %2").arg(m_profileName, detail));
}

} // namespace Beholder
