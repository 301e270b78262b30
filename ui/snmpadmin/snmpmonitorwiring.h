// SPDX-License-Identifier: GPL-3.0-or-later
// Ties the admin window to a profile's running SnmpMonitor: its calls become
// the window's SnmpAdminActions, its signals the window's live updates.
// Header-only, so that the admin screens build and test without the monitor.
#pragma once

#include "snmp/snmpmonitor.h"
#include "snmpadminactions.h"
#include "snmpadminwindow.h"

#include <QPointer>

namespace Beholder::Snmp {

// Calls that reach a monitor already gone do nothing (and never call back).
inline SnmpAdminActions snmpAdminActions(SnmpMonitor *monitor)
{
    if (!monitor)
        return {};
    const QPointer<SnmpMonitor> alive(monitor);
    SnmpAdminActions actions;
    actions.runJobs = [alive](const QList<qint64> &jobIds) {
        if (alive)
            alive->runJobs(jobIds);
    };
    actions.runOlt = [alive](qint64 oltId, std::function<void(const QList<qint64> &, const QString &)> done) {
        if (alive)
            alive->runOlt(oltId, std::move(done));
    };
    actions.cancelExecution = [alive](qint64 executionId) {
        if (alive)
            alive->cancelExecution(executionId);
    };
    actions.testOlt = [alive](qint64 oltId, std::function<void(const OltTestResult &)> done) {
        if (alive)
            alive->testOlt(oltId, std::move(done));
    };
    return actions;
}

inline void connectLiveUpdates(SnmpMonitor *monitor, SnmpAdminWindow *window)
{
    if (!monitor)
        return;
    QObject::connect(
        monitor, &SnmpMonitor::executionChanged, window,
        [window](qint64 executionId, ExecutionStatus, const QString &) { window->executionChanged(executionId); });
    QObject::connect(monitor, &SnmpMonitor::onusChanged, window, &SnmpAdminWindow::onusChanged);
}

} // namespace Beholder::Snmp
