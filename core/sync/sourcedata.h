// SPDX-License-Identifier: GPL-3.0-or-later
// What one source's fetch produced, before it is written. Each source fills
// only its own part.
#pragma once

#include "model/entities.h"
#include "net/apierror.h"

#include <QHash>
#include <QList>

namespace Beholder {

struct SourceData
{
    // ISPCube
    QList<Plan> plans;
    QList<Node> nodes;
    QList<Customer> customers;
    QList<Connection> connections;
    QList<Ticket> tickets;
    // SmartOLT
    QList<Olt> olts;
    QList<Onu> onus;
    // The ONUs are states only (status, optical power): the hour's full
    // listings were spent, so names and positions stay as cached.
    bool onusAreStatesOnly = false;
    // cnMaestro
    QList<AccessPoint> accessPoints;
    QList<WirelessSubscriber> subscribers;
    QList<Alarm> alarms;
    // RouterOS: the routers that answered, and why the others did not
    QList<Node> routers;
    QHash<qint64, QList<PppSecret>> secretsByRouter;
    QHash<qint64, ApiError> routerErrors;

    qint64 itemCount() const;
};

} // namespace Beholder
