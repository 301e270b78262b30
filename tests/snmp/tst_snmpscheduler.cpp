// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP scheduler's rules with a scripted runner and an in-memory journal:
// queue limits and the per-OLT lock under a burst, retries on the backoff
// schedule, attempt timeouts, no retry on auth errors, cancel and interrupt.
#include "snmp/executionjournal.h"
#include "snmp/snmprunner.h"
#include "snmp/snmpscheduler.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTimer>
#include <QtTest>

using namespace Beholder::Snmp;
using namespace Qt::StringLiterals;

namespace {

struct Attempt
{
    int attempt = 0;
    RunOutcome::Kind outcome = RunOutcome::Kind::Success;
    QDateTime nextRetryAt;
};

struct Execution
{
    int jobId = 0;
    int oltId = 0;
    JobKind kind = JobKind::Polling;
    qint64 resumedFrom = 0;
    QString status = u"pending"_s;
    QString error;
    int onus = 0;
    QList<Attempt> attempts;
};

class MemoryJournal final : public ExecutionJournal
{
public:
    QMap<qint64, Execution> executions;
    qint64 nextId = 1;

    qint64 createExecution(int jobId, int oltId, JobKind kind, qint64 resumedFrom) override
    {
        Execution e;
        e.jobId = jobId;
        e.oltId = oltId;
        e.kind = kind;
        e.resumedFrom = resumedFrom;
        executions.insert(nextId, e);
        return nextId++;
    }
    void markRunning(qint64 id, const QDateTime &) override { executions[id].status = u"running"_s; }
    void recordAttempt(qint64 id, int attempt, const QDateTime &, const QDateTime &, const RunOutcome &outcome,
                       const QDateTime &nextRetryAt) override
    {
        Attempt a;
        a.attempt = attempt;
        a.outcome = outcome.kind;
        a.nextRetryAt = nextRetryAt;
        executions[id].attempts.append(a);
    }
    void finishExecution(qint64 id, ExecutionStatus status, const QString &error, int onus, const QDateTime &) override
    {
        executions[id].status = toString(status);
        executions[id].error = error;
        executions[id].onus = onus;
    }
};

// Answers each attempt after `durationMs` with the scripted outcome, and checks
// the rules as it goes: never two attempts on one OLT, never more than the
// queue's limit.
class ScriptedRunner final : public SnmpRunner
{
public:
    int durationMs = 20;
    std::function<RunOutcome(const ScheduledRun &)> script
        = [](const ScheduledRun &) { return RunOutcome::success(7); };
    QHash<qint64, QTimer *> running;
    QHash<int, int> busyOlts;
    int mostDiscovery = 0;
    int mostPolling = 0;
    int overlapsOnOneOlt = 0;
    QList<qint64> canceled;
    QHash<qint64, QList<qint64>> attemptStartsMs; // execution -> elapsed at each start
    QElapsedTimer clock;
    QHash<qint64, JobKind> kinds;
    QHash<qint64, int> olts;

    ScriptedRunner() { clock.start(); }

    int count(JobKind kind) const
    {
        int n = 0;
        for (auto it = running.cbegin(); it != running.cend(); ++it)
            n += kinds.value(it.key()) == kind ? 1 : 0;
        return n;
    }

    void start(const ScheduledRun &run, Done done) override
    {
        if (busyOlts.value(run.oltId) > 0)
            ++overlapsOnOneOlt;
        ++busyOlts[run.oltId];
        kinds.insert(run.executionId, run.kind);
        olts.insert(run.executionId, run.oltId);
        attemptStartsMs[run.executionId].append(clock.elapsed());
        auto *timer = new QTimer;
        timer->setSingleShot(true);
        running.insert(run.executionId, timer);
        mostDiscovery = qMax(mostDiscovery, count(JobKind::Discovery));
        mostPolling = qMax(mostPolling, count(JobKind::Polling));
        QObject::connect(timer, &QTimer::timeout, timer, [this, run, done, timer] {
            running.remove(run.executionId);
            --busyOlts[run.oltId];
            timer->deleteLater();
            done(script(run));
        });
        if (durationMs >= 0)
            timer->start(durationMs);
    }
    void cancel(qint64 executionId) override
    {
        canceled.append(executionId);
        if (QTimer *timer = running.take(executionId)) {
            --busyOlts[olts.value(executionId)];
            timer->stop();
            timer->deleteLater();
        }
    }
};

} // namespace

class TestSnmpScheduler : public QObject
{
    Q_OBJECT

private slots:
    void defaults_areTheSeeds()
    {
        const QueuePolicy discovery = QueuePolicy::forKind(JobKind::Discovery);
        QCOMPARE(discovery.maxConcurrent, 2);
        QCOMPARE(discovery.timeoutMs, 300000);
        QCOMPARE(discovery.retries, 3);
        QCOMPARE(discovery.backoffMs, (QList<int>{300000, 600000, 1200000}));
        const QueuePolicy polling = QueuePolicy::forKind(JobKind::Polling);
        QCOMPARE(polling.maxConcurrent, 5);
        QCOMPARE(polling.timeoutMs, 60000);
        QCOMPARE(polling.retries, 2);
    }

    void burstOfTwenty_respectsLimitsAndLocks()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        SnmpScheduler scheduler(&runner, &journal);
        // 20 jobs: 12 polling and 8 discovery over 6 OLTs, so that OLTs are shared within and across queues.
        QList<qint64> ids;
        for (int i = 0; i < 20; ++i) {
            const JobKind kind = i % 5 < 3 ? JobKind::Polling : JobKind::Discovery;
            ids.append(scheduler.enqueue(100 + i, i % 6, kind));
        }
        QCOMPARE(ids.size(), 20);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 20);
        for (const qint64 id : std::as_const(ids))
            QCOMPARE(journal.executions[id].status, u"pending"_s); // recorded before anything runs
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), 10000);
        QCOMPARE(runner.overlapsOnOneOlt, 0);
        QVERIFY2(runner.mostPolling <= 5, qPrintable(QString::number(runner.mostPolling)));
        QVERIFY2(runner.mostDiscovery <= 2, qPrintable(QString::number(runner.mostDiscovery)));
        QVERIFY(runner.mostDiscovery >= 1);
        for (const qint64 id : std::as_const(ids)) {
            QCOMPARE(journal.executions[id].status, u"success"_s);
            QCOMPARE(journal.executions[id].onus, 7);
            QCOMPARE(journal.executions[id].attempts.size(), 1);
        }
    }

    void queueLimit_isReachedWhenOltsAreDistinct()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        runner.durationMs = 100;
        SnmpScheduler scheduler(&runner, &journal);
        for (int i = 0; i < 12; ++i)
            scheduler.enqueue(1, i, JobKind::Polling);
        for (int i = 0; i < 6; ++i)
            scheduler.enqueue(2, 100 + i, JobKind::Discovery);
        QTRY_COMPARE(scheduler.runningCount(JobKind::Polling), 5);
        QCOMPARE(scheduler.runningCount(JobKind::Discovery), 2);
        QCOMPARE(scheduler.queuedCount(JobKind::Polling), 7);
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), 10000);
        QCOMPARE(runner.mostPolling, 5);
        QCOMPARE(runner.mostDiscovery, 2);
    }

    void sameJobOnSameOlt_isNotQueuedTwice()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        SnmpScheduler scheduler(&runner, &journal);
        const qint64 first = scheduler.enqueue(5, 9, JobKind::Polling);
        QCOMPARE(scheduler.enqueue(5, 9, JobKind::Polling), first);
        QVERIFY(scheduler.enqueue(6, 9, JobKind::Polling) != first); // another job on the OLT waits its turn
        QCOMPARE(journal.executions.size(), 2);
        QTRY_VERIFY(scheduler.isIdle());
        QCOMPARE(runner.overlapsOnOneOlt, 0);
    }

    void failingAgent_retriesOnTheBackoffScheduleThenFails()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        runner.durationMs = 5;
        runner.script = [](const ScheduledRun &) {
            return RunOutcome::failure(RunOutcome::Kind::Timeout, u"127.0.0.1:1161: no answer"_s);
        };
        SnmpScheduler scheduler(&runner, &journal);
        scheduler.setBackoffScale(1000.0); // 300/600/1200 s -> 300/600/1200 ms
        QSignalSpy retries(&scheduler, &SnmpScheduler::attemptFailed);
        const qint64 id = scheduler.enqueue(1, 1, JobKind::Discovery); // 3 retries: 4 attempts
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.isIdle(), 10000);
        const Execution &e = journal.executions[id];
        QCOMPARE(e.status, u"failed"_s);
        QVERIFY(e.error.contains(u"no answer"_s));
        QCOMPARE(e.attempts.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(e.attempts[i].attempt, i + 1);
            QCOMPARE(toString(e.attempts[i].outcome), u"timeout"_s);
            QCOMPARE(e.attempts[i].nextRetryAt.isValid(), i < 3); // the last failure schedules nothing
        }
        QCOMPARE(retries.size(), 3);
        // Each retry waited at least its step of the schedule (300, 600, 1200 ms here).
        const QList<qint64> starts = runner.attemptStartsMs.value(id);
        QCOMPARE(starts.size(), 4);
        const QList<qint64> waits{300, 600, 1200};
        for (int i = 0; i < 3; ++i)
            QVERIFY2(starts[i + 1] - starts[i] >= waits[i] + runner.durationMs - 2,
                     qPrintable(u"retry %1 after %2 ms"_s.arg(i + 1).arg(starts[i + 1] - starts[i])));
    }

    void olt_isFreeForOthersWhileARetryWaits()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        runner.durationMs = 5;
        runner.script = [](const ScheduledRun &run) {
            return run.jobId == 1 && run.attempt == 1 ? RunOutcome::failure(RunOutcome::Kind::Error, u"boom"_s)
                                                      : RunOutcome::success(1);
        };
        SnmpScheduler scheduler(&runner, &journal);
        scheduler.setBackoffScale(1000.0);
        const qint64 flaky = scheduler.enqueue(1, 3, JobKind::Polling);
        const qint64 other = scheduler.enqueue(2, 3, JobKind::Polling);
        QTRY_COMPARE(journal.executions[other].status, u"success"_s);
        QCOMPARE(journal.executions[flaky].status, u"running"_s); // still waiting for its retry
        QTRY_COMPARE_WITH_TIMEOUT(journal.executions[flaky].status, u"success"_s, 5000);
        QCOMPARE(journal.executions[flaky].attempts.size(), 2);
    }

    void authFailure_isNotRetried()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        runner.script = [](const ScheduledRun &) {
            return RunOutcome::failure(RunOutcome::Kind::Auth, u"wrong SNMPv3 authentication password"_s);
        };
        SnmpScheduler scheduler(&runner, &journal);
        scheduler.setBackoffScale(1000.0);
        const qint64 id = scheduler.enqueue(1, 1, JobKind::Polling);
        QTRY_VERIFY(scheduler.isIdle());
        QCOMPARE(journal.executions[id].status, u"failed"_s);
        QCOMPARE(journal.executions[id].attempts.size(), 1);
    }

    void attemptTimeout_cancelsTheRunnerAndRetries()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        runner.durationMs = -1; // never answers
        SnmpScheduler scheduler(&runner, &journal);
        QueuePolicy polling = QueuePolicy::forKind(JobKind::Polling);
        polling.timeoutMs = 50;
        polling.retries = 1;
        polling.backoffMs = {10};
        scheduler.setPolicy(JobKind::Polling, polling);
        const qint64 id = scheduler.enqueue(1, 1, JobKind::Polling);
        QTRY_VERIFY(scheduler.isIdle());
        QCOMPARE(journal.executions[id].status, u"failed"_s);
        QVERIFY(journal.executions[id].error.contains(u"did not finish within"_s));
        QCOMPARE(journal.executions[id].attempts.size(), 2);
        QCOMPARE(runner.canceled, (QList<qint64>{id, id}));
        QVERIFY(!scheduler.isOltBusy(1));
    }

    void interruptAll_recordsInterruptedAndStopsRunners()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        runner.durationMs = 10000;
        auto scheduler = std::make_unique<SnmpScheduler>(&runner, &journal);
        const qint64 a = scheduler->enqueue(1, 1, JobKind::Discovery);
        const qint64 b = scheduler->enqueue(2, 1, JobKind::Polling); // waits for OLT 1
        QTRY_COMPARE(journal.executions[a].status, u"running"_s);
        QCOMPARE(journal.executions[b].status, u"pending"_s);
        scheduler.reset(); // the app exits
        QCOMPARE(journal.executions[a].status, u"interrupted"_s);
        QCOMPARE(journal.executions[b].status, u"interrupted"_s);
        QCOMPARE(runner.canceled, QList<qint64>{a});
    }

    void resumedExecution_remembersWhatItResumes()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        SnmpScheduler scheduler(&runner, &journal);
        const qint64 id = scheduler.enqueue(1, 2, JobKind::Discovery, 41);
        QCOMPARE(journal.executions[id].resumedFrom, 41);
        QTRY_COMPARE(journal.executions[id].status, u"success"_s);
    }

    void cancel_queuedAndRunning()
    {
        MemoryJournal journal;
        ScriptedRunner runner;
        runner.durationMs = 10000;
        SnmpScheduler scheduler(&runner, &journal);
        const qint64 running = scheduler.enqueue(1, 1, JobKind::Polling);
        const qint64 queued = scheduler.enqueue(2, 1, JobKind::Polling);
        QTRY_COMPARE(journal.executions[running].status, u"running"_s);
        scheduler.cancel(queued);
        QCOMPARE(journal.executions[queued].status, u"failed"_s);
        QVERIFY(journal.executions[queued].attempts.isEmpty());
        scheduler.cancel(running);
        QCOMPARE(journal.executions[running].status, u"failed"_s);
        QCOMPARE(journal.executions[running].attempts.size(), 1);
        QCOMPARE(toString(journal.executions[running].attempts[0].outcome), u"canceled"_s);
        QCOMPARE(runner.canceled, QList<qint64>{running});
        QVERIFY(scheduler.isIdle());
        QVERIFY(!scheduler.isOltBusy(1));
    }
};

QTEST_GUILESS_MAIN(TestSnmpScheduler)
#include "tst_snmpscheduler.moc"
