// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated ISP end to end, over real sockets on 127.0.0.1: a plain
// QNetworkAccessManager for the REST sources and the product's RouterOS
// client for the routers. Auth is required and enforced, pages cover every
// row once, the hourly budget answers 429, injected faults reach the client,
// stop() cuts requests in flight, and the facade is safe from other threads.
#include "routeros/routerosclient.h"
#include "simulator/isp/simulator.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <QUrlQuery>

#include <memory>

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int startTimeoutMs = 120'000; // generous for sanitizer builds
constexpr int replyTimeoutMs = 60'000;

SimulatorOptions smallDemo(int customers = 1200)
{
    SimulatorOptions options;
    options.demo.customers = customers;
    options.demo.seed = 42;
    options.demo.now = Test::fixtureNow;
    return options;
}

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// One request, waited for with QSignalSpy (which returns as soon as the reply finishes).
class Http final
{
public:
    Reply send(const QByteArray &verb, const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &body = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(replyTimeoutMs);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(replyTimeoutMs))
            qWarning("no answer from %s", qPrintable(url.toString()));
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.body = reply->readAll();
        out.retryAfter = reply->rawHeader("Retry-After");
        return out;
    }
    QNetworkReply *start(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(replyTimeoutMs);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_manager.get(request);
    }

private:
    QNetworkAccessManager m_manager;
};

QUrl at(const SourceConfig &source, const QString &path, const QString &query = {})
{
    QUrl url(source.baseUrl.toString() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

// The clients' view of each source: where it is and how to sign a call.
struct Clients
{
    SourceConfig ispCube;
    SourceConfig smartOlt;
    SourceConfig cnMaestro;
    QHash<QString, QString> secrets;

    explicit Clients(const Simulator &sim)
        : ispCube(*sim.profileSources().source(SourceKind::IspCube))
        , smartOlt(*sim.profileSources().source(SourceKind::SmartOlt))
        , cnMaestro(*sim.profileSources().source(SourceKind::CnMaestro))
        , secrets(sim.secrets())
    { }

    QList<std::pair<QByteArray, QByteArray>> ispCubeLoginHeaders() const
    {
        return {{"api-key", secrets.value(SecretKeys::ispCubeApiKey()).toUtf8()},
                {"client-id", ispCube.clientId.toUtf8()},
                {"login-type", "api"},
                {"Content-Type", "application/json"},
                {"Accept", "application/json"}};
    }
    QByteArray ispCubeLoginBody(const QString &password = {}) const
    {
        return QJsonDocument(
                   QJsonObject{
                       {u"username"_s, ispCube.user},
                       {u"password"_s, password.isEmpty() ? secrets.value(SecretKeys::ispCubePassword()) : password}})
            .toJson(QJsonDocument::Compact);
    }
    QList<std::pair<QByteArray, QByteArray>> ispCubeHeaders(const QString &token) const
    {
        auto headers = ispCubeLoginHeaders();
        headers.append({"Authorization", "Bearer " + token.toUtf8()});
        headers.append({"username", ispCube.user.toUtf8()});
        return headers;
    }
    QList<std::pair<QByteArray, QByteArray>> smartOltHeaders() const
    {
        return {{"X-Token", secrets.value(SecretKeys::smartOltToken()).toUtf8()}};
    }
    QByteArray cnMaestroTokenBody() const
    {
        return "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(cnMaestro.user)
            + "&client_secret=" + QUrl::toPercentEncoding(secrets.value(SecretKeys::cnMaestroClientSecret()));
    }
};

QString ispCubeLogin(Http &http, const Clients &clients)
{
    const Reply reply = http.send("POST", at(clients.ispCube, u"/sanctum/token"_s), clients.ispCubeLoginHeaders(),
                                  clients.ispCubeLoginBody());
    return reply.json().object().value(u"token").toString();
}

QString cnMaestroLogin(Http &http, const Clients &clients)
{
    const Reply reply
        = http.send("POST", at(clients.cnMaestro, u"/access/token"_s),
                    {{"Content-Type", "application/x-www-form-urlencoded"}}, clients.cnMaestroTokenBody());
    return reply.json().object().value(u"access_token").toString();
}

std::unique_ptr<Simulator> started(SimulatorOptions options)
{
    auto sim = std::make_unique<Simulator>(std::move(options));
    QSignalSpy spy(sim.get(), &Simulator::started);
    sim->start();
    if (!spy.wait(startTimeoutMs) || !spy.first().first().toBool()) {
        qWarning("simulator did not start: %s", qPrintable(sim->errorString()));
        return nullptr;
    }
    return sim;
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void start_exposesSourcesSecretsAndDataset()
    {
        SimulatorOptions options = smallDemo();
        options.credentials.smartOltToken = u"fixed-token"_s;
        Simulator sim(options);
        QVERIFY(!sim.isRunning());
        QVERIFY(sim.profileSources().sources.isEmpty());
        QSignalSpy spy(&sim, &Simulator::started);
        sim.start(); // returns at once; the dataset is built in the simulator's thread
        QVERIFY(spy.wait(startTimeoutMs));
        QCOMPARE(spy.first().first().toBool(), true);
        QVERIFY(sim.isRunning());
        QVERIFY(sim.errorString().isEmpty());

        const IspDataset served = sim.dataset();
        const IspDataset expected = Demo::generateIsp(options.demo);
        QCOMPARE(served.customers.size(), expected.customers.size());
        QCOMPARE(served.customers.last().name, expected.customers.last().name);
        QCOMPARE(sim.now(), Test::fixtureNow);

        const ProfileSources sources = sim.profileSources();
        QCOMPARE(sources.sources.size(), 4);
        const SourceConfig ispCube = *sources.source(SourceKind::IspCube);
        QVERIFY(ispCube.baseUrl.toString().startsWith(u"http://127.0.0.1:"));
        QVERIFY(ispCube.baseUrl.toString().endsWith(u"/api"));
        QVERIFY(!ispCube.user.isEmpty());
        QVERIFY(!ispCube.clientId.isEmpty());
        QVERIFY(sources.source(SourceKind::SmartOlt)->baseUrl.toString().endsWith(u"/api/"));
        QCOMPARE(sources.source(SourceKind::SmartOlt)->callsPerHour, 1000);
        QVERIFY(sources.source(SourceKind::CnMaestro)->baseUrl.toString().endsWith(u"/api/v2"));
        QVERIFY(!sources.source(SourceKind::CnMaestro)->user.isEmpty());
        QVERIFY(sources.source(SourceKind::RouterOs)->enabled);
        QSet<int> ports;
        for (const SourceConfig &source : sources.sources)
            ports.insert(source.baseUrl.port());
        QCOMPARE(ports.size(), 4); // three HTTP ports, and -1 for RouterOs

        QCOMPARE(sources.routers.size(), served.nodes.size());
        const QHash<QString, QString> secrets = sim.secrets();
        QCOMPARE(secrets.value(SecretKeys::smartOltToken()), u"fixed-token"_s); // given: kept
        for (const QString &key :
             {SecretKeys::ispCubePassword(), SecretKeys::ispCubeApiKey(), SecretKeys::cnMaestroClientSecret()})
            QVERIFY2(secrets.value(key).size() >= 16, qPrintable(key)); // random, and not short
        for (qsizetype i = 0; i < sources.routers.size(); ++i) {
            const RouterConfig &router = sources.routers.at(i);
            QCOMPARE(router.nodeId, served.nodes.at(i).id);
            QCOMPARE(router.name, served.nodes.at(i).name);
            QCOMPARE(router.host, u"127.0.0.1"_s);
            QVERIFY(router.port > 0);
            QVERIFY(!secrets.value(SecretKeys::routerPassword(router.nodeId)).isEmpty());
        }

        // Random credentials per instance.
        Simulator other(smallDemo());
        QVERIFY(other.credentials().ispCubePassword != sim.credentials().ispCubePassword);

        sim.stop();
        QVERIFY(!sim.isRunning());
        QVERIFY(sim.profileSources().source(SourceKind::IspCube).has_value()); // the last known stay readable
    }

    void auth_isRequiredAndEnforced()
    {
        const auto sim = started(smallDemo());
        QVERIFY(sim);
        const Clients clients(*sim);
        Http http;

        // ISPCube: headers first, then the token.
        QCOMPARE(http.send("GET", at(clients.ispCube, u"/plans/plans_list"_s)).status, 400);
        QCOMPARE(http.send("GET", at(clients.ispCube, u"/plans/plans_list"_s), clients.ispCubeHeaders(u"1|x"_s)).status,
                 401);
        const Reply wrong = http.send("POST", at(clients.ispCube, u"/sanctum/token"_s), clients.ispCubeLoginHeaders(),
                                      clients.ispCubeLoginBody(u"wrong password"_s));
        QCOMPARE(wrong.status, 401);
        const QString token = ispCubeLogin(http, clients);
        QVERIFY(!token.isEmpty());
        QCOMPARE(http.send("GET", at(clients.ispCube, u"/plans/plans_list"_s), clients.ispCubeHeaders(token)).status,
                 200);
        sim->expireTokens(SourceKind::IspCube);
        QCOMPARE(http.send("GET", at(clients.ispCube, u"/plans/plans_list"_s), clients.ispCubeHeaders(token)).status,
                 401);
        sim->breakCredentials(SourceKind::IspCube);
        QVERIFY(ispCubeLogin(http, clients).isEmpty());
        sim->restoreCredentials(SourceKind::IspCube);
        QVERIFY(!ispCubeLogin(http, clients).isEmpty());

        // SmartOLT: X-Token.
        QCOMPARE(http.send("GET", at(clients.smartOlt, u"system/get_olts"_s)).status, 401);
        QCOMPARE(http.send("GET", at(clients.smartOlt, u"system/get_olts"_s), {{"X-Token", "nope"}}).status, 403);
        QCOMPARE(http.send("GET", at(clients.smartOlt, u"system/get_olts"_s), clients.smartOltHeaders()).status, 200);
        sim->breakCredentials(SourceKind::SmartOlt);
        QCOMPARE(http.send("GET", at(clients.smartOlt, u"system/get_olts"_s), clients.smartOltHeaders()).status, 403);
        sim->restoreCredentials(SourceKind::SmartOlt);

        // cnMaestro: OAuth2 client credentials, then Bearer.
        QCOMPARE(http.send("GET", at(clients.cnMaestro, u"/devices"_s)).status, 401);
        const QString access = cnMaestroLogin(http, clients);
        QVERIFY(!access.isEmpty());
        const QList<std::pair<QByteArray, QByteArray>> bearer = {{"Authorization", "Bearer " + access.toUtf8()}};
        QCOMPARE(http.send("GET", at(clients.cnMaestro, u"/devices"_s), bearer).status, 200);
        sim->expireTokens(SourceKind::CnMaestro);
        QCOMPARE(http.send("GET", at(clients.cnMaestro, u"/devices"_s), bearer).status, 401);
        sim->breakCredentials(SourceKind::CnMaestro);
        QVERIFY(cnMaestroLogin(http, clients).isEmpty());
        sim->restoreCredentials(SourceKind::CnMaestro);
        QVERIFY(!cnMaestroLogin(http, clients).isEmpty());
    }

    void pagination_coversEveryRowOnce()
    {
        const auto sim = started(smallDemo(2500));
        QVERIFY(sim);
        const Clients clients(*sim);
        const IspDataset served = sim->dataset();
        Http http;
        const QString token = ispCubeLogin(http, clients);

        // ISPCube: bare arrays; stop at the first short page.
        for (const QString &list : {u"/customers/customers_list"_s, u"/connections/connections_list"_s}) {
            QSet<qint64> ids;
            qsizetype rows = 0;
            const int limit = 500;
            for (int offset = 0;; offset += limit) {
                const Reply page
                    = http.send("GET", at(clients.ispCube, list, u"limit=%1&offset=%2"_s.arg(limit).arg(offset)),
                                clients.ispCubeHeaders(token));
                QCOMPARE(page.status, 200);
                const QJsonArray rowsOfPage = page.json().array();
                for (const QJsonValue &row : rowsOfPage)
                    ids.insert(row.toObject().value(u"id").toInteger());
                rows += rowsOfPage.size();
                if (rowsOfPage.size() < limit)
                    break;
            }
            const qsizetype expected
                = list.startsWith(u"/customers") ? served.customers.size() : served.connections.size();
            QCOMPARE(rows, expected);
            QCOMPARE(ids.size(), expected);
        }

        // SmartOLT: page/page_size with total_pages.
        QSet<QString> onus;
        int pages = 1;
        for (int page = 1; page <= pages; ++page) {
            const Reply reply = http.send(
                "GET", at(clients.smartOlt, u"onu/get_all_onus_details"_s, u"page=%1&page_size=100"_s.arg(page)),
                clients.smartOltHeaders());
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json().object();
            pages = body.value(u"total_pages").toInt();
            for (const QJsonValue &onu : body.value(u"onus").toArray())
                onus.insert(onu.toObject().value(u"unique_external_id").toString());
        }
        QCOMPARE(onus.size(), served.onus.size());

        // cnMaestro: offset/limit while offset + limit < total.
        const QList<std::pair<QByteArray, QByteArray>> bearer
            = {{"Authorization", "Bearer " + cnMaestroLogin(http, clients).toUtf8()}};
        QSet<QString> macs;
        for (int offset = 0;; offset += 100) {
            const Reply reply = http.send(
                "GET", at(clients.cnMaestro, u"/devices/statistics"_s, u"offset=%1&limit=100"_s.arg(offset)), bearer);
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json().object();
            for (const QJsonValue &device : body.value(u"data").toArray())
                macs.insert(device.toObject().value(u"mac").toString());
            if (offset + 100 >= body.value(u"paging").toObject().value(u"total").toInt())
                break;
        }
        QCOMPARE(macs.size(), served.accessPoints.size() + served.wirelessSubscribers.size());
    }

    void smartOlt_answers429AfterTheHourlyBudget()
    {
        SimulatorOptions options = smallDemo();
        options.smartOlt.callsPerHour = 4;
        const auto sim = started(options);
        QVERIFY(sim);
        QCOMPARE(sim->profileSources().source(SourceKind::SmartOlt)->callsPerHour, 4);
        const Clients clients(*sim);
        Http http;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(
                http.send("GET", at(clients.smartOlt, u"onu/get_onus_statuses"_s), clients.smartOltHeaders()).status,
                200);
        const Reply refused
            = http.send("GET", at(clients.smartOlt, u"onu/get_onus_signals"_s), clients.smartOltHeaders());
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.retryAfter.toInt() > 0);
        QVERIFY(refused.retryAfter.toInt() <= 3600);
        QCOMPARE(refused.json().object().value(u"status").toBool(true), false);
        QCOMPARE(sim->requestCount(SourceKind::SmartOlt, u"/api/onu/*"_s), 5);
    }

    void faults_reachTheClient()
    {
        const auto sim = started(smallDemo());
        QVERIFY(sim);
        const Clients clients(*sim);
        Http http;
        const QString token = ispCubeLogin(http, clients);
        const QUrl plans = at(clients.ispCube, u"/plans/plans_list"_s);

        HttpFault unavailable;
        unavailable.status = 503;
        unavailable.remaining = 1;
        sim->setHttpFault(SourceKind::IspCube, u"/api/plans/plans_list"_s, unavailable);
        QCOMPARE(http.send("GET", plans, clients.ispCubeHeaders(token)).status, 503);
        QCOMPARE(http.send("GET", plans, clients.ispCubeHeaders(token)).status, 200); // applied once

        HttpFault garbage;
        garbage.malformedJson = true;
        sim->setHttpFault(SourceKind::IspCube, u"/api/plans/*"_s, garbage);
        const Reply bad = http.send("GET", plans, clients.ispCubeHeaders(token));
        QCOMPARE(bad.status, 200);
        QJsonParseError parseError;
        QJsonDocument::fromJson(bad.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);

        HttpFault reset;
        reset.resetConnection = true;
        sim->setHttpFault(SourceKind::SmartOlt, u"/api/system/get_olts"_s, reset);
        QVERIFY(http.send("GET", at(clients.smartOlt, u"system/get_olts"_s), clients.smartOltHeaders()).error
                != QNetworkReply::NoError);

        sim->clearFaults();
        QCOMPARE(http.send("GET", plans, clients.ispCubeHeaders(token)).status, 200);
        QCOMPARE(http.send("GET", at(clients.smartOlt, u"system/get_olts"_s), clients.smartOltHeaders()).status, 200);
        QCOMPARE(sim->requestCount(SourceKind::IspCube, u"/api/plans/plans_list"_s), 4);
    }

    void stop_cutsRequestsInFlight()
    {
        const auto sim = started(smallDemo());
        QVERIFY(sim);
        const Clients clients(*sim);
        HttpFault silent;
        silent.neverAnswer = true;
        sim->setHttpFault(SourceKind::SmartOlt, u"/api/onu/*"_s, silent);
        Http http;
        std::unique_ptr<QNetworkReply> hanging(
            http.start(at(clients.smartOlt, u"onu/get_onus_statuses"_s), clients.smartOltHeaders()));
        QTRY_COMPARE_WITH_TIMEOUT(sim->requestCount(SourceKind::SmartOlt, u"/api/onu/*"_s), 1, replyTimeoutMs);

        const RouterConfig routerConfig = sim->profileSources().routers.first();
        RouterOsFault routerSilent;
        routerSilent.neverAnswer = true;
        sim->setRouterFault(routerConfig.nodeId, u"/ppp/secret/print"_s, routerSilent);
        RouterOs::Client router(routerConfig, sim->secrets().value(SecretKeys::routerPassword(routerConfig.nodeId)));
        std::optional<ApiError> routerError;
        router.pppSecrets(this,
                          [&routerError](const ApiResult<QList<PppSecret>> &result) { routerError = result.error; });
        QTRY_COMPARE_WITH_TIMEOUT(sim->routerRunningCommands(routerConfig.nodeId).size(), 1, replyTimeoutMs);

        QSignalSpy finished(hanging.get(), &QNetworkReply::finished);
        sim->stop();
        QVERIFY(!sim->isRunning());
        QVERIFY(finished.wait(replyTimeoutMs) || hanging->isFinished());
        QVERIFY(hanging->error() != QNetworkReply::NoError);
        QTRY_VERIFY_WITH_TIMEOUT(routerError.has_value(), replyTimeoutMs);
        QVERIFY(routerError->isError());
        QCOMPARE(toString(routerError->kind), toString(ApiError::Kind::Connection));

        // A stopped simulator refuses politely: nothing to fault, nothing counted.
        sim->setHttpFault(SourceKind::IspCube, u"*"_s, silent);
        QCOMPARE(sim->requestCount(SourceKind::SmartOlt, u"*"_s), 0);
        QCOMPARE(sim->routerCommandCount(routerConfig.nodeId, u"/login"_s), 0);
    }

    void stop_whileStartingAndTwice()
    {
        // Destroyed while it may still be building its dataset: no leak, no hang, no crash.
        {
            Simulator sim(smallDemo(3000));
            sim.start();
        }
        Simulator sim(smallDemo(300));
        QSignalSpy spy(&sim, &Simulator::started);
        sim.start();
        sim.start(); // ignored
        QVERIFY(spy.wait(startTimeoutMs));
        sim.stop();
        sim.stop();
        QCOMPARE(spy.size(), 1);
    }

    void routers_serveSecretsSessionsResourcesAndTraffic()
    {
        const auto sim = started(smallDemo());
        QVERIFY(sim);
        const IspDataset served = sim->dataset();
        const RouterConfig config = sim->profileSources().routers.first();
        const QString password = sim->secrets().value(SecretKeys::routerPassword(config.nodeId));
        RouterOs::Client router(config, password);

        std::optional<ApiResult<QList<PppSecret>>> secrets;
        router.pppSecrets(this, [&secrets](const ApiResult<QList<PppSecret>> &result) { secrets = result; });
        QTRY_VERIFY_WITH_TIMEOUT(secrets.has_value(), replyTimeoutMs);
        QVERIFY2(secrets->ok(), qPrintable(secrets->error.message));
        QSet<QString> expected;
        QSet<QString> enabled;
        for (const PppSecret &secret : served.pppSecrets) {
            if (secret.nodeId == config.nodeId) {
                expected.insert(secret.name);
                if (!secret.disabled)
                    enabled.insert(secret.name);
            }
        }
        QSet<QString> got;
        for (const PppSecret &secret : *secrets->value)
            got.insert(secret.name);
        QCOMPARE(got, expected);

        std::optional<ApiResult<QList<RouterOs::PppActiveSession>>> active;
        router.pppActive(this,
                         [&active](const ApiResult<QList<RouterOs::PppActiveSession>> &result) { active = result; });
        QTRY_VERIFY_WITH_TIMEOUT(active.has_value(), replyTimeoutMs);
        QVERIFY2(active->ok(), qPrintable(active->error.message));
        QVERIFY(!active->value->isEmpty());
        QVERIFY(active->value->size() < enabled.size()); // lines that are down have no session
        for (const RouterOs::PppActiveSession &session : *active->value) {
            QVERIFY2(enabled.contains(session.name), qPrintable(session.name)); // never a disabled secret
            QCOMPARE(session.callerId.size(), 17);                              // the CPE's MAC
            QVERIFY(!session.address.isEmpty());
            QVERIFY(session.uptimeSeconds > 0);
        }

        std::optional<ApiResult<RouterOs::SystemResource>> resource;
        router.systemResource(this,
                              [&resource](const ApiResult<RouterOs::SystemResource> &result) { resource = result; });
        QTRY_VERIFY_WITH_TIMEOUT(resource.has_value(), replyTimeoutMs);
        QVERIFY(resource->ok());
        QCOMPARE(resource->value->boardName, served.nodes.first().model);

        // monitor-traffic stays below the user's plan.
        const QString user = active->value->first().name;
        qint64 planDownBps = 0;
        for (const Connection &connection : served.connections) {
            if (connection.pppoeUser == user) {
                for (const Plan &plan : served.plans) {
                    if (connection.planId && plan.id == *connection.planId)
                        planDownBps = plan.downKbps * 1000;
                }
            }
        }
        std::optional<ApiResult<RouterOs::TrafficSample>> sample;
        router.monitorTrafficOnce(RouterOs::Client::pppoeInterfaceName(user), this,
                                  [&sample](const ApiResult<RouterOs::TrafficSample> &result) { sample = result; });
        QTRY_VERIFY_WITH_TIMEOUT(sample.has_value(), replyTimeoutMs);
        QVERIFY2(sample->ok(), qPrintable(sample->error.message));
        if (planDownBps > 0)
            QVERIFY(sample->value->subscriberDownloadBitsPerSecond() <= planDownBps);
        QVERIFY(sim->routerCommandCount(config.nodeId, u"/ppp/secret/print"_s) >= 1);
    }

    void routers_refuseBadCredentialsAndFault()
    {
        const auto sim = started(smallDemo());
        QVERIFY(sim);
        const RouterConfig config = sim->profileSources().routers.first();
        const QString password = sim->secrets().value(SecretKeys::routerPassword(config.nodeId));
        const auto secretsWith = [this](RouterOs::Client &client) {
            std::optional<ApiError> error;
            client.pppSecrets(this, [&error](const ApiResult<QList<PppSecret>> &result) { error = result.error; });
            if (!QTest::qWaitFor([&error] { return error.has_value(); }, replyTimeoutMs))
                return ApiError::make(ApiError::Kind::Timeout, u"test: no answer"_s);
            return *error;
        };

        RouterOs::Client wrong(config, u"not the password"_s);
        QCOMPARE(toString(secretsWith(wrong).kind), toString(ApiError::Kind::Auth));

        sim->breakCredentials(SourceKind::RouterOs);
        RouterOs::Client broken(config, password);
        QCOMPARE(toString(secretsWith(broken).kind), toString(ApiError::Kind::Auth));
        sim->restoreCredentials(SourceKind::RouterOs);
        RouterOs::Client good(config, password);
        QCOMPARE(toString(secretsWith(good).kind), toString(ApiError::Kind::None));

        RouterOsFault trap;
        trap.trapMessage = u"not enough permissions (9)"_s;
        sim->setRouterFault(config.nodeId, u"/ppp/secret/print"_s, trap);
        QCOMPARE(toString(secretsWith(good).kind), toString(ApiError::Kind::Remote));
        sim->clearFaults();
        QCOMPARE(toString(secretsWith(good).kind), toString(ApiError::Kind::None));
    }

    void dialects_reachTheWire()
    {
        SimulatorOptions options = smallDemo();
        options.ispCube.tokenFormat = IspCubeTokenFormat::BareString;
        options.ispCube.nodesShape = IspCubeNodesShape::DataObject;
        options.smartOlt.oltsEnvelope = SmartOltOltsEnvelope::Olts;
        options.cnMaestro.statusField = CnMaestroStatusField::StatusString;
        options.cnMaestro.tokenLifetimeSeconds = 90;
        const auto sim = started(options);
        QVERIFY(sim);
        const Clients clients(*sim);
        Http http;
        const Reply login = http.send("POST", at(clients.ispCube, u"/sanctum/token"_s), clients.ispCubeLoginHeaders(),
                                      clients.ispCubeLoginBody());
        QCOMPARE(login.status, 200);
        QVERIFY(login.body.startsWith('"'));
        const QString token = QString::fromUtf8(login.body.mid(1, login.body.size() - 2));
        const Reply nodes
            = http.send("GET", at(clients.ispCube, u"/nodes/nodes_list"_s), clients.ispCubeHeaders(token));
        QVERIFY(nodes.json().object().value(u"data").isArray());
        QVERIFY(http.send("GET", at(clients.smartOlt, u"system/get_olts"_s), clients.smartOltHeaders())
                    .json()
                    .object()
                    .value(u"olts")
                    .isArray());
        const Reply cnToken
            = http.send("POST", at(clients.cnMaestro, u"/access/token"_s),
                        {{"Content-Type", "application/x-www-form-urlencoded"}}, clients.cnMaestroTokenBody());
        QCOMPARE(cnToken.json().object().value(u"expires_in").toInt(), 90);
        const QByteArray bearer = "Bearer " + cnToken.json().object().value(u"access_token").toString().toUtf8();
        const QJsonObject device
            = http.send("GET", at(clients.cnMaestro, u"/devices"_s, u"limit=1"_s), {{"Authorization", bearer}})
                  .json()
                  .object()
                  .value(u"data")
                  .toArray()
                  .at(0)
                  .toObject();
        QVERIFY(device.value(u"status").isString());
        QVERIFY(!device.contains(u"online"));
    }

    void facade_isSafeFromOtherThreads()
    {
        const auto sim = started(smallDemo());
        QVERIFY(sim);
        const Clients clients(*sim);
        const qint64 nodeId = sim->profileSources().routers.first().nodeId;
        Simulator *raw = sim.get();
        std::atomic<int> rounds = 0;
        // Another thread pokes every control while this one makes requests.
        std::unique_ptr<QThread> poker(QThread::create([raw, nodeId, &rounds] {
            for (int i = 0; i < 50; ++i) {
                HttpFault slow;
                slow.latencyMs = 1;
                raw->setHttpFault(SourceKind::SmartOlt, u"/api/system/*"_s, slow);
                (void)raw->requestCount(SourceKind::SmartOlt, u"*"_s);
                (void)raw->routerCommandCount(nodeId, u"/login"_s);
                (void)raw->profileSources();
                (void)raw->dataset();
                raw->expireTokens(SourceKind::CnMaestro);
                raw->clearFaults();
                ++rounds;
            }
        }));
        poker->start();
        Http http;
        int ok = 0;
        while (!poker->isFinished()) {
            ok += http.send("GET", at(clients.smartOlt, u"system/get_olts"_s), clients.smartOltHeaders()).status == 200;
            QCoreApplication::processEvents();
        }
        QVERIFY(poker->wait(replyTimeoutMs));
        QCOMPARE(rounds.load(), 50);
        QVERIFY(ok > 0);
    }

    // Not a speed assertion: it prints how long fetching everything takes, for the report.
    // BEHOLDER_SIM_FETCH_CUSTOMERS=100000 measures the scale target.
    void fetchEverything_reportsTime()
    {
        const int customers = qEnvironmentVariableIntValue("BEHOLDER_SIM_FETCH_CUSTOMERS") > 0
            ? qEnvironmentVariableIntValue("BEHOLDER_SIM_FETCH_CUSTOMERS")
            : 3000;
        SimulatorOptions options = smallDemo(customers);
        QElapsedTimer total;
        total.start();
        const auto sim = started(options);
        QVERIFY(sim);
        const qint64 startMs = total.elapsed();
        const Clients clients(*sim);
        const IspDataset served = sim->dataset();
        Http http;
        qsizetype calls = 0;
        qsizetype bytes = 0;
        const auto get = [&](const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers) {
            Reply reply = http.send("GET", url, headers);
            ++calls;
            bytes += reply.body.size();
            return reply;
        };

        QElapsedTimer phase;
        phase.start();
        const QString token = ispCubeLogin(http, clients);
        qsizetype customerRows = 0;
        qsizetype connectionRows = 0;
        for (const QString &list : {u"/customers/customers_list"_s, u"/connections/connections_list"_s}) {
            for (int offset = 0;; offset += 1000) {
                const Reply page = get(at(clients.ispCube, list, u"limit=1000&offset=%1"_s.arg(offset)),
                                       clients.ispCubeHeaders(token));
                QCOMPARE(page.status, 200);
                const qsizetype rows = page.json().array().size();
                (list.startsWith(u"/customers") ? customerRows : connectionRows) += rows;
                if (rows < 1000)
                    break;
            }
        }
        for (const QString &list : {u"/plans/plans_list"_s, u"/nodes/nodes_list"_s, u"/tickets/tickets_list"_s})
            QCOMPARE(get(at(clients.ispCube, list, u"closed=0"_s), clients.ispCubeHeaders(token)).status, 200);
        QCOMPARE(customerRows, served.customers.size());
        QCOMPARE(connectionRows, served.connections.size());
        const qint64 ispCubeMs = phase.restart();

        QCOMPARE(get(at(clients.smartOlt, u"system/get_olts"_s), clients.smartOltHeaders()).status, 200);
        QCOMPARE(get(at(clients.smartOlt, u"onu/get_onus_statuses"_s), clients.smartOltHeaders()).status, 200);
        QCOMPARE(get(at(clients.smartOlt, u"onu/get_onus_signals"_s), clients.smartOltHeaders()).status, 200);
        qsizetype onuRows = 0;
        for (int page = 1, pages = 1; page <= pages; ++page) {
            const Reply reply
                = get(at(clients.smartOlt, u"onu/get_all_onus_details"_s, u"page=%1&page_size=100"_s.arg(page)),
                      clients.smartOltHeaders());
            QCOMPARE(reply.status, 200);
            const QJsonObject body = reply.json().object();
            pages = body.value(u"total_pages").toInt();
            onuRows += body.value(u"onus").toArray().size();
        }
        QCOMPARE(onuRows, served.onus.size());
        const qint64 smartOltMs = phase.restart();

        const QList<std::pair<QByteArray, QByteArray>> bearer
            = {{"Authorization", "Bearer " + cnMaestroLogin(http, clients).toUtf8()}};
        for (const QString &path : {u"/devices"_s, u"/devices/statistics"_s}) {
            for (int offset = 0;; offset += 1000) {
                const Reply reply = get(at(clients.cnMaestro, path, u"offset=%1&limit=1000"_s.arg(offset)), bearer);
                QCOMPARE(reply.status, 200);
                if (offset + 1000 >= reply.json().object().value(u"paging").toObject().value(u"total").toInt())
                    break;
            }
        }
        QCOMPARE(get(at(clients.cnMaestro, u"/alarms"_s, u"limit=1000"_s), bearer).status, 200);
        const qint64 cnMaestroMs = phase.restart();

        // Every router at once, secrets and active sessions, as a sync would.
        const QList<RouterConfig> routers = sim->profileSources().routers;
        const QHash<QString, QString> secrets = sim->secrets();
        std::vector<std::unique_ptr<RouterOs::Client>> routerClients;
        int pending = 0;
        int failures = 0;
        qsizetype secretRows = 0;
        for (const RouterConfig &config : routers) {
            routerClients.push_back(
                std::make_unique<RouterOs::Client>(config, secrets.value(SecretKeys::routerPassword(config.nodeId))));
            pending += 2;
            routerClients.back()->pppSecrets(this, [&](const ApiResult<QList<PppSecret>> &result) {
                --pending;
                failures += !result.ok();
                secretRows += result.ok() ? result.value->size() : 0;
            });
            routerClients.back()->pppActive(this, [&](const ApiResult<QList<RouterOs::PppActiveSession>> &result) {
                --pending;
                failures += !result.ok();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 300'000);
        QCOMPARE(failures, 0);
        QCOMPARE(secretRows, served.pppSecrets.size());
        const qint64 routersMs = phase.restart();

        qInfo().nospace() << "fetch everything at " << customers << " customers (" << served.onus.size() << " ONUs, "
                          << served.wirelessSubscribers.size() << " SMs, " << routers.size()
                          << " routers): simulator start " << startMs << " ms; ISPCube " << ispCubeMs
                          << " ms, SmartOLT " << smartOltMs << " ms, cnMaestro " << cnMaestroMs << " ms, routers "
                          << routersMs << " ms; " << calls << " HTTP calls, " << bytes / (1024 * 1024) << " MiB; total "
                          << total.elapsed() << " ms";
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
