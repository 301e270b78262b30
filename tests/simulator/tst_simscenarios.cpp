// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's diagnosis scenarios as the simulated ISP serves them, over real sockets: the routers hold no
// session for the lines that are down (or whose session is), a short one for the flapping user, whose starts
// the router's log lists; the saturated line runs at its plan's speed; and SmartOLT's history of the ONUs
// agrees with the scenario (one power failure in a day, the LOS as the newest event).
#include "demo/demoscenarios.h"
#include "routeros/routerosclient.h"
#include "routeros/routerosvalues.h"
#include "simulator/isp/simulator.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int startTimeoutMs = 120'000;
constexpr int replyTimeoutMs = 60'000;
constexpr int customers = 3000;

template<typename T>
std::optional<ApiResult<T>> wait(const std::function<void(RouterOs::Client::Callback<T>)> &call)
{
    auto result = std::make_shared<std::optional<ApiResult<T>>>();
    call([result](const ApiResult<T> &r) { *result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result->has_value() && timer.elapsed() < replyTimeoutMs)
        QTest::qWait(5);
    return *result;
}

} // namespace

class TestSimScenarios final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    IspDataset m_data;
    QList<Demo::DemoScenario> m_scenarios;
    QHash<qint64, std::shared_ptr<RouterOs::Client>> m_clients;

    QString userOf(const QString &id) const
    {
        const Demo::DemoScenario *scenario = Demo::findScenario(m_scenarios, id);
        return scenario ? scenario->pppoeUser : QString();
    }

    // The client of the router that holds the user's secret.
    RouterOs::Client *routerOf(const QString &user)
    {
        qint64 nodeId = -1;
        for (const PppSecret &secret : std::as_const(m_data.pppSecrets)) {
            if (secret.name == user)
                nodeId = secret.nodeId;
        }
        auto &client = m_clients[nodeId];
        if (!client) {
            for (const RouterConfig &config : m_sim->profileSources().routers) {
                if (config.nodeId == nodeId)
                    client = std::make_shared<RouterOs::Client>(
                        config, m_sim->secrets().value(SecretKeys::routerPassword(nodeId)));
            }
        }
        return client.get();
    }

    std::optional<RouterOs::PppActiveSession> session(const QString &user)
    {
        RouterOs::Client *router = routerOf(user);
        const auto result
            = wait<QList<RouterOs::PppActiveSession>>([&](auto done) { router->pppActive(this, done, user); });
        if (!result || !result->ok()) {
            qWarning("pppActive failed for %s", qPrintable(user));
            return std::nullopt;
        }
        return result->value->isEmpty() ? std::nullopt : std::optional(result->value->first());
    }

    qint64 planDownBps(const QString &user) const
    {
        for (const Connection &connection : m_data.connections) {
            if (connection.pppoeUser != user)
                continue;
            for (const Plan &plan : m_data.plans) {
                if (connection.planId && plan.id == *connection.planId)
                    return plan.downKbps * 1000;
            }
        }
        return 0;
    }

    QJsonObject fullStatus(const QString &user)
    {
        QString id;
        for (const Onu &onu : std::as_const(m_data.onus)) {
            if (onu.pppoeUser == user || (onu.pppoeUser.isEmpty() && onu.name == user))
                id = onu.externalId;
        }
        const SourceConfig smartOlt = *m_sim->profileSources().source(SourceKind::SmartOlt);
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(smartOlt.baseUrl.toString() + u"onu/get_onu_full_status_info/"_s + id));
        request.setRawHeader("X-Token", m_sim->secrets().value(SecretKeys::smartOltToken()).toUtf8());
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(replyTimeoutMs);
        return QJsonDocument::fromJson(reply->readAll()).object().value(u"full_status_json"_s).toObject();
    }

    // "2026-11-18 07:04:36-03:00" -> unix time.
    static qint64 huaweiTime(const QString &text)
    {
        QString iso = text;
        iso.replace(u' ', u'T');
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
        return at.isValid() ? at.toSecsSinceEpoch() : 0;
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        SimulatorOptions options;
        options.demo.customers = customers;
        options.demo.now = Test::fixtureNow;
        m_sim = std::make_unique<Simulator>(options);
        QSignalSpy spy(m_sim.get(), &Simulator::started);
        m_sim->start();
        QVERIFY(spy.wait(startTimeoutMs));
        QVERIFY2(spy.first().first().toBool(), qPrintable(m_sim->errorString()));
        m_data = m_sim->dataset();
        m_scenarios = m_sim->scenarios();
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        m_sim.reset();
    }

    void scenariosAreTheGenerators()
    {
        const Demo::DemoIsp isp = Demo::generateDemoIsp({customers, Demo::DemoOptions{}.seed, Test::fixtureNow});
        QCOMPARE(m_scenarios.size(), Demo::scenarioIds().size());
        for (qsizetype i = 0; i < m_scenarios.size(); ++i) {
            QCOMPARE(m_scenarios.at(i).id, isp.scenarios.at(i).id);
            QCOMPARE(m_scenarios.at(i).pppoeUser, isp.scenarios.at(i).pppoeUser);
        }
        QCOMPARE(m_sim->liveState().sessionsDown, isp.live.sessionsDown);
        QCOMPARE(m_sim->liveState().sessionStarts, isp.live.sessionStarts);
        QCOMPARE(m_sim->now(), Test::fixtureNow);
    }

    void sessionsFollowTheScenarios_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("up");
        for (const QString &id : Demo::scenarioIds()) {
            const bool down = id == u"fibre_cut_pon" || id == u"ap_down" || id == u"single_los" || id == u"dying_gasp"
                || id == u"suspended_account" || id == u"pppoe_down_onu_online";
            QTest::newRow(qPrintable(id)) << id << !down;
        }
    }

    void sessionsFollowTheScenarios()
    {
        QFETCH(QString, id);
        QFETCH(bool, up);
        const QString user = userOf(id);
        QVERIFY(!user.isEmpty());
        const std::optional<RouterOs::PppActiveSession> active = session(user);
        QCOMPARE(active.has_value(), up);
        if (id == u"flapping_session") {
            QVERIFY2(active->uptimeSeconds >= 60 && active->uptimeSeconds <= 10 * 60,
                     qPrintable(QString::number(active->uptimeSeconds)));
        } else if (up) {
            QVERIFY2(active->uptimeSeconds > 10 * 60, qPrintable(QString::number(active->uptimeSeconds)));
        }
    }

    void routerLogListsTheFlappingSessions()
    {
        const QString user = userOf(u"flapping_session"_s);
        RouterOs::Client *router = routerOf(user);
        const auto log
            = wait<QList<RouterOs::LogEntry>>([&](auto done) { router->logPrint(this, done, u"ppp,account"_s); });
        QVERIFY(log && log->ok());
        QVERIFY(log->value->size() > 10);
        QVERIFY(log->value->size() <= 1000);
        const QList<UnixTime> starts = RouterOs::pppSessionStarts(*log->value, user);
        QCOMPARE(starts, m_sim->liveState().sessionStarts.value(user));
        const UnixTime now = m_sim->now();
        const auto lastHour
            = std::count_if(starts.cbegin(), starts.cend(), [now](UnixTime at) { return at > now - 3600; });
        QCOMPARE(lastHour, 7);
        // Oldest first, and each earlier session logged out before the next began.
        int logouts = 0;
        for (qsizetype i = 1; i < log->value->size(); ++i)
            QVERIFY(log->value->at(i - 1).at <= log->value->at(i).at);
        for (const RouterOs::LogEntry &entry : *log->value)
            logouts += entry.message.startsWith(user + u" logged out, "_s) ? 1 : 0;
        QCOMPARE(logouts, 6);

        // The current session's uptime agrees with its last start.
        const std::optional<RouterOs::PppActiveSession> active = session(user);
        QVERIFY(active);
        const auto clock = wait<RouterOs::RouterClock>([&](auto done) { router->systemClock(this, done); });
        QVERIFY(clock && clock->ok());
        QVERIFY2(std::abs(clock->value->now() - active->uptimeSeconds - starts.constLast()) <= 3,
                 qPrintable(QString::number(clock->value->now() - active->uptimeSeconds - starts.constLast())));
    }

    void routerLogAgreesWithSessionsAndSecrets()
    {
        // Healthy: one start, when its session began.
        const QString healthy = userOf(u"healthy"_s);
        RouterOs::Client *router = routerOf(healthy);
        const auto log = wait<QList<RouterOs::LogEntry>>([&](auto done) { router->logPrint(this, done); });
        QVERIFY(log && log->ok());
        const std::optional<RouterOs::PppActiveSession> active = session(healthy);
        QVERIFY(active);
        const QList<UnixTime> starts = RouterOs::pppSessionStarts(*log->value, healthy);
        const UnixTime started = m_sim->now() - active->uptimeSeconds;
        if (!starts.isEmpty()) // older than the router's boot or its buffer otherwise
            QVERIFY2(std::abs(starts.constLast() - started) <= 3 + 60,
                     qPrintable(QString::number(starts.constLast() - started)));

        // Session down although the ONU is up: its last log line is the logout its secret shows.
        const QString down = userOf(u"pppoe_down_onu_online"_s);
        RouterOs::Client *downRouter = routerOf(down);
        const auto downLog = wait<QList<RouterOs::LogEntry>>([&](auto done) { downRouter->logPrint(this, done); });
        QVERIFY(downLog && downLog->ok());
        const RouterOs::LogEntry *last = nullptr;
        for (const RouterOs::LogEntry &entry : *downLog->value) {
            if (entry.message.startsWith(down + u' '))
                last = &entry;
        }
        QVERIFY(last);
        QVERIFY2(last->message.startsWith(down + u" logged out, "_s), qPrintable(last->message));
        QString lastLoggedOut;
        for (const PppSecret &secret : std::as_const(m_data.pppSecrets)) {
            if (secret.name == down)
                lastLoggedOut = secret.lastLoggedOut;
        }
        // The generator writes it in the zone the simulator serves (this computer's by default).
        const auto parsed = RouterOs::parseDateTime(lastLoggedOut, QTimeZone(SimulatorOptions().utcOffsetSeconds));
        QVERIFY(parsed && !parsed->never);
        QCOMPARE(last->at, parsed->dateTime.toSecsSinceEpoch());
        QVERIFY(m_sim->now() - last->at < 3600);
    }

    void saturatedLineRunsAtItsPlan()
    {
        const QString saturated = userOf(u"saturated_line"_s);
        const QString healthy = userOf(u"healthy"_s);
        const qint64 saturatedPlan = planDownBps(saturated);
        const qint64 healthyPlan = planDownBps(healthy);
        QVERIFY(saturatedPlan > 0 && healthyPlan > 0);
        for (int i = 0; i < 5; ++i) {
            const auto full = wait<RouterOs::TrafficSample>([&](auto done) {
                routerOf(saturated)->monitorTrafficOnce(RouterOs::Client::pppoeInterfaceName(saturated), this, done);
            });
            QVERIFY(full && full->ok());
            const double load = double(full->value->subscriberDownloadBitsPerSecond()) / double(saturatedPlan);
            QVERIFY2(load >= 0.9 && load <= 1.0, qPrintable(QString::number(load)));
            const auto normal = wait<RouterOs::TrafficSample>([&](auto done) {
                routerOf(healthy)->monitorTrafficOnce(RouterOs::Client::pppoeInterfaceName(healthy), this, done);
            });
            QVERIFY(normal && normal->ok());
            const double other = double(normal->value->subscriberDownloadBitsPerSecond()) / double(healthyPlan);
            QVERIFY2(other < 0.8, qPrintable(QString::number(other)));
        }
    }

    void smartOltHistoryAgrees()
    {
        const qint64 now = m_sim->now();
        const QJsonObject gasp = fullStatus(userOf(u"dying_gasp"_s));
        QVERIFY(!gasp.isEmpty());
        const QJsonObject history = gasp.value(u"History"_s).toObject();
        QVERIFY(!history.isEmpty());
        int powerFails = 0;
        for (const QString &key : history.keys()) {
            const QJsonObject event = history.value(key).toObject();
            const qint64 at = huaweiTime(event.value(u"Offline at"_s).toString());
            QVERIFY(at > 0);
            if (event.value(u"Cause"_s).toString() == u"dying-gasp" && at > now - 24 * 3600)
                ++powerFails;
        }
        QCOMPARE(powerFails, 1);
        QCOMPARE(history.value(u"1"_s).toObject().value(u"Cause"_s).toString(), u"dying-gasp"_s);
        QCOMPARE(gasp.value(u"ONU details"_s).toObject().value(u"Run state"_s).toString(), u"offline"_s);

        const QJsonObject los = fullStatus(userOf(u"single_los"_s));
        const QJsonObject newest = los.value(u"History"_s).toObject().value(u"1"_s).toObject();
        QCOMPARE(newest.value(u"Cause"_s).toString(), u"LOSi/LOBi"_s);
        QCOMPARE(newest.value(u"Online at"_s).toString(), u"-"_s);
        QVERIFY(now - huaweiTime(newest.value(u"Offline at"_s).toString()) < 2 * 3600);

        // A healthy ONU has no power failure in the last day.
        const QJsonObject fine = fullStatus(userOf(u"healthy"_s));
        for (const QJsonValue &value : fine.value(u"History"_s).toObject()) {
            const QJsonObject event = value.toObject();
            QVERIFY(huaweiTime(event.value(u"Offline at"_s).toString()) < now - 24 * 3600);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimScenarios)
#include "tst_simscenarios.moc"
