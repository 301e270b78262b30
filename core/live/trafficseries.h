// SPDX-License-Identifier: GPL-3.0-or-later
// The last minutes of one subscriber's live traffic, and whether the line is "saturated": the busier direction
// at or above saturation_pct of the plan for at least saturation_seconds (docs/diagnosis.md thresholds;
// triage.md: "the line is full, not broken"). The thresholds are given by the caller (the profile's table).
#pragma once

#include <QList>
#include <QMetaType>

#include <optional>

namespace Beholder {

// One sample, as the subscriber sees it.
struct TrafficPoint
{
    qint64 atMs = 0;       // when it was measured, ms since the epoch (UTC)
    double downMbps = 0.0; // download: the router's tx on <pppoe-USER>
    double upMbps = 0.0;   // upload: the router's rx
};

class TrafficSeries final
{
public:
    static constexpr int defaultWindowSeconds = 300; // what the chart shows
    static constexpr double defaultSaturationPct = 90.0;
    static constexpr int defaultSaturationSeconds = 30;
    // A longer silence between two samples (the router did not answer) breaks a saturated stretch.
    static constexpr qint64 maxGapMs = 5000;

    struct Span
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    explicit TrafficSeries(double saturationPct = defaultSaturationPct,
                           int saturationSeconds = defaultSaturationSeconds, int windowSeconds = defaultWindowSeconds);

    // The plan's speeds; 0 = unknown (then nothing is ever saturated).
    void setPlan(qint64 downKbps, qint64 upKbps);
    qint64 planDownKbps() const { return m_planDownKbps; }
    qint64 planUpKbps() const { return m_planUpKbps; }
    bool planKnown() const { return m_planDownKbps > 0 || m_planUpKbps > 0; }

    void setThresholds(double saturationPct, int saturationSeconds);
    double saturationPct() const { return m_saturationPct; }
    int saturationSeconds() const { return m_saturationSeconds; }
    int windowSeconds() const { return m_windowSeconds; }

    // Appends a point (points older than the newest one are ignored) and forgets those that left the window.
    void add(const TrafficPoint &point);
    void clear() { m_points.clear(); }

    const QList<TrafficPoint> &points() const { return m_points; } // oldest first
    bool isEmpty() const { return m_points.isEmpty(); }
    std::optional<TrafficPoint> latest() const;

    // The busier direction's share of its plan speed, in percent; nothing when the plan is unknown.
    std::optional<double> percentOfPlan(const TrafficPoint &point) const;
    bool isAtLimit(const TrafficPoint &point) const; // percentOfPlan >= saturationPct

    // Saturated now: the newest points have been at the limit for at least saturationSeconds.
    bool isSaturated() const;
    // How long the newest points have been at the limit (0 when the newest is not).
    qint64 atLimitForMs() const;
    // Every stretch in the window that was at the limit long enough to count as saturated (for shading).
    QList<Span> saturatedSpans() const;

    // The highest download or upload in the window, in Mbit/s.
    double peakMbps() const;

private:
    qint64 m_planDownKbps = 0;
    qint64 m_planUpKbps = 0;
    double m_saturationPct;
    int m_saturationSeconds;
    int m_windowSeconds;
    QList<TrafficPoint> m_points;
};

} // namespace Beholder

Q_DECLARE_METATYPE(Beholder::TrafficPoint)
