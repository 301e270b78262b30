// SPDX-License-Identifier: GPL-3.0-or-later
// diagnose(pppoe_user): answers at once with what the cache knows, then asks the live sources in parallel
// (the router that holds the user's secret, SmartOLT for the ONU, cnMaestro for the antenna), each with its
// own timeout and drawing on its source's call budget, and publishes a new report as each one answers. The
// rules run on every report, so the verdict firms up as facts arrive; the last report has `final` set.
// Lives on the caller's thread (GUI or CLI); cache reads run on its own reader thread and the network
// clients are asynchronous, so the caller's thread never waits.
#pragma once

#include "access/principal.h"
#include "diagnosis/diagnosisreport.h"
#include "sources/sourceconfig.h"
#include "triage/thresholds.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Beholder {

class CacheDatabase;
class CredentialStore;

namespace Diagnosis {

struct DiagnosisOptions
{
    // No network at all: answer from the cache, say it is offline, ask no live source.
    bool offline = false;
    // Each live source's own deadline; 0 = the `live_timeout_s` threshold.
    int liveTimeoutMs = 0;
    // Skip a live source entirely (tests, the cached-diagnosis benchmark).
    bool askRouter = true;
    bool askSmartOlt = true;
    bool askCnMaestro = true;
};

class DiagnosisService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisService)

public:
    // `cache` must be open and outlive the service. `sources` are the profile's (no secrets); the secrets
    // come from `store` (read once, asynchronously, and kept for the session). `profileName` keys the
    // call budgets shared with sync.
    DiagnosisService(CacheDatabase *cache, const QString &profileName, const ProfileSources &sources,
                     CredentialStore *store, QObject *parent = nullptr);
    ~DiagnosisService() override;

    void setThresholds(const Triage::Thresholds &thresholds);
    Triage::Thresholds thresholds() const;
    void setOptions(const DiagnosisOptions &options);
    DiagnosisOptions options() const;

    // Who diagnoses: needs Diagnose. Nobody until set.
    void setPrincipal(const Access::Principal &principal);
    Access::Principal principal() const;

    // Starts a diagnosis; a running one is canceled (its live calls too) and publishes nothing more.
    // Returns the id carried by the reports' signals. A principal that may not diagnose gets one final report
    // whose error says why (the refusal is audited); every other diagnosis is audited once, when final
    // ("diagnosis", the PPPoE user, the verdict id), on a thread of the service's.
    quint64 diagnose(const QString &pppoeUser);
    void cancel();
    bool isRunning() const;

signals:
    // Every step: the cached report first, then one per live answer; the last has report.final set.
    void reportUpdated(quint64 id, const Beholder::Diagnosis::DiagnosisReport &report);

private:
    class Run;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Diagnosis
} // namespace Beholder
