// SPDX-License-Identifier: GPL-3.0-or-later
// Plausible live traffic for the simulated router's PPPoE interfaces: each subscriber's rate wanders
// (a bounded random walk) well below the plan's limits, so the live chart moves like a real line does; a
// subscriber given a load (a saturated line) downloads at that share of the plan instead.
#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>

#include <optional>

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

    // The next sample for `user`, always below `limit` (a user without a plan gets 10/2 Mbit/s): at most 75% of
    // it, or, with `downLoad` (a fraction of the plan), a download within a point of that share.
    TrafficRates next(const QString &user, TrafficLimit limit, std::optional<double> downLoad = std::nullopt);

    // The highest share of the plan an ordinary subscriber reaches.
    static constexpr double maxOrdinaryLoad = 0.75;

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
