// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a sync of one profile: one job per source on a thread pool, each
// fetching through its own protocol client on a worker thread with its own
// event loop, then writing its data in one transaction (writes take turns),
// then one rebuild of the search index. Lives on the caller's thread (the
// GUI or the CLI's main thread), which only receives progress and results:
// it never waits for the network or the disk.
#pragma once

#include "async/taskrunner.h"
#include "net/httpclient.h"
#include "sync/sourcefetcher.h"
#include "sync/syncrequest.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Beholder {

class CacheDatabase;
class SyncLock;

// What the fetchers need: where the sources are, the secrets (already read
// from the keychain by the caller) and whose account budget they draw on.
struct SyncContext
{
    QString profileName;
    ProfileSources sources;
    QHash<QString, QString> secrets; // keyed by SecretKeys
    // The HTTP clients' retry policy, when not the default (tests shrink the waits).
    std::optional<RetryPolicy> retryPolicy;
};

class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    using FetcherFactory
        = std::function<std::unique_ptr<SourceFetcher>(SourceKind, const SyncContext &, FetchProgress *)>;

    // `cache` must be open and outlive the engine. `profileDirectory` holds the
    // sync lock. Without a factory the real protocol clients are used.
    SyncEngine(CacheDatabase *cache, const QString &profileDirectory, FetcherFactory factory = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Starts a sync; false (with the reason) when the request's principal may not run a sync (the refusal is
    // audited), one is already running in this process or another, or nothing can be synced. A started sync is
    // audited as "sync.start" with its sources.
    bool start(const SyncRequest &request, const SyncContext &context, QString *error = nullptr);
    // Stops every source as soon as it can; canceled sources keep their previous data.
    void cancel();
    bool isRunning() const { return m_running; }

    QList<SourceProgress> progress() const;

    // The sources a profile can sync: configured, enabled, with routers for RouterOS.
    static QList<SourceKind> configuredSources(const ProfileSources &sources);

signals:
    void progressChanged(const QList<Beholder::SourceProgress> &progress);
    void sourceFinished(const Beholder::SourceOutcome &outcome);
    void finished(const Beholder::SyncSummary &summary);

private:
    struct Slot;

    void startSources();
    void onSourceDone(SourceKind source, const SourceOutcome &outcome);
    void finishRun();
    void publishProgress();

    CacheDatabase *m_cache;
    QString m_profileDirectory;
    FetcherFactory m_factory;
    TaskRunner m_runner;
    TaskRunner m_auditWriter; // refusals' audit rows: waited for, never canceled
    std::unique_ptr<SyncLock> m_lock;
    std::shared_ptr<QMutex> m_writeMutex;
    QTimer m_progressTimer;

    bool m_running = false;
    bool m_canceled = false;
    SyncRequest m_request;
    SyncContext m_context;
    SyncSummary m_summary;
    QList<std::shared_ptr<Slot>> m_slots;
    int m_pending = 0;
    qint64 m_startedMs = 0;
};

} // namespace Beholder
