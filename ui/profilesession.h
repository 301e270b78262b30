// SPDX-License-Identifier: GPL-3.0-or-later
// One open profile as the window sees it: its cache (opened off the GUI
// thread), its search service, its log file, the summary for the status bar,
// the customer details of a chosen hit, and its syncs (manual, nightly and
// the demo's, through SyncSession). Every piece of work runs on a worker and
// comes back as a signal on the GUI thread; nothing here touches a widget,
// so the window can be thrown away at any moment.
#pragma once

#include "async/latesttask.h"
#include "async/taskrunner.h"
#include "cache/cachesummary.h"
#include "customer/subscriberdetails.h"
#include "net/httpclient.h"
#include "profile/profile.h"
#include "sync/syncschedule.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Beholder {

class CacheDatabase;
class CredentialStore;
class LogFile;
class NightlySync;
class SearchService;
class SyncSession;

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

    const Profile &profile() const { return m_profile; }
    bool isDemo() const { return m_profile.name() == Profile::demoName(); }
    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    // Null until opened().
    SearchService *searchService() const { return m_search.get(); }
    SyncSession *sync() const { return m_sync.get(); }
    NightlySync *nightly() const { return m_nightly.get(); }
    const CacheSummary &summary() const { return m_summary; }
    bool hasSummary() const { return m_hasSummary; }

    void refreshSummary();
    void loadDetails(const SearchHit &hit);

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

private:
    void afterOpen(const CacheSummary &summary);

    Profile m_profile;
    SessionOptions m_options;
    std::unique_ptr<LogFile> m_logFile;
    std::unique_ptr<CredentialStore> m_credentials;
    // Declared before the runners, the search and the syncs: they use it, so they go first.
    std::unique_ptr<CacheDatabase> m_cache;
    TaskRunner m_reader; // open, summary, details, last sync run: short reads, one at a time
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<SyncSession> m_sync;
    std::unique_ptr<NightlySync> m_nightly;
    LatestTask<SubscriberDetails> m_details;
    LatestTask<CacheSummary> m_summaryTask;
    State m_state = State::Opening;
    QString m_error;
    CacheSummary m_summary;
    bool m_hasSummary = false;
    bool m_demoAtStart = false;
};

} // namespace Beholder
