// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpmonitor.h"

#include "access/auditlog.h"
#include "access/authorization.h"
#include "cache/cachedatabase.h"
#include "credentials/credentialstore.h"
#include "credentials/readsecrets.h"
#include "logging/logging.h"
#include "snmp/oltpoller.h"
#include "snmp/snmpscheduler.h"
#include "snmp/snmpseed.h"
#include "snmp/snmpsession.h"
#include "snmp/snmpstore.h"
#include "snmp/storejournal.h"
#include "snmp/vendorprofile.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

// Everything that touches the cache or an OLT; lives on the monitor's thread.
class SnmpMonitorWorker final : public QObject
{
    Q_OBJECT

public:
    SnmpMonitorWorker(QString cacheFile, SnmpMonitorOptions options, OltPoller::SecretsReader readSecrets)
        : m_cacheFile(std::move(cacheFile))
        , m_options(std::move(options))
        , m_readSecrets(std::move(readSecrets))
    { }

    ~SnmpMonitorWorker() override { shutDown(); }

    void init()
    {
        m_cache = std::make_unique<CacheDatabase>(m_cacheFile);
        QString error;
        if (!m_cache->open(&error)) {
            emit failed(error);
            return;
        }
        m_store = std::make_unique<SnmpStore>(m_cache->connection());
        m_journal = std::make_unique<StoreJournal>(*m_store);
        m_poller = std::make_unique<OltPoller>(*m_store, m_readSecrets,
                                               SessionOverrides{m_options.snmpTimeoutMs, m_options.snmpRetries});
        connect(m_poller.get(), &OltPoller::onusSaved, this, &SnmpMonitorWorker::onusChanged);
        m_scheduler = std::make_unique<SnmpScheduler>(m_poller.get(), m_journal.get());
        m_scheduler->setBackoffScale(m_options.backoffDivisor);
        if (m_options.discoveryPolicy)
            m_scheduler->setPolicy(JobKind::Discovery, *m_options.discoveryPolicy);
        if (m_options.pollingPolicy)
            m_scheduler->setPolicy(JobKind::Polling, *m_options.pollingPolicy);
        connect(m_scheduler.get(), &SnmpScheduler::executionStarted, this,
                [this](qint64 id) { emit executionChanged(id, ExecutionStatus::Running, QString()); });
        connect(m_scheduler.get(), &SnmpScheduler::attemptFailed, this, [this](qint64 id, int, const QString &error) {
            emit executionChanged(id, ExecutionStatus::Running, error);
        });
        connect(m_scheduler.get(), &SnmpScheduler::executionFinished, this, &SnmpMonitorWorker::executionChanged);

        if (const StoreError seeded = seedBuiltinModel(*m_store); seeded.isError())
            qCWarning(lcSnmp).noquote() << "could not seed the shipped SNMP brands and OIDs:" << seeded.message;
        resumeInterrupted();
        if (m_options.runJobClock) {
            m_clock = new QTimer(this);
            connect(m_clock, &QTimer::timeout, this, &SnmpMonitorWorker::startDueJobs);
            m_clock->start(qMax(100, m_options.jobClockMs));
            startDueJobs();
        }
        emit started();
    }

    void shutDown()
    {
        if (m_scheduler)
            m_scheduler->interruptAll();
        m_scheduler.reset();
        m_poller.reset();
        m_journal.reset();
        m_store.reset();
        if (m_cache)
            m_cache->closeThreadConnection();
        m_cache.reset();
    }

    // AdministerSnmp for an admin's request, audited either way (with this thread's cache connection).
    std::optional<QString> authorize(const Access::Principal &who, const QString &operation, const QString &target)
    {
        const Access::AuditLog audit(m_cache && m_cache->isOpen() ? m_cache->connection() : QSqlDatabase());
        const QString action = Access::AuditAction::snmp(operation);
        if (auto denied = Access::authorize(who, Access::Permission::AdministerSnmp, &audit, action, target))
            return denied;
        audit.append(Access::AuditEntry::by(who, action, target));
        return std::nullopt;
    }

    void runJobs(const QList<qint64> &jobIds)
    {
        if (!m_store)
            return;
        for (const qint64 jobId : jobIds) {
            const auto job = m_store->job(jobId);
            if (job.ok() && job.value->enabled)
                queueJob(*job.value);
        }
    }

    QList<qint64> runOlt(qint64 oltId, QString *error)
    {
        if (!m_store) {
            *error = u"SNMP monitoring is not running"_s;
            return {};
        }
        const auto olt = m_store->olt(oltId);
        if (!olt.ok()) {
            *error = olt.error.message;
            return {};
        }
        if (!olt.value->enabled) {
            *error = u"OLT %1 is disabled"_s.arg(olt.value->name);
            return {};
        }
        const auto jobs = m_store->listJobs();
        if (!jobs.ok()) {
            *error = jobs.error.message;
            return {};
        }
        QList<SnmpJob> mine;
        for (const SnmpJob &job : *jobs.value)
            if (job.enabled && job.oltIds.contains(oltId))
                mine.append(job);
        if (mine.isEmpty()) {
            *error = u"OLT %1 is in no enabled SNMP job: add it to a discovery or polling job"_s.arg(olt.value->name);
            return {};
        }
        // Discovery first: polling only refreshes ONUs a discovery has found (the OLT lock keeps the order).
        std::stable_sort(mine.begin(), mine.end(), [](const SnmpJob &a, const SnmpJob &b) {
            return a.kind == JobKind::Discovery && b.kind != JobKind::Discovery;
        });
        QList<qint64> ids;
        for (const SnmpJob &job : std::as_const(mine))
            if (const qint64 id = queue(job.id, oltId, job.kind, 0))
                ids.append(id);
        return ids;
    }

    void cancelExecution(qint64 id)
    {
        if (m_scheduler)
            m_scheduler->cancel(id);
    }

    void testOlt(qint64 oltId, const std::function<void(const OltTestResult &)> &done)
    {
        auto result = std::make_shared<OltTestResult>();
        result->oltId = oltId;
        const auto olt = m_store ? m_store->olt(oltId) : StoreResult<SnmpOlt>();
        if (!olt.ok()) {
            result->error = m_store ? olt.error.message : u"SNMP monitoring is not running"_s;
            done(*result);
            return;
        }
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        m_poller->resolveTarget(*olt.value, [this, result, clock, done](const QString &error, SnmpTarget target) {
            if (!error.isEmpty()) {
                result->error = error;
                result->elapsedMs = clock->elapsed();
                done(*result);
                return;
            }
            target.retries = qMin(target.retries, 1); // an operator is waiting
            auto *session = new SnmpSession(target, this);
            readSystemGroup(*session, [session, result, clock, done](const SnmpError &e, const SystemGroup &system) {
                session->deleteLater();
                result->elapsedMs = clock->elapsed();
                if (e.isError()) {
                    result->error = e.message;
                    done(*result);
                    return;
                }
                result->sysDescr = system.sysDescr;
                result->sysObjectId = system.sysObjectId.toString();
                result->sysName = system.sysName;
                result->uptimeSeconds = system.uptimeSeconds;
                const Fingerprint found = fingerprint(system.sysObjectId, system.sysDescr);
                result->vendor = found.vendor;
                result->model = found.model;
                result->profileId = found.profile ? found.profile->id : QString();
                done(*result);
            });
        });
    }

signals:
    void started();
    void failed(const QString &error);
    void executionChanged(qint64 executionId, Beholder::Snmp::ExecutionStatus status, const QString &error);
    void onusChanged(qint64 oltId);

private:
    // What the previous process left queued or running is picked up again: executions a crash left behind,
    // and those an orderly exit recorded as interrupted (within the last day, not resumed yet).
    void resumeInterrupted()
    {
        const UnixTime now = QDateTime::currentSecsSinceEpoch();
        if (const auto crashed = m_store->markInterruptedAtStartup(now); !crashed.ok())
            qCWarning(lcSnmp).noquote() << "could not look for interrupted SNMP executions:" << crashed.error.message;
        ExecutionFilter recent;
        recent.since = now - 86400;
        recent.limit = 0;
        const auto executions = m_store->listExecutions(recent);
        if (!executions.ok())
            return;
        QSet<qint64> resumed;
        for (const SnmpExecution &e : *executions.value)
            if (e.resumedFrom)
                resumed.insert(*e.resumedFrom);
        QList<SnmpExecution> pending;
        for (const SnmpExecution &e : *executions.value)
            if (e.status == ExecutionStatus::Interrupted && !resumed.contains(e.id))
                pending.prepend(e); // oldest first
        for (const SnmpExecution &e : std::as_const(pending)) {
            const auto job = m_store->job(e.jobId);
            if (!job.ok())
                continue;
            qCInfo(lcSnmp) << "resuming interrupted SNMP execution" << e.id;
            queue(job.value->id, e.oltId, job.value->kind, e.id);
        }
    }

    qint64 queue(qint64 jobId, qint64 oltId, JobKind kind, qint64 resumedFrom)
    {
        const qint64 id = m_scheduler->enqueue(int(jobId), int(oltId), kind, resumedFrom);
        if (id > 0)
            emit executionChanged(id, ExecutionStatus::Pending, QString());
        return id;
    }

    void queueJob(const SnmpJob &job)
    {
        const auto olts = m_store->listOlts();
        if (!olts.ok())
            return;
        for (const SnmpOlt &olt : *olts.value)
            if (olt.enabled && job.oltIds.contains(olt.id))
                queue(job.id, olt.id, job.kind, 0);
        const UnixTime now = QDateTime::currentSecsSinceEpoch();
        m_store->setJobRunTimes(job.id, now, now + job.intervalS);
    }

    void startDueJobs()
    {
        const auto jobs = m_store->listJobs();
        if (!jobs.ok())
            return;
        const UnixTime now = QDateTime::currentSecsSinceEpoch();
        for (const SnmpJob &job : *jobs.value)
            if (job.enabled && (!job.nextRunAt || *job.nextRunAt <= now))
                queueJob(job);
    }

    QString m_cacheFile;
    SnmpMonitorOptions m_options;
    OltPoller::SecretsReader m_readSecrets;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SnmpStore> m_store;
    std::unique_ptr<StoreJournal> m_journal;
    std::unique_ptr<OltPoller> m_poller;
    std::unique_ptr<SnmpScheduler> m_scheduler;
    QTimer *m_clock = nullptr;
};

SnmpMonitor::SnmpMonitor(const QString &cacheFile, CredentialStore *secrets, SnmpMonitorOptions options,
                         QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"snmp monitor"_s);
    // Secrets are read on the credential store's thread; the answer goes back to the asker's.
    m_secrets = std::make_shared<QPointer<CredentialStore>>(secrets);
    const QPointer<QObject> home(this);
    auto readOnStoreThread = [holder = m_secrets, home](const QStringList &keys, QObject *context,
                                                        std::function<void(const SecretsResult &)> done) {
        const QPointer<QObject> replyTo(context);
        // To the monitor's (the store's) thread, which picks the store in use then.
        QMetaObject::invokeMethod(home ? home.data() : context, [holder, keys, replyTo, done] {
            const QPointer<CredentialStore> store = *holder;
            if (!store) {
                SecretsResult none;
                none.error = CredentialError::make(CredentialError::Kind::NoBackend, u"no credential store"_s);
                if (replyTo)
                    QMetaObject::invokeMethod(replyTo, [done, none] { done(none); });
                return;
            }
            readSecrets(store, keys, store, [replyTo, done](const SecretsResult &result) {
                if (replyTo)
                    QMetaObject::invokeMethod(replyTo, [done, result] { done(result); });
            });
        });
    };
    m_worker = new SnmpMonitorWorker(cacheFile, std::move(options), readOnStoreThread);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SnmpMonitorWorker::started, this, &SnmpMonitor::started);
    connect(m_worker, &SnmpMonitorWorker::failed, this, &SnmpMonitor::failed);
    connect(m_worker, &SnmpMonitorWorker::executionChanged, this, &SnmpMonitor::executionChanged);
    connect(m_worker, &SnmpMonitorWorker::onusChanged, this, &SnmpMonitor::onusChanged);
    m_thread->start();
}

SnmpMonitor::~SnmpMonitor()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SnmpMonitor::setCredentialStore(CredentialStore *secrets)
{
    *m_secrets = secrets;
}

void SnmpMonitor::start()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->init(); });
}

namespace {
QString idTargets(const QList<qint64> &ids)
{
    QStringList text;
    for (const qint64 id : ids)
        text << u"#"_s + QString::number(id);
    return text.join(u","_s);
}
} // namespace

void SnmpMonitor::runJobs(const QList<qint64> &jobIds)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, jobIds, principal = m_principal] {
        if (!worker->authorize(principal, u"job.run"_s, idTargets(jobIds)))
            worker->runJobs(jobIds);
    });
}

void SnmpMonitor::runOlt(qint64 oltId,
                         std::function<void(const QList<qint64> &executionIds, const QString &error)> done)
{
    QPointer<SnmpMonitor> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, oltId, self, done, principal = m_principal] {
        QString error;
        QList<qint64> ids;
        if (const auto denied = worker->authorize(principal, u"olt.run"_s, idTargets({oltId})))
            error = *denied;
        else
            ids = worker->runOlt(oltId, &error);
        if (self)
            QMetaObject::invokeMethod(self, [done, ids, error] { done(ids, error); });
    });
}

void SnmpMonitor::cancelExecution(qint64 executionId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, executionId, principal = m_principal] {
        if (!worker->authorize(principal, u"execution.cancel"_s, idTargets({executionId})))
            worker->cancelExecution(executionId);
    });
}

void SnmpMonitor::testOlt(qint64 oltId, std::function<void(const OltTestResult &result)> done)
{
    QPointer<SnmpMonitor> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, oltId, self, done, principal = m_principal] {
        if (const auto denied = worker->authorize(principal, u"olt.test"_s, idTargets({oltId}))) {
            OltTestResult refused;
            refused.oltId = oltId;
            refused.error = *denied;
            if (self)
                QMetaObject::invokeMethod(self, [done, refused] { done(refused); });
            return;
        }
        worker->testOlt(oltId, [self, done](const OltTestResult &result) {
            if (self)
                QMetaObject::invokeMethod(self, [done, result] { done(result); });
        });
    });
}

} // namespace Beholder::Snmp

#include "snmpmonitor.moc"
