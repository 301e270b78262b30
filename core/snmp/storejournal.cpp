// SPDX-License-Identifier: GPL-3.0-or-later
#include "storejournal.h"

#include "logging/logging.h"
#include "snmp/snmpstore.h"

namespace Beholder::Snmp {

namespace {

void warnIfFailed(const StoreError &error, const char *what, qint64 executionId)
{
    if (error.isError())
        qCWarning(lcSnmp).noquote() << "could not record" << what << "of SNMP execution" << executionId << ":"
                                    << error.message;
}

} // namespace

qint64 StoreJournal::createExecution(int jobId, int oltId, JobKind, qint64 resumedFrom)
{
    const auto id = m_store.createExecution(jobId, oltId, QDateTime::currentSecsSinceEpoch(),
                                            resumedFrom > 0 ? std::optional<qint64>(resumedFrom) : std::nullopt);
    warnIfFailed(id.error, "the start", 0);
    return id.ok() ? *id.value : 0;
}

void StoreJournal::markRunning(qint64 executionId, const QDateTime &startedAt)
{
    warnIfFailed(m_store.markRunning(executionId, startedAt.toSecsSinceEpoch()), "the running state", executionId);
}

void StoreJournal::recordAttempt(qint64 executionId, int, const QDateTime &startedAt, const QDateTime &finishedAt,
                                 const RunOutcome &outcome, const QDateTime &nextRetryAt)
{
    SnmpAttempt attempt;
    attempt.executionId = executionId;
    attempt.startedAt = startedAt.toSecsSinceEpoch();
    attempt.finishedAt = finishedAt.toSecsSinceEpoch();
    attempt.outcome = outcome.kind;
    attempt.error = outcome.error;
    if (nextRetryAt.isValid())
        attempt.nextRetryAt = nextRetryAt.toSecsSinceEpoch();
    warnIfFailed(m_store.recordAttempt(executionId, attempt).error, "an attempt", executionId);
}

void StoreJournal::finishExecution(qint64 executionId, ExecutionStatus status, const QString &error, int onusSeen,
                                   const QDateTime &finishedAt)
{
    warnIfFailed(
        m_store.finishExecution(executionId, status, error,
                                status == ExecutionStatus::Success ? std::optional<qint64>(onusSeen) : std::nullopt,
                                finishedAt.toSecsSinceEpoch()),
        "the end", executionId);
}

} // namespace Beholder::Snmp
