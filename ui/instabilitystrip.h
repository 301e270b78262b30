// SPDX-License-Identifier: GPL-3.0-or-later
// The last 24 hours of one line at a glance, painted in a few text lines of
// height: when the PPPoE session was up and each time it restarted, when the
// ONU went down and came back (red for LOS, amber for power), and the ONU's
// optical power as a sparkline against the warning and critical levels.
// Hovering says what each mark is; the summary says it for screen readers.
#pragma once

#include "diagnosis/diagnosisreport.h"
#include "tone.h"

#include <QWidget>

#include <optional>

namespace Beholder {

class InstabilityStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstabilityStrip)

public:
    static constexpr UnixTime windowSeconds = 24 * 3600;

    explicit InstabilityStrip(QWidget *parent = nullptr);

    // What is known now, besides the events: the session as the router says it (a session up for longer
    // than its log goes back fills the lane; one down gets a red mark at "now"), and whether the ONU is
    // down (a down with no "up" after it lasts until now only when the ONU is still down).
    struct Now
    {
        std::optional<Diagnosis::LiveSession> session;
        std::optional<bool> onuDown;
    };

    // `events` in any order (DiagnosisReport::timeline); the window ends at `now`.
    // Without `showOnu` (a wireless line) the ONU and optical lanes are left out.
    void setEvents(const QList<Diagnosis::TimelineEvent> &events, UnixTime now, bool showOnu,
                   const ToneLevels &levels = {}, const Now &state = {});

    // "3 session starts · ONU down twice (LOS) · Rx −27.9 … −21.2 dBm".
    QString summary() const;
    int sessionStarts() const { return m_sessionStarts; }
    int onuDowns() const { return m_onuDowns; }
    int rxSamples() const { return int(m_rx.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Interval
    {
        UnixTime from = 0;
        UnixTime to = 0;
        QString text;
        Tone tone = Tone::Neutral;
    };
    struct Mark
    {
        UnixTime at = 0;
        QString text;
    };
    struct Layout
    {
        QRectF plot;        // the time axis spans its width
        QRectF sessionLane; // each lane's full width, label included
        QRectF onuLane;
        QRectF rxLane;
        QRectF axis;
        double labelWidth = 0;
    };

    Layout layoutFor(const QRect &area) const;
    double xFor(UnixTime at, const QRectF &plot) const;
    QString toolTipAt(const QPoint &position) const;

    UnixTime m_now = 0;
    bool m_showOnu = true;
    std::optional<bool> m_sessionUpNow;
    ToneLevels m_levels;
    QList<Interval> m_sessions; // up
    QList<Mark> m_starts;
    QList<Interval> m_downIntervals;
    QList<Mark> m_onuMarks;
    QList<QPair<UnixTime, double>> m_rx;
    int m_sessionStarts = 0;
    int m_onuDowns = 0;
    int m_losDowns = 0;
    int m_powerDowns = 0;
};

} // namespace Beholder
