// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated ISP: the demo dataset (or a given one) served over the real
// protocols on 127.0.0.1 (ISPCube, SmartOLT and cnMaestro over HTTP, one
// RouterOS API server per router), so that the demo, the tests and the
// benchmarks use the product's real clients. Faults, broken credentials and
// request counters let tests make any source misbehave on demand.
//
// Threads: everything runs in the simulator's own thread, started by start(),
// which returns at once (building a 100,000-customer dataset takes seconds).
// start() and stop() belong to the thread the Simulator lives in; every other
// function is thread-safe. Reads and HTTP faults go through a mutex; router
// faults and counters run in the simulator thread through a blocking queued
// call, so call them from tests or tools, not from the GUI thread.
#pragma once

#include "simulator/http/httpserver.h"
#include "simulator/routeros/routerosserver.h"
#include "simulatoroptions.h"
#include "sources/sourceconfig.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace Beholder::Sim {

class SimulatorEngine;
struct SimulatorState;

class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(SimulatorOptions options = {}, QObject *parent = nullptr);
    ~Simulator() override; // stop()

    // Starts the simulator thread and returns at once; started() follows. Once only.
    void start();
    // Closes every server (connections in flight are cut) and ends the thread.
    // Waits for the thread, which takes milliseconds once it is running; a
    // start still building its dataset is abandoned at its next step.
    void stop();
    bool isRunning() const;
    // Why the start failed (empty while starting or running).
    QString errorString() const;

    // Valid once running. ISPCube's baseUrl ends in "/api", SmartOLT's in
    // "/api/", cnMaestro's in "/api/v2"; one RouterConfig per node.
    ProfileSources profileSources() const;
    // Keychain key (SecretKeys) -> secret, for every source and router.
    QHash<QString, QString> secrets() const;
    // What is served, so a test can compare it with what a sync wrote.
    IspDataset dataset() const;
    // The diagnosis scenarios of the generated demo ISP (Demo::generateDemoIsp), in catalogue order;
    // empty when the simulator serves an explicit dataset.
    QList<Demo::DemoScenario> scenarios() const;
    // What the routers serve live beyond the dataset (sessions down, flapping, saturated lines).
    Demo::DemoLiveState liveState() const;
    // The time the served data is relative to (status ages, uptimes); the routers' clocks start there.
    UnixTime now() const;
    // The resolved credentials (random ones filled in).
    SimulatorCredentials credentials() const;

    // --- fault injection (tests) ---------------------------------------------------------------
    // `pathPattern` as HttpServer::setFault: "/api/onu/get_onus_statuses" or a prefix with '*'.
    void setHttpFault(SourceKind kind, const QString &pathPattern, const HttpFault &fault);
    // `command`: "/ppp/secret/print", "/login", ... or "*".
    void setRouterFault(qint64 nodeId, const QString &command, const RouterOsFault &fault);
    void clearFaults(); // every source and router
    // The source refuses its credentials from now on (every router, for RouterOs),
    // and tokens already issued stop working; restoreCredentials() undoes it.
    void breakCredentials(SourceKind kind);
    void restoreCredentials(SourceKind kind);
    // Bearer tokens issued so far expire (ISPCube, cnMaestro): the next call gets 401.
    void expireTokens(SourceKind kind);
    // Requests whose path matches `pathPattern` (HttpServer::requestCount).
    int requestCount(SourceKind kind, const QString &pathPattern) const;
    int routerCommandCount(qint64 nodeId, const QString &command) const;
    QStringList routerRunningCommands(qint64 nodeId) const;
    // The router drops every API session (a reboot).
    void disconnectRouterClients(qint64 nodeId);

signals:
    // In this object's thread. ok false: errorString() says why.
    void started(bool ok);

private:
    // Runs `call` in the simulator thread while the simulator runs, and waits for it.
    bool inSimulatorThread(const std::function<void()> &call) const;
    void setCredentialsBroken(SourceKind kind, bool broken);

    SimulatorOptions m_options;
    std::shared_ptr<SimulatorState> m_state;
    QThread *m_thread = nullptr;
    SimulatorEngine *m_engine = nullptr; // lives in m_thread, deleted there when it finishes
};

} // namespace Beholder::Sim
