// SPDX-License-Identifier: GPL-3.0-or-later
// A per-account call budget as SmartOLT enforces it: so many calls per hour,
// then HTTP 429 with Retry-After until the hour is over. A fixed window that
// starts with the first call, on a monotonic clock that tests can replace.
#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace Beholder::Sim {

class HourlyBudget final
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    // `limit` 0 = unlimited. The default clock is QElapsedTimer's.
    explicit HourlyBudget(int limit, qint64 windowMs = 3600 * 1000, Clock clock = {});

    // Counts one call. nullopt: allowed. Otherwise refused, with the whole
    // seconds until the budget refills (at least 1), for Retry-After.
    std::optional<int> take();

    int limit() const { return m_limit; }
    int used() const { return m_used; }
    void reset();

private:
    int m_limit = 0;
    qint64 m_windowMs = 0;
    Clock m_clock;
    qint64 m_windowStart = -1;
    int m_used = 0;
};

} // namespace Beholder::Sim
