// SPDX-License-Identifier: GPL-3.0-or-later
// Where a profile's secrets (API keys, tokens, router passwords) live: an
// asynchronous key/value store with one namespace per profile, so that no
// secret ever reaches settings.ini, the cache or a log (SPEC §8).
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Beholder {

struct CredentialError
{
    enum class Kind {
        None,
        NotFound,     // nothing stored under this key (yet): callers usually ask the operator
        NoBackend,    // no OS keychain at all (Secret Service / KWallet not running)
        AccessDenied, // the keychain is locked or refused access
        Timeout,      // the keychain did not answer in time (an unlock prompt nobody answered?)
        Invalid,      // a bad key or value, refused before the keychain was asked
        Other,        // anything else the keychain reported
    };

    Kind kind = Kind::None;
    QString message; // for the operator, one line; names keys and the profile, never values

    bool isError() const { return kind != Kind::None; }
    static CredentialError make(Kind kind, const QString &message);
};

QString toString(CredentialError::Kind kind); // "not-found", "no-backend", ...

struct CredentialResult
{
    QString value;
    CredentialError error;

    bool ok() const { return !error.isError(); }
};

// The interface every store implements (the OS keychain, an in-memory store).
//
// Contract
// - Thread-affine: call it from the thread it lives in; that thread runs an
//   event loop. Callbacks run on that thread too, always later (never inside
//   read()/write()/remove()), exactly once per call. Operations reach the
//   backend in call order, but a retried one may finish after later ones.
// - A callback is dropped, never called, when the store or the `context`
//   (if one is given; it must live in the store's thread) is destroyed first.
// - Removing a key that is not there succeeds.
// - Keys are 1-128 characters of [A-Za-z0-9._/-] (SecretKeys in
//   sources/sourceconfig.h); values at most maxValueBytes UTF-8 bytes and no
//   NUL character (a C-string keychain would cut the secret short silently).
//   The profile name must be valid (Profile::isValidName): it becomes the
//   keychain namespace. Anything else fails with Kind::Invalid.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using ReadCallback = std::function<void(const CredentialResult &result)>;
    using DoneCallback = std::function<void(const CredentialError &error)>;

    // Windows Credential Manager holds at most 2,560 bytes per entry; real
    // passwords and API keys are far shorter, so no chunking is needed.
    static constexpr qsizetype maxValueBytes = 2048;
    static constexpr qsizetype maxKeyLength = 128;

    ~CredentialStore() override;

    QString profileName() const { return m_profileName; }

    void read(const QString &key, const QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &value, const QObject *context, DoneCallback callback);
    void remove(const QString &key, const QObject *context, DoneCallback callback);

    // Operations whose callback has not run yet.
    int pendingCount() const { return int(m_pending.size()) + m_undelivered; }

    // Why `key` or `value` would be refused (Kind::Invalid), or no error.
    static CredentialError checkKey(const QString &key);
    static CredentialError checkValue(const QString &value);

protected:
    enum class Operation {
        Read,
        Write,
        Remove,
    };

    CredentialStore(const QString &profileName, QObject *parent);

    // Starts one validated operation. The implementation calls finish(id, ...)
    // exactly once, now or later, unless the store is destroyed first.
    virtual void start(quint64 id, Operation operation, const QString &key, const QString &value) = 0;

    // Completes operation `id`; the callback runs later from the event loop.
    // Unknown or already finished ids are ignored.
    void finish(quint64 id, const CredentialResult &result);
    bool isPending(quint64 id) const { return m_pending.contains(id); }

    // The operator's text for each kind, in one place for every store.
    CredentialError notFoundError(const QString &key) const;
    CredentialError noBackendError() const;
    CredentialError accessDeniedError() const;
    CredentialError timeoutError(int seconds) const;
    CredentialError otherError(const QString &detail) const;

private:
    struct Pending
    {
        Operation operation = Operation::Read;
        QString key;
        bool hasContext = false;
        QPointer<const QObject> context;
        ReadCallback onRead;
        DoneCallback onDone;
    };

    void enqueue(Operation operation, const QString &key, const QString &value, const QObject *context,
                 ReadCallback onRead, DoneCallback onDone);
    void deliver(const Pending &pending, const CredentialResult &result);

    QString m_profileName;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending; // started, not finished
    int m_undelivered = 0;             // finished, callback not run yet
};

} // namespace Beholder
