// SPDX-License-Identifier: GPL-3.0-or-later
// Where the scheduler records executions and their attempts. The cache's SNMP
// store implements it; tests use an in-memory one. Calls come from the
// scheduler's thread and must return quickly (a row each).
#pragma once

#include "snmpjobtypes.h"

#include <QDateTime>

namespace Beholder::Snmp {

class ExecutionJournal
{
public:
    virtual ~ExecutionJournal() = default;

    // A new pending execution; its id, or 0 when it could not be recorded.
    virtual qint64 createExecution(int jobId, int oltId, JobKind kind, qint64 resumedFrom) = 0;
    virtual void markRunning(qint64 executionId, const QDateTime &startedAt) = 0;
    virtual void recordAttempt(qint64 executionId, int attempt, const QDateTime &startedAt, const QDateTime &finishedAt,
                               const RunOutcome &outcome, const QDateTime &nextRetryAt)
        = 0;
    // status is Success, Failed or Interrupted.
    virtual void finishExecution(qint64 executionId, ExecutionStatus status, const QString &error, int onusSeen,
                                 const QDateTime &finishedAt)
        = 0;
};

} // namespace Beholder::Snmp
