// SPDX-License-Identifier: GPL-3.0-or-later
// The live traffic session against the simulated router over real sockets on 127.0.0.1: one monitor-traffic
// a second while it is open, never two at once (not even when the router is slow, nor across sessions on the
// same router), nothing left on the router after stop() or destruction, users the CRM does not link found
// through a real cache file, and a clear state for every way it can go wrong.
#include "cache/cachedatabase.h"
#include "live/livetrafficsession.h"
#include "live/routergate.h"
#include "live/routerlocator.h"
#include "simulator/routeros/routerosserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;
using Beholder::Sim::RouterOsActiveSession;
using Beholder::Sim::RouterOsFault;
using Beholder::Sim::RouterOsServer;

namespace {

const QString password = u"l1ve-Pa55"_s;
const QString monitorPath = u"/interface/monitor-traffic"_s;

RouterOsActiveSession activeSession(const QString &name, int n)
{
    RouterOsActiveSession s;
    s.name = name;
    s.callerId = u"AA:BB:CC:00:11:%1"_s.arg(n, 2, 10, QChar(u'0'));
    s.address = u"100.64.0.%1"_s.arg(n);
    s.sessionId = u"0x8100000%1"_s.arg(n);
    s.uptimeSeconds = 3600;
    return s;
}

template<typename Set>
RouterOsFault fault(Set set)
{
    RouterOsFault f;
    set(f);
    return f;
}

Access::Principal watcher()
{
    return Access::Principal(u"tomas"_s, Access::Role::Technician, u"norte"_s);
}

int runningMonitors(const RouterOsServer &server)
{
    int count = 0;
    for (const QString &command : server.runningCommands())
        count += command.startsWith(monitorPath) ? 1 : 0;
    return count;
}

} // namespace

class TestLiveTrafficSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RouterOsServer> m_server;
    int m_overlaps = 0; // monitor-traffic requests that arrived while another was running

    RouterConfig routerConfig(qint64 nodeId = 2) const
    {
        RouterConfig c;
        c.nodeId = nodeId;
        c.name = u"VMA-CCR-0%1"_s.arg(nodeId);
        c.host = u"127.0.0.1"_s;
        c.port = m_server->port();
        c.user = u"beholder"_s;
        c.timeoutMs = 5000;
        return c;
    }

    LiveTarget target(const QString &user, qint64 nodeId = 2) const
    {
        LiveTarget t;
        t.pppoeUser = user;
        t.router = routerConfig(nodeId);
        t.routerName = t.router.name;
        return t;
    }

    // Counts, at every request that reaches the router, the monitor-traffic requests already running there.
    void watchOverlaps()
    {
        connect(m_server.get(), &RouterOsServer::commandReceived, this, [this](const QString &path) {
            if (path == monitorPath && runningMonitors(*m_server) > 0)
                ++m_overlaps;
        });
    }

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void init()
    {
        m_overlaps = 0;
        m_server = std::make_unique<RouterOsServer>();
        m_server->setCredentials(u"beholder"_s, password);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_server->setActiveSessions({activeSession(u"mperez"_s, 1), activeSession(u"jmunoz"_s, 2),
                                     activeSession(u"rgodoy"_s, 3), activeSession(u"lnunez"_s, 4)});
        m_server->setTrafficLimits({{u"mperez"_s, {300'000, 150'000}}, {u"rgodoy"_s, {50'000, 10'000}}});
        watchOverlaps();
    }

    void cleanup()
    {
        m_server.reset();
        QVERIFY(!RouterGate::isBusy(1));
        QVERIFY(!RouterGate::isBusy(2));
    }

    // (a)
    void openSession_sendsOneRequestPerSecond()
    {
        LiveTrafficSession session(target(u"rgodoy"_s), password);
        QSignalSpy samples(&session, &LiveTrafficSession::sampleArrived);
        QSignalSpy states(&session, &LiveTrafficSession::stateChanged);
        session.start();
        QCOMPARE(session.state(), LiveTrafficSession::State::Connecting);
        QTest::qWait(4500);
        const int requests = m_server->commandCount(monitorPath);
        QVERIFY2(requests >= 4 && requests <= 6, qPrintable(QString::number(requests)));
        QCOMPARE(session.requestsSent(), requests);
        QVERIFY2(samples.size() >= 4, qPrintable(QString::number(samples.size())));
        QCOMPARE(session.state(), LiveTrafficSession::State::Running);
        QCOMPARE(states.constFirst().constFirst().value<LiveTrafficSession::State>(),
                 LiveTrafficSession::State::Connecting);
        QCOMPARE(m_server->acceptedConnections(), 1); // one connection, reused

        // Mbit/s, the subscriber's view: the router's tx is the download, below the plan's limits.
        qint64 previous = 0;
        for (const QList<QVariant> &arguments : std::as_const(samples)) {
            const auto point = arguments.constFirst().value<TrafficPoint>();
            QVERIFY(point.atMs > previous);
            previous = point.atMs;
            QVERIFY(point.downMbps > 0.0 && point.downMbps <= 50.0);
            QVERIFY(point.upMbps > 0.0 && point.upMbps <= 10.0);
        }
        QCOMPARE(m_overlaps, 0);
    }

    // (b)
    void slowRouter_neverGetsTwoRequestsAtOnce()
    {
        m_server->setFault(monitorPath, fault([](RouterOsFault &f) { f.latencyMs = 1500; }));
        LiveTrafficSession session(target(u"rgodoy"_s), password);
        QSignalSpy samples(&session, &LiveTrafficSession::sampleArrived);
        int most = 0;
        QTimer probe; // and between requests, too
        connect(&probe, &QTimer::timeout, this, [&] { most = std::max(most, runningMonitors(*m_server)); });
        probe.start(20);
        session.start();
        QTest::qWait(5200);
        QCOMPARE(m_overlaps, 0);
        QCOMPARE(most, 1);
        // A slow router gets fewer requests, not a queue of them: 0 s, 2 s, 4 s.
        const int requests = m_server->commandCount(monitorPath);
        QVERIFY2(requests >= 2 && requests <= 4, qPrintable(QString::number(requests)));
        QVERIFY(session.ticksSkipped() >= 2);
        QVERIFY(samples.size() >= 2);
        QCOMPARE(session.state(), LiveTrafficSession::State::Running); // slow is not an error
    }

    // (c)
    void stop_leavesNothingRunningOnTheRouter()
    {
        LiveTrafficSession session(target(u"rgodoy"_s), password);
        QSignalSpy samples(&session, &LiveTrafficSession::sampleArrived);
        session.start();
        QTRY_VERIFY(samples.size() >= 2);
        session.stop();
        QCOMPARE(session.state(), LiveTrafficSession::State::Stopped);
        QVERIFY(!session.isActive());
        QTRY_COMPARE(m_server->connectionCount(), 0); // the connection is closed
        QVERIFY(m_server->runningCommands().isEmpty());
        const int requests = m_server->commandCount(monitorPath);
        const qsizetype received = samples.size();
        QTest::qWait(2000);
        QCOMPARE(m_server->commandCount(monitorPath), requests);
        QCOMPARE(samples.size(), received); // and no late sample
        session.start();                    // a stopped session stays stopped
        QTest::qWait(300);
        QCOMPARE(m_server->commandCount(monitorPath), requests);
    }

    void stop_cancelsTheRequestInFlight()
    {
        m_server->setFault(monitorPath, fault([](RouterOsFault &f) { f.neverAnswer = true; }));
        LiveTrafficSession session(target(u"rgodoy"_s), password);
        QSignalSpy samples(&session, &LiveTrafficSession::sampleArrived);
        session.start();
        QTRY_COMPARE(runningMonitors(*m_server), 1);
        QVERIFY(session.requestInFlight());
        QVERIFY(RouterGate::isBusy(2));
        session.stop();
        QVERIFY(!RouterGate::isBusy(2)); // the router's turn is given back at once
        QTRY_VERIFY(m_server->runningCommands().isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
        const int requests = m_server->commandCount(monitorPath);
        QTest::qWait(2000);
        QCOMPARE(m_server->commandCount(monitorPath), requests);
        QCOMPARE(samples.size(), 0);
    }

    void destruction_leavesNothingRunningOnTheRouter()
    {
        m_server->setFault(monitorPath, fault([](RouterOsFault &f) { f.latencyMs = 1500; }));
        auto session = std::make_unique<LiveTrafficSession>(target(u"rgodoy"_s), password);
        session->start();
        QTRY_COMPARE(runningMonitors(*m_server), 1);
        session.reset();
        QVERIFY(!RouterGate::isBusy(2));
        QTRY_VERIFY(m_server->runningCommands().isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
        const int requests = m_server->commandCount(monitorPath);
        QTest::qWait(2000);
        QCOMPARE(m_server->commandCount(monitorPath), requests);
    }

    // (d)
    void twoSessionsOnOneRouter_takeTurns()
    {
        m_server->setFault(monitorPath, fault([](RouterOsFault &f) { f.latencyMs = 400; }));
        LiveTrafficSession first(target(u"rgodoy"_s), password);
        LiveTrafficSession second(target(u"mperez"_s), password);
        QSignalSpy firstSamples(&first, &LiveTrafficSession::sampleArrived);
        QSignalSpy secondSamples(&second, &LiveTrafficSession::sampleArrived);
        int most = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] { most = std::max(most, runningMonitors(*m_server)); });
        probe.start(10);
        first.start();
        second.start(); // same tick: the second waits for the first's answer
        QTest::qWait(5200);
        QCOMPARE(m_overlaps, 0);
        QCOMPARE(most, 1);
        QCOMPARE(m_server->acceptedConnections(), 2); // one connection per session
        // Both charts move: the turn passes back and forth.
        QVERIFY2(firstSamples.size() >= 3, qPrintable(QString::number(firstSamples.size())));
        QVERIFY2(secondSamples.size() >= 3, qPrintable(QString::number(secondSamples.size())));
        QVERIFY(m_server->commandCount(monitorPath) <= 12);
    }

    void sessionsOnDifferentRouters_doNotWaitForEachOther()
    {
        m_server->setFault(monitorPath, fault([](RouterOsFault &f) { f.latencyMs = 400; }));
        LiveTrafficSession onFirst(target(u"mperez"_s, 1), password);
        LiveTrafficSession onSecond(target(u"rgodoy"_s, 2), password);
        int most = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] { most = std::max(most, runningMonitors(*m_server)); });
        probe.start(10);
        onFirst.start();
        onSecond.start();
        QTest::qWait(1500);
        QCOMPARE(most, 2); // two routers (one simulated process here), one request each
    }

    // (e)
    void unlinkedUser_isWatchedThroughTheRoutersSecrets()
    {
        QTemporaryDir dir;
        std::unique_ptr<CacheDatabase> cache = Test::createCache(dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(cache);
        ProfileSources sources;
        sources.routers = {routerConfig(1), routerConfig(2)};
        const LiveTarget resolved = resolveLiveTarget(cache->connection(), sources, u"rgodoy"_s, watcher());
        cache->closeThreadConnection();
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorMessage));
        QVERIFY(!resolved.linkedInCrm);
        QCOMPARE(resolved.router.nodeId, 2);

        LiveTrafficSession session(resolved, password);
        QSignalSpy samples(&session, &LiveTrafficSession::sampleArrived);
        session.start();
        QTRY_VERIFY(samples.size() >= 2);
        QCOMPARE(session.state(), LiveTrafficSession::State::Running);
        QVERIFY(m_server->commandCount(monitorPath) >= 2);
    }

    // (f)
    void unknownUser_failsBeforeTouchingTheRouter()
    {
        QTemporaryDir dir;
        std::unique_ptr<CacheDatabase> cache = Test::createCache(dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(cache);
        ProfileSources sources;
        sources.routers = {routerConfig(1)};
        for (const QString &user : {u"nobody"_s, u"rgodoy"_s}) { // unknown; on a router the profile lacks
            const LiveTarget resolved = resolveLiveTarget(cache->connection(), sources, user, watcher());
            QVERIFY(!resolved.ok());
            LiveTrafficSession session(resolved, password);
            QSignalSpy states(&session, &LiveTrafficSession::stateChanged);
            session.start();
            QCOMPARE(session.state(), LiveTrafficSession::State::Failed);
            QCOMPARE(session.stateText(), resolved.errorMessage);
            QCOMPARE(states.size(), 1);
        }
        cache->closeThreadConnection();
        QCOMPARE(m_server->acceptedConnections(), 0);
    }

    void refusedLogin_failsOnceAndStops()
    {
        m_server->setFault(u"/login"_s, fault([](RouterOsFault &f) { f.refuseLogin = true; }));
        LiveTrafficSession session(target(u"rgodoy"_s), password);
        session.start();
        QTRY_COMPARE(session.state(), LiveTrafficSession::State::Failed);
        QVERIFY2(session.stateText().contains(u"refused the login of API user 'beholder'"_s),
                 qPrintable(session.stateText()));
        QVERIFY2(session.stateText().contains(u"routeros/2/password"_s), qPrintable(session.stateText()));
        QTest::qWait(2200); // no login attempt a second with a wrong password
        QCOMPARE(m_server->commandCount(u"/login"_s), 1);
        QCOMPARE(m_server->commandCount(monitorPath), 0);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void wrongPassword_failsLikeARefusal()
    {
        LiveTrafficSession session(target(u"rgodoy"_s), u"wrong"_s);
        session.start();
        QTRY_COMPARE(session.state(), LiveTrafficSession::State::Failed);
        QVERIFY2(session.stateText().contains(u"refused the login"_s), qPrintable(session.stateText()));
    }

    void customerWithoutSession_waitsAndRecovers()
    {
        m_server->setActiveSessions({activeSession(u"mperez"_s, 1)});
        LiveTrafficSession session(target(u"rgodoy"_s), password);
        QSignalSpy samples(&session, &LiveTrafficSession::sampleArrived);
        session.start();
        QTRY_COMPARE(session.state(), LiveTrafficSession::State::Waiting);
        QVERIFY2(session.stateText().startsWith(u"no session: the customer is not connected"_s),
                 qPrintable(session.stateText()));
        QVERIFY2(session.stateText().contains(u"<pppoe-rgodoy>"_s), qPrintable(session.stateText()));
        QTRY_VERIFY(session.errorsInARow() >= 2); // it keeps trying, once a second
        QCOMPARE(samples.size(), 0);
        m_server->setActiveSessions({activeSession(u"mperez"_s, 1), activeSession(u"rgodoy"_s, 3)});
        QTRY_VERIFY(samples.size() >= 1);
        QCOMPARE(session.state(), LiveTrafficSession::State::Running);
        QCOMPARE(session.errorsInARow(), 0);
    }

    void unansweredRequest_timesOutShowsWhyAndKeepsTrying()
    {
        RouterOsFault silent;
        silent.neverAnswer = true;
        silent.remaining = 1; // only the first request hangs
        m_server->setFault(monitorPath, silent);
        LiveTrafficSession session(target(u"rgodoy"_s), password);
        session.setRequestTimeoutMs(1200);
        QSignalSpy samples(&session, &LiveTrafficSession::sampleArrived);
        session.start();
        QTRY_COMPARE(session.state(), LiveTrafficSession::State::Waiting);
        QVERIFY2(session.stateText().contains(u"did not answer within 1.2 s"_s), qPrintable(session.stateText()));
        QTRY_VERIFY(m_server->runningCommands().isEmpty()); // the stuck one was canceled on the router
        QTRY_VERIFY(samples.size() >= 1);
        QCOMPARE(session.state(), LiveTrafficSession::State::Running);
        QCOMPARE(m_overlaps, 0);
    }

    void routerGone_waitsWithAReason()
    {
        const RouterConfig config = routerConfig();
        m_server.reset(); // nothing listens on that port now
        LiveTarget gone;
        gone.pppoeUser = u"rgodoy"_s;
        gone.router = config;
        gone.routerName = config.name;
        LiveTrafficSession session(gone, password);
        session.start();
        QTRY_COMPARE(session.state(), LiveTrafficSession::State::Waiting);
        QVERIFY2(session.stateText().startsWith(u"cannot reach VMA-CCR-02"_s), qPrintable(session.stateText()));
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestLiveTrafficSession)
#include "tst_livetrafficsession.moc"
