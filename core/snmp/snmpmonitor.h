// SPDX-License-Identifier: GPL-3.0-or-later
// SNMP monitoring of one profile's OLTs (SPEC §6): the store, the scheduler and
// the OLT poller live on a thread of their own, so that no query, walk or save
// ever runs on the caller's (GUI) thread. Secrets are read through the
// profile's CredentialStore on its own thread. Every call returns at once;
// answers come back as signals or callbacks on the caller's thread.
#pragma once

#include "access/principal.h"
#include "snmp/snmpjobtypes.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Beholder {
class CredentialStore;
}

namespace Beholder::Snmp {

class SnmpMonitorWorker;

// What "Test SNMP" learns from an OLT.
struct OltTestResult
{
    qint64 oltId = 0;
    QString error; // empty on success; one line for the operator
    QString sysDescr;
    QString sysObjectId;
    QString sysName;
    qint64 uptimeSeconds = 0;
    QString vendor;    // "Huawei", "ZTE", "FiberHome", ... empty when unknown
    QString model;     // as fingerprinted
    QString profileId; // the shipped profile that reads it; empty when none does
    qint64 elapsedMs = 0;
};

struct SnmpMonitorOptions
{
    bool runJobClock = true;     // start due jobs on their interval (off in the CLI's one-shot runs)
    double backoffDivisor = 1.0; // tests: the 300/600/1200 s retry schedule in ms
    int jobClockMs = 5000;       // how often due jobs are looked for
    int snmpTimeoutMs = 0;       // tests: per-request timeout instead of the vendor profile's (0: the profile's)
    int snmpRetries = -1;        // tests: SNMP retries instead of the profile's (-1: the profile's)
    std::optional<QueuePolicy> discoveryPolicy; // tests: instead of the seed's 2/300 s/3
    std::optional<QueuePolicy> pollingPolicy;   // tests: instead of the seed's 5/60 s/2
};

class SnmpMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnmpMonitor)

public:
    // `cacheFile`: the profile's cache (schema 5 or later). `secrets` must outlive the monitor and live in
    // this (the caller's) thread.
    SnmpMonitor(const QString &cacheFile, CredentialStore *secrets, SnmpMonitorOptions options = {},
                QObject *parent = nullptr);
    // Interrupts what is queued or running (recorded as interrupted) and joins the thread.
    ~SnmpMonitor() override;

    // Secrets are read from `secrets` from now on (the demo moves to an in-memory store without a keychain).
    void setCredentialStore(CredentialStore *secrets);

    // Opens the cache on the worker, records executions a previous process left
    // behind as interrupted and queues them again (resumed), seeds the shipped
    // brands and OIDs, then starts the job clock. Ends with started() or failed().
    void start();

    // Who asks for the operations below (Run now, Test SNMP, Cancel): each needs AdministerSnmp and is audited
    // "snmp.<op>"; a refused one does nothing (runOlt and testOlt answer with the reason). Nobody until set.
    // The job clock's own runs need no principal.
    void setPrincipal(const Access::Principal &principal) { m_principal = principal; }
    Access::Principal principal() const { return m_principal; }

    // Queues each enabled job on each of its enabled OLTs now.
    void runJobs(const QList<qint64> &jobIds);
    // Queues every enabled job that includes the OLT (discovery first when the OLT
    // has never been discovered). `done` gets the queued execution ids, or an error.
    void runOlt(qint64 oltId, std::function<void(const QList<qint64> &executionIds, const QString &error)> done);
    void cancelExecution(qint64 executionId);
    // Reads sysDescr, sysObjectID, sysName and sysUpTime and fingerprints the vendor.
    void testOlt(qint64 oltId, std::function<void(const OltTestResult &result)> done);

signals:
    void started();
    void failed(const QString &error);
    // An execution was queued, started an attempt, failed an attempt or finished.
    void executionChanged(qint64 executionId, Beholder::Snmp::ExecutionStatus status, const QString &error);
    // A walk saved ONUs of this OLT.
    void onusChanged(qint64 oltId);

private:
    // Shared with the worker's secrets reader, which runs on this thread only.
    std::shared_ptr<QPointer<CredentialStore>> m_secrets;
    Access::Principal m_principal;
    QThread *m_thread = nullptr;
    SnmpMonitorWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace Beholder::Snmp
