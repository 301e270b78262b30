// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated ISP's working half: it lives in the simulator's own thread,
// builds the dataset there (so the caller never waits for it), owns the three
// REST servers and one RouterOS server per node, and publishes what the
// facade (Simulator) may read from other threads into SimulatorState.
#pragma once

#include "simulatoroptions.h"
#include "sources/sourceconfig.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace Beholder::Sim {

class CnMaestroApi;
class HttpServer;
class IspCubeApi;
class RouterOsServer;
class SimDataset;
class SmartOltApi;

// Shared between the facade (any thread) and the engine (simulator thread),
// always under `mutex`. The server and API pointers are set while `running`;
// the facade clears them under the mutex before the engine is destroyed.
// HttpServer's fault and counter calls and the APIs' credential controls are
// thread-safe; RouterOsServer is not, so `routers` is only dereferenced on
// the simulator thread.
struct SimulatorState
{
    mutable QMutex mutex;
    bool running = false;
    QString error; // why the start failed
    ProfileSources sources;
    QHash<QString, QString> secrets;
    IspDataset dataset;
    QList<Demo::DemoScenario> scenarios;
    Demo::DemoLiveState live;
    SimulatorCredentials credentials;
    UnixTime now = 0;
    HttpServer *ispCubeServer = nullptr;
    HttpServer *smartOltServer = nullptr;
    HttpServer *cnMaestroServer = nullptr;
    IspCubeApi *ispCube = nullptr;
    SmartOltApi *smartOlt = nullptr;
    CnMaestroApi *cnMaestro = nullptr;
    QHash<qint64, RouterOsServer *> routers; // node id -> server
    QObject *engine = nullptr;               // the SimulatorEngine, for calls into its thread
};

class SimulatorEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorEngine)

public:
    SimulatorEngine(SimulatorOptions options, std::shared_ptr<SimulatorState> state);
    ~SimulatorEngine() override;

    // In the simulator thread: builds everything and starts listening, then
    // publishes the endpoints and emits finishedStarting(). Stops early
    // (without publishing) once abort() was called.
    void start();
    // Any thread: make start() give up at its next step.
    void abort() { m_abort = true; }

signals:
    void finishedStarting(bool ok, const QString &error);

private:
    bool startHttp(QString *error);
    bool startRouters(QString *error);
    void fail(const QString &error);

    SimulatorOptions m_options;
    std::shared_ptr<SimulatorState> m_state;
    std::atomic<bool> m_abort = false;
    std::shared_ptr<const SimDataset> m_dataset;
    Demo::DemoLiveState m_live;

    // Declared before the servers: the servers' handlers call the APIs, so the servers go first.
    std::unique_ptr<IspCubeApi> m_ispCube;
    std::unique_ptr<SmartOltApi> m_smartOlt;
    std::unique_ptr<CnMaestroApi> m_cnMaestro;
    std::unique_ptr<HttpServer> m_ispCubeServer;
    std::unique_ptr<HttpServer> m_smartOltServer;
    std::unique_ptr<HttpServer> m_cnMaestroServer;
    std::vector<std::unique_ptr<RouterOsServer>> m_routers;
    QHash<qint64, QString> m_routerPasswords;
};

} // namespace Beholder::Sim
