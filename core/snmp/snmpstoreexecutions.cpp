// SPDX-License-Identifier: GPL-3.0-or-later
// SnmpStore, part 2: executions and their attempts, the scheduler's record
// of what ran where and how it ended, kept even when the process is not.
#include "logging/logging.h"
#include "snmp/storesql.h"
#include "snmpstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

const QString executionColumns
    = u"id, job_id, olt_id, status, queued_at, started_at, finished_at, error, onus_seen, resumed_from"_s;

SnmpExecution readExecution(const QSqlQuery &query)
{
    SnmpExecution execution;
    execution.id = query.value(0).toLongLong();
    execution.jobId = query.value(1).toLongLong();
    execution.oltId = query.value(2).toLongLong();
    execution.status = executionStatusFromString(query.value(3).toString()).value_or(ExecutionStatus::Failed);
    execution.queuedAt = query.value(4).toLongLong();
    execution.startedAt = optionalInt(query.value(5));
    execution.finishedAt = optionalInt(query.value(6));
    execution.error = query.value(7).toString();
    execution.onusSeen = optionalInt(query.value(8));
    execution.resumedFrom = optionalInt(query.value(9));
    return execution;
}

SnmpAttempt readAttempt(const QSqlQuery &query)
{
    SnmpAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.executionId = query.value(1).toLongLong();
    attempt.attempt = query.value(2).toInt();
    attempt.startedAt = query.value(3).toLongLong();
    attempt.finishedAt = optionalInt(query.value(4));
    attempt.outcome = attemptOutcomeFromString(query.value(5).toString()).value_or(AttemptOutcome::Error);
    attempt.error = query.value(6).toString();
    attempt.nextRetryAt = optionalInt(query.value(7));
    return attempt;
}

bool isFinal(ExecutionStatus status)
{
    return status == ExecutionStatus::Success || status == ExecutionStatus::Failed
        || status == ExecutionStatus::Interrupted;
}

StoreError wrongState(qint64 executionId, ExecutionStatus actual, const QString &expected)
{
    return StoreError::make(StoreError::Kind::State,
                            QCoreApplication::translate("Snmp::SnmpStore", "execution %1 is %2, not %3")
                                .arg(executionId)
                                .arg(toString(actual), expected));
}

} // namespace

StoreResult<qint64> SnmpStore::createExecution(qint64 jobId, qint64 oltId, UnixTime queuedAt,
                                               std::optional<qint64> resumedFrom)
{
    if (StoreError error = firstError([&] { return checkExists(u"snmp_jobs"_s, jobId, u"jobId"_s, noJob(jobId)); },
                                      [&] { return checkExists(u"snmp_olts"_s, oltId, u"oltId"_s, noOlt(oltId)); },
                                      [&] {
                                          return resumedFrom ? checkExists(u"snmp_executions"_s, *resumedFrom,
                                                                           u"resumedFrom"_s, noExecution(*resumedFrom))
                                                             : StoreError();
                                      });
        error.isError())
        return StoreResult<qint64>::failure(error);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO snmp_executions (job_id, olt_id, status, queued_at, resumed_from) "
                  u"VALUES (?, ?, 'pending', ?, ?)"_s);
    query.addBindValue(jobId);
    query.addBindValue(oltId);
    query.addBindValue(queuedAt);
    query.addBindValue(nullable(resumedFrom));
    if (!query.exec())
        return StoreResult<qint64>::failure(databaseError(query));
    return StoreResult<qint64>::success(query.lastInsertId().toLongLong());
}

StoreError SnmpStore::markRunning(qint64 executionId, UnixTime startedAt)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"UPDATE snmp_executions SET status = 'running', started_at = ? WHERE id = ? AND status = 'pending'"_s);
    query.addBindValue(startedAt);
    query.addBindValue(executionId);
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() == 1)
        return {};
    const StoreResult<SnmpExecution> current = execution(executionId);
    if (!current.ok())
        return current.error;
    return wrongState(executionId, current.value->status, toString(ExecutionStatus::Pending));
}

StoreResult<int> SnmpStore::recordAttempt(qint64 executionId, const SnmpAttempt &attempt)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return StoreResult<int>::failure(transaction.error());
    const StoreResult<SnmpExecution> current = execution(executionId);
    if (!current.ok())
        return StoreResult<int>::failure(current.error);
    if (current.value->status != ExecutionStatus::Running)
        return StoreResult<int>::failure(
            wrongState(executionId, current.value->status, toString(ExecutionStatus::Running)));

    QSqlQuery query(m_db);
    // The number is the next one of this execution, taken inside the transaction.
    query.prepare(u"INSERT INTO snmp_execution_attempts (execution_id, attempt, started_at, finished_at, outcome, "
                  u"error, next_retry_at) "
                  u"SELECT ?, coalesce(max(attempt), 0) + 1, ?, ?, ?, ?, ? FROM snmp_execution_attempts "
                  u"WHERE execution_id = ?"_s);
    query.addBindValue(executionId);
    query.addBindValue(attempt.startedAt);
    query.addBindValue(nullable(attempt.finishedAt));
    query.addBindValue(toString(attempt.outcome));
    query.addBindValue(attempt.error.isEmpty() ? QVariant() : QVariant(attempt.error));
    query.addBindValue(nullable(attempt.nextRetryAt));
    query.addBindValue(executionId);
    if (!query.exec())
        return StoreResult<int>::failure(databaseError(query));
    const qint64 attemptId = query.lastInsertId().toLongLong();
    query.prepare(u"SELECT attempt FROM snmp_execution_attempts WHERE id = ?"_s);
    query.addBindValue(attemptId);
    if (!query.exec() || !query.next())
        return StoreResult<int>::failure(databaseError(query));
    const int number = query.value(0).toInt();
    query.finish();
    if (StoreError error = transaction.commit(); error.isError())
        return StoreResult<int>::failure(error);
    return StoreResult<int>::success(number);
}

StoreError SnmpStore::finishExecution(qint64 executionId, ExecutionStatus status, const QString &error,
                                      std::optional<qint64> onusSeen, UnixTime finishedAt)
{
    if (!isFinal(status))
        return StoreError::make(StoreError::Kind::Invalid,
                                QCoreApplication::translate("Snmp::SnmpStore",
                                                            "an execution ends as success, failed or interrupted, "
                                                            "not %1")
                                    .arg(toString(status)),
                                u"status"_s);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE snmp_executions SET status = ?, finished_at = ?, error = ?, onus_seen = ? "
                  u"WHERE id = ? AND status IN ('pending', 'running')"_s);
    query.addBindValue(toString(status));
    query.addBindValue(finishedAt);
    query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    query.addBindValue(nullable(onusSeen));
    query.addBindValue(executionId);
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() == 1)
        return {};
    const StoreResult<SnmpExecution> current = execution(executionId);
    if (!current.ok())
        return current.error;
    return wrongState(executionId, current.value->status,
                      QCoreApplication::translate("Snmp::SnmpStore", "pending or running"));
}

StoreResult<QList<SnmpExecution>> SnmpStore::markInterruptedAtStartup(UnixTime now)
{
    using Result = StoreResult<QList<SnmpExecution>>;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return Result::failure(transaction.error());
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id FROM snmp_executions WHERE status IN ('pending', 'running') ORDER BY id"_s))
        return Result::failure(databaseError(query));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();

    query.prepare(uR"(UPDATE snmp_executions SET status = 'interrupted', finished_at = ?,
                      error = coalesce(error, CASE status WHEN 'pending' THEN 'the application ended before it started'
                                                          ELSE 'the application ended while it ran' END)
                      WHERE status IN ('pending', 'running'))"_s);
    query.addBindValue(now);
    if (!query.exec())
        return Result::failure(databaseError(query));

    QList<SnmpExecution> interrupted;
    interrupted.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        StoreResult<SnmpExecution> row = execution(id);
        if (!row.ok())
            return Result::failure(row.error);
        interrupted << *row.value;
    }
    if (StoreError error = transaction.commit(); error.isError())
        return Result::failure(error);
    if (!interrupted.isEmpty())
        qCInfo(lcCache) << interrupted.size() << "SNMP executions were interrupted by the end of a process";
    return Result::success(interrupted);
}

StoreResult<SnmpExecution> SnmpStore::execution(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_executions WHERE id = ?"_s.arg(executionColumns));
    query.addBindValue(id);
    if (!query.exec())
        return StoreResult<SnmpExecution>::failure(databaseError(query));
    if (!query.next())
        return StoreResult<SnmpExecution>::failure(StoreError::make(StoreError::Kind::NotFound, noExecution(id)));
    return StoreResult<SnmpExecution>::success(readExecution(query));
}

StoreResult<QList<SnmpExecution>> SnmpStore::listExecutions(const ExecutionFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.status) {
        conditions << u"status = ?"_s;
        values << toString(*filter.status);
    }
    if (filter.jobId) {
        conditions << u"job_id = ?"_s;
        values << *filter.jobId;
    }
    if (filter.oltId) {
        conditions << u"olt_id = ?"_s;
        values << *filter.oltId;
    }
    if (filter.since) {
        conditions << u"queued_at >= ?"_s;
        values << *filter.since;
    }
    QString sql = u"SELECT %1 FROM snmp_executions"_s.arg(executionColumns);
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY queued_at DESC, id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);

    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return StoreResult<QList<SnmpExecution>>::failure(databaseError(query));
    QList<SnmpExecution> executions;
    while (query.next())
        executions << readExecution(query);
    return StoreResult<QList<SnmpExecution>>::success(executions);
}

StoreResult<QList<SnmpAttempt>> SnmpStore::attempts(qint64 executionId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, execution_id, attempt, started_at, finished_at, outcome, error, next_retry_at "
                  u"FROM snmp_execution_attempts WHERE execution_id = ? ORDER BY attempt"_s);
    query.addBindValue(executionId);
    if (!query.exec())
        return StoreResult<QList<SnmpAttempt>>::failure(databaseError(query));
    QList<SnmpAttempt> rows;
    while (query.next())
        rows << readAttempt(query);
    return StoreResult<QList<SnmpAttempt>>::success(rows);
}

} // namespace Beholder::Snmp
