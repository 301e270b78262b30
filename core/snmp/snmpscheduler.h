// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP job scheduler of SPEC §6 (Facho Deluxe v2): a discovery queue and a
// polling queue, each with its concurrency limit, attempt timeout and retries
// with exponential backoff, and one lock per OLT shared by both queues, so
// that two jobs never talk to one OLT at once. It decides what runs when; the
// runner does the SNMP and the journal records executions and attempts.
#pragma once

#include "snmpjobtypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Beholder::Snmp {

class ExecutionJournal;
class SnmpRunner;

class SnmpScheduler : public QObject
{
    Q_OBJECT

public:
    SnmpScheduler(SnmpRunner *runner, ExecutionJournal *journal, QObject *parent = nullptr);
    ~SnmpScheduler() override;

    void setPolicy(JobKind kind, const QueuePolicy &policy);
    QueuePolicy policy(JobKind kind) const;
    // Divides every backoff wait (tests run the 300/600/1200 s schedule in milliseconds).
    void setBackoffScale(double divisor);

    // Queues a job on an OLT; a pending execution is recorded at once. The same
    // job already queued or running on that OLT is not queued twice: its
    // execution id is returned instead. 0 when the journal refused it.
    qint64 enqueue(int jobId, int oltId, JobKind kind, qint64 resumedFrom = 0);
    // Cancels a queued or running execution; it ends failed ("canceled").
    void cancel(qint64 executionId);
    // At exit: everything queued or running ends as interrupted (resumed at the next start).
    void interruptAll();

    int runningCount(JobKind kind) const;
    int queuedCount(JobKind kind) const; // waiting for a slot, a lock or a retry
    bool isOltBusy(int oltId) const { return m_lockedOlts.contains(oltId); }
    bool isIdle() const { return m_items.isEmpty(); }

signals:
    void executionStarted(qint64 executionId, int attempt);
    void attemptFailed(qint64 executionId, int attempt, const QString &error, const QDateTime &nextRetryAt);
    void executionFinished(qint64 executionId, Beholder::Snmp::ExecutionStatus status, const QString &error);

private:
    struct Item
    {
        ScheduledRun run;
        bool running = false;
        qint64 notBeforeMs = 0; // scheduler clock; a retry waits for it
        QDateTime attemptStartedAt;
        QTimer *timeout = nullptr;
    };

    void pump();
    void startAttempt(Item &item);
    void onOutcome(qint64 executionId, const RunOutcome &outcome);
    void finish(qint64 executionId, ExecutionStatus status, const QString &error, int onusSeen);
    void armWakeUp();
    int backoffMs(const QueuePolicy &policy, int failedAttempt) const;

    SnmpRunner *m_runner;
    ExecutionJournal *m_journal;
    QueuePolicy m_discovery;
    QueuePolicy m_polling;
    double m_backoffDivisor = 1.0;
    QElapsedTimer m_clock;
    QHash<qint64, Item> m_items; // by execution id
    QList<qint64> m_order;       // arrival order, for fairness
    QSet<int> m_lockedOlts;
    QTimer m_wakeUp;
    bool m_pumping = false;
};

} // namespace Beholder::Snmp
