// SPDX-License-Identifier: GPL-3.0-or-later
// What each simulated MikroTik router holds, derived from the dataset: its
// PPP secrets, the PPPoE sessions that are up (secrets that are enabled and
// whose ONU or antenna is online, with plausible uptimes and the CPE MAC as
// caller-id), /system/resource values, and each user's plan rate for
// monitor-traffic. Pure: the simulator feeds these to its RouterOS servers.
#pragma once

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
};

// One feed per node of the dataset, in node order.
QList<RouterFeed> buildRouterFeeds(const SimDataset &dataset);

} // namespace Beholder::Sim
