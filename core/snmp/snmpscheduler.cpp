// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpscheduler.h"

#include "executionjournal.h"
#include "logging/logging.h"
#include "snmprunner.h"

#include <QPointer>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

SnmpScheduler::SnmpScheduler(SnmpRunner *runner, ExecutionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_journal(journal)
    , m_discovery(QueuePolicy::forKind(JobKind::Discovery))
    , m_polling(QueuePolicy::forKind(JobKind::Polling))
{
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &SnmpScheduler::pump);
}

SnmpScheduler::~SnmpScheduler()
{
    interruptAll();
}

void SnmpScheduler::setPolicy(JobKind kind, const QueuePolicy &policy)
{
    (kind == JobKind::Discovery ? m_discovery : m_polling) = policy;
    QMetaObject::invokeMethod(this, &SnmpScheduler::pump, Qt::QueuedConnection);
}

QueuePolicy SnmpScheduler::policy(JobKind kind) const
{
    return kind == JobKind::Discovery ? m_discovery : m_polling;
}

void SnmpScheduler::setBackoffScale(double divisor)
{
    m_backoffDivisor = divisor > 0 ? divisor : 1.0;
}

qint64 SnmpScheduler::enqueue(int jobId, int oltId, JobKind kind, qint64 resumedFrom)
{
    for (const qint64 id : std::as_const(m_order)) {
        const ScheduledRun &queued = m_items[id].run;
        if (queued.jobId == jobId && queued.oltId == oltId)
            return id; // a slow OLT must not pile up executions of the same job
    }
    const qint64 id = m_journal->createExecution(jobId, oltId, kind, resumedFrom);
    if (id <= 0) {
        qCWarning(lcSnmp) << "could not record an execution of job" << jobId << "on OLT" << oltId;
        return 0;
    }
    Item item;
    item.run = {id, jobId, oltId, kind, 1, resumedFrom};
    m_items.insert(id, item);
    m_order.append(id);
    // From the event loop: a caller queuing a burst sees every execution pending first.
    QMetaObject::invokeMethod(this, &SnmpScheduler::pump, Qt::QueuedConnection);
    return id;
}

int SnmpScheduler::runningCount(JobKind kind) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [kind](const Item &i) { return i.running && i.run.kind == kind; }));
}

int SnmpScheduler::queuedCount(JobKind kind) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [kind](const Item &i) { return !i.running && i.run.kind == kind; }));
}

void SnmpScheduler::pump()
{
    if (m_pumping)
        return; // a runner answering synchronously must not re-enter
    m_pumping = true;
    const qint64 now = m_clock.elapsed();
    int running[2] = {runningCount(JobKind::Discovery), runningCount(JobKind::Polling)};
    const QList<qint64> order = m_order;
    for (const qint64 id : order) {
        const auto it = m_items.find(id);
        if (it == m_items.end() || it->running || it->notBeforeMs > now || m_lockedOlts.contains(it->run.oltId))
            continue;
        const int slot = it->run.kind == JobKind::Discovery ? 0 : 1;
        if (running[slot] >= qMax(1, policy(it->run.kind).maxConcurrent))
            continue;
        ++running[slot];
        startAttempt(*it);
    }
    m_pumping = false;
    armWakeUp();
}

void SnmpScheduler::startAttempt(Item &item)
{
    item.running = true;
    item.attemptStartedAt = QDateTime::currentDateTimeUtc();
    m_lockedOlts.insert(item.run.oltId);
    if (item.run.attempt == 1)
        m_journal->markRunning(item.run.executionId, item.attemptStartedAt);
    const qint64 id = item.run.executionId;
    const int timeoutMs = policy(item.run.kind).timeoutMs;
    item.timeout = new QTimer(this);
    item.timeout->setSingleShot(true);
    connect(item.timeout, &QTimer::timeout, this, [this, id, timeoutMs] {
        m_runner->cancel(id);
        onOutcome(id,
                  RunOutcome::failure(RunOutcome::Kind::Timeout,
                                      u"the job did not finish within %1 s"_s.arg(timeoutMs / 1000.0)));
    });
    item.timeout->start(qMax(1, timeoutMs));
    emit executionStarted(id, item.run.attempt);
    qCDebug(lcSnmp) << "execution" << id << "attempt" << item.run.attempt << "on OLT" << item.run.oltId;
    const ScheduledRun run = item.run; // the runner may answer before `item` is touched again
    QPointer<SnmpScheduler> self(this);
    m_runner->start(run, [self, id, attempt = run.attempt](const RunOutcome &outcome) {
        if (!self)
            return;
        const auto it = self->m_items.constFind(id);
        // Only the attempt that is running may answer (a canceled one stays silent, but be sure).
        if (it != self->m_items.cend() && it->running && it->run.attempt == attempt)
            self->onOutcome(id, outcome);
    });
}

int SnmpScheduler::backoffMs(const QueuePolicy &policy, int failedAttempt) const
{
    if (policy.backoffMs.isEmpty())
        return 0;
    const qsizetype index = std::min<qsizetype>(failedAttempt - 1, policy.backoffMs.size() - 1);
    return int(std::lround(policy.backoffMs.at(std::max<qsizetype>(0, index)) / m_backoffDivisor));
}

void SnmpScheduler::onOutcome(qint64 executionId, const RunOutcome &outcome)
{
    const auto it = m_items.find(executionId);
    if (it == m_items.end() || !it->running)
        return;
    Item &item = *it;
    if (item.timeout) {
        item.timeout->stop();
        item.timeout->deleteLater();
        item.timeout = nullptr;
    }
    item.running = false;
    m_lockedOlts.remove(item.run.oltId);
    const QDateTime finishedAt = QDateTime::currentDateTimeUtc();
    const QueuePolicy queue = policy(item.run.kind);
    const bool retry
        = outcome.kind != RunOutcome::Kind::Success && outcome.retryable() && item.run.attempt <= queue.retries;
    const int waitMs = retry ? backoffMs(queue, item.run.attempt) : 0;
    const QDateTime nextRetryAt = retry ? finishedAt.addMSecs(waitMs) : QDateTime();
    m_journal->recordAttempt(executionId, item.run.attempt, item.attemptStartedAt, finishedAt, outcome, nextRetryAt);
    if (outcome.kind == RunOutcome::Kind::Success) {
        finish(executionId, ExecutionStatus::Success, QString(), outcome.onusSeen);
    } else if (retry) {
        qCInfo(lcSnmp).noquote() << u"execution %1 attempt %2 failed (%3); retry in %4 s"_s.arg(executionId)
                                        .arg(item.run.attempt)
                                        .arg(outcome.error)
                                        .arg(waitMs / 1000.0);
        emit attemptFailed(executionId, item.run.attempt, outcome.error, nextRetryAt);
        ++item.run.attempt;
        item.notBeforeMs = m_clock.elapsed() + waitMs;
    } else {
        finish(executionId, ExecutionStatus::Failed, outcome.error, 0);
    }
    QMetaObject::invokeMethod(this, &SnmpScheduler::pump, Qt::QueuedConnection);
}

void SnmpScheduler::finish(qint64 executionId, ExecutionStatus status, const QString &error, int onusSeen)
{
    Item item = m_items.take(executionId);
    m_order.removeOne(executionId);
    if (item.timeout) {
        item.timeout->stop();
        item.timeout->deleteLater();
    }
    if (item.running)
        m_lockedOlts.remove(item.run.oltId);
    m_journal->finishExecution(executionId, status, error, onusSeen, QDateTime::currentDateTimeUtc());
    emit executionFinished(executionId, status, error);
}

void SnmpScheduler::cancel(qint64 executionId)
{
    const auto it = m_items.constFind(executionId);
    if (it == m_items.cend())
        return;
    if (it->running) {
        m_runner->cancel(executionId);
        m_journal->recordAttempt(executionId, it->run.attempt, it->attemptStartedAt, QDateTime::currentDateTimeUtc(),
                                 RunOutcome::failure(RunOutcome::Kind::Canceled, u"canceled by the operator"_s),
                                 QDateTime());
    }
    finish(executionId, ExecutionStatus::Failed, u"canceled by the operator"_s, 0);
    QMetaObject::invokeMethod(this, &SnmpScheduler::pump, Qt::QueuedConnection);
}

void SnmpScheduler::interruptAll()
{
    const QList<qint64> order = m_order;
    for (const qint64 id : order) {
        const auto it = m_items.constFind(id);
        if (it == m_items.cend())
            continue;
        if (it->running)
            m_runner->cancel(id);
        finish(id, ExecutionStatus::Interrupted, u"Beholder was closed while this job was queued or running"_s, 0);
    }
}

void SnmpScheduler::armWakeUp()
{
    // Wake up for the earliest retry that waits; slots and locks wake us up when they free.
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Item &item : std::as_const(m_items))
        if (!item.running && item.notBeforeMs > 0)
            earliest = std::min(earliest, item.notBeforeMs);
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_wakeUp.stop();
        return;
    }
    m_wakeUp.start(int(std::clamp<qint64>(earliest - m_clock.elapsed(), 0, std::numeric_limits<int>::max())));
}

} // namespace Beholder::Snmp
