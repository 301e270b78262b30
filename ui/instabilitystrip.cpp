// SPDX-License-Identifier: GPL-3.0-or-later
// The instability timeline of the diagnosis: session, ONU and optical lanes over 24 hours.
#include "instabilitystrip.h"

#include "displayformat.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <QToolTip>

#include <algorithm>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr UnixTime tickSeconds = 6 * 3600;

bool isLos(const QString &cause)
{
    const QString folded = cause.toLower();
    return folded.contains(u"los"_s) || folded.contains(u"lob"_s);
}

bool isPower(const QString &cause)
{
    const QString folded = cause.toLower();
    return folded.contains(u"dying"_s) || folded.contains(u"gasp"_s) || folded.contains(u"pwr"_s)
        || folded.contains(u"power"_s) || folded.contains(u"dgi"_s);
}

QString clock(UnixTime at)
{
    return QDateTime::fromSecsSinceEpoch(at).toLocalTime().toString(u"HH:mm"_s);
}

QString dbm(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

InstabilityStrip::InstabilityStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"instabilityStrip"_s);
    setAccessibleName(tr("The last 24 hours"));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void InstabilityStrip::setEvents(const QList<Diagnosis::TimelineEvent> &events, UnixTime now, bool showOnu,
                                 const ToneLevels &levels, const Now &state)
{
    const std::optional<Diagnosis::LiveSession> &session = state.session;
    m_now = now;
    m_sessionUpNow = session ? std::optional<bool>(session->up) : std::nullopt;
    m_showOnu = showOnu;
    m_levels = levels;
    m_sessions.clear();
    m_starts.clear();
    m_downIntervals.clear();
    m_onuMarks.clear();
    m_rx.clear();
    m_sessionStarts = 0;
    m_onuDowns = 0;
    m_losDowns = 0;
    m_powerDowns = 0;

    QList<Diagnosis::TimelineEvent> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.at < b.at; });
    const UnixTime from = now - windowSeconds;

    // Plain values with a flag rather than std::optional: GCC 12 warns falsely about optionals in this loop.
    bool up = false;
    UnixTime upSince = 0;
    bool sawSession = false;
    bool down = false;
    UnixTime downSince = 0;
    QString downCause;
    std::optional<QPair<UnixTime, double>> rxBefore; // the last sample before the window, to start the line
    const auto closeDown = [&](UnixTime begin, UnixTime end, const QString &cause) {
        const Tone tone = isLos(cause) ? Tone::Critical : Tone::Warning;
        const QString what = cause.isEmpty() ? tr("ONU down") : tr("ONU down (%1)").arg(cause);
        m_downIntervals.append({begin, end, tr("%1, %2 – %3").arg(what, clock(begin), clock(end)), tone});
    };

    for (const Diagnosis::TimelineEvent &event : std::as_const(sorted)) {
        if (event.at > now)
            continue;
        const bool inWindow = event.at >= from;
        const QString source = event.source.isEmpty() ? QString() : u" · "_s + event.source;
        switch (event.kind) {
        case Diagnosis::TimelineEvent::Kind::SessionStart:
            if (up)
                m_sessions.append({upSince, event.at, {}, Tone::Ok}); // restarted without a logged end
            up = true;
            upSince = event.at;
            sawSession = true;
            if (inWindow) {
                ++m_sessionStarts;
                m_starts.append({event.at, tr("%1 session started%2").arg(clock(event.at), source)});
            }
            break;
        case Diagnosis::TimelineEvent::Kind::SessionEnd:
            if (up)
                m_sessions.append({upSince, event.at, {}, Tone::Ok});
            else if (!sawSession)
                m_sessions.append({from, event.at, {}, Tone::Ok}); // up since before the window
            up = false;
            sawSession = true;
            if (inWindow) {
                const QString why = event.text.isEmpty() ? QString() : u" ("_s + event.text + u')';
                m_starts.append({event.at, tr("%1 session ended%2%3").arg(clock(event.at), why, source)});
            }
            break;
        case Diagnosis::TimelineEvent::Kind::OnuDown:
            // Down again with no "up" between: when it came back is not known, so the first stays a mark.
            down = true;
            downSince = event.at;
            downCause = event.text;
            if (inWindow) {
                ++m_onuDowns;
                if (isLos(event.text))
                    ++m_losDowns;
                else if (isPower(event.text))
                    ++m_powerDowns;
                m_onuMarks.append(
                    {event.at,
                     tr("%1 ONU down%2%3")
                         .arg(clock(event.at), event.text.isEmpty() ? QString() : u": "_s + event.text, source)});
            }
            break;
        case Diagnosis::TimelineEvent::Kind::OnuUp:
            // Back up after a down this timeline has: the interval. Without one, when it went down is
            // not known, so only the mark says it came back (a bar from the window's start would claim a day down).
            if (down)
                closeDown(downSince, event.at, downCause);
            down = false;
            if (inWindow)
                m_onuMarks.append({event.at, tr("%1 ONU back online%2").arg(clock(event.at), source)});
            break;
        case Diagnosis::TimelineEvent::Kind::RxSample:
            if (!event.value)
                break;
            if (inWindow)
                m_rx.append({event.at, *event.value});
            else
                rxBefore = QPair<UnixTime, double>(event.at, *event.value);
            break;
        }
    }
    // Up now, as the router says, since before anything this timeline has: up since its uptime began.
    if (!up && session && session->up && session->uptimeSeconds > 0) {
        const UnixTime since = (session->at > 0 ? session->at : now) - session->uptimeSeconds;
        const UnixTime lastEvent = m_sessions.isEmpty() ? since : m_sessions.constLast().to;
        up = true;
        upSince = qMax(since, lastEvent);
    }
    if (up && m_sessionUpNow != false)
        m_sessions.append({upSince, now, {}, Tone::Ok});
    else if (up)
        m_sessions.append({upSince, now, {}, Tone::Muted}); // its end is not in the log, but it is down now
    if (down && state.onuDown != false)
        closeDown(downSince, now, downCause);
    if (rxBefore)
        m_rx.prepend({from, rxBefore->second});

    // Keep what overlaps the window, clipped to it.
    const auto clip = [from, now](QList<Interval> &intervals) {
        QList<Interval> kept;
        for (Interval interval : std::as_const(intervals)) {
            if (interval.to < from || interval.from > now)
                continue;
            interval.from = qMax(interval.from, from);
            interval.to = qMin(interval.to, now);
            kept.append(interval);
        }
        intervals = kept;
    };
    clip(m_sessions);
    clip(m_downIntervals);
    for (Interval &session : m_sessions) {
        if (session.tone == Tone::Muted)
            session.text
                = tr("Session up since %1; its end is not logged, and it is down now").arg(clock(session.from));
        else
            session.text = tr("Session up %1 – %2 (%3)")
                               .arg(clock(session.from), session.to >= now ? tr("now") : clock(session.to),
                                    DisplayFormat::duration(session.to - session.from));
    }

    setAccessibleDescription(summary());
    updateGeometry();
    update();
}

QString InstabilityStrip::summary() const
{
    QStringList parts;
    if (m_sessionStarts == 0)
        parts << tr("no session start");
    else if (m_sessionStarts == 1)
        parts << tr("1 session start");
    else
        parts << tr("%1 session starts").arg(m_sessionStarts);
    if (m_showOnu) {
        if (m_onuDowns == 0) {
            parts << tr("ONU never down");
        } else {
            QStringList causes;
            if (m_losDowns > 0)
                causes << tr("%1 LOS").arg(m_losDowns);
            if (m_powerDowns > 0)
                causes << tr("%1 power").arg(m_powerDowns);
            QString text = m_onuDowns == 1 ? tr("ONU down once") : tr("ONU down %1 times").arg(m_onuDowns);
            if (!causes.isEmpty())
                text += u" ("_s + causes.join(u", "_s) + u')';
            parts << text;
        }
        if (m_rx.isEmpty()) {
            parts << tr("no optical history");
        } else {
            double low = m_rx.constFirst().second;
            double high = low;
            for (const auto &sample : m_rx) {
                low = qMin(low, sample.second);
                high = qMax(high, sample.second);
            }
            parts << (qFuzzyCompare(low, high) ? tr("Rx %1 dBm").arg(dbm(low))
                                               : tr("Rx %1 … %2 dBm").arg(dbm(low), dbm(high)));
        }
    }
    return parts.join(u"  ·  "_s);
}

QSize InstabilityStrip::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, qCeil(layoutFor(QRect(0, 0, 600, 1000)).axis.bottom()) + 2};
}

QSize InstabilityStrip::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, sizeHint().height()};
}

InstabilityStrip::Layout InstabilityStrip::layoutFor(const QRect &area) const
{
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double gap = line * 0.35;
    Layout l;
    for (const QString &label : {tr("Session"), tr("ONU"), tr("Rx dBm")})
        l.labelWidth = qMax(l.labelWidth, fm.horizontalAdvance(label));
    l.labelWidth += fm.averageCharWidth() * 1.5;
    const double right = area.right() - fm.horizontalAdvance(u"-27.9"_s) - fm.averageCharWidth();
    double y = area.top() + 1;
    l.sessionLane = QRectF(area.left(), y, area.width(), line * 1.05);
    y = l.sessionLane.bottom() + gap;
    if (m_showOnu) {
        l.onuLane = QRectF(area.left(), y, area.width(), line * 1.05);
        y = l.onuLane.bottom() + gap;
        l.rxLane = QRectF(area.left(), y, area.width(), line * 2.4);
        y = l.rxLane.bottom() + gap * 0.5;
    }
    l.axis = QRectF(area.left(), y, area.width(), line);
    l.plot = QRectF(area.left() + l.labelWidth, area.top(), qMax(10.0, right - area.left() - l.labelWidth),
                    l.axis.bottom() - area.top());
    return l;
}

double InstabilityStrip::xFor(UnixTime at, const QRectF &plot) const
{
    const UnixTime from = m_now - windowSeconds;
    return plot.left() + plot.width() * double(qBound(from, at, m_now) - from) / double(windowSeconds);
}

void InstabilityStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    const Layout l = layoutFor(rect());
    const QColor muted = toneColor(Tone::Muted, p);
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = muted;
    grid.setAlphaF(0.35f);
    const QFontMetricsF fm(font());

    const auto laneLabel = [&](const QRectF &lane, const QString &label) {
        painter.setPen(muted);
        painter.drawText(QRectF(lane.left(), lane.top(), l.labelWidth, lane.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         label);
    };
    const auto track = [&](const QRectF &lane) {
        const double y = lane.center().y();
        painter.setPen(QPen(grid, 1.0));
        painter.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
    };
    const auto bars = [&](const QList<Interval> &intervals, const QRectF &lane, double thickness) {
        for (const Interval &interval : intervals) {
            const double x1 = xFor(interval.from, l.plot);
            const double x2 = qMax(x1 + 2.0, xFor(interval.to, l.plot));
            const QRectF bar(x1, lane.center().y() - thickness / 2, x2 - x1, thickness);
            painter.setPen(Qt::NoPen);
            painter.setBrush(toneColor(interval.tone, p));
            painter.drawRoundedRect(bar, thickness / 3, thickness / 3);
        }
    };

    // The axis: "−24 h" and "now" at its ends, the six-hourly local times between them where they fit.
    painter.setPen(muted);
    const QString startLabel = tr("−24 h");
    const QString nowLabel = tr("now");
    const QRectF startRect(l.plot.left(), l.axis.top(), fm.horizontalAdvance(startLabel) + 2, l.axis.height());
    const double nowWidth = fm.horizontalAdvance(nowLabel) + 2;
    const QRectF nowRect(l.plot.right() - nowWidth, l.axis.top(), nowWidth, l.axis.height());
    painter.drawText(startRect, Qt::AlignLeft | Qt::AlignVCenter, startLabel);
    painter.drawText(nowRect, Qt::AlignRight | Qt::AlignVCenter, nowLabel);
    const double room = fm.averageCharWidth();
    const UnixTime from = m_now - windowSeconds;
    const qint64 offset = QDateTime::fromSecsSinceEpoch(m_now).toLocalTime().offsetFromUtc();
    for (UnixTime tick = ((from + offset) / tickSeconds + 1) * tickSeconds - offset; tick < m_now;
         tick += tickSeconds) {
        const double x = xFor(tick, l.plot);
        painter.setPen(QPen(grid, 1.0, Qt::DotLine));
        painter.drawLine(QPointF(x, l.sessionLane.top()), QPointF(x, l.axis.top()));
        const QString label = clock(tick);
        const double w = fm.horizontalAdvance(label) + 2;
        const QRectF box(x - w / 2, l.axis.top(), w, l.axis.height());
        if (box.adjusted(-room, 0, room, 0).intersects(startRect)
            || box.adjusted(-room, 0, room, 0).intersects(nowRect))
            continue;
        painter.setPen(muted);
        painter.drawText(box, Qt::AlignCenter, label);
    }

    // Session lane: green while up, a tick at every start.
    laneLabel(l.sessionLane, tr("Session"));
    track(l.sessionLane);
    bars(m_sessions, l.sessionLane, l.sessionLane.height() * 0.42);
    painter.setPen(QPen(text, 1.6));
    for (const Mark &start : std::as_const(m_starts)) {
        const double x = xFor(start.at, l.plot);
        painter.drawLine(QPointF(x, l.sessionLane.top() + 1), QPointF(x, l.sessionLane.bottom() - 1));
    }
    if (m_sessionUpNow == false) {
        // Down now, as the router says: a red cap at the end of the lane.
        const double side = l.sessionLane.height() * 0.55;
        painter.setPen(Qt::NoPen);
        painter.setBrush(toneColor(Tone::Critical, p));
        painter.drawRoundedRect(QRectF(l.plot.right() - side, l.sessionLane.center().y() - side / 2, side, side),
                                side / 4, side / 4);
    }

    if (m_showOnu) {
        // ONU lane: red for LOS, amber for the rest, while down.
        laneLabel(l.onuLane, tr("ONU"));
        track(l.onuLane);
        bars(m_downIntervals, l.onuLane, l.onuLane.height() * 0.6);

        // Optical lane: the warning and critical levels as bands, the samples as a line.
        laneLabel(l.rxLane, tr("Rx dBm"));
        const QRectF rx = QRectF(l.plot.left(), l.rxLane.top() + 2, l.plot.width(), l.rxLane.height() - 4);
        double low = m_levels.opticalCriticalDbm - 2;
        double high = m_levels.opticalWarningDbm + 4;
        for (const auto &sample : std::as_const(m_rx)) {
            low = qMin(low, sample.second - 1);
            high = qMax(high, sample.second + 1);
        }
        if (m_rx.isEmpty()) {
            painter.setPen(muted);
            painter.drawText(rx, Qt::AlignCenter, tr("no optical history"));
            return;
        }
        const auto yFor = [&](double value) { return rx.bottom() - rx.height() * (value - low) / (high - low); };
        const QColor critical = toneBackground(Tone::Critical, p);
        const QColor warning = toneBackground(Tone::Warning, p);
        painter.setPen(Qt::NoPen);
        painter.setBrush(critical);
        painter.drawRect(QRectF(QPointF(rx.left(), yFor(m_levels.opticalCriticalDbm)), rx.bottomRight()));
        painter.setBrush(warning);
        painter.drawRect(QRectF(QPointF(rx.left(), yFor(m_levels.opticalWarningDbm)),
                                QPointF(rx.right(), yFor(m_levels.opticalCriticalDbm))));
        if (high > m_levels.opticalOverloadDbm) {
            painter.setBrush(critical);
            painter.drawRect(QRectF(rx.topLeft(), QPointF(rx.right(), yFor(m_levels.opticalOverloadDbm))));
        }
        {
            QPainterPath line;
            for (qsizetype i = 0; i < m_rx.size(); ++i) {
                const QPointF point(xFor(m_rx[i].first, l.plot), yFor(m_rx[i].second));
                if (i == 0)
                    line.moveTo(point);
                else
                    line.lineTo(point);
            }
            if (m_rx.size() == 1)
                line.lineTo(QPointF(l.plot.right(), yFor(m_rx.constFirst().second)));
            painter.setPen(QPen(toneColor(Tone::Info, p), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(line);
            const double last = m_rx.constLast().second;
            const Judgement judgement = judgeOpticalPower(last, m_levels);
            const QPointF end(xFor(m_rx.constLast().first, l.plot), yFor(last));
            painter.setPen(Qt::NoPen);
            painter.setBrush(toneColor(judgement.tone, p));
            painter.drawEllipse(end, 3.0, 3.0);
            painter.setPen(toneColor(judgement.tone, p));
            painter.drawText(
                QRectF(l.plot.right() + 4, end.y() - fm.height() / 2, width() - l.plot.right() - 4, fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, dbm(last));
        }
    }
}

QString InstabilityStrip::toolTipAt(const QPoint &position) const
{
    const Layout l = layoutFor(rect());
    const double tolerance = fontMetrics().averageCharWidth() * 0.8;
    const auto nearestMark = [&](const QList<Mark> &marks) -> QString {
        QString best;
        double distance = tolerance;
        for (const Mark &mark : marks) {
            const double d = std::abs(xFor(mark.at, l.plot) - position.x());
            if (d <= distance) {
                distance = d;
                best = mark.text;
            }
        }
        return best;
    };
    const auto covering = [&](const QList<Interval> &intervals) -> QString {
        for (const Interval &interval : intervals) {
            if (position.x() >= xFor(interval.from, l.plot) - 1 && position.x() <= xFor(interval.to, l.plot) + 1)
                return interval.text;
        }
        return {};
    };
    if (l.sessionLane.contains(position)) {
        if (m_sessionUpNow == false && position.x() >= l.plot.right() - tolerance * 2)
            return tr("No PPPoE session now (the router, live)");
        const QString mark = nearestMark(m_starts);
        return mark.isEmpty() ? covering(m_sessions) : mark;
    }
    if (m_showOnu && l.onuLane.contains(position)) {
        const QString mark = nearestMark(m_onuMarks);
        return mark.isEmpty() ? covering(m_downIntervals) : mark;
    }
    if (m_showOnu && l.rxLane.contains(position) && !m_rx.isEmpty()) {
        qsizetype best = 0;
        for (qsizetype i = 1; i < m_rx.size(); ++i) {
            if (std::abs(xFor(m_rx[i].first, l.plot) - position.x())
                < std::abs(xFor(m_rx[best].first, l.plot) - position.x()))
                best = i;
        }
        return tr("%1 ONU Rx %2 dBm").arg(clock(m_rx[best].first), dbm(m_rx[best].second));
    }
    return {};
}

bool InstabilityStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Beholder
