// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" against the simulated ISP over real sockets on 127.0.0.1: every source passes every step
// (plain, and over TLS with a pinned self-signed certificate), and each way a connection fails is reported on its
// own step: DNS (a name under .invalid), TCP (a closed port), TLS (untrusted, and a server that never finishes
// the handshake), authentication (wrong credentials), the API call (a 500, malformed JSON, a RouterOS !trap),
// a silent server (a timeout on the right step) and a cancel in the middle. A probe spends at most two calls.
#include "integrations/smartolt/smartoltclient.h"
#include "net/callbudget.h"
#include "simulator/isp/simulator.h"
#include "sources/connectionprobe.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Beholder;
using Stage = ProbeStep::Stage;
using State = ProbeStep::State;

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(u"" BEHOLDER_TEST_DATA_DIR "/"_s + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const ProbeResult &result)
{
    QStringList lines{result.target};
    for (const ProbeStep &step : result.steps)
        lines << toString(step.stage) + u' ' + toString(step.state) + u": "_s + step.message;
    return lines.join(u'\n');
}

std::unique_ptr<Sim::Simulator> startSimulator(bool tls)
{
    Sim::SimulatorOptions options;
    options.demo.customers = 60;
    options.demo.now = 1'795'000'000;
    options.smartOlt.callsPerHour = 0;
    if (tls) {
        options.tlsCertificate = QSslCertificate(readData(u"routeros/sim-api-ssl.crt"_s), QSsl::Pem);
        options.tlsKey = QSslKey(readData(u"routeros/sim-api-ssl.key"_s), QSsl::Ec);
    }
    auto sim = std::make_unique<Sim::Simulator>(options);
    QSignalSpy started(sim.get(), &Sim::Simulator::started);
    sim->start();
    if (!started.wait(120000) || !started.constFirst().constFirst().toBool())
        return nullptr;
    return sim;
}

} // namespace

class TestConnectionProbe final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Simulator> m_plain;
    std::unique_ptr<Sim::Simulator> m_tls;

    static SourceConfig sourceOf(const Sim::Simulator &sim, SourceKind kind, int timeoutMs = 10000)
    {
        SourceConfig config = *sim.profileSources().source(kind);
        config.timeoutMs = timeoutMs;
        return config;
    }

    static RouterConfig routerOf(const Sim::Simulator &sim, int timeoutMs = 10000)
    {
        RouterConfig router = sim.profileSources().routers.constFirst();
        router.timeoutMs = timeoutMs;
        return router;
    }

    // Runs `probe` to its end; checks finished() comes exactly once.
    static ProbeResult run(ConnectionProbe &probe)
    {
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        probe.start();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
        QTest::qWait(20); // nothing more arrives
        [&] { QCOMPARE(finished.size(), 1); }();
        return probe.result();
    }

    static ProbeResult probeSource(const Sim::Simulator &sim, SourceKind kind, const TlsExceptionList &tls = {},
                                   int timeoutMs = 10000, QHash<QString, QString> secrets = {})
    {
        ConnectionProbe probe(sourceOf(sim, kind, timeoutMs), secrets.isEmpty() ? sim.secrets() : secrets, tls);
        return run(probe);
    }

    static ProbeResult probeRouter(const Sim::Simulator &sim, const TlsExceptionList &tls = {}, int timeoutMs = 10000,
                                   const QString &password = {})
    {
        const RouterConfig router = routerOf(sim, timeoutMs);
        ConnectionProbe probe(
            router, password.isEmpty() ? sim.secrets().value(SecretKeys::routerPassword(router.nodeId)) : password,
            tls);
        return run(probe);
    }

    static void verifyFailedAt(const ProbeResult &result, Stage stage, ApiError::Kind kind)
    {
        QVERIFY2(result.finished, qPrintable(describe(result)));
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        const ProbeStep *failed = result.failedStep();
        QVERIFY2(failed, qPrintable(describe(result)));
        QCOMPARE(toString(failed->stage), toString(stage));
        QCOMPARE(toString(failed->error.kind), toString(kind));
        QVERIFY2(!failed->message.isEmpty(), qPrintable(describe(result)));
        for (int i = int(stage) + 1; i < result.steps.size(); ++i)
            QCOMPARE(toString(result.steps.at(i).state), toString(State::Skipped));
        for (int i = 0; i < int(stage); ++i)
            QVERIFY2(result.steps.at(i).state == State::Ok || result.steps.at(i).state == State::Skipped,
                     qPrintable(describe(result)));
        QVERIFY2(result.summary().contains(stageTitle(stage)), qPrintable(result.summary()));
    }

    static TlsExceptionList pinnedTestCertificate()
    {
        TlsException exception;
        exception.host = u"127.0.0.1"_s;
        exception.port = 0;
        exception.sha256 = certificateSha256(QSslCertificate(readData(u"routeros/sim-api-ssl.crt"_s), QSsl::Pem));
        exception.addedAt = QDateTime::currentDateTimeUtc();
        return TlsExceptionList({exception});
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        m_plain = startSimulator(false);
        QVERIFY(m_plain);
        if (QSslSocket::supportsSsl()) {
            m_tls = startSimulator(true);
            QVERIFY(m_tls);
        }
    }

    void cleanup()
    {
        m_plain->clearFaults();
        if (m_tls)
            m_tls->clearFaults();
    }

    // What a diagnosis does right after a probe: three live SmartOLT calls at once, over the pinned certificate.
    void liveSmartOltCallsOverTls_allAnswer()
    {
        if (!m_tls)
            QSKIP("no TLS support");
        const QSslCertificate certificate(readData(u"routeros/sim-api-ssl.crt"_s), QSsl::Pem);
        TlsException pin = TlsException::fromPeer(describeCertificate(certificate, u"127.0.0.1"_s, 0),
                                                  QDateTime::currentDateTimeUtc(), true);
        SmartOltClient client(sourceOf(*m_tls, SourceKind::SmartOlt),
                              m_tls->secrets().value(SecretKeys::smartOltToken()));
        client.http().setTlsExceptions(TlsExceptionList({pin}));
        const QString onu = m_tls->dataset().onus.constFirst().externalId;
        for (int round = 0; round < 5; ++round) {
            int answered = 0;
            QStringList errors;
            client.fetchOnuStatus(onu, [&](const auto &r) {
                ++answered;
                if (!r.ok())
                    errors << r.error.message;
            });
            client.fetchOnuSignal(onu, [&](const auto &r) {
                ++answered;
                if (!r.ok())
                    errors << r.error.message;
            });
            client.fetchOnuFullStatus(onu, [&](const auto &r) {
                ++answered;
                if (!r.ok())
                    errors << r.error.message;
            });
            QTRY_VERIFY2_WITH_TIMEOUT(answered == 3, qPrintable(u"round %1: %2 of 3"_s.arg(round).arg(answered)),
                                      20000);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
        }
    }

    void everyStepPasses_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("ispcube") << int(SourceKind::IspCube);
        QTest::newRow("smartolt") << int(SourceKind::SmartOlt);
        QTest::newRow("cnmaestro") << int(SourceKind::CnMaestro);
        QTest::newRow("router") << int(SourceKind::RouterOs);
    }

    void everyStepPasses()
    {
        QFETCH(int, kind);
        const ProbeResult result = SourceKind(kind) == SourceKind::RouterOs ? probeRouter(*m_plain)
                                                                            : probeSource(*m_plain, SourceKind(kind));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.steps.size(), 5);
        QCOMPARE(toString(result.steps.at(int(Stage::Dns)).state), toString(State::Skipped)); // an IP address
        QCOMPARE(toString(result.steps.at(int(Stage::Tcp)).state), toString(State::Ok));
        QCOMPARE(toString(result.steps.at(int(Stage::Tls)).state), toString(State::Skipped)); // plain
        QCOMPARE(toString(result.steps.at(int(Stage::Auth)).state), toString(State::Ok));
        QCOMPARE(toString(result.steps.at(int(Stage::Api)).state), toString(State::Ok));
        QVERIFY(result.certificate.isNull());
        QVERIFY2(result.summary().startsWith(u"all steps passed"_s), qPrintable(result.summary()));
    }

    void aHostNameIsResolvedFirst()
    {
        SourceConfig config = sourceOf(*m_plain, SourceKind::IspCube);
        config.baseUrl.setHost(u"localhost"_s); // may resolve to ::1 first: the probe tries each address
        ConnectionProbe probe(config, m_plain->secrets(), {});
        const ProbeResult result = run(probe);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(toString(result.steps.at(int(Stage::Dns)).state), toString(State::Ok));
        QVERIFY2(result.steps.at(int(Stage::Dns)).message.contains(u"127.0.0.1"_s), qPrintable(describe(result)));
    }

    void stepsAreReportedAsTheyRun()
    {
        ConnectionProbe probe(sourceOf(*m_plain, SourceKind::CnMaestro), m_plain->secrets(), {});
        QSignalSpy steps(&probe, &ConnectionProbe::stepChanged);
        QVERIFY(!probe.isRunning());
        probe.start();
        QVERIFY(probe.isRunning());
        QCOMPARE(steps.size(), 0); // never from inside start()
        QTRY_VERIFY_WITH_TIMEOUT(!probe.isRunning(), 60000);
        QVERIFY(steps.size() >= 5);
        const ProbeStep last = steps.constLast().at(1).value<ProbeStep>();
        QCOMPARE(toString(last.stage), toString(Stage::Api));
        QCOMPARE(toString(last.state), toString(State::Ok));
    }

    void overTlsWithThePinnedCertificateEveryStepPasses_data() { everyStepPasses_data(); }

    void overTlsWithThePinnedCertificateEveryStepPasses()
    {
        if (!m_tls)
            QSKIP("no TLS backend");
        QFETCH(int, kind);
        const ProbeResult result = SourceKind(kind) == SourceKind::RouterOs
            ? probeRouter(*m_tls, pinnedTestCertificate())
            : probeSource(*m_tls, SourceKind(kind), pinnedTestCertificate());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(toString(result.steps.at(int(Stage::Tls)).state), toString(State::Ok));
        QVERIFY2(result.steps.at(int(Stage::Tls)).message.contains(u"pinned"_s), qPrintable(describe(result)));
        QVERIFY(result.certificatePinned);
        QVERIFY(!result.certificate.isNull());
    }

    void untrustedCertificateFailsTheTlsStep_data() { everyStepPasses_data(); }

    void untrustedCertificateFailsTheTlsStep()
    {
        if (!m_tls)
            QSKIP("no TLS backend");
        QFETCH(int, kind);
        const ProbeResult result
            = SourceKind(kind) == SourceKind::RouterOs ? probeRouter(*m_tls) : probeSource(*m_tls, SourceKind(kind));
        verifyFailedAt(result, Stage::Tls, ApiError::Kind::Tls);
        const ProbeStep &tls = result.steps.at(int(Stage::Tls));
        QVERIFY2(tls.message.contains(u"self-signed"_s), qPrintable(tls.message));
        // What the dialog shows before offering to trust it.
        QVERIFY(!result.certificate.isNull());
        QVERIFY2(result.certificate.subject.contains(u"CN=127.0.0.1"_s), qPrintable(result.certificate.subject));
        QVERIFY(!result.certificate.issuer.isEmpty());
        QVERIFY(result.certificate.expires.isValid());
        QCOMPARE(result.certificate.sha256, pinnedTestCertificate().items().constFirst().sha256);
        QCOMPARE(tls.error.certificate.sha256, result.certificate.sha256);
        QVERIFY(!result.certificatePinned);
    }

    void unknownHostFailsTheDnsStep()
    {
        SourceConfig config = sourceOf(*m_plain, SourceKind::SmartOlt);
        config.baseUrl.setHost(u"beholder-probe.invalid"_s);
        ConnectionProbe probe(config, m_plain->secrets(), {});
        const ProbeResult result = run(probe);
        verifyFailedAt(result, Stage::Dns, ApiError::Kind::Dns);
        QVERIFY2(result.steps.at(0).message.contains(u"beholder-probe.invalid"_s), qPrintable(describe(result)));
    }

    void closedPortFailsTheTcpStep()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();

        SourceConfig config = sourceOf(*m_plain, SourceKind::IspCube);
        config.baseUrl.setPort(port);
        ConnectionProbe probe(config, m_plain->secrets(), {});
        ProbeResult result = run(probe);
        verifyFailedAt(result, Stage::Tcp, ApiError::Kind::Connection);
        QVERIFY2(result.steps.at(int(Stage::Tcp)).message.contains(u"refused"_s), qPrintable(describe(result)));

        RouterConfig router = routerOf(*m_plain);
        router.port = port;
        ConnectionProbe routerProbe(router, u"x"_s, {});
        result = run(routerProbe);
        verifyFailedAt(result, Stage::Tcp, ApiError::Kind::Connection);
    }

    void aServerThatNeverHandshakesTimesOutOnTheTlsStep()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTcpServer silent; // accepts, says nothing
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SourceConfig config = sourceOf(*m_plain, SourceKind::CnMaestro, 1000);
        config.baseUrl.setScheme(u"https"_s);
        config.baseUrl.setPort(silent.serverPort());
        ConnectionProbe probe(config, m_plain->secrets(), {});
        const ProbeResult result = run(probe);
        verifyFailedAt(result, Stage::Tls, ApiError::Kind::Timeout);
    }

    void wrongCredentialsFailTheAuthenticationStep_data() { everyStepPasses_data(); }

    void wrongCredentialsFailTheAuthenticationStep()
    {
        QFETCH(int, kind);
        QHash<QString, QString> wrong = m_plain->secrets();
        for (auto it = wrong.begin(); it != wrong.end(); ++it)
            it.value() += u"-wrong"_s;
        ProbeResult result;
        if (SourceKind(kind) == SourceKind::RouterOs)
            result = probeRouter(*m_plain, {}, 10000, u"wrong-password"_s);
        else
            result = probeSource(*m_plain, SourceKind(kind), {}, 10000, wrong);
        verifyFailedAt(result, Stage::Auth, ApiError::Kind::Auth);
    }

    void aServerErrorOnTheDataCallFailsTheApiStep_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("malformed");
        QTest::addColumn<int>("errorKind");
        QTest::newRow("ispcube 500") << int(SourceKind::IspCube) << u"/api/customers/customers_list"_s << false
                                     << int(ApiError::Kind::Http);
        QTest::newRow("ispcube malformed")
            << int(SourceKind::IspCube) << u"/api/customers/customers_list"_s << true << int(ApiError::Kind::Protocol);
        QTest::newRow("smartolt 500") << int(SourceKind::SmartOlt) << u"/api/system/get_olts"_s << false
                                      << int(ApiError::Kind::Http);
        QTest::newRow("smartolt malformed")
            << int(SourceKind::SmartOlt) << u"/api/system/get_olts"_s << true << int(ApiError::Kind::Protocol);
        QTest::newRow("cnmaestro 500") << int(SourceKind::CnMaestro) << u"/api/v2/alarms"_s << false
                                       << int(ApiError::Kind::Http);
        QTest::newRow("cnmaestro malformed")
            << int(SourceKind::CnMaestro) << u"/api/v2/alarms"_s << true << int(ApiError::Kind::Protocol);
    }

    void aServerErrorOnTheDataCallFailsTheApiStep()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(bool, malformed);
        QFETCH(int, errorKind);
        Sim::HttpFault fault;
        if (malformed)
            fault.malformedJson = true;
        else
            fault.status = 500;
        m_plain->setHttpFault(SourceKind(kind), path, fault);
        const ProbeResult result = probeSource(*m_plain, SourceKind(kind));
        verifyFailedAt(result, Stage::Api, ApiError::Kind(errorKind));
    }

    void aRouterTrapOnTheDataCallFailsTheApiStep()
    {
        Sim::RouterOsFault trap;
        trap.trapMessage = u"not enough permissions (9)"_s;
        m_plain->setRouterFault(routerOf(*m_plain).nodeId, u"/system/resource/print"_s, trap);
        const ProbeResult result = probeRouter(*m_plain);
        verifyFailedAt(result, Stage::Api, ApiError::Kind::Remote);
        QVERIFY2(result.steps.at(int(Stage::Api)).message.contains(u"not enough permissions"_s),
                 qPrintable(describe(result)));
    }

    void aSilentServerTimesOutOnTheRightStep_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("stage");
        QTest::newRow("ispcube login") << int(SourceKind::IspCube) << u"/api/sanctum/token"_s << int(Stage::Auth);
        QTest::newRow("ispcube data") << int(SourceKind::IspCube) << u"/api/customers/customers_list"_s
                                      << int(Stage::Api);
        QTest::newRow("smartolt") << int(SourceKind::SmartOlt) << u"/api/system/get_olts"_s << int(Stage::Auth);
        QTest::newRow("cnmaestro login") << int(SourceKind::CnMaestro) << u"/api/v2/access/token"_s << int(Stage::Auth);
        QTest::newRow("cnmaestro data") << int(SourceKind::CnMaestro) << u"/api/v2/alarms"_s << int(Stage::Api);
        QTest::newRow("router login") << int(SourceKind::RouterOs) << u"/login"_s << int(Stage::Auth);
        QTest::newRow("router data") << int(SourceKind::RouterOs) << u"/system/resource/print"_s << int(Stage::Api);
    }

    void aSilentServerTimesOutOnTheRightStep()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(int, stage);
        ProbeResult result;
        if (SourceKind(kind) == SourceKind::RouterOs) {
            Sim::RouterOsFault silent;
            silent.neverAnswer = true;
            m_plain->setRouterFault(routerOf(*m_plain).nodeId, path, silent);
            result = probeRouter(*m_plain, {}, 1000);
        } else {
            Sim::HttpFault silent;
            silent.neverAnswer = true;
            m_plain->setHttpFault(SourceKind(kind), path, silent);
            result = probeSource(*m_plain, SourceKind(kind), {}, 1000);
        }
        verifyFailedAt(result, Stage(stage), ApiError::Kind::Timeout);
    }

    void cancelStopsAtTheStepInProgress()
    {
        Sim::HttpFault silent;
        silent.neverAnswer = true;
        m_plain->setHttpFault(SourceKind::IspCube, u"/api/sanctum/token"_s, silent);
        ConnectionProbe probe(sourceOf(*m_plain, SourceKind::IspCube), m_plain->secrets(), {});
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(probe.result().steps.at(int(Stage::Auth)).state == State::Running, 30000);
        probe.cancel();
        QCOMPARE(finished.size(), 0); // never from inside cancel()
        QVERIFY(!probe.isRunning());
        probe.cancel(); // twice is harmless
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const ProbeResult result = finished.constFirst().constFirst().value<ProbeResult>();
        QVERIFY(result.canceled);
        verifyFailedAt(result, Stage::Auth, ApiError::Kind::Canceled);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void aProbeSpendsAtMostTwoCallsOfTheBudget_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("calls");
        QTest::newRow("ispcube") << int(SourceKind::IspCube) << 2;
        QTest::newRow("smartolt") << int(SourceKind::SmartOlt) << 1;
        QTest::newRow("cnmaestro") << int(SourceKind::CnMaestro) << 2;
    }

    void aProbeSpendsAtMostTwoCallsOfTheBudget()
    {
        QFETCH(int, kind);
        QFETCH(int, calls);
        BudgetLimits limits;
        limits.callsPerHour = 100;
        limits.burst = 50;
        auto budget = std::make_shared<CallBudget>(limits);
        const int remaining = budget->snapshot().account.remaining;
        const int before = m_plain->requestCount(SourceKind(kind), u"/*"_s);
        ConnectionProbe probe(sourceOf(*m_plain, SourceKind(kind)), m_plain->secrets(), {});
        probe.setBudget(budget);
        const ProbeResult result = run(probe);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(m_plain->requestCount(SourceKind(kind), u"/*"_s) - before, calls);
        QCOMPARE(remaining - budget->snapshot().account.remaining, calls);
    }

    void aSpentBudgetRefusesBeforeSending()
    {
        BudgetLimits limits;
        limits.callsPerHour = 1;
        auto budget = std::make_shared<CallBudget>(limits);
        QCOMPARE(int(budget->acquire(u"x"_s).verdict), int(BudgetDecision::Verdict::Go));
        const int before = m_plain->requestCount(SourceKind::SmartOlt, u"/*"_s);
        ConnectionProbe probe(sourceOf(*m_plain, SourceKind::SmartOlt, 1000), m_plain->secrets(), {});
        probe.setBudget(budget);
        const ProbeResult result = run(probe);
        verifyFailedAt(result, Stage::Auth, ApiError::Kind::Budget);
        QCOMPARE(m_plain->requestCount(SourceKind::SmartOlt, u"/*"_s), before);
    }

    void aRouterOsSourceEntryIsNotProbedAsAWhole()
    {
        SourceConfig routers;
        routers.kind = SourceKind::RouterOs;
        ConnectionProbe probe(routers, {}, {});
        const ProbeResult result = run(probe);
        verifyFailedAt(result, Stage::Dns, ApiError::Kind::Config);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
