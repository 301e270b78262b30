// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "cnmaestroapi.h"
#include "ispcubeapi.h"
#include "logging/logging.h"
#include "simulatorengine.h"
#include "smartoltapi.h"
#include "tokenstore.h"

#include <QMutexLocker>
#include <QRandomGenerator>
#include <QThread>
#include <QUuid>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

namespace {

QString randomDigits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    return out;
}

// Random values for every credential not given, so that no test can lean on a fixed password.
SimulatorCredentials resolved(SimulatorCredentials c)
{
    const auto fill = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    fill(c.ispCubeUser, u"beholder."_s + TokenStore::randomText(6).toLower());
    fill(c.ispCubePassword, TokenStore::randomText(24));
    fill(c.ispCubeApiKey, QUuid::createUuid().toString(QUuid::WithoutBraces));
    fill(c.ispCubeClientId, QString(u'1' + randomDigits(3)));
    fill(c.smartOltToken, TokenStore::randomText(32).toLower());
    fill(c.cnMaestroClientId, TokenStore::randomText(16));
    fill(c.cnMaestroClientSecret, TokenStore::randomText(40));
    fill(c.routerUser, u"api-"_s + TokenStore::randomText(5).toLower());
    return c; // routerPassword stays empty unless given: one random password per router then
}

} // namespace

Simulator::Simulator(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_state(std::make_shared<SimulatorState>())
{
    m_options.credentials = resolved(m_options.credentials);
}

Simulator::~Simulator()
{
    stop();
}

void Simulator::start()
{
    if (m_thread) {
        qCWarning(lcSim) << "Simulator::start() called twice; ignored";
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(u"simulator"_s);
    m_engine = new SimulatorEngine(m_options, m_state);
    m_options.dataset.reset(); // the engine has its own copy
    m_engine->moveToThread(m_thread);
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->engine = m_engine;
    }
    connect(m_thread, &QThread::started, m_engine, &SimulatorEngine::start);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SimulatorEngine::finishedStarting, this, [this](bool ok) {
        if (m_thread) // not after stop()
            emit started(ok);
    });
    m_thread->start();
}

void Simulator::stop()
{
    if (!m_thread)
        return;
    m_engine->abort();
    {
        // After this, no facade call reaches a server: they are about to go.
        const QMutexLocker lock(&m_state->mutex);
        m_state->running = false;
        m_state->ispCubeServer = nullptr;
        m_state->smartOltServer = nullptr;
        m_state->cnMaestroServer = nullptr;
        m_state->ispCube = nullptr;
        m_state->smartOlt = nullptr;
        m_state->cnMaestro = nullptr;
        m_state->routers.clear();
        m_state->engine = nullptr;
    }
    m_thread->quit();
    if (QThread::currentThread() != m_thread)
        m_thread->wait(); // the engine and its servers are deleted in the thread as it finishes
    delete m_thread;
    m_thread = nullptr;
    m_engine = nullptr;
}

bool Simulator::isRunning() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->running;
}

QString Simulator::errorString() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->error;
}

ProfileSources Simulator::profileSources() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->sources;
}

QHash<QString, QString> Simulator::secrets() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->secrets;
}

IspDataset Simulator::dataset() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->dataset;
}

QList<Demo::DemoScenario> Simulator::scenarios() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->scenarios;
}

Demo::DemoLiveState Simulator::liveState() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->live;
}

UnixTime Simulator::now() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->now;
}

SimulatorCredentials Simulator::credentials() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->running ? m_state->credentials : m_options.credentials;
}

namespace {
HttpServer *serverOf(const SimulatorState &state, SourceKind kind)
{
    switch (kind) {
    case SourceKind::IspCube:
        return state.ispCubeServer;
    case SourceKind::SmartOlt:
        return state.smartOltServer;
    case SourceKind::CnMaestro:
        return state.cnMaestroServer;
    case SourceKind::RouterOs:
        break;
    }
    return nullptr;
}
} // namespace

void Simulator::setHttpFault(SourceKind kind, const QString &pathPattern, const HttpFault &fault)
{
    const QMutexLocker lock(&m_state->mutex);
    if (HttpServer *server = serverOf(*m_state, kind))
        server->setFault(pathPattern, fault); // HttpServer's fault table is thread-safe
    else
        qCWarning(lcSim) << "Simulator::setHttpFault: no running HTTP source" << toString(kind);
}

int Simulator::requestCount(SourceKind kind, const QString &pathPattern) const
{
    const QMutexLocker lock(&m_state->mutex);
    const HttpServer *server = serverOf(*m_state, kind);
    return server ? server->requestCount(pathPattern) : 0;
}

bool Simulator::inSimulatorThread(const std::function<void()> &call) const
{
    // The state mutex is held across the call: stop() cannot tear the servers down meanwhile, and the
    // simulator thread never takes the mutex once it is running, so this cannot deadlock.
    const QMutexLocker lock(&m_state->mutex);
    if (!m_state->running || !m_state->engine)
        return false;
    if (QThread::currentThread() == m_state->engine->thread())
        call();
    else
        QMetaObject::invokeMethod(m_state->engine, call, Qt::BlockingQueuedConnection);
    return true;
}

void Simulator::setRouterFault(qint64 nodeId, const QString &command, const RouterOsFault &fault)
{
    const std::shared_ptr<SimulatorState> state = m_state;
    inSimulatorThread([state, nodeId, command, fault] {
        if (RouterOsServer *router = state->routers.value(nodeId))
            router->setFault(command, fault);
    });
}

void Simulator::clearFaults()
{
    const std::shared_ptr<SimulatorState> state = m_state;
    {
        const QMutexLocker lock(&m_state->mutex);
        for (const SourceKind kind : {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro}) {
            if (HttpServer *server = serverOf(*m_state, kind))
                server->clearFaults();
        }
    }
    inSimulatorThread([state] {
        for (RouterOsServer *router : std::as_const(state->routers))
            router->clearFaults();
    });
}

void Simulator::setCredentialsBroken(SourceKind kind, bool broken)
{
    if (kind == SourceKind::RouterOs) {
        // A router that refuses every login; restoring lifts exactly that fault.
        const std::shared_ptr<SimulatorState> state = m_state;
        inSimulatorThread([state, broken] {
            RouterOsFault refuse;
            refuse.refuseLogin = true;
            for (RouterOsServer *router : std::as_const(state->routers)) {
                if (broken)
                    router->setFault(u"/login"_s, refuse);
                else
                    router->setFault(u"/login"_s, RouterOsFault{});
            }
        });
        return;
    }
    const QMutexLocker lock(&m_state->mutex);
    switch (kind) {
    case SourceKind::IspCube:
        if (m_state->ispCube)
            m_state->ispCube->setCredentialsBroken(broken);
        break;
    case SourceKind::SmartOlt:
        if (m_state->smartOlt)
            m_state->smartOlt->setCredentialsBroken(broken);
        break;
    case SourceKind::CnMaestro:
        if (m_state->cnMaestro)
            m_state->cnMaestro->setCredentialsBroken(broken);
        break;
    case SourceKind::RouterOs:
        break;
    }
}

void Simulator::breakCredentials(SourceKind kind)
{
    setCredentialsBroken(kind, true);
}

void Simulator::restoreCredentials(SourceKind kind)
{
    setCredentialsBroken(kind, false);
}

void Simulator::expireTokens(SourceKind kind)
{
    const QMutexLocker lock(&m_state->mutex);
    if (kind == SourceKind::IspCube && m_state->ispCube)
        m_state->ispCube->expireTokens();
    else if (kind == SourceKind::CnMaestro && m_state->cnMaestro)
        m_state->cnMaestro->expireTokens();
}

int Simulator::routerCommandCount(qint64 nodeId, const QString &command) const
{
    int count = 0;
    const std::shared_ptr<SimulatorState> state = m_state;
    inSimulatorThread([state, nodeId, command, &count] {
        if (const RouterOsServer *router = state->routers.value(nodeId))
            count = router->commandCount(command);
    });
    return count;
}

QStringList Simulator::routerRunningCommands(qint64 nodeId) const
{
    QStringList running;
    const std::shared_ptr<SimulatorState> state = m_state;
    inSimulatorThread([state, nodeId, &running] {
        if (const RouterOsServer *router = state->routers.value(nodeId))
            running = router->runningCommands();
    });
    return running;
}

void Simulator::disconnectRouterClients(qint64 nodeId)
{
    const std::shared_ptr<SimulatorState> state = m_state;
    inSimulatorThread([state, nodeId] {
        if (RouterOsServer *router = state->routers.value(nodeId))
            router->disconnectClients();
    });
}

} // namespace Beholder::Sim
