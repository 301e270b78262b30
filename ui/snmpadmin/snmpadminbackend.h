// SPDX-License-Identifier: GPL-3.0-or-later
// Every read and write the SNMP admin screens make, off the GUI thread: one
// worker thread owns its cache connection (CacheDatabase::connection() of
// that thread) and an SnmpStore on it; answers come back on the caller's
// thread, never after the caller is gone. The cache is opened (and migrated)
// by the first task, so constructing the backend costs nothing.
//
// The store acts for a principal (SnmpStore::setActor): admin writes need AdministerSnmp and are audited.
// Until setPrincipal() it is the profile's default: its OS user when the profile does not require sign-in,
// else nobody (read from the profile's settings.ini on the worker).
#pragma once

#include "access/principal.h"
#include "async/taskrunner.h"
#include "cache/cachedatabase.h"
#include "snmp/snmpstore.h"

#include <QObject>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

namespace Beholder::Snmp {

namespace detail {

template<typename R>
R storeFailure(const StoreError &error)
{
    if constexpr (std::is_same_v<R, StoreError>)
        return error;
    else
        return R::failure(error);
}

} // namespace detail

class SnmpAdminBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnmpAdminBackend)

public:
    explicit SnmpAdminBackend(const QString &cacheFile, QObject *parent = nullptr);
    // Cancels what is queued and waits for the task that runs.
    ~SnmpAdminBackend() override;

    // Runs work(SnmpStore &) on the worker; done(result) runs on `context`'s
    // thread unless `context` is gone. `work` returns a StoreError or a
    // StoreResult<T>; a cache that cannot be opened, or a task that throws,
    // arrives as a Database error of that type.
    template<typename Work, typename Done>
    void run(QObject *context, Work &&work, Done &&done)
    {
        using R = std::decay_t<std::invoke_result_t<Work, SnmpStore &>>;
        CacheDatabase *cache = &m_cache;
        m_runner.runThen(
            context,
            [cache, principal = m_principal, work = std::forward<Work>(work)]() mutable -> R {
                QString error;
                if (!cache->isOpen() && !cache->open(&error))
                    return detail::storeFailure<R>(StoreError::make(StoreError::Kind::Database, error));
                SnmpStore store(cache->connection());
                store.setActor(principal ? *principal : defaultPrincipal(cache->filePath()));
                return work(store);
            },
            [done = std::forward<Done>(done)](const TaskResult<R> &result) mutable {
                if (result.canceled())
                    return;
                if (result.failed()) {
                    done(detail::storeFailure<R>(StoreError::make(StoreError::Kind::Database, result.error)));
                    return;
                }
                done(*result.value);
            });
    }

    // Who the admin writes act for, from the next run() on.
    void setPrincipal(const Access::Principal &principal) { m_principal = principal; }
    std::optional<Access::Principal> principal() const { return m_principal; }

    // Tests: waits until every submitted task has returned (callbacks still go through the event loop).
    bool waitForIdle(int msecs = -1) { return m_runner.waitForDone(msecs); }

private:
    // The profile's default principal, from the settings.ini next to `cacheFile`.
    static Access::Principal defaultPrincipal(const QString &cacheFile);

    std::optional<Access::Principal> m_principal;
    CacheDatabase m_cache; // opened and used on m_runner's thread only
    TaskRunner m_runner;   // declared last: destroyed (and joined) before the cache
};

} // namespace Beholder::Snmp
