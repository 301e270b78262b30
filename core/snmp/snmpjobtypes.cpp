// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpjobtypes.h"

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

QString toString(JobKind kind)
{
    return kind == JobKind::Discovery ? u"discovery"_s : u"polling"_s;
}

QueuePolicy QueuePolicy::forKind(JobKind kind)
{
    QueuePolicy policy;
    policy.backoffMs = {300000, 600000, 1200000};
    if (kind == JobKind::Discovery) {
        policy.maxConcurrent = 2;
        policy.timeoutMs = 300000;
        policy.retries = 3;
    } else {
        policy.maxConcurrent = 5;
        policy.timeoutMs = 60000;
        policy.retries = 2;
    }
    return policy;
}

QString toString(AttemptOutcome kind)
{
    switch (kind) {
    case RunOutcome::Kind::Success:
        return u"success"_s;
    case RunOutcome::Kind::Timeout:
        return u"timeout"_s;
    case RunOutcome::Kind::Auth:
        return u"auth"_s;
    case RunOutcome::Kind::Error:
        return u"error"_s;
    case RunOutcome::Kind::Canceled:
        return u"canceled"_s;
    }
    return u"error"_s;
}

QString toString(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Pending:
        return u"pending"_s;
    case ExecutionStatus::Running:
        return u"running"_s;
    case ExecutionStatus::Success:
        return u"success"_s;
    case ExecutionStatus::Failed:
        return u"failed"_s;
    case ExecutionStatus::Interrupted:
        return u"interrupted"_s;
    }
    return u"failed"_s;
}

} // namespace Beholder::Snmp
