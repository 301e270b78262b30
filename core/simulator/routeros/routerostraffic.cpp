// SPDX-License-Identifier: GPL-3.0-or-later
#include "routerostraffic.h"

#include <algorithm>
#include <array>

namespace Beholder::Sim {

namespace {

constexpr TrafficLimit defaultLimit{10000, 2000};
constexpr double downPacketBytes = 1100.0; // mostly full-size downloads
constexpr double upPacketBytes = 180.0;    // mostly ACKs and requests

} // namespace

TrafficGenerator::TrafficGenerator(quint64 seed)
    : m_random(std::array<quint32, 2>{quint32(seed), quint32(seed >> 32)}.data(), 2)
{ }

TrafficRates TrafficGenerator::next(const QString &user, TrafficLimit limit, std::optional<double> downLoad)
{
    if (limit.downKbps <= 0 || limit.upKbps <= 0)
        limit = defaultLimit;
    auto walk = m_walks.find(user);
    if (walk == m_walks.end())
        walk
            = m_walks.insert(user, Walk{0.1 + 0.6 * m_random.generateDouble(), 0.05 + 0.4 * m_random.generateDouble()});
    const auto step = [this](double value, double spread) {
        return std::clamp(value + (m_random.generateDouble() - 0.5) * spread, 0.02, maxOrdinaryLoad);
    };
    walk->down = step(walk->down, 0.3);
    walk->up = step(walk->up, 0.2);
    if (downLoad) // a line full of the customer's own traffic: it hovers at that share of the plan
        walk->down = std::clamp(*downLoad + (m_random.generateDouble() - 0.5) * 0.02, 0.0, 1.0);

    TrafficRates rates;
    rates.downBitsPerSecond = qint64(walk->down * limit.downKbps * 1000.0);
    rates.upBitsPerSecond = qint64(walk->up * limit.upKbps * 1000.0);
    rates.downPacketsPerSecond = qint64(double(rates.downBitsPerSecond) / (8.0 * downPacketBytes));
    rates.upPacketsPerSecond = qint64(double(rates.upBitsPerSecond) / (8.0 * upPacketBytes));
    return rates;
}

} // namespace Beholder::Sim
