// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorengine.h"

#include "cnmaestroapi.h"
#include "ispcubeapi.h"
#include "logging/logging.h"
#include "routerfeed.h"
#include "simulator/http/httpserver.h"
#include "simulator/routeros/routerosserver.h"
#include "smartoltapi.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QTimeZone>

namespace Beholder::Sim {

using namespace Qt::Literals::StringLiterals;

SimulatorEngine::SimulatorEngine(SimulatorOptions options, std::shared_ptr<SimulatorState> state)
    : m_options(std::move(options))
    , m_state(std::move(state))
{ }

// Members go in reverse order: routers and HTTP servers (and their open connections) before the APIs.
SimulatorEngine::~SimulatorEngine() = default;

void SimulatorEngine::fail(const QString &error)
{
    if (m_abort)
        qCInfo(lcSim) << "simulated ISP stopped before it was up";
    else
        qCWarning(lcSim) << "simulated ISP did not start:" << error;
    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->error = error;
    }
    // Nothing half-started keeps listening.
    m_routers.clear();
    m_ispCubeServer.reset();
    m_smartOltServer.reset();
    m_cnMaestroServer.reset();
    emit finishedStarting(false, error);
}

void SimulatorEngine::start()
{
    QElapsedTimer timer;
    timer.start();
    UnixTime now = m_options.now;
    if (now == 0)
        now = m_options.demo.now != 0 ? m_options.demo.now : QDateTime::currentSecsSinceEpoch();
    IspDataset data;
    QList<Demo::DemoScenario> scenarios;
    if (m_options.dataset) {
        data = std::move(*m_options.dataset);
        m_options.dataset.reset();
        m_live = m_options.live;
    } else {
        // The generator's `now` is the simulator's, so the routers' uptimes and logs agree with the data.
        Demo::DemoOptions demo = m_options.demo;
        demo.now = now;
        demo.utcOffsetSeconds = m_options.utcOffsetSeconds;
        Demo::DemoIsp isp = Demo::generateDemoIsp(demo);
        data = std::move(isp.data);
        scenarios = std::move(isp.scenarios);
        m_live = std::move(isp.live);
    }
    if (m_abort)
        return fail(u"stopped while starting"_s);
    m_dataset = SimDataset::create(data, now, m_options.utcOffsetSeconds);
    const std::shared_ptr<const SimDataset> &dataset = m_dataset;

    // Credentials: those given, random ones for the rest (resolved by the facade), and one
    // password per router unless a common one was given.
    SimulatorCredentials &credentials = m_options.credentials;
    for (const Node &node : data.nodes) {
        m_routerPasswords.insert(
            node.id, credentials.routerPassword.isEmpty() ? TokenStore::randomText(20) : credentials.routerPassword);
    }
    m_ispCube = std::make_unique<IspCubeApi>(dataset, m_options.ispCube, credentials);
    m_smartOlt = std::make_unique<SmartOltApi>(dataset, m_options.smartOlt, credentials);
    m_cnMaestro = std::make_unique<CnMaestroApi>(dataset, m_options.cnMaestro, credentials);

    QString error;
    if (!startHttp(&error))
        return fail(error);
    if (m_abort)
        return fail(u"stopped while starting"_s);
    if (!startRouters(&error))
        return fail(error);
    if (m_abort)
        return fail(u"stopped while starting"_s);

    ProfileSources sources;
    const auto restSource = [](SourceKind kind, const HttpServer &server, const QString &path) {
        SourceConfig config;
        config.kind = kind;
        config.baseUrl = QUrl(server.baseUrl().toString() + path);
        return config;
    };
    SourceConfig ispCube = restSource(SourceKind::IspCube, *m_ispCubeServer, u"/api"_s);
    ispCube.user = credentials.ispCubeUser;
    ispCube.clientId = credentials.ispCubeClientId;
    SourceConfig smartOlt = restSource(SourceKind::SmartOlt, *m_smartOltServer, u"/api/"_s);
    smartOlt.callsPerHour = m_options.smartOlt.callsPerHour;
    SourceConfig cnMaestro = restSource(SourceKind::CnMaestro, *m_cnMaestroServer, u"/api/v2"_s);
    cnMaestro.user = credentials.cnMaestroClientId;
    SourceConfig routerOs;
    routerOs.kind = SourceKind::RouterOs;
    sources.sources = {ispCube, smartOlt, cnMaestro, routerOs};

    QHash<QString, QString> secrets;
    secrets.insert(SecretKeys::ispCubePassword(), credentials.ispCubePassword);
    secrets.insert(SecretKeys::ispCubeApiKey(), credentials.ispCubeApiKey);
    secrets.insert(SecretKeys::smartOltToken(), credentials.smartOltToken);
    secrets.insert(SecretKeys::cnMaestroClientSecret(), credentials.cnMaestroClientSecret);

    QHash<qint64, RouterOsServer *> routers;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const Node &node = data.nodes.at(i);
        RouterConfig router;
        router.nodeId = node.id;
        router.name = node.name;
        router.host = u"127.0.0.1"_s;
        router.port = m_routers.at(std::size_t(i))->port();
        router.tls = !m_options.tlsCertificate.isNull();
        router.user = credentials.routerUser;
        sources.routers.append(router);
        secrets.insert(SecretKeys::routerPassword(node.id), m_routerPasswords.value(node.id));
        routers.insert(node.id, m_routers.at(std::size_t(i)).get());
    }

    {
        const QMutexLocker lock(&m_state->mutex);
        m_state->running = true;
        m_state->sources = sources;
        m_state->secrets = secrets;
        m_state->dataset = std::move(data);
        m_state->scenarios = std::move(scenarios);
        m_state->live = m_live;
        m_state->credentials = credentials;
        m_state->now = now;
        m_state->ispCubeServer = m_ispCubeServer.get();
        m_state->smartOltServer = m_smartOltServer.get();
        m_state->cnMaestroServer = m_cnMaestroServer.get();
        m_state->ispCube = m_ispCube.get();
        m_state->smartOlt = m_smartOlt.get();
        m_state->cnMaestro = m_cnMaestro.get();
        m_state->routers = routers;
    }
    qCInfo(lcSim).nospace() << "simulated ISP up in " << timer.elapsed() << " ms: " << dataset->data().customers.size()
                            << " customers, " << m_routers.size() << " routers; ISPCube " << ispCube.baseUrl.toString()
                            << ", SmartOLT " << smartOlt.baseUrl.toString() << ", cnMaestro "
                            << cnMaestro.baseUrl.toString();
    emit finishedStarting(true, QString());
}

bool SimulatorEngine::startHttp(QString *error)
{
    m_ispCubeServer = std::make_unique<HttpServer>();
    m_smartOltServer = std::make_unique<HttpServer>();
    m_cnMaestroServer = std::make_unique<HttpServer>();
    m_ispCube->install(*m_ispCubeServer);
    m_smartOlt->install(*m_smartOltServer);
    m_cnMaestro->install(*m_cnMaestroServer);
    const std::pair<HttpServer *, QString> servers[] = {
        {m_ispCubeServer.get(), u"ISPCube"_s},
        {m_smartOltServer.get(), u"SmartOLT"_s},
        {m_cnMaestroServer.get(), u"cnMaestro"_s},
    };
    for (const auto &[server, name] : servers) {
        if (!m_options.tlsCertificate.isNull())
            server->setTls(m_options.tlsCertificate, m_options.tlsKey);
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            *error = name + u": cannot listen on 127.0.0.1"_s;
            return false;
        }
    }
    return true;
}

bool SimulatorEngine::startRouters(QString *error)
{
    const QList<RouterFeed> feeds = buildRouterFeeds(*m_dataset, m_live);
    // The routers' clocks read the simulator's "now" in its zone (Argentina's by default), like its data.
    const int offset = m_dataset->utcOffsetSeconds();
    const QString zone
        = offset == -3 * 3600 ? u"America/Argentina/Cordoba"_s : QString::fromUtf8(QTimeZone(offset).id());
    m_routers.reserve(std::size_t(feeds.size()));
    for (const RouterFeed &feed : feeds) {
        auto router = std::make_unique<RouterOsServer>();
        router->setCredentials(m_options.credentials.routerUser, m_routerPasswords.value(feed.nodeId));
        router->setVersion(feed.version);
        router->setPppSecrets(feed.secrets);
        router->setActiveSessions(feed.sessions);
        router->setResource(feed.resource);
        router->setTrafficLimits(feed.limits);
        router->setTrafficLoads(feed.loads);
        router->setClock(m_dataset->now(), offset, zone);
        router->setLog(feed.log);
        if (!m_options.tlsCertificate.isNull())
            router->setTls(m_options.tlsCertificate, m_options.tlsKey);
        if (!router->listen(QHostAddress::LocalHost, 0)) {
            *error = feed.name + u": cannot listen on 127.0.0.1: "_s + router->errorString();
            return false;
        }
        m_routers.push_back(std::move(router));
        if (m_abort)
            return true; // start() notices
    }
    return true;
}

} // namespace Beholder::Sim
