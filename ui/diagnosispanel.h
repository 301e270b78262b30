// SPDX-License-Identifier: GPL-3.0-or-later
// The screen an operator lives in during a call: the customer card with the
// diagnosis on top. The verdict banner says whether to send a technician;
// the findings say why, each with its severity; the neighbours say whether it
// is a mass outage; the last 24 hours show how unstable the line has been;
// the card's sections carry the live values with who said them and when, and
// the sources that failed say why. Three actions: Live traffic, Copy summary
// (Ctrl+Shift+C) and Re-check (F5). It shows the reports it is given; running
// the diagnosis is the caller's job (ProfileSession).
#pragma once

#include "diagnosis/diagnosisreport.h"
#include "model/entities.h"
#include "tone.h"
#include "triage/thresholds.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QVBoxLayout;

namespace Beholder {

class CustomerPanel;
class DetailSection;
class InstabilityStrip;
class VerdictBanner;

class DiagnosisPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisPanel)

public:
    explicit DiagnosisPanel(QWidget *parent = nullptr);
    ~DiagnosisPanel() override;

    CustomerPanel *customerPanel() const { return m_card; }
    VerdictBanner *banner() const { return m_banner; }
    QAction *liveTrafficAction() const { return m_liveTraffic; }
    // Whether who acts may watch live traffic (core checks it again); `why` is the refusal, for the tooltip.
    void setLiveTrafficAllowed(bool allowed, const QString &why);
    QAction *copySummaryAction() const { return m_copySummary; }
    QAction *recheckAction() const { return m_recheck; }

    // A diagnosis of `pppoeUser` was started: the banner says so at once (a
    // re-check of the shown user keeps its verdict while it runs again).
    void showStarted(const QString &pppoeUser);
    // The latest report of the diagnosis being shown. When the card does not
    // show this user yet, it is built from the report's cached details.
    void showReport(const Diagnosis::DiagnosisReport &report, UnixTime now);
    // No diagnosis (a customer without a PPPoE user, another profile): the card alone.
    void clearDiagnosis();
    // The profile's thresholds colour the values (optical power, RSSI, SNR, the timeline's bands).
    void setThresholds(const Triage::Thresholds &thresholds);

    QString pppoeUser() const { return m_user; }
    const std::optional<Diagnosis::DiagnosisReport> &report() const { return m_report; }
    bool isFinal() const { return m_report && m_report->final; }
    // For tests and the screen reader: "critical · ONU in LOS · DISPATCH: <reason>", one per finding.
    QStringList findingTexts() const;
    // The neighbours' lines ("37 of 40 ONUs on OLT-CENTRO 0/1/3 down since 10:42").
    QStringList outageTexts() const;
    InstabilityStrip *timeline() const { return m_timeline; }
    // The text Copy summary puts on the clipboard.
    QString summaryText(UnixTime now) const;

    void refreshAges(UnixTime now);

signals:
    // A report is on screen (the screenshot driver waits for the final one).
    void reportShown(const Beholder::Diagnosis::DiagnosisReport &report);
    void recheckRequested(const QString &pppoeUser);
    void liveTrafficRequested(const QString &pppoeUser);
    void summaryCopied(const QString &text);

private:
    void rebuild(UnixTime now);
    void addFindings(const Diagnosis::DiagnosisReport &report);
    void addOutage(const Diagnosis::DiagnosisReport &report, UnixTime now);
    void addTimeline(const Diagnosis::DiagnosisReport &report, UnixTime now);
    void updateActions();
    void copySummary();
    QString sourceName(const QString &sourceId) const;

    CustomerPanel *m_card;
    VerdictBanner *m_banner;
    QWidget *m_view;
    QWidget *m_actionsRow;
    QWidget *m_sectionsHost = nullptr;
    QVBoxLayout *m_sectionsLayout;
    DetailSection *m_findings = nullptr;
    DetailSection *m_outage = nullptr;
    InstabilityStrip *m_timeline = nullptr;
    QAction *m_liveTraffic;
    bool m_liveTrafficAllowed = true;
    QString m_liveTrafficRefusal;
    QAction *m_copySummary;
    QAction *m_recheck;
    QTimer m_ageTimer;
    QString m_user;
    std::optional<Diagnosis::DiagnosisReport> m_report;
    ToneLevels m_levels;
    Triage::Thresholds m_thresholds = Triage::Thresholds::defaults();
};

} // namespace Beholder
