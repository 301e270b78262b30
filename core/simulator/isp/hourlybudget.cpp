// SPDX-License-Identifier: GPL-3.0-or-later
#include "hourlybudget.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

namespace Beholder::Sim {

HourlyBudget::HourlyBudget(int limit, qint64 windowMs, Clock clock)
    : m_limit(std::max(limit, 0))
    , m_windowMs(std::max<qint64>(windowMs, 1))
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

std::optional<int> HourlyBudget::take()
{
    if (m_limit == 0)
        return std::nullopt;
    const qint64 now = m_clock();
    if (m_windowStart < 0 || now - m_windowStart >= m_windowMs) {
        m_windowStart = now;
        m_used = 0;
    }
    if (m_used < m_limit) {
        ++m_used;
        return std::nullopt;
    }
    const qint64 leftMs = m_windowStart + m_windowMs - now;
    return int(std::max<qint64>(1, (leftMs + 999) / 1000));
}

void HourlyBudget::reset()
{
    m_windowStart = -1;
    m_used = 0;
}

} // namespace Beholder::Sim
