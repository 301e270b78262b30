// SPDX-License-Identifier: GPL-3.0-or-later
// Plausible live traffic for the simulated router's PPPoE interfaces: each subscriber's rate wanders
// (a bounded random walk) below the plan's limits, so the live chart moves like a real line does.
#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace Beholder::Sim {

struct TrafficLimit
{
    int downKbps = 0; // the plan's download speed
    int upKbps = 0;
};

struct TrafficRates
{
    qint64 downBitsPerSecond = 0; // what the subscriber receives: the router's tx on <pppoe-USER>
    qint64 upBitsPerSecond = 0;
    qint64 downPacketsPerSecond = 0;
    qint64 upPacketsPerSecond = 0;
};

class TrafficGenerator final
{
public:
    explicit TrafficGenerator(quint64 seed = 0x5EED);
    Q_DISABLE_COPY_MOVE(TrafficGenerator)

    // The next sample for `user`, always below `limit` (a user without a plan gets 10/2 Mbit/s).
    TrafficRates next(const QString &user, TrafficLimit limit);

private:
    struct Walk
    {
        double down = 0.3; // fraction of the limit
        double up = 0.2;
    };
    QHash<QString, Walk> m_walks;
    QRandomGenerator m_random;
};

} // namespace Beholder::Sim
