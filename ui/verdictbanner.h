// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis verdict at the top of the customer card: one coloured band
// with an icon and the verdict word (never colour alone), the one-line
// reason, a small "checking VMA-CCR-01, SmartOLT…" while live sources are
// still answering, and "OFFLINE — cached facts" when there is no network.
// It only shows the report it is given; it can take keyboard focus and says
// all of it to screen readers.
#pragma once

#include "diagnosis/diagnosisreport.h"
#include "triage/verdict.h"

#include <QFrame>
#include <QTimer>

#include <optional>

class QLabel;

namespace Beholder {

// How each verdict looks, wherever it is drawn (the banner, the findings).
namespace VerdictStyle {
// A saturated background that takes text in foreground() at 4.5:1 or better, in light and dark themes.
QColor background(Triage::Verdict verdict);
QColor foreground(Triage::Verdict verdict);
// The verdict's glyph (resources/icons/verdict-*.svg) in `color`.
QPixmap glyph(Triage::Verdict verdict, int side, qreal devicePixelRatio, const QColor &color);
} // namespace VerdictStyle

class BusyIndicator;

class VerdictBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictBanner)

public:
    enum class State {
        Empty,    // nothing diagnosed
        Starting, // a diagnosis was asked for; no report yet
        Verdict,  // a report with a verdict (preliminary until final)
        Failed,   // the diagnosis could not be made (report.error)
    };
    Q_ENUM(State)

    explicit VerdictBanner(QWidget *parent = nullptr);

    void clear();
    void showStarting(const QString &pppoeUser);
    void showReport(const Diagnosis::DiagnosisReport &report);

    State state() const { return m_state; }
    std::optional<Triage::Verdict> verdict() const { return m_verdict; }
    bool isFinal() const { return m_final; }
    bool isOffline() const { return m_offline; }
    // What the operator reads: "DISPATCH", the reason, "checking SmartOLT…" (empty when final).
    QString verdictText() const;
    QString reasonText() const;
    QString progressText() const;
    QString offlineText() const;
    // Everything above in one line, as the screen reader hears it.
    QString text() const;

signals:
    // Enter, Space or a click: the operator wants the details (the findings).
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setColors(const QColor &background, const QColor &foreground);
    void setIcon(std::optional<Triage::Verdict> verdict);
    void setProgress(const QString &text);
    void updateAccessibility();

    State m_state = State::Empty;
    std::optional<Triage::Verdict> m_verdict;
    bool m_final = false;
    bool m_offline = false;
    QColor m_background;
    QColor m_foreground;
    QLabel *m_icon;
    QLabel *m_word;
    QLabel *m_reason;
    QLabel *m_offlineChip;
    BusyIndicator *m_busy;
    QLabel *m_progress;
};

// A small spinning arc for "still checking"; it turns only while visible.
class BusyIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void setColor(const QColor &color);
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer m_timer;
    QColor m_color;
    int m_angle = 0;
    bool m_running = false;
};

} // namespace Beholder
