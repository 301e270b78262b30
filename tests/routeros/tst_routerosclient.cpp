// SPDX-License-Identifier: GPL-3.0-or-later
// The RouterOS client against the simulated router over real sockets on 127.0.0.1: both logins, refusals,
// every command the product uses, concurrency by tag, and each way a router or a network fails (a !trap, a
// !fatal, dripped bytes, silence, a reset, a closed session, an untrusted certificate). Nothing may be left
// running on the router after a cancel or a timeout.
#include "demo/demogenerator.h"
#include "routeros/routerosclient.h"
#include "routeros/routerosvalues.h"
#include "simulator/routeros/routerosserver.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QtTest>

#include <cstdlib>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder;
using namespace Beholder::RouterOs;
using Beholder::Sim::RouterOsActiveSession;
using Beholder::Sim::RouterOsFault;
using Beholder::Sim::RouterOsServer;

namespace {

const QString password = u"s3cret-Pa55"_s;

// Where a callback's result lands; the test waits on it with QTRY_VERIFY.
template<typename T>
using Slot = std::shared_ptr<std::optional<ApiResult<T>>>;

template<typename T>
Slot<T> makeSlot()
{
    return std::make_shared<std::optional<ApiResult<T>>>();
}

template<typename T>
Client::Callback<T> into(const Slot<T> &slot)
{
    return [slot](const ApiResult<T> &result) { *slot = result; };
}

QSslCertificate testCertificate()
{
    QFile file(u"" BEHOLDER_TEST_DATA_DIR "/routeros/sim-api-ssl.crt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QSslKey testKey()
{
    QFile file(u"" BEHOLDER_TEST_DATA_DIR "/routeros/sim-api-ssl.key"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSslKey();
    return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem);
}

// A fault with only what `set` changes.
template<typename Set>
RouterOsFault fault(Set set)
{
    RouterOsFault f;
    set(f);
    return f;
}

RouterOsActiveSession session(const QString &name, const QString &mac, const QString &ip, const QString &id,
                              qint64 uptime)
{
    RouterOsActiveSession s;
    s.name = name;
    s.callerId = mac;
    s.address = ip;
    s.sessionId = id;
    s.uptimeSeconds = uptime;
    return s;
}

PppSecret secret(const QString &name, const QString &comment = {})
{
    PppSecret s;
    s.nodeId = 999; // the server's data says nothing about nodes: the client fills it from its config
    s.name = name;
    s.profile = u"PLAN-50M"_s;
    s.comment = comment;
    return s;
}

} // namespace

class TestRouterOsClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RouterOsServer> m_server;

    RouterConfig config(int timeoutMs = 3000) const
    {
        RouterConfig c;
        c.nodeId = 7;
        c.name = u"VMA-CCR-01"_s;
        c.host = u"127.0.0.1"_s;
        c.port = m_server->port();
        c.user = u"beholder"_s;
        c.timeoutMs = timeoutMs;
        return c;
    }

    std::unique_ptr<Client> client(int timeoutMs = 3000, const QString &pass = password) const
    {
        return std::make_unique<Client>(config(timeoutMs), pass);
    }

    void startServer(bool tls = false)
    {
        m_server = std::make_unique<RouterOsServer>();
        m_server->setCredentials(u"beholder"_s, password);
        m_server->setMonitorIntervalMs(20);
        if (tls)
            m_server->setTls(testCertificate(), testKey());
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_server->setPppSecrets({secret(u"jperez"_s, u"Juan Pérez"_s), secret(u"mgomez"_s), secret(u"ana"_s)});
        m_server->setActiveSessions(
            {session(u"jperez"_s, u"AA:BB:CC:00:11:22"_s, u"100.64.0.7"_s, u"0x81000001"_s, 3600),
             session(u"mgomez"_s, u"AA:BB:CC:00:11:33"_s, u"100.64.0.8"_s, u"0x81000002"_s, 60)});
        m_server->setTrafficLimits({{u"jperez"_s, {50000, 10000}}});
    }

private slots:
    void initTestCase() { Beholder::Test::isolateFromUserData(); }

    void init() { startServer(); }
    void cleanup() { m_server.reset(); }

    void login_current()
    {
        auto router = client();
        auto result = makeSlot<SystemResource>();
        router->systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        QVERIFY(!router->connection()->usedLegacyLogin());
        QCOMPARE(m_server->commandCount(u"/login"_s), 1);
        QCOMPARE(router->connection()->state(), RouterOs::Connection::State::Ready);
    }

    void login_legacyChallenge()
    {
        m_server->setLegacyLogin(true);
        m_server->setVersion(u"6.40.9"_s);
        auto router = client();
        auto result = makeSlot<SystemResource>();
        router->systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        QVERIFY(router->connection()->usedLegacyLogin());
        QCOMPARE(m_server->commandCount(u"/login"_s), 2); // name+password, then the MD5 response
        QCOMPARE((*result)->value->version, u"6.40.9 (stable)"_s);
    }

    void login_refused_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("message");
        QTest::newRow("6.43+") << false << u"invalid user name or password (6)"_s;
        QTest::newRow("legacy") << true << u"cannot log in"_s;
    }

    void login_refused()
    {
        QFETCH(bool, legacy);
        QFETCH(QString, message);
        m_server->setLegacyLogin(legacy);
        const QString wrong = u"wrong-Pa55word"_s;
        auto router = client(3000, wrong);
        auto secrets = makeSlot<QList<PppSecret>>();
        auto active = makeSlot<QList<PppActiveSession>>();
        router->pppSecrets(this, into(secrets));
        router->pppActive(this, into(active)); // queued behind the login: fails with it
        QTRY_VERIFY(secrets->has_value() && active->has_value());
        QCOMPARE(toString((*secrets)->error.kind), toString(ApiError::Kind::Auth));
        QCOMPARE(toString((*active)->error.kind), toString(ApiError::Kind::Auth));
        QVERIFY2((*secrets)->error.message.contains(message), qPrintable((*secrets)->error.message));
        QVERIFY((*secrets)->error.message.contains(u"VMA-CCR-01"_s));
        QVERIFY(!(*secrets)->error.message.contains(wrong));
        QCOMPARE(m_server->commandCount(u"/ppp/secret/print"_s), 0);
        QCOMPARE(router->connection()->state(), RouterOs::Connection::State::Disconnected);
    }

    void login_refusedByFault()
    {
        m_server->setFault(u"/login"_s, fault([](RouterOsFault &f) { f.refuseLogin = true; }));
        auto router = client();
        auto result = makeSlot<SystemResource>();
        router->systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Auth));
    }

    void login_timesOut()
    {
        m_server->setFault(u"/login"_s, fault([](RouterOsFault &f) { f.neverAnswer = true; }));
        auto router = client(200);
        auto result = makeSlot<SystemResource>();
        router->systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Timeout));
        QVERIFY2((*result)->error.message.contains(u"login"_s), qPrintable((*result)->error.message));
    }

    void connect_refused()
    {
        const quint16 port = m_server->port();
        m_server.reset(); // nothing listens there any more
        RouterConfig c;
        c.name = u"gone"_s;
        c.host = u"127.0.0.1"_s;
        c.port = port;
        c.user = u"x"_s;
        Client router(c, password);
        auto result = makeSlot<SystemResource>();
        router.systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Connection));
        startServer(); // for cleanup()
    }

    void connect_timesOutWhenTheHandshakeNeverCompletes()
    {
        // Something that accepts TCP and never speaks: the TLS handshake is part of the connect stage.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] { accepted << silent.nextPendingConnection(); });
        RouterConfig c = config(250);
        c.port = silent.serverPort();
        c.tls = true;
        Client router(c, password);
        auto result = makeSlot<SystemResource>();
        router.systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Timeout));
        QVERIFY2((*result)->error.message.contains(u"could not connect"_s), qPrintable((*result)->error.message));
        QCOMPARE(accepted.size(), 1);
    }

    void garbage_isAProtocolError_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("control byte") << QByteArray("\x05!done\xF8", 7);
        QTest::newRow("not a reply word") << encodeSentence({"hello"_ba});
        QTest::newRow("word over 16 MiB") << QByteArray("\xF0\x7F\xFF\xFF\xFF", 5);
    }

    void garbage_isAProtocolError()
    {
        QFETCH(QByteArray, answer);
        // A "router" that answers the login with garbage.
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        connect(&fake, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = fake.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
                socket->readAll();
                socket->write(answer);
            });
        });
        RouterConfig c = config();
        c.port = fake.serverPort();
        Client router(c, password);
        auto result = makeSlot<SystemResource>();
        router.systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Protocol));
        QCOMPARE(router.connection()->state(), RouterOs::Connection::State::Disconnected);
    }

    void pppSecrets_matchTheRouter()
    {
        // A real node's secrets from the demo ISP, served by a 6.x router (old dates, yes/no booleans).
        const IspDataset isp = Demo::generateIsp({300, 11, Test::fixtureNow});
        QList<PppSecret> expected;
        for (const PppSecret &s : isp.pppSecrets) {
            if (s.nodeId == isp.pppSecrets.first().nodeId)
                expected.append(s);
        }
        QVERIFY(expected.size() > 10);
        m_server->setVersion(u"6.49.10"_s);
        m_server->setPppSecrets(expected);

        auto router = client();
        auto result = makeSlot<QList<PppSecret>>();
        router->pppSecrets(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        const QList<PppSecret> &got = *(*result)->value;
        QCOMPARE(got.size(), expected.size());
        int disabled = 0;
        for (qsizetype i = 0; i < got.size(); ++i) {
            const PppSecret &a = got.at(i);
            const PppSecret &b = expected.at(i);
            QCOMPARE(a.nodeId, 7);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.profile, b.profile);
            QCOMPARE(a.service, b.service);
            QCOMPARE(a.remoteAddress, b.remoteAddress);
            QCOMPARE(a.callerId, b.callerId);
            QCOMPARE(a.disabled, b.disabled);
            QCOMPARE(a.comment, b.comment);
            const auto when = [](const QString &text) {
                const std::optional<RouterDateTime> parsed = parseDateTime(text);
                return parsed && !parsed->never ? parsed->dateTime : QDateTime();
            };
            QCOMPARE(when(a.lastLoggedOut), when(b.lastLoggedOut));
            disabled += a.disabled ? 1 : 0;
        }
        QVERIFY(disabled > 0); // "yes" was read as true
    }

    void pppSecrets_latin1Comment()
    {
        m_server->setLatin1Comments(true);
        m_server->setPppSecrets({secret(u"jperez"_s, u"Instalación Martín Núñez"_s)});
        auto router = client();
        auto result = makeSlot<QList<PppSecret>>();
        router->pppSecrets(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        QCOMPARE((*result)->value->first().comment, u"Instalación Martín Núñez"_s);
    }

    void pppSecrets_oneByName()
    {
        auto router = client();
        auto result = makeSlot<QList<PppSecret>>();
        router->pppSecrets(this, into(result), u"mgomez"_s);
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        QCOMPARE((*result)->value->size(), 1);
        QCOMPARE((*result)->value->first().name, u"mgomez"_s);
    }

    void print_withoutRows_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("7.16 (!done only)") << u"7.16.2"_s;
        QTest::newRow("7.18 (!empty then !done)") << u"7.18.1"_s;
    }

    void print_withoutRows()
    {
        QFETCH(QString, version);
        m_server->setVersion(version);
        auto router = client();
        auto active = makeSlot<QList<PppActiveSession>>();
        auto secrets = makeSlot<QList<PppSecret>>();
        router->pppActive(this, into(active), u"nobody"_s);
        router->pppSecrets(this, into(secrets), u"nobody"_s);
        QTRY_VERIFY(active->has_value() && secrets->has_value());
        QVERIFY2((*active)->ok(), qPrintable((*active)->error.message));
        QVERIFY((*active)->value->isEmpty());
        QVERIFY((*secrets)->ok());
        QVERIFY((*secrets)->value->isEmpty());
    }

    void pppActive_sessions()
    {
        auto router = client();
        auto result = makeSlot<QList<PppActiveSession>>();
        router->pppActive(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        const QList<PppActiveSession> &sessions = *(*result)->value;
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).name, u"jperez"_s);
        QCOMPARE(sessions.at(0).callerId, u"AA:BB:CC:00:11:22"_s);
        QCOMPARE(sessions.at(0).address, u"100.64.0.7"_s);
        QCOMPARE(sessions.at(0).sessionId, u"0x81000001"_s);
        QCOMPARE(sessions.at(0).service, u"pppoe"_s);
        QVERIFY(sessions.at(0).uptimeSeconds >= 3600);
    }

    void systemResource_values()
    {
        Sim::RouterOsResource resource;
        resource.boardName = u"RB5009UG+S+"_s;
        resource.cpuLoad = 50;
        resource.uptimeSeconds = 86400;
        m_server->setResource(resource);
        auto router = client();
        auto result = makeSlot<SystemResource>();
        router->systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        const SystemResource &got = *(*result)->value;
        QCOMPARE(got.boardName, u"RB5009UG+S+"_s);
        QCOMPARE(got.version, u"7.16.2 (stable)"_s);
        QVERIFY(got.uptimeSeconds >= 86400);
        QVERIFY(got.cpuLoad >= 47 && got.cpuLoad <= 53);
        QCOMPARE(got.totalMemory, resource.totalMemory);
        QCOMPARE(got.freeMemory, resource.freeMemory);
    }

    void monitorTrafficOnce_staysBelowThePlan()
    {
        auto router = client();
        for (int i = 0; i < 5; ++i) {
            auto result = makeSlot<TrafficSample>();
            router->monitorTrafficOnce(Client::pppoeInterfaceName(u"jperez"_s), this, into(result));
            QTRY_VERIFY(result->has_value());
            QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
            const TrafficSample &sample = *(*result)->value;
            QCOMPARE(sample.interfaceName, u"<pppoe-jperez>"_s);
            QVERIFY(sample.subscriberDownloadBitsPerSecond() > 0);
            QVERIFY(sample.subscriberDownloadBitsPerSecond() <= 50'000'000);
            QVERIFY(sample.subscriberUploadBitsPerSecond() > 0);
            QVERIFY(sample.subscriberUploadBitsPerSecond() <= 10'000'000);
        }
        QVERIFY(m_server->runningCommands().isEmpty());
        QCOMPARE(m_server->acceptedConnections(), 1); // one reusable connection
    }

    void systemClock_readsTheRoutersTime_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("7.16.2") << u"7.16.2"_s;
        QTest::newRow("7.9") << u"7.9"_s;
        QTest::newRow("6.49.17") << u"6.49.17"_s;
    }

    void systemClock_readsTheRoutersTime()
    {
        QFETCH(QString, version);
        m_server->setVersion(version);
        const UnixTime now = Test::fixtureNow;
        m_server->setClock(now, -3 * 3600, u"America/Argentina/Cordoba"_s);
        auto router = client();
        auto result = makeSlot<RouterClock>();
        router->systemClock(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        const RouterClock &clock = *(*result)->value;
        QCOMPARE(clock.utcOffsetSeconds, -3 * 3600);
        QVERIFY(clock.offsetKnown);
        QCOMPARE(clock.zoneName, u"America/Argentina/Cordoba"_s);
        QVERIFY2(clock.now() >= now && clock.now() <= now + 5, qPrintable(QString::number(clock.now() - now)));
    }

    void logPrint_readsEveryVersionsTimes_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("todayForm");   // how a time of today goes out
        QTest::addColumn<QString>("earlierForm"); // and one of an earlier day this year
        QTest::newRow("7.16.2") << u"7.16.2"_s << uR"(^\d\d:\d\d:\d\d$)"_s << uR"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$)"_s;
        QTest::newRow("7.9") << u"7.9"_s << uR"(^\d\d:\d\d:\d\d$)"_s << uR"(^[a-z]{3}/\d\d \d\d:\d\d:\d\d$)"_s;
        QTest::newRow("6.49.17") << u"6.49.17"_s << uR"(^\d\d:\d\d:\d\d$)"_s << uR"(^[a-z]{3}/\d\d \d\d:\d\d:\d\d$)"_s;
    }

    void logPrint_readsEveryVersionsTimes()
    {
        QFETCH(QString, version);
        QFETCH(QString, todayForm);
        QFETCH(QString, earlierForm);
        m_server->setVersion(version);
        // 2026-11-18 08:06:40 in Córdoba: "today" began eight hours ago there.
        const UnixTime now = Test::fixtureNow;
        m_server->setClock(now, -3 * 3600, u"America/Argentina/Cordoba"_s);
        const QList<UnixTime> times{now - 400 * 86400, now - 3 * 86400, now - 9 * 3600, now - 3 * 3600, now - 60};
        QList<Sim::RouterOsLogEntry> log;
        for (const UnixTime at : times)
            log.append({at, u"pppoe,ppp,info,account"_s, u"jperez logged in, 100.64.0.7 from AA:BB:CC:00:11:22"_s});
        log.append({now - 30, u"system,info,account"_s, u"user admin logged in from 10.0.0.1 via api"_s});
        log.append({now - 20, u"pppoe,ppp,info"_s, u"<pppoe-mgomez>: connected"_s});
        m_server->setLog(log);

        auto router = client();
        // The raw times, as the router prints them.
        QStringList printed;
        bool rawDone = false;
        router->connection()->execute(
            Command("/log/print"_ba), this,
            [&printed](const Reply &row) { printed.append(QString::fromUtf8(row.attribute("time"))); },
            [&rawDone](const ApiResult<Reply> &) { rawDone = true; });
        QTRY_VERIFY(rawDone);
        // A ?topics= query matches the whole value, as on a router.
        int matched = 0;
        bool queryDone = false;
        Command query("/log/print"_ba);
        query.addQuery("?topics=pppoe,ppp,info"_ba);
        router->connection()->execute(
            query, this, [&matched](const Reply &) { ++matched; },
            [&queryDone](const ApiResult<Reply> &) { queryDone = true; });
        QTRY_VERIFY(queryDone);
        QCOMPARE(matched, 1);

        auto result = makeSlot<QList<LogEntry>>();
        router->logPrint(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        const QList<LogEntry> &entries = *(*result)->value;
        QCOMPARE(entries.size(), log.size());
        for (qsizetype i = 0; i < log.size(); ++i) {
            QCOMPARE(entries.at(i).at, log.at(i).at);
            QCOMPARE(entries.at(i).topics, log.at(i).topics);
            QCOMPARE(entries.at(i).message, log.at(i).message);
        }
        QCOMPARE(pppSessionStarts(entries, u"jperez"_s), times);
        QCOMPARE(pppSessionStarts(entries, u"mgomez"_s), QList<UnixTime>{now - 20});
        QCOMPARE(m_server->commandCount(u"/system/clock/print"_s), 1);

        // Filtered by topics on our side.
        auto ppp = makeSlot<QList<LogEntry>>();
        router->logPrint(this, into(ppp), u"ppp,account"_s);
        QTRY_VERIFY(ppp->has_value());
        QVERIFY((*ppp)->ok());
        QCOMPARE((*ppp)->value->size(), times.size());

        // And the forms on the wire.
        QCOMPARE(printed.size(), log.size());
        QVERIFY2(QRegularExpression(todayForm).match(printed.at(3)).hasMatch(), qPrintable(printed.at(3)));
        QVERIFY2(QRegularExpression(todayForm).match(printed.at(4)).hasMatch(), qPrintable(printed.at(4)));
        QVERIFY2(QRegularExpression(earlierForm).match(printed.at(1)).hasMatch(), qPrintable(printed.at(1)));
        QVERIFY2(QRegularExpression(earlierForm).match(printed.at(2)).hasMatch(), qPrintable(printed.at(2)));
        QVERIFY2(printed.at(0).contains(u"2025"_s), qPrintable(printed.at(0))); // another year says which
    }

    void logPrint_queryAndFallbackClock()
    {
        const UnixTime now = QDateTime::currentSecsSinceEpoch();
        m_server->setClock(now, 0);
        m_server->setLog({{now - 10, u"pppoe,ppp,info,account"_s, u"jperez logged in, 100.64.0.7"_s},
                          {now - 5, u"system,info"_s, u"something else"_s}});
        // A router that refuses /system/clock: the log is read in this computer's clock.
        m_server->setFault(u"/system/clock/print"_s, fault([](RouterOsFault &f) { f.trapMessage = u"not allowed"_s; }));
        auto router = client();
        auto result = makeSlot<QList<LogEntry>>();
        router->logPrint(this, into(result), u"account"_s);
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        QCOMPARE((*result)->value->size(), 1);
        // The router prints its UTC wall clock; read as this computer's wall clock (same day or not).
        const qint64 expected = now - 10 - QDateTime::currentDateTime().offsetFromUtc();
        QVERIFY2(((*result)->value->first().at - expected) % 86400 == 0,
                 qPrintable(QString::number((*result)->value->first().at - expected)));

        // A log failure fails the call.
        m_server->setFault(u"/log/print"_s, fault([](RouterOsFault &f) { f.trapMessage = u"not allowed"_s; }));
        auto failed = makeSlot<QList<LogEntry>>();
        router->logPrint(this, into(failed));
        QTRY_VERIFY(failed->has_value());
        QCOMPARE(toString((*failed)->error.kind), toString(ApiError::Kind::Remote));
    }

    void monitorTraffic_unknownInterfaceIsATrap()
    {
        auto router = client();
        auto result = makeSlot<TrafficSample>();
        router->monitorTrafficOnce(u"<pppoe-nobody>"_s, this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Remote));
        QVERIFY2((*result)->error.message.contains(u"input does not match any value of interface"_s),
                 qPrintable((*result)->error.message));
        // A !trap ends one command, not the connection.
        auto next = makeSlot<SystemResource>();
        router->systemResource(this, into(next));
        QTRY_VERIFY(next->has_value());
        QVERIFY((*next)->ok());
        QCOMPARE(m_server->acceptedConnections(), 1);
    }

    void concurrentCommands_areMatchedByTag()
    {
        // The first command answers last, so replies arrive out of order on the one connection.
        m_server->setFault(u"/ppp/secret/print"_s, fault([](RouterOsFault &f) { f.latencyMs = 300; }));
        auto router = client();
        QList<int> order;
        auto secrets = makeSlot<QList<PppSecret>>();
        auto active = makeSlot<QList<PppActiveSession>>();
        auto one = makeSlot<QList<PppActiveSession>>();
        auto resource = makeSlot<SystemResource>();
        auto traffic = makeSlot<TrafficSample>();
        router->pppSecrets(this, [&, secrets](const auto &r) {
            *secrets = r;
            order << 1;
        });
        router->pppActive(this, [&, active](const auto &r) {
            *active = r;
            order << 2;
        });
        router->pppActive(
            this,
            [&, one](const auto &r) {
                *one = r;
                order << 3;
            },
            u"mgomez"_s);
        router->systemResource(this, [&, resource](const auto &r) {
            *resource = r;
            order << 4;
        });
        router->monitorTrafficOnce(Client::pppoeInterfaceName(u"mgomez"_s), this, [&, traffic](const auto &r) {
            *traffic = r;
            order << 5;
        });
        QCOMPARE(router->connection()->pendingCommands(), 5);
        QTRY_COMPARE(order.size(), 5);
        QCOMPARE(order.last(), 1);
        QCOMPARE((*secrets)->value->size(), 3);
        QCOMPARE((*active)->value->size(), 2);
        QCOMPARE((*one)->value->size(), 1);
        QCOMPARE((*one)->value->first().name, u"mgomez"_s);
        QVERIFY((*resource)->ok());
        QCOMPARE((*traffic)->value->interfaceName, u"<pppoe-mgomez>"_s);
        QCOMPARE(m_server->acceptedConnections(), 1);
        QCOMPARE(router->connection()->pendingCommands(), 0);
    }

    void trap_isARemoteError()
    {
        m_server->setFault(u"/ppp/active/print"_s, fault([](RouterOsFault &f) {
                               f.trapMessage = u"failure: simulated trouble"_s;
                               f.trapCategory = 4;
                           }));
        auto router = client();
        auto result = makeSlot<QList<PppActiveSession>>();
        router->pppActive(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Remote));
        QVERIFY2((*result)->error.message.contains(u"failure: simulated trouble"_s),
                 qPrintable((*result)->error.message));
        QVERIFY((*result)->error.message.contains(u"/ppp/active/print"_s));
        QCOMPARE(router->connection()->state(), RouterOs::Connection::State::Ready);
    }

    void fatal_failsEveryPendingCommandAndReconnects()
    {
        auto router = client();
        QList<TrafficSample> samples;
        std::optional<ApiError> streamEnd;
        router->monitorTraffic(
            Client::pppoeInterfaceName(u"jperez"_s), this, [&](const TrafficSample &s) { samples << s; },
            [&](const ApiError &why) { streamEnd = why; });
        QTRY_VERIFY(!samples.isEmpty());

        m_server->setFault(u"/ppp/secret/print"_s, fault([](RouterOsFault &f) {
                               f.fatalReason = u"out of memory"_s;
                               f.remaining = 1;
                           }));
        auto secrets = makeSlot<QList<PppSecret>>();
        router->pppSecrets(this, into(secrets));
        QTRY_VERIFY(secrets->has_value() && streamEnd.has_value());
        QCOMPARE(toString((*secrets)->error.kind), toString(ApiError::Kind::Remote));
        QVERIFY2((*secrets)->error.message.contains(u"out of memory"_s), qPrintable((*secrets)->error.message));
        QCOMPARE(toString(streamEnd->kind), toString(ApiError::Kind::Remote));
        QCOMPARE(router->connection()->state(), RouterOs::Connection::State::Disconnected);

        auto again = makeSlot<QList<PppSecret>>();
        router->pppSecrets(this, into(again));
        QTRY_VERIFY(again->has_value());
        QVERIFY2((*again)->ok(), qPrintable((*again)->error.message));
        QCOMPARE(m_server->acceptedConnections(), 2);
    }

    void drip_replyOneByteAtATime()
    {
        m_server->setFault(u"/ppp/secret/print"_s, fault([](RouterOsFault &f) {
                               f.dripBytes = true;
                               f.dripIntervalMs = 1;
                           }));
        auto router = client();
        auto result = makeSlot<QList<PppSecret>>();
        router->pppSecrets(this, into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result->has_value(), 20000);
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        QCOMPARE((*result)->value->size(), 3);
        QCOMPARE((*result)->value->first().comment, u"Juan Pérez"_s);
    }

    void timeout_silentRouterDropsTheConnection()
    {
        m_server->setFault(u"/system/resource/print"_s, fault([](RouterOsFault &f) {
                               f.neverAnswer = true;
                               f.remaining = 1;
                           }));
        auto router = client(300);
        auto result = makeSlot<SystemResource>();
        router->systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Timeout));
        QVERIFY2((*result)->error.message.contains(u"/system/resource/print"_s), qPrintable((*result)->error.message));
        QCOMPARE(router->connection()->state(), RouterOs::Connection::State::Disconnected);
        QTRY_VERIFY(m_server->runningCommands().isEmpty()); // the router saw the session end

        auto next = makeSlot<SystemResource>();
        router->systemResource(this, into(next));
        QTRY_VERIFY(next->has_value());
        QVERIFY2((*next)->ok(), qPrintable((*next)->error.message));
    }

    void timeout_stuckCommandIsCanceledOnTheRouter()
    {
        // Data keeps flowing (a stream), so only the stuck command times out and the connection stays.
        m_server->setFault(u"/system/resource/print"_s, fault([](RouterOsFault &f) { f.neverAnswer = true; }));
        auto router = client(300);
        int samples = 0;
        std::optional<ApiError> streamEnd;
        const CommandId stream = router->monitorTraffic(
            Client::pppoeInterfaceName(u"jperez"_s), this, [&](const TrafficSample &) { ++samples; },
            [&](const ApiError &why) { streamEnd = why; });
        auto result = makeSlot<SystemResource>();
        router->systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Timeout));
        QCOMPARE(router->connection()->state(), RouterOs::Connection::State::Ready);
        QTRY_COMPARE(m_server->runningCommands().size(), 1); // /cancel removed the stuck one
        QVERIFY(m_server->runningCommands().first().startsWith(u"/interface/monitor-traffic"_s));
        QCOMPARE(m_server->commandCount(u"/cancel"_s), 1);
        QVERIFY(!streamEnd);

        router->cancel(stream);
        QTRY_VERIFY(streamEnd.has_value());
        QCOMPARE(toString(streamEnd->kind), toString(ApiError::Kind::Canceled));
        QVERIFY(m_server->runningCommands().isEmpty());
    }

    void reset_failsTheCommandAndTheNextReconnects()
    {
        m_server->setFault(u"/ppp/active/print"_s, fault([](RouterOsFault &f) {
                               f.resetConnection = true;
                               f.remaining = 1;
                           }));
        auto router = client();
        auto result = makeSlot<QList<PppActiveSession>>();
        router->pppActive(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Connection));
        QVERIFY((*result)->error.isTransient());

        auto next = makeSlot<QList<PppActiveSession>>();
        router->pppActive(this, into(next));
        QTRY_VERIFY(next->has_value());
        QVERIFY2((*next)->ok(), qPrintable((*next)->error.message));
        QCOMPARE(m_server->acceptedConnections(), 2);
    }

    void reconnect_afterTheRouterClosed()
    {
        auto router = client();
        auto first = makeSlot<SystemResource>();
        router->systemResource(this, into(first));
        QTRY_VERIFY(first->has_value());
        QVERIFY((*first)->ok());

        m_server->disconnectClients();
        QTRY_COMPARE(router->connection()->state(), RouterOs::Connection::State::Disconnected);

        auto second = makeSlot<SystemResource>();
        router->systemResource(this, into(second));
        QTRY_VERIFY(second->has_value());
        QVERIFY2((*second)->ok(), qPrintable((*second)->error.message));
        QCOMPARE(m_server->acceptedConnections(), 2);
    }

    void routerClosing_failsThePendingCommand()
    {
        m_server->setFault(u"/ppp/secret/print"_s, fault([](RouterOsFault &f) { f.neverAnswer = true; }));
        auto router = client();
        auto result = makeSlot<QList<PppSecret>>();
        router->pppSecrets(this, into(result));
        QTRY_COMPARE(m_server->runningCommands().size(), 1);
        m_server->disconnectClients();
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Connection));
        QVERIFY((*result)->error.message.contains(u"closed the connection"_s));
    }

    void cancel_streamingMonitorLeavesNothingRunning()
    {
        auto router = client();
        QList<TrafficSample> samples;
        std::optional<ApiError> end;
        const CommandId id = router->monitorTraffic(
            Client::pppoeInterfaceName(u"jperez"_s), this, [&](const TrafficSample &s) { samples << s; },
            [&](const ApiError &why) { end = why; });
        QVERIFY(id != 0);
        QTRY_VERIFY(samples.size() >= 3);
        QCOMPARE(m_server->runningCommands().size(), 1);
        QVERIFY(!end);

        router->cancel(id);
        QTRY_VERIFY(end.has_value());
        QCOMPARE(toString(end->kind), toString(ApiError::Kind::Canceled));
        QCOMPARE(m_server->commandCount(u"/cancel"_s), 1);
        QVERIFY(m_server->runningCommands().isEmpty());
        // Nothing comes after the end: a round trip on the same connection, then the count is unchanged.
        const qsizetype seen = samples.size();
        auto probe = makeSlot<SystemResource>();
        router->systemResource(this, into(probe));
        QTRY_VERIFY(probe->has_value());
        QCOMPARE(samples.size(), seen);
        QCOMPARE(router->connection()->pendingCommands(), 0);
    }

    void cancel_notConfirmedDropsTheConnection_data()
    {
        QTest::addColumn<int>("sampleIntervalMs");
        QTest::newRow("router keeps streaming") << 20;
        QTest::newRow("router falls silent") << 5000; // no byte at all within the 0.3 s window after /cancel
    }

    void cancel_notConfirmedDropsTheConnection()
    {
        // A router that ignores /cancel: the stream still ends for the caller as canceled, whether or not the
        // router keeps talking, and closing the session is what stops it on the router.
        QFETCH(int, sampleIntervalMs);
        m_server->setMonitorIntervalMs(sampleIntervalMs);
        m_server->setFault(u"/cancel"_s, fault([](RouterOsFault &f) { f.neverAnswer = true; }));
        auto router = client(300);
        int samples = 0;
        std::optional<ApiError> end;
        const CommandId id = router->monitorTraffic(
            Client::pppoeInterfaceName(u"jperez"_s), this, [&](const TrafficSample &) { ++samples; },
            [&](const ApiError &why) { end = why; });
        QTRY_VERIFY(samples > 0);
        router->cancel(id);
        QTRY_VERIFY(end.has_value());
        QCOMPARE(toString(end->kind), toString(ApiError::Kind::Canceled));
        QCOMPARE(router->connection()->state(), RouterOs::Connection::State::Disconnected);
        QTRY_VERIFY(m_server->runningCommands().isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void cancel_beforeTheLogin()
    {
        auto router = client();
        auto result = makeSlot<SystemResource>();
        const CommandId id = router->systemResource(this, into(result));
        router->cancel(id);
        QVERIFY(!result->has_value()); // never from inside cancel()
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Canceled));
    }

    void close_sendsQuit()
    {
        auto router = client();
        auto result = makeSlot<SystemResource>();
        router->systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        router->close();
        QCOMPARE(router->connection()->state(), RouterOs::Connection::State::Disconnected);
        QTRY_COMPARE(m_server->commandCount(u"/quit"_s), 1);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void destroyedContext_getsNoCallback()
    {
        auto router = client();
        bool called = false;
        auto context = std::make_unique<QObject>();
        router->systemResource(context.get(), [&](const ApiResult<SystemResource> &) { called = true; });
        context.reset();
        auto probe = makeSlot<SystemResource>();
        router->systemResource(this, into(probe)); // answered after the first one
        QTRY_VERIFY(probe->has_value());
        QVERIFY(!called);
    }

    void tls_selfSignedCertificateIsRefusedByDefault()
    {
        startServer(true);
        RouterConfig c = config();
        c.tls = true;
        Client router(c, password);
        auto result = makeSlot<SystemResource>();
        router.systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Tls));
        QVERIFY2((*result)->error.message.contains(u"SHA-256"_s), qPrintable((*result)->error.message));
        QCOMPARE(m_server->commandCount(u"/login"_s), 0); // the password never left
    }

    void tls_acceptedByAnExceptionForThatCertificate()
    {
        startServer(true);
        const QSslCertificate trusted = testCertificate();
        QVERIFY(!trusted.isNull());
        RouterConfig c = config();
        c.tls = true;
        Client router(c, password);
        QList<QSslError> seen;
        router.connection()->setTlsExceptionHook(
            [&](const QString &host, quint16 port, const QSslCertificate &certificate, const QList<QSslError> &errors) {
                seen = errors;
                return host == u"127.0.0.1"_s && port == m_server->port() && certificate == trusted;
            });
        auto result = makeSlot<SystemResource>();
        router.systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QVERIFY2((*result)->ok(), qPrintable((*result)->error.message));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(m_server->commandCount(u"/login"_s), 1);
    }

    void tls_exceptionForAnotherCertificateDoesNotApply()
    {
        startServer(true);
        RouterConfig c = config();
        c.tls = true;
        Client router(c, password);
        router.connection()->setTlsExceptionHook(
            [](const QString &, quint16, const QSslCertificate &certificate, const QList<QSslError> &) {
                return certificate.digest(QCryptographicHash::Sha256).toHex() == "00"_ba;
            });
        auto result = makeSlot<SystemResource>();
        router.systemResource(this, into(result));
        QTRY_VERIFY(result->has_value());
        QCOMPARE(toString((*result)->error.kind), toString(ApiError::Kind::Tls));
    }
};

QTEST_GUILESS_MAIN(TestRouterOsClient)
#include "tst_routerosclient.moc"
