// SPDX-License-Identifier: GPL-3.0-or-later
// The live traffic chart of one PPPoE user (ADR-005, SPEC §5): a non-modal window that finds the router holding
// the user's secret (off the GUI thread, from the cache: works for users the CRM does not link), reads that
// router's password from the keychain, then asks the router once a second while it is open and draws download
// and upload in Mbit/s over the last minutes, with the plan's speeds as dashed lines and the "saturated"
// stretches shaded. Errors show inline. Closing it (or Esc) stops the session: nothing is left on the router.
#pragma once

#include "live/livetrafficsession.h"
#include "live/routerlocator.h"
#include "live/trafficseries.h"
#include "sources/sourceconfig.h"

#include <QPointer>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QValueAxis;

namespace Beholder {

class Badge;
class CacheDatabase;
class CredentialStore;
class TaskRunner;

namespace LiveTrafficUi {
class Spinner;
}

class LiveTrafficWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveTrafficWindow)

public:
    enum class Phase {
        Locating,        // finding the router in the cache
        ReadingPassword, // asking the keychain
        WaitingForFirstSample,
        Charting,
        Failed, // the inline message says why
        Closed,
    };
    Q_ENUM(Phase)

    // `cache` (open) and `store` must outlive the window. `principal` watches (core checks and audits it). The
    // thresholds are the profile's saturation_pct and saturation_seconds. The window deletes itself when closed
    // (Qt::WA_DeleteOnClose).
    LiveTrafficWindow(CacheDatabase *cache, const ProfileSources &sources, CredentialStore *store,
                      const Access::Principal &principal, const QString &pppoeUser, double saturationPct,
                      int saturationSeconds, QWidget *parent = nullptr);
    ~LiveTrafficWindow() override;

    Phase phase() const { return m_phase; }
    LiveTarget target() const { return m_target; }
    const TrafficSeries &series() const { return m_series; }
    LiveTrafficSession *session() const { return m_session; }
    bool isShowingChart() const;
    bool isSpinning() const;
    bool isSaturatedShown() const;
    QString messageText() const; // the inline error or notice; empty when none is shown
    QChartView *chartView() const { return m_chartView; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    void buildChart();
    void onTargetResolved(const LiveTarget &target);
    void onPasswordRead(const QString &password);
    void startSession(const QString &password);
    void onSample(const TrafficPoint &point);
    void onSessionState(LiveTrafficSession::State state, const QString &text);
    void fail(const QString &message);
    void setPhase(Phase phase);
    void setWaitingText(const QString &text);
    void showMessage(const QString &text, bool critical);
    void hideMessage();
    void updateChart();
    void updateValues();

    CacheDatabase *m_cache;
    ProfileSources m_sources;
    Access::Principal m_principal;
    QPointer<CredentialStore> m_store;
    QString m_user;
    LiveTarget m_target;
    TrafficSeries m_series;
    Phase m_phase = Phase::Locating;
    bool m_closed = false;

    TaskRunner *m_runner = nullptr;
    LiveTrafficSession *m_session = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    Badge *m_stateBadge = nullptr;
    Badge *m_saturatedBadge = nullptr;
    QWidget *m_values = nullptr;
    QLabel *m_downValue = nullptr;
    QLabel *m_upValue = nullptr;
    QLabel *m_percentValue = nullptr;
    QLabel *m_percentCaption = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    LiveTrafficUi::Spinner *m_spinner = nullptr;
    QLabel *m_waitingText = nullptr;

    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_downSeries = nullptr;
    QLineSeries *m_upSeries = nullptr;
    QLineSeries *m_planDownSeries = nullptr;
    QLineSeries *m_planUpSeries = nullptr;
    QLineSeries *m_saturatedUpper = nullptr;
    QAreaSeries *m_saturatedArea = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

} // namespace Beholder
