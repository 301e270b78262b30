// SPDX-License-Identifier: GPL-3.0-or-later
// One open profile as the window sees it: its cache (opened off the GUI
// thread), its search service, its log file, the summary for the status bar,
// the customer details of a chosen hit and the demo load. Every piece of work
// runs on a TaskRunner and comes back as a signal on the GUI thread; nothing
// here touches a widget, so the window can be thrown away at any moment.
#pragma once

#include "async/latesttask.h"
#include "async/taskrunner.h"
#include "cache/cachesummary.h"
#include "customer/subscriberdetails.h"
#include "profile/profile.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace Beholder {

class CacheDatabase;
class LogFile;
class SearchService;

struct SessionOptions
{
    bool installLogFile = false; // the application does, tests need not
    // Load the demo ISP when the demo profile's cache is empty.
    bool loadDemoWhenEmpty = true;
    // Reload the demo ISP at start even when its cache has data (--demo).
    bool refreshDemoAtStart = false;
    int demoCustomers = 5000;
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
    // Cancels what is running and waits for it (a demo load stops at its next step).
    ~ProfileSession() override;

    // Opens the cache in the background; ends with opened() or openFailed().
    void open();

    const Profile &profile() const { return m_profile; }
    bool isDemo() const { return m_profile.name() == Profile::demoName(); }
    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    // Null until opened().
    SearchService *searchService() const { return m_search.get(); }
    const CacheSummary &summary() const { return m_summary; }
    bool hasSummary() const { return m_hasSummary; }

    void refreshSummary();
    void loadDetails(const SearchHit &hit);

    // The demo ISP, into this profile's cache (only the demo profile may call it).
    bool isLoadingDemo() const { return m_demoLoading; }
    void loadDemo(int customers);
    void cancelDemoLoad();

signals:
    void opened();
    void openFailed(const QString &error);
    void summaryChanged(const Beholder::CacheSummary &summary);
    void detailsLoaded(const Beholder::SubscriberDetails &details);
    void detailsFailed(const Beholder::SearchHit &hit, const QString &error);
    void demoLoadStarted();
    void demoLoadProgress(int percent, const QString &step);
    void demoLoadFinished(bool ok, bool canceled, const QString &error);

private:
    void afterOpen(const CacheSummary &summary);

    Profile m_profile;
    SessionOptions m_options;
    std::unique_ptr<LogFile> m_logFile;
    // Declared before the runners and the search service: they use it, so they go first.
    std::unique_ptr<CacheDatabase> m_cache;
    TaskRunner m_reader; // open, summary, details: short reads, one at a time
    TaskRunner m_loader; // the demo load: seconds of writing, never in the readers' way
    std::unique_ptr<SearchService> m_search;
    LatestTask<SubscriberDetails> m_details;
    LatestTask<CacheSummary> m_summaryTask;
    QFuture<void> m_demoFuture;
    State m_state = State::Opening;
    QString m_error;
    CacheSummary m_summary;
    bool m_hasSummary = false;
    bool m_demoLoading = false;
};

} // namespace Beholder
