// SPDX-License-Identifier: GPL-3.0-or-later
// The live traffic window and its saturation rule (see trafficseries.h).
#include "trafficseries.h"

#include <algorithm>

namespace Beholder {

TrafficSeries::TrafficSeries(double saturationPct, int saturationSeconds, int windowSeconds)
    : m_saturationPct(saturationPct > 0.0 ? saturationPct : defaultSaturationPct)
    , m_saturationSeconds(std::max(0, saturationSeconds))
    , m_windowSeconds(windowSeconds > 0 ? windowSeconds : defaultWindowSeconds)
{ }

void TrafficSeries::setPlan(qint64 downKbps, qint64 upKbps)
{
    m_planDownKbps = std::max<qint64>(0, downKbps);
    m_planUpKbps = std::max<qint64>(0, upKbps);
}

void TrafficSeries::setThresholds(double saturationPct, int saturationSeconds)
{
    m_saturationPct = saturationPct > 0.0 ? saturationPct : defaultSaturationPct;
    m_saturationSeconds = std::max(0, saturationSeconds);
}

void TrafficSeries::add(const TrafficPoint &point)
{
    if (!m_points.isEmpty() && point.atMs < m_points.constLast().atMs)
        return;
    m_points.append(point);
    const qint64 oldest = point.atMs - qint64(m_windowSeconds) * 1000;
    const auto firstKept = std::find_if(m_points.cbegin(), m_points.cend(),
                                        [oldest](const TrafficPoint &p) { return p.atMs >= oldest; });
    m_points.erase(m_points.cbegin(), firstKept);
}

std::optional<TrafficPoint> TrafficSeries::latest() const
{
    if (m_points.isEmpty())
        return std::nullopt;
    return m_points.constLast();
}

std::optional<double> TrafficSeries::percentOfPlan(const TrafficPoint &point) const
{
    if (!planKnown())
        return std::nullopt;
    double share = 0.0;
    if (m_planDownKbps > 0)
        share = std::max(share, point.downMbps * 1000.0 / double(m_planDownKbps));
    if (m_planUpKbps > 0)
        share = std::max(share, point.upMbps * 1000.0 / double(m_planUpKbps));
    return share * 100.0;
}

bool TrafficSeries::isAtLimit(const TrafficPoint &point) const
{
    const std::optional<double> percent = percentOfPlan(point);
    // A hair of tolerance so that 90 % computed from 90,000 of 100,000 kbit/s is not 89.99999.
    return percent && *percent >= m_saturationPct - 1e-9;
}

qint64 TrafficSeries::atLimitForMs() const
{
    if (m_points.isEmpty() || !isAtLimit(m_points.constLast()))
        return 0;
    qsizetype start = m_points.size() - 1;
    while (start > 0 && isAtLimit(m_points.at(start - 1))
           && m_points.at(start).atMs - m_points.at(start - 1).atMs <= maxGapMs)
        --start;
    return m_points.constLast().atMs - m_points.at(start).atMs;
}

bool TrafficSeries::isSaturated() const
{
    if (m_points.isEmpty() || !isAtLimit(m_points.constLast()))
        return false;
    return atLimitForMs() >= qint64(m_saturationSeconds) * 1000;
}

QList<TrafficSeries::Span> TrafficSeries::saturatedSpans() const
{
    QList<Span> spans;
    const qint64 needed = qint64(m_saturationSeconds) * 1000;
    qsizetype i = 0;
    while (i < m_points.size()) {
        if (!isAtLimit(m_points.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end + 1 < m_points.size() && isAtLimit(m_points.at(end + 1))
               && m_points.at(end + 1).atMs - m_points.at(end).atMs <= maxGapMs)
            ++end;
        if (m_points.at(end).atMs - m_points.at(i).atMs >= needed)
            spans.append({m_points.at(i).atMs, m_points.at(end).atMs});
        i = end + 1;
    }
    return spans;
}

double TrafficSeries::peakMbps() const
{
    double peak = 0.0;
    for (const TrafficPoint &point : m_points)
        peak = std::max({peak, point.downMbps, point.upMbps});
    return peak;
}

} // namespace Beholder
