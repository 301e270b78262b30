// SPDX-License-Identifier: GPL-3.0-or-later
// What the scheduler calls to do one attempt of a job on an OLT: the OLT poller
// in production, fakes in the scheduler's tests.
#pragma once

#include "snmpjobtypes.h"

#include <functional>

namespace Beholder::Snmp {

class SnmpRunner
{
public:
    using Done = std::function<void(const RunOutcome &outcome)>;

    virtual ~SnmpRunner() = default;
    // Starts the attempt; `done` is called exactly once, later, from the event
    // loop (never inside this call) unless cancel() came first.
    virtual void start(const ScheduledRun &run, Done done) = 0;
    // Stops the attempt; its `done` is not called afterwards.
    virtual void cancel(qint64 executionId) = 0;
};

} // namespace Beholder::Snmp
