// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "access/auditlog.h"
#include "access/authorization.h"
#include "cache/cachedatabase.h"
#include "cache/syncrunlog.h"
#include "logging/logging.h"
#include "search/searchindexer.h"
#include "sync/fetchers/sourcefetchers.h"
#include "sync/sourcewriter.h"
#include "sync/synclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutexLocker>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

UnixTime now()
{
    return QDateTime::currentSecsSinceEpoch();
}

SyncOutcome runLogOutcome(const SourceOutcome &outcome)
{
    SyncOutcome log;
    switch (outcome.state) {
    case SourceState::Succeeded:
        log.status = SyncStatus::Success;
        break;
    case SourceState::Canceled:
        log.status = SyncStatus::Cancelled;
        break;
    default:
        log.status = SyncStatus::Failed;
        break;
    }
    log.itemsFetched = outcome.fetched;
    log.itemsWritten = outcome.counts.added + outcome.counts.changed;
    log.itemsAdded = outcome.counts.added;
    log.itemsChanged = outcome.counts.changed;
    log.itemsRemoved = outcome.counts.removed;
    QStringList text;
    if (!outcome.message.isEmpty() && outcome.state != SourceState::Succeeded)
        text << outcome.message;
    text << outcome.warnings;
    log.error = text.join(u"; "_s);
    return log;
}

} // namespace

// One source's state, shared between the GUI thread (reads) and its worker (writes).
struct SyncEngine::Slot
{
    SourceKind source = SourceKind::IspCube;
    FetchProgress progress;
    std::atomic<int> state{int(SourceState::Pending)};
    QFuture<SourceOutcome> future;
    bool done = false;
};

SyncEngine::SyncEngine(CacheDatabase *cache, const QString &profileDirectory, FetcherFactory factory, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_profileDirectory(profileDirectory)
    , m_factory(factory ? std::move(factory) : FetcherFactory(makeSourceFetcher))
    , m_runner(u"sync"_s, int(allSourceKinds().size()))
    , m_auditWriter(u"sync-audit"_s, 1)
    , m_writeMutex(std::make_shared<QMutex>())
{
    m_progressTimer.setInterval(150);
    connect(&m_progressTimer, &QTimer::timeout, this, &SyncEngine::publishProgress);
}

SyncEngine::~SyncEngine()
{
    m_progressTimer.stop();
    m_runner.cancelAll();
    m_runner.waitForDone();
    m_auditWriter.waitForDone();
}

QList<SourceKind> SyncEngine::configuredSources(const ProfileSources &sources)
{
    QList<SourceKind> kinds;
    for (const SourceKind kind : allSourceKinds()) {
        if (kind == SourceKind::RouterOs) {
            if (!sources.routers.isEmpty())
                kinds << kind;
            continue;
        }
        const std::optional<SourceConfig> config = sources.source(kind);
        if (config && config->enabled && config->baseUrl.isValid())
            kinds << kind;
    }
    return kinds;
}

bool SyncEngine::start(const SyncRequest &request, const SyncContext &context, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // The permission first: a refused principal learns nothing about the profile's state.
    if (!request.principal.may(Access::Permission::RunSync)) {
        QStringList asked;
        for (const SourceKind kind : request.sources)
            asked << toString(kind);
        const Access::AuditEntry denied
            = Access::deniedEntry(request.principal, Access::Permission::RunSync, Access::AuditAction::syncStart(),
                                  asked.isEmpty() ? u"all"_s : asked.join(u","_s));
        qCInfo(lcSync).noquote() << "sync refused for" << request.principal.describe();
        CacheDatabase *cache = m_cache;
        m_auditWriter.run([cache, denied] { Access::AuditLog(cache).append(denied); }); // not on the caller's thread
        return fail(Access::denialMessage(request.principal, Access::Permission::RunSync));
    }
    if (m_running)
        return fail(tr("a sync is already running"));
    if (!m_factory)
        return fail(tr("no protocol clients are available"));

    const QList<SourceKind> configured = configuredSources(context.sources);
    QList<SourceKind> wanted = request.sources.isEmpty() ? configured : request.sources;
    for (const SourceKind kind : std::as_const(wanted)) {
        if (!configured.contains(kind))
            return fail(tr("the source %1 is not configured for this profile").arg(toString(kind)));
    }
    if (wanted.isEmpty())
        return fail(tr("this profile has no sources to sync: import a profile description or set them up first"));

    auto lock = std::make_unique<SyncLock>(m_profileDirectory);
    QString lockError;
    if (!lock->tryLock(&lockError))
        return fail(lockError);

    m_lock = std::move(lock);
    m_running = true;
    m_canceled = false;
    m_request = request;
    if (m_request.userName.isEmpty())
        m_request.userName = request.principal.userName();
    m_context = context;
    m_summary = SyncSummary();
    m_slots.clear();
    for (const SourceKind kind : allSourceKinds()) {
        auto slot = std::make_shared<Slot>();
        slot->source = kind;
        if (!wanted.contains(kind))
            slot->state = int(SourceState::Skipped);
        m_slots << slot;
    }
    QElapsedTimer clock;
    clock.start();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    // Runs left "running" by a process that died are history now: we hold the lock.
    CacheDatabase *cache = m_cache;
    auto writeMutex = m_writeMutex;
    QStringList names;
    for (const SourceKind kind : std::as_const(wanted))
        names << toString(kind);
    const Access::AuditEntry started = Access::AuditEntry::by(request.principal, Access::AuditAction::syncStart(),
                                                              names.join(u","_s), toString(request.trigger));
    m_runner.runThen(
        this,
        [cache, writeMutex, started]() -> qint64 {
            QMutexLocker locker(writeMutex.get());
            Access::AuditLog(cache).append(started);
            SyncRunLog log(cache->connection());
            log.markInterrupted(now());
            return log.nextSyncId();
        },
        [this](const TaskResult<qint64> &result) {
            m_summary.syncId = result.succeeded() ? *result.value : 0;
            startSources();
        });
    m_progressTimer.start();
    publishProgress();
    return true;
}

void SyncEngine::startSources()
{
    for (const std::shared_ptr<Slot> &slot : std::as_const(m_slots)) {
        if (slot->state == int(SourceState::Skipped))
            continue;
        ++m_pending;
        const SourceKind kind = slot->source;
        if (m_canceled) {
            SourceOutcome outcome;
            outcome.source = kind;
            outcome.state = SourceState::Canceled;
            outcome.message = tr("canceled before it started");
            slot->state = int(SourceState::Canceled);
            QMetaObject::invokeMethod(
                this, [this, kind, outcome] { onSourceDone(kind, outcome); }, Qt::QueuedConnection);
            continue;
        }

        CacheDatabase *cache = m_cache;
        auto writeMutex = m_writeMutex;
        const FetcherFactory factory = m_factory;
        const SyncContext context = m_context;
        const QString trigger = toString(m_request.trigger);
        const QString user = m_request.userName;
        const qint64 syncId = m_summary.syncId;
        std::shared_ptr<Slot> shared = slot;

        slot->future = m_runner.runThen(
            this,
            [=](TaskControl &task) -> SourceOutcome {
                QElapsedTimer timer;
                timer.start();
                SourceOutcome outcome;
                outcome.source = kind;
                const QString name = toString(kind);

                std::optional<qint64> runId;
                {
                    QMutexLocker locker(writeMutex.get());
                    runId = SyncRunLog(cache->connection()).start(name, trigger, user, now(), syncId);
                }
                const auto record = [&] {
                    outcome.seconds = timer.nsecsElapsed() / 1e9;
                    if (!runId)
                        return;
                    QMutexLocker locker(writeMutex.get());
                    SyncRunLog(cache->connection()).finish(*runId, runLogOutcome(outcome), now());
                };

                // 1. Fetch, driving the client on this thread's own event loop.
                shared->state = int(SourceState::Fetching);
                FetchResult fetched;
                {
                    std::unique_ptr<SourceFetcher> fetcher = factory(kind, context, &shared->progress);
                    if (!fetcher) {
                        fetched.error = ApiError::make(ApiError::Kind::Config, tr("no client for %1").arg(name));
                    } else {
                        QEventLoop loop;
                        bool done = false;
                        QTimer cancelWatch;
                        cancelWatch.setInterval(50);
                        QObject::connect(&cancelWatch, &QTimer::timeout, &loop, [&] {
                            if (task.isCanceled())
                                fetcher->cancel();
                        });
                        cancelWatch.start();
                        fetcher->start([&](FetchResult result) {
                            fetched = std::move(result);
                            done = true;
                            loop.quit();
                        });
                        if (!done)
                            loop.exec();
                    }
                }
                if (task.isCanceled() || fetched.error.kind == ApiError::Kind::Canceled) {
                    outcome.state = SourceState::Canceled;
                    outcome.message = tr("canceled; the previous data is kept");
                    record();
                    return outcome;
                }
                if (fetched.error.isError()) {
                    outcome.state = SourceState::Failed;
                    outcome.error = fetched.error;
                    outcome.message = fetched.error.message;
                    outcome.warnings = fetched.warnings;
                    record();
                    return outcome;
                }

                // 2. Write, one source at a time, in one transaction.
                outcome.fetched = fetched.data.itemCount();
                outcome.warnings = fetched.warnings;
                // Routers fail one by one: the ones that answered are still written.
                QString routerFailures;
                if (!fetched.data.routerErrors.isEmpty()) {
                    const ApiError &first = *fetched.data.routerErrors.cbegin();
                    routerFailures = tr("%1 of %2 routers failed (their previous secrets are kept), e.g. %3")
                                         .arg(fetched.data.routerErrors.size())
                                         .arg(fetched.data.routerErrors.size() + fetched.data.secretsByRouter.size())
                                         .arg(first.message);
                    outcome.error = first;
                }
                shared->state = int(SourceState::Writing);
                WriteOutcome written;
                {
                    QMutexLocker locker(writeMutex.get());
                    SourceWriter writer(cache->connection(), now());
                    written = writer.write(kind, std::move(fetched.data), [&task] { return task.isCanceled(); });
                }
                outcome.counts = written.counts;
                outcome.warnings << written.warnings;
                if (written.canceled) {
                    outcome.state = SourceState::Canceled;
                    outcome.message = tr("canceled; the previous data is kept");
                } else if (!written.ok) {
                    outcome.state = SourceState::Failed;
                    outcome.error = ApiError::make(ApiError::Kind::Protocol, written.error);
                    outcome.message = tr("could not write to the cache: %1").arg(written.error);
                } else if (!routerFailures.isEmpty()) {
                    outcome.state = SourceState::Failed;
                    outcome.message = routerFailures;
                } else {
                    outcome.state = SourceState::Succeeded;
                }
                record();
                return outcome;
            },
            [this, kind](const TaskResult<SourceOutcome> &result) {
                SourceOutcome outcome;
                if (result.succeeded()) {
                    outcome = *result.value;
                } else {
                    outcome.source = kind;
                    outcome.state = result.canceled() ? SourceState::Canceled : SourceState::Failed;
                    outcome.message = result.canceled() ? tr("canceled; the previous data is kept") : result.error;
                }
                onSourceDone(kind, outcome);
            });
    }
    if (m_pending == 0)
        finishRun();
}

void SyncEngine::onSourceDone(SourceKind source, const SourceOutcome &outcome)
{
    for (const std::shared_ptr<Slot> &slot : std::as_const(m_slots)) {
        if (slot->source == source) {
            slot->state = int(outcome.state);
            slot->done = true;
        }
    }
    m_summary.outcomes << outcome;
    if (outcome.state == SourceState::Succeeded)
        qCInfo(lcSync).noquote() << toString(source) << "synced:" << outcome.fetched << "items," << outcome.counts.added
                                 << "added," << outcome.counts.changed << "changed," << outcome.counts.removed
                                 << "removed in" << outcome.seconds << "s";
    else
        qCWarning(lcSync).noquote() << toString(source) << toString(outcome.state) << ":" << outcome.message;
    emit sourceFinished(outcome);
    publishProgress();
    if (--m_pending == 0)
        finishRun();
}

void SyncEngine::finishRun()
{
    // The index is derived from every source: rebuild it once, if anything
    // changed now or a previous rebuild never completed.
    bool changed = false;
    for (const SourceOutcome &outcome : std::as_const(m_summary.outcomes))
        changed = changed || outcome.counts.added + outcome.counts.changed + outcome.counts.removed > 0;

    CacheDatabase *cache = m_cache;
    auto writeMutex = m_writeMutex;
    m_runner.runThen(
        this,
        [cache, writeMutex, changed](TaskControl &task) -> std::optional<QString> {
            QMutexLocker locker(writeMutex.get());
            QSqlDatabase db = cache->connection();
            if (!changed && !isSearchIndexStale(db))
                return std::nullopt; // nothing to do
            if (!db.transaction())
                return tr("cannot start the index rebuild");
            SearchIndexer indexer(db);
            if (!indexer.rebuild([&task] { return task.isCanceled(); })) {
                db.rollback();
                return task.isCanceled() ? tr("the search index rebuild was canceled; the next sync redoes it")
                                         : indexer.lastError();
            }
            if (!clearSearchIndexStale(db) || !db.commit()) {
                db.rollback();
                return tr("cannot save the search index");
            }
            return QString();
        },
        [this](const TaskResult<std::optional<QString>> &result) {
            if (!result.succeeded()) {
                m_summary.indexError = result.canceled() ? tr("the search index rebuild was canceled") : result.error;
            } else if (result.value->has_value()) {
                m_summary.indexRebuilt = (*result.value)->isEmpty();
                m_summary.indexError = **result.value;
            }
            m_summary.seconds = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
            m_running = false;
            m_progressTimer.stop();
            m_lock.reset();
            publishProgress();
            emit finished(m_summary);
        });
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    for (const std::shared_ptr<Slot> &slot : std::as_const(m_slots))
        slot->future.cancel();
}

QList<SourceProgress> SyncEngine::progress() const
{
    QList<SourceProgress> list;
    for (const std::shared_ptr<Slot> &slot : m_slots) {
        SourceProgress progress;
        progress.source = slot->source;
        progress.state = SourceState(slot->state.load());
        progress.done = slot->progress.done;
        progress.total = slot->progress.total;
        list << progress;
    }
    return list;
}

void SyncEngine::publishProgress()
{
    emit progressChanged(progress());
}

} // namespace Beholder
