// SPDX-License-Identifier: GPL-3.0-or-later
// One open profile as the window sees it: its cache (opened off the GUI
// thread), its search service, its log file, the summary for the status bar,
// the customer details of a chosen hit, its syncs (manual, nightly and the
// demo's, through SyncSession), and the diagnosis of one PPPoE user at a time
// (DiagnosisService, with the profile's sources, the sync's credential store
// and the triage thresholds of its settings.ini). Every piece of work runs on
// a worker and comes back as a signal on the GUI thread; nothing here touches
// a widget, so the window can be thrown away at any moment.
#pragma once

#include "access/principal.h"
#include "async/latesttask.h"
#include "async/taskrunner.h"
#include "cache/cachesummary.h"
#include "customer/subscriberdetails.h"
#include "diagnosis/diagnosisreport.h"
#include "net/httpclient.h"
#include "profile/profile.h"
#include "sources/sourceconfig.h"
#include "sync/syncschedule.h"
#include "triage/thresholds.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Beholder {

namespace Access {
class AuditLog;
}
class CacheDatabase;
class CredentialStore;
namespace Snmp {
class SnmpMonitor;
}
class LogFile;
class NightlySync;
class SearchService;
class SyncSession;

namespace Diagnosis {
class DiagnosisService;
}

struct SessionOptions
{
    bool installLogFile = false; // the application does, tests need not
    // The demo profile syncs from the simulated ISP when its cache is empty.
    bool syncDemoWhenEmpty = true;
    // The demo profile syncs from the simulated ISP at start even when its cache has data (--demo).
    bool refreshDemoAtStart = false;
    int demoCustomers = 5000;
    // Where the profile's secrets are read (and the demo's are written): the
    // OS keychain, unless a test gives another store.
    std::function<std::unique_ptr<CredentialStore>(const QString &profileName)> credentialStore;
    // Tests: retries in milliseconds instead of seconds.
    std::optional<RetryPolicy> syncRetryPolicy;
    // The nightly sync, at [sync] nightly_time of the profile's settings.ini.
    bool nightlySync = true;
    SyncScheduler::Clock nightlyClock; // tests: another "now"
};

class ProfileSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSession)

public:
    enum class State {
        Opening,
        Ready,
        Failed,
    };
    Q_ENUM(State)

    ProfileSession(const Profile &profile, const SessionOptions &options, QObject *parent = nullptr);
    // Cancels what is running and waits for it (a sync stops at its next request or written batch).
    ~ProfileSession() override;

    // Opens the cache in the background; ends with opened() or openFailed().
    void open();

    // Who is acting on this profile. Until setPrincipal(): the OS user as profile admin when the profile does not
    // require sign-in, else nobody (who may nothing) until the window signs someone in. Passed on to the sync,
    // the diagnosis and the SNMP monitor, whose core services check it.
    Access::Principal principal() const { return m_principal; }
    void setPrincipal(const Access::Principal &principal);
    // Whether the profile requires signing in (read when the session was made).
    bool isSignInRequired() const { return m_signInRequired; }
    // The profile's audit log for the GUI thread: append() queues the row to a writer thread. Its reads
    // (query, count, exportCsv; readAudit() and exportAudit() of access/auditaccess.h) must run on a worker.
    const Access::AuditLog *auditLog() const { return m_audit.get(); }

    const Profile &profile() const { return m_profile; }
    bool isDemo() const { return m_profile.name() == Profile::demoName(); }
    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    // Null until opened().
    SearchService *searchService() const { return m_search.get(); }
    SyncSession *sync() const { return m_sync.get(); }
    // SNMP monitoring of the profile's OLTs (its jobs run on their intervals while the profile is open).
    Snmp::SnmpMonitor *snmpMonitor() const { return m_snmp.get(); }
    NightlySync *nightly() const { return m_nightly.get(); }
    const CacheSummary &summary() const { return m_summary; }
    bool hasSummary() const { return m_hasSummary; }

    void refreshSummary();
    void loadDetails(const SearchHit &hit);

    // Diagnoses `pppoeUser`: the running diagnosis (if any) is canceled and its
    // reports dropped; this one's arrive as diagnosisUpdated(), the last with
    // `final` set. Returns its id, 0 when the profile is not open. On the demo
    // profile it first starts the simulated ISP if it is not running (the live
    // sources are there); the diagnosis follows when it is up (0 meanwhile).
    quint64 diagnose(const QString &pppoeUser);
    void cancelDiagnosis();
    // The user of the current (or last) diagnosis; empty after cancelDiagnosis().
    QString diagnosedUser() const { return m_diagnosisUser; }
    bool isDiagnosing() const;
    // Null until opened(); rebuilt after a sync (the sources or their secrets may be new).
    Diagnosis::DiagnosisService *diagnosisService() const { return m_diagnosis.get(); }
    // The triage thresholds of settings.ini (read when the profile opens), and
    // what was wrong with them, if anything.
    const Triage::Thresholds &thresholds() const { return m_thresholds; }
    QString thresholdsWarning() const { return m_thresholdsWarning; }
    // The table an admin saved (ThresholdsDialog writes the file): diagnoses use it from now on.
    void setThresholds(const Triage::Thresholds &thresholds);

    // For the live traffic view: the cache, the sources of settings.ini and the store of their secrets.
    CacheDatabase *cache() const { return m_cache.get(); }
    ProfileSources sources() const;
    CredentialStore *credentialStore() const;
    // The demo profile: sync it from its simulated ISP of `customers` customers (started if needed).
    bool syncDemo(int customers);
    // The demo's start-up sync (--demo, or an empty demo cache) is still to come or running.
    bool isPreparingDemo() const;

signals:
    void opened();
    void openFailed(const QString &error);
    void summaryChanged(const Beholder::CacheSummary &summary);
    void detailsLoaded(const Beholder::SubscriberDetails &details);
    void detailsFailed(const Beholder::SearchHit &hit, const QString &error);
    // A report of the current diagnosis (never of one canceled or superseded).
    void diagnosisUpdated(const Beholder::Diagnosis::DiagnosisReport &report);
    // setPrincipal() changed who is acting (a sign-in, a sign-out).
    void principalChanged(const Beholder::Access::Principal &principal);

private:
    void afterOpen(const CacheSummary &summary);
    void createDiagnosisService();

    Profile m_profile;
    SessionOptions m_options;
    std::unique_ptr<LogFile> m_logFile;
    std::unique_ptr<CredentialStore> m_credentials;
    // Declared before the runners, the search and the syncs: they use it, so they go first.
    std::unique_ptr<CacheDatabase> m_cache;
    TaskRunner m_reader;      // open, summary, details, last sync run: short reads, one at a time
    TaskRunner m_auditWriter; // audit rows; waited for, never canceled, at close
    std::unique_ptr<Access::AuditLog> m_audit;
    Access::Principal m_principal;
    bool m_signInRequired = false;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<SyncSession> m_sync;
    std::unique_ptr<Snmp::SnmpMonitor> m_snmp;
    std::unique_ptr<NightlySync> m_nightly;
    // After the sync: it reads the sync's credential store.
    std::unique_ptr<Diagnosis::DiagnosisService> m_diagnosis;
    bool m_diagnosisStale = false; // a sync finished: the sources or secrets may have changed
    QString m_waitingForDemo;      // the user to diagnose once the demo's simulated ISP is up
    quint64 m_diagnosisId = 0;
    QString m_diagnosisUser;
    Triage::Thresholds m_thresholds = Triage::Thresholds::defaults();
    QString m_thresholdsWarning;
    LatestTask<SubscriberDetails> m_details;
    LatestTask<CacheSummary> m_summaryTask;
    State m_state = State::Opening;
    QString m_error;
    CacheSummary m_summary;
    bool m_hasSummary = false;
    bool m_demoAtStart = false;
};

} // namespace Beholder
