// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary the SNMP scheduler shares with whoever runs and records its
// work: what kind of job, how a queue is limited, one scheduled run of a job on
// one OLT and how a try of it ended.
#pragma once

#include <QList>
#include <QString>

namespace Beholder::Snmp {

enum class JobKind {
    Discovery, // walks the ONU inventory; its queue runs 2 at a time, 300 s timeout, 3 retries
    Polling,   // walks status and optical values; 5 at a time, 60 s timeout, 2 retries
};

QString toString(JobKind kind); // "discovery", "polling"

// Limits of one queue, as the Facho Deluxe v2 seed sets them.
struct QueuePolicy
{
    int maxConcurrent = 1;
    int timeoutMs = 60000; // per attempt; the attempt is canceled and counts as a timeout
    int retries = 0;       // attempts = retries + 1
    QList<int> backoffMs;  // wait before retry n (the last value repeats)

    static QueuePolicy forKind(JobKind kind); // discovery 2/300 s/3, polling 5/60 s/2, backoff 300/600/1200 s
};

// One job on one OLT, as the scheduler hands it to a runner.
struct ScheduledRun
{
    qint64 executionId = 0;
    int jobId = 0;
    int oltId = 0;
    JobKind kind = JobKind::Polling;
    int attempt = 1;        // 1-based
    qint64 resumedFrom = 0; // the interrupted execution this one resumes, or 0
};

// How one try of an execution ended, as the cache records it.
enum class AttemptOutcome { Success, Timeout, Auth, Error, Canceled };

QString toString(AttemptOutcome outcome); // "success", "timeout", "auth", "error", "canceled"

struct RunOutcome
{
    using Kind = AttemptOutcome;
    Kind kind = Kind::Success;
    QString error; // one line for the operator, no secrets
    int onusSeen = 0;
    // A wrong password or a bad configuration does not heal by waiting: no retry.
    bool retryable() const { return kind == Kind::Timeout || kind == Kind::Error; }

    static RunOutcome success(int onus)
    {
        RunOutcome o;
        o.onusSeen = onus;
        return o;
    }
    static RunOutcome failure(Kind kind, const QString &error)
    {
        RunOutcome o;
        o.kind = kind;
        o.error = error;
        return o;
    }
};

enum class ExecutionStatus {
    Pending,
    Running,
    Success,
    Failed,
    Interrupted, // the process ended while it was pending or running
};

QString toString(ExecutionStatus status); // "pending", ... as stored in the cache

} // namespace Beholder::Snmp
