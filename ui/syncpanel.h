// SPDX-License-Identifier: GPL-3.0-or-later
// The sync's progress and outcome, one row per source: its state, a progress
// bar (busy while the total is unknown), what it is doing, and when done its
// counts and time, or why it failed (the previous data being kept). Below,
// the SmartOLT call budget, polled every second while the panel is visible.
// Non-modal: it sits in a dock, and the window stays usable meanwhile.
#pragma once

#include "budgetmeter.h"
#include "sync/syncrequest.h"
#include "tone.h"

#include <QList>
#include <QTime>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Beholder {

class CallBudget;
class ElidedLabel;

class SyncPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)

public:
    explicit SyncPanel(QWidget *parent = nullptr);
    ~SyncPanel() override;

    // Another profile: nothing shown yet.
    void reset();
    // The SmartOLT account's budget, or null when the profile has none.
    void setBudget(std::shared_ptr<CallBudget> budget);
    void sampleBudget();

    void showPreparing(SyncTrigger trigger, const QString &step);
    void showStarted(SyncTrigger trigger, const QList<SourceProgress> &progress);
    void showProgress(const QList<SourceProgress> &progress);
    void showOutcome(const SourceOutcome &outcome);
    void showFinished(const SyncSummary &summary);
    void showNotStarted(const QString &reason, bool canceled);
    // Something to know that is no error ("no OS keychain: …"); empty hides it.
    void setNotice(const QString &text);

    // What it says, for tests and accessibility.
    QString headline() const;
    QString budgetText() const;
    QString noticeText() const;
    std::optional<SourceState> stateOf(SourceKind kind) const;
    QString detailOf(SourceKind kind) const;
    QString detailToolTipOf(SourceKind kind) const;
    bool isCancelEnabled() const;

signals:
    void cancelRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Row
    {
        QLabel *dot = nullptr;
        QLabel *name = nullptr;
        QLabel *state = nullptr;
        QProgressBar *bar = nullptr;
        ElidedLabel *detail = nullptr;
        SourceState current = SourceState::Pending;
        bool hasOutcome = false;
    };

    Row *row(SourceKind kind);
    const Row *row(SourceKind kind) const;
    void setHeadline(const QString &text, Tone tone);
    void setRowState(Row &row, SourceState state);
    void setRowDetail(Row &row, const QString &text, const QString &toolTip, Tone tone);
    void updateRunningHeadline();
    void updateBudget();

    QLabel *m_headline;
    QPushButton *m_cancel;
    QList<Row> m_rows; // by int(SourceKind)
    QLabel *m_budget;
    QLabel *m_notice;
    BudgetMeter m_meter;
    QTimer m_budgetTimer;
    SyncTrigger m_trigger = SyncTrigger::Manual;
    QTime m_startedAt;
    bool m_running = false;
};

} // namespace Beholder
