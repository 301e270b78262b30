// SPDX-License-Identifier: GPL-3.0-or-later
// What the SNMP admin screens ask of the running monitor (SnmpMonitor), as
// plain callables: the window needs no link to the monitor, and a profile
// without one (or a test) leaves them empty, which disables Run now, Test SNMP
// and Cancel with a reason.
#pragma once

#include "snmp/snmpmonitor.h"

#include <QList>
#include <QString>

#include <functional>

namespace Beholder::Snmp {

struct SnmpAdminActions
{
    std::function<void(const QList<qint64> &jobIds)> runJobs;
    std::function<void(qint64 oltId, std::function<void(const QList<qint64> &executionIds, const QString &error)>)>
        runOlt;
    std::function<void(qint64 executionId)> cancelExecution;
    std::function<void(qint64 oltId, std::function<void(const OltTestResult &result)>)> testOlt;

    bool canRun() const { return runJobs && runOlt; }
    bool canTest() const { return bool(testOlt); }
    bool canCancel() const { return bool(cancelExecution); }
};

} // namespace Beholder::Snmp
