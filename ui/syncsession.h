// SPDX-License-Identifier: GPL-3.0-or-later
// The syncs of one open profile, as the window starts them (Sync Now, the
// nightly schedule, --demo): read the profile's sources and secrets, start
// the SyncEngine, pass its progress on, cancel it. Every step is
// asynchronous: the secrets come from the keychain through callbacks, the
// sources are fetched and written on the engine's workers, and the demo's
// simulated ISP runs on its own thread. Nothing here touches a widget.
#pragma once

#include "access/principal.h"
#include "net/httpclient.h"
#include "profile/profile.h"
#include "sync/syncrequest.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Beholder {

class CacheDatabase;
class CallBudget;
class CredentialStore;
class DemoIsp;
class SyncEngine;

class SyncSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSession)

public:
    enum class State {
        Idle,
        Preparing, // starting the demo's simulated ISP, reading the secrets
        Running,   // the engine is at work
    };
    Q_ENUM(State)

    // `cache` must be open and, like `store`, outlive the session. The demo
    // profile syncs from the simulated ISP, which the session starts when a
    // sync needs it.
    SyncSession(const Profile &profile, CacheDatabase *cache, CredentialStore *store, QObject *parent = nullptr);
    // Cancels a running sync and waits for its workers to stop; they check
    // for cancellation between requests and between written batches.
    ~SyncSession() override;

    // Who starts the syncs: the engine refuses a principal that may not RunSync. Until set, the profile's
    // default (the OS user on a single-user profile, nobody on one that requires sign-in). A nightly sync with
    // nobody signed in runs as the OS user, as the schedule an admin set.
    void setPrincipal(const Access::Principal &principal) { m_principal = principal; }
    Access::Principal principal() const { return m_principal; }

    // Tests: shorter waits between retries.
    void setRetryPolicy(const std::optional<RetryPolicy> &policy) { m_retryPolicy = policy; }
    // The size of the demo's simulated ISP (demo profile only).
    void setDemoCustomers(int customers) { m_demoCustomers = customers; }
    int demoCustomers() const { return m_demoCustomers; }

    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    bool isRunning() const { return m_state == State::Running; }
    // What the current (or last) sync was started by.
    SyncTrigger trigger() const { return m_trigger; }

    // Whether "Sync Now" has something to do: sources in settings.ini, or the demo profile.
    bool canSync() const;
    // Reads the sources from settings.ini again (a CLI import may have changed them).
    void reloadSources();
    bool hasSources() const { return m_hasSources; }

    // Starts a sync: preparing(), then started() or notStarted() (which may
    // come at once, inside this call). False, with nothing emitted, while a
    // sync is already under way.
    bool start(SyncTrigger trigger);
    // Stops the sync as soon as it can; canceled sources keep their previous data.
    void cancel();

    QList<SourceProgress> progress() const;
    // The SmartOLT account's call budget (shared with the sync's client), or
    // null when the profile has no SmartOLT source.
    std::shared_ptr<CallBudget> smartOltBudget() const;
    // The store the secrets are read from: the one given, or the process's
    // memory after the demo found no OS keychain.
    CredentialStore *credentialStore() const;
    DemoIsp *demoIsp() const { return m_demo.get(); }
    // The demo profile, before its simulated ISP runs (at the asked size) and is published.
    bool needsDemo() const;
    // The demo profile: starts its simulated ISP and publishes it without syncing, so that live checks
    // (the diagnosis) have something to ask; demoReady() or demoFailed() follows, later. False when there
    // is nothing to start: not the demo, running already, or a sync is starting it.
    bool startDemoIsp();

signals:
    void stateChanged(Beholder::SyncSession::State state);
    void preparing(Beholder::SyncTrigger trigger, const QString &step);
    void started(Beholder::SyncTrigger trigger, const QList<Beholder::SourceProgress> &progress);
    void progressChanged(const QList<Beholder::SourceProgress> &progress);
    void sourceFinished(const Beholder::SourceOutcome &outcome);
    void finished(Beholder::SyncTrigger trigger, const Beholder::SyncSummary &summary);
    // No sync ran: why (missing secrets, no sources, another sync holds the
    // lock, the simulated ISP did not start), or canceled while preparing.
    void notStarted(Beholder::SyncTrigger trigger, const QString &reason, bool canceled);
    // Something the operator should know that is no error ("no OS keychain: …").
    void notice(const QString &text);
    // The demo's simulated ISP runs and is published: the sources (its ports) and secrets may be new.
    void demoReady();
    void demoFailed(const QString &error);

private:
    void setState(State state);
    void prepareDemo();
    void readSecretsAndStart();
    void refuse(const QString &reason);

    Profile m_profile;
    CacheDatabase *m_cache;
    CredentialStore *m_store;
    std::unique_ptr<CredentialStore> m_memoryStore; // the demo's, without an OS keychain
    std::unique_ptr<DemoIsp> m_demo;                // the demo profile only; outlives the engine
    std::unique_ptr<SyncEngine> m_engine;
    std::optional<RetryPolicy> m_retryPolicy;
    ProfileSources m_sources;
    QStringList m_sourceErrors;
    Access::Principal m_principal;
    bool m_hasSources = false;
    int m_demoCustomers = 5000;
    State m_state = State::Idle;
    SyncTrigger m_trigger = SyncTrigger::Manual;
    quint64 m_attempt = 0; // callbacks of a canceled preparation are dropped
};

} // namespace Beholder
