// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler's journal in the cache: executions and attempts as SnmpStore rows.
#pragma once

#include "snmp/executionjournal.h"

namespace Beholder::Snmp {

class SnmpStore;

class StoreJournal final : public ExecutionJournal
{
public:
    explicit StoreJournal(SnmpStore &store)
        : m_store(store)
    { }

    qint64 createExecution(int jobId, int oltId, JobKind kind, qint64 resumedFrom) override;
    void markRunning(qint64 executionId, const QDateTime &startedAt) override;
    void recordAttempt(qint64 executionId, int attempt, const QDateTime &startedAt, const QDateTime &finishedAt,
                       const RunOutcome &outcome, const QDateTime &nextRetryAt) override;
    void finishExecution(qint64 executionId, ExecutionStatus status, const QString &error, int onusSeen,
                         const QDateTime &finishedAt) override;

private:
    SnmpStore &m_store;
};

} // namespace Beholder::Snmp
