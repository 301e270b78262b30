// SPDX-License-Identifier: GPL-3.0-or-later
// What each simulated MikroTik router holds, derived from the dataset and the
// demo's live state: its PPP secrets, the PPPoE sessions that are up (secrets
// that are enabled and whose ONU or antenna is online, with plausible uptimes
// and the CPE MAC as caller-id; none for the users whose session is down, a
// short one for flapping users), /system/resource values, its PPP log, and
// each user's plan rate (and load, for a saturated line) for monitor-traffic.
// Pure: the simulator feeds these to its RouterOS servers.
#pragma once

#include "demo/demoscenarios.h"
#include "simdataset.h"
#include "simulator/routeros/routerosserver.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Beholder::Sim {

struct RouterFeed
{
    qint64 nodeId = 0;
    QString name;    // identity: "VMA-CCR-01"
    QString version; // "6.49.17" or "7.16.2": the demo's older CCRs still run v6
    QList<PppSecret> secrets;
    QList<RouterOsActiveSession> sessions;
    RouterOsResource resource;
    QHash<QString, TrafficLimit> limits; // PPPoE user -> plan rate, for monitor-traffic
    QHash<QString, double> loads;        // PPPoE user -> download as a share of the plan (saturated lines)
    QList<RouterOsLogEntry> log;         // the memory log, oldest first, at most routerLogLines entries
};

// RouterOS keeps this many lines in its memory log by default (/system logging action memory-lines).
constexpr int routerLogLines = 1000;

// One feed per node of the dataset, in node order.
QList<RouterFeed> buildRouterFeeds(const SimDataset &dataset, const Demo::DemoLiveState &live = {});

// The log of the PPP account topic: "<user> logged in, <ip> from <mac>", "<user> logged out, <seconds> <bytes in>
// <bytes out> <packets in> <packets out>".
QString pppLoggedInMessage(const QString &user, const QString &address, const QString &callerId);
QString pppLoggedOutMessage(const QString &user, qint64 seconds);

} // namespace Beholder::Sim
