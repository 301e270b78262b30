// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis end to end: the demo ISP's scenarios served by the simulator over real sockets, synced into a
// real cache, then diagnosed through the real clients. Every scenario must give its expected headline and
// fire its rule with a reason that names the values; a live source that times out is a "source down"
// finding while the verdict still comes from the rest; offline answers from the cache alone.
#include "access/accesspolicy.h"
#include "cache/cachedatabase.h"
#include "credentials/memorycredentialstore.h"
#include "demo/demoscenarios.h"
#include "diagnosis/cacheddiagnosis.h"
#include "diagnosis/diagnosisservice.h"
#include "diagnosis/outagecorrelation.h"
#include "simulator/isp/simulator.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "triage/thresholds.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Beholder::Diagnosis;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(std::function<bool(const Beholder::Diagnosis::CachedDiagnosis &)>)

namespace {

const Triage::Finding *findingOf(const DiagnosisReport &report, const QString &ruleId)
{
    for (const Triage::Finding &finding : report.assessment.findings) {
        if (finding.ruleId == ruleId)
            return &finding;
    }
    return nullptr;
}

const SourceReport *sourceOf(const DiagnosisReport &report, const QString &id)
{
    for (const SourceReport &source : report.sources) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

QString describe(const DiagnosisReport &report)
{
    QStringList lines{u"headline "_s + Triage::verdictId(report.assessment.headline)};
    for (const Triage::Finding &finding : report.assessment.findings)
        lines << u"  "_s + finding.ruleId + u": "_s + finding.reason;
    for (const SourceReport &source : report.sources)
        lines << u"  source "_s + source.id + u' ' + sourceStateId(source.state) + u' ' + source.detail;
    return lines.join(u'\n');
}

} // namespace

class TestDiagnosisScenarios : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Simulator> m_sim;
    QList<Demo::DemoScenario> m_scenarios;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<MemoryCredentialStore> m_store;
    ProfileSources m_sources;

    // Runs one diagnosis to its final report; every intermediate report is kept in `steps`.
    DiagnosisReport diagnose(const QString &user, const DiagnosisOptions &options = {},
                             QList<DiagnosisReport> *steps = nullptr)
    {
        DiagnosisService service(m_cache.get(), u"diagtest"_s, m_sources, m_store.get());
        service.setPrincipal(Access::singleUserPrincipal(u"diagtest"_s));
        DiagnosisOptions o = options;
        if (o.liveTimeoutMs == 0)
            o.liveTimeoutMs = 4000;
        service.setOptions(o);
        DiagnosisReport last;
        QEventLoop loop;
        connect(&service, &DiagnosisService::reportUpdated, &loop, [&](quint64, const DiagnosisReport &report) {
            if (steps)
                steps->append(report);
            last = report;
            if (report.final)
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        service.diagnose(user);
        loop.exec();
        return last;
    }

    const Demo::DemoScenario *scenario(const QString &id) const
    {
        for (const Demo::DemoScenario &s : m_scenarios) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        Sim::SimulatorOptions options;
        options.demo.customers = 1500;
        options.smartOlt.callsPerHour = 1'000'000;
        options.smartOlt.unpagedDetailsPerHour = 1'000'000;
        m_sim = std::make_unique<Sim::Simulator>(options);
        QSignalSpy started(m_sim.get(), &Sim::Simulator::started);
        m_sim->start();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.constFirst().constFirst().toBool(), qPrintable(m_sim->errorString()));
        m_scenarios = m_sim->scenarios();
        QVERIFY(m_scenarios.size() >= 13);

        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(m_cache->open());
        m_sources = m_sim->profileSources();
        SyncContext context;
        context.profileName = u"diagtest-sync"_s;
        context.sources = m_sources;
        context.secrets = m_sim->secrets();
        SyncEngine engine(m_cache.get(), m_dir.path());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QString error;
        QVERIFY2(engine.start({{}, SyncTrigger::Cli, u"test"_s, Access::singleUserPrincipal(u"diagtest"_s)}, context,
                              &error),
                 qPrintable(error));
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.constFirst().constFirst().value<SyncSummary>().allSucceeded());

        m_store = std::make_unique<MemoryCredentialStore>(u"diagtest"_s);
        const QHash<QString, QString> secrets = m_sim->secrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            m_store->secrets()->setValue(u"diagtest"_s, it.key(), it.value());
    }

    void cleanupTestCase()
    {
        m_cache.reset();
        m_sim.reset();
    }

    void init() { m_sim->clearFaults(); }

    void everyScenario_givesItsVerdict_andFiresItsRule_data()
    {
        QTest::addColumn<QString>("id");
        for (const Demo::DemoScenario &s : std::as_const(m_scenarios))
            QTest::newRow(qPrintable(s.id)) << s.id;
    }

    void everyScenario_givesItsVerdict_andFiresItsRule()
    {
        QFETCH(QString, id);
        const Demo::DemoScenario *s = scenario(id);
        QVERIFY(s);
        QList<DiagnosisReport> steps;
        const DiagnosisReport report = diagnose(s->pppoeUser, {}, &steps);
        QVERIFY2(report.final, qPrintable(describe(report)));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(steps.size() >= 2); // the cache's answer first, then the live ones
        QVERIFY(!steps.constFirst().final);
        for (const SourceReport &source : report.sources)
            QVERIFY2(source.state != Diagnosis::SourceState::Down && source.state != Diagnosis::SourceState::Pending,
                     qPrintable(describe(report)));
        QVERIFY2(report.assessment.headline == s->expected,
                 qPrintable(u"expected "_s + Triage::verdictId(s->expected) + u"\n"_s + describe(report)));
        const Triage::Finding *finding = findingOf(report, s->expectedRule);
        QVERIFY2(finding, qPrintable(u"no finding "_s + s->expectedRule + u"\n"_s + describe(report)));
        QVERIFY(!finding->reason.isEmpty());
        QVERIFY2(!finding->reason.contains(u'{'), qPrintable(finding->reason)); // every placeholder filled
        QVERIFY(!report.assessment.headlineReason.isEmpty());
    }

    // Beyond the catalogue: rules the demo ISP's everyday mix triggers on its own. Each case is found in the
    // synced cache by what the cache says of the line, then diagnosed live; the rule must fire.
    void everydayCases_fireTheirRules_data()
    {
        using Predicate = std::function<bool(const CachedDiagnosis &)>;
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Predicate>("isCase");
        const auto active = [](const CachedDiagnosis &c) {
            return c.details.customer && c.details.customer->value.status == CustomerStatus::Active
                && !c.details.crmAndRouterDisagree() && !c.details.secrets.isEmpty()
                && !c.details.secrets.constFirst().secret.disabled;
        };
        QTest::newRow("admin.cancelled") << u"admin.cancelled"_s << Predicate([](const CachedDiagnosis &c) {
            return c.details.customer && c.details.customer->value.status == CustomerStatus::Cancelled;
        });
        QTest::newRow("admin.crm_router_mismatch")
            << u"admin.crm_router_mismatch"_s
            << Predicate([](const CachedDiagnosis &c) { return c.details.crmAndRouterDisagree(); });
        QTest::newRow("admin.secret_disabled") << u"admin.secret_disabled"_s << Predicate([](const CachedDiagnosis &c) {
            return !c.details.secrets.isEmpty() && c.details.secrets.constFirst().secret.disabled;
        });
        // The bulk status listing carries no down cause: the cache only knows "offline", and the OLT's own
        // answer (SmartOLT's full status, live) says why. The simulator's data says which ONUs those are.
        QSet<QString> degraded;
        for (const Onu &onu : m_sim->dataset().onus) {
            if (onu.status == OnuStatus::Offline && downCauseClass(onu.lastDownCause) == u"degraded")
                degraded.insert(onu.externalId);
        }
        QTest::newRow("fibre.offline_degraded")
            << u"fibre.offline_degraded"_s << Predicate([active, degraded](const CachedDiagnosis &c) {
                   return active(c) && c.details.onu && c.details.onu->value.status == OnuStatus::Offline
                       && degraded.contains(c.details.onu->value.externalId);
               });
        QTest::newRow("fibre.rx_weak") << u"fibre.rx_weak"_s << Predicate([active](const CachedDiagnosis &c) {
            return active(c) && c.details.onu && c.details.onu->value.status == OnuStatus::Online
                && c.details.onu->value.rxPowerDbm && *c.details.onu->value.rxPowerDbm < -24.5
                && *c.details.onu->value.rxPowerDbm > -26.5;
        });
        QTest::newRow("wireless.sm_offline")
            << u"wireless.sm_offline"_s << Predicate([active](const CachedDiagnosis &c) {
                   if (!active(c) || !c.details.subscriber || c.details.subscriber->value.online
                       || !c.details.accessPoint || !c.details.accessPoint->value.online)
                       return false;
                   return std::all_of(c.outage.cbegin(), c.outage.cend(), [](const NeighbourhoodScope &scope) {
                       return scope.scope != u"ap" || scope.clustered < 2;
                   });
               });
        QTest::newRow("wireless.snr_weak") << u"wireless.snr_weak"_s << Predicate([active](const CachedDiagnosis &c) {
            if (!active(c) || !c.details.subscriber || !c.details.subscriber->value.online)
                return false;
            const WirelessSubscriber &sm = c.details.subscriber->value;
            const double snr = std::min(sm.dlSnrDb.value_or(99), sm.ulSnrDb.value_or(99));
            const double rssi = std::min(sm.dlRssiDbm.value_or(0), sm.ulRssiDbm.value_or(0));
            return snr >= 16 && snr <= 24 && rssi > -74;
        });
    }

    void everydayCases_fireTheirRules()
    {
        using Predicate = std::function<bool(const CachedDiagnosis &)>;
        QFETCH(QString, rule);
        QFETCH(Predicate, isCase);
        QSqlQuery q(m_cache->connection());
        QVERIFY(q.exec(u"SELECT name FROM ppp_secrets ORDER BY name"_s));
        QStringList users;
        while (q.next())
            users << q.value(0).toString();
        const Triage::Thresholds thresholds;
        QString user;
        for (const QString &candidate : std::as_const(users)) {
            const CachedDiagnosis cached = loadCachedDiagnosis(m_cache->connection(), candidate, thresholds,
                                                               m_sim->now(), QTimeZone::systemTimeZone());
            if (isCase(cached)) {
                user = candidate;
                break;
            }
        }
        QVERIFY2(!user.isEmpty(), "the demo ISP has no such line: the test would prove nothing");
        const DiagnosisReport report = diagnose(user);
        QVERIFY(report.final);
        QVERIFY2(findingOf(report, rule), qPrintable(user + u": no "_s + rule + u"\n"_s + describe(report)));
    }

    void reasons_nameTheValues()
    {
        const DiagnosisReport weak = diagnose(scenario(u"weak_optics"_s)->pppoeUser);
        const QString rx = QString::number(weak.facts.value(u"onu.rx_dbm"_s).toDouble(), 'f', 1);
        QVERIFY2(findingOf(weak, u"fibre.rx_critical"_s)->reason.contains(rx),
                 qPrintable(findingOf(weak, u"fibre.rx_critical"_s)->reason + u" lacks "_s + rx));

        const DiagnosisReport cut = diagnose(scenario(u"fibre_cut_pon"_s)->pppoeUser);
        const Triage::Finding *outage = findingOf(cut, u"outage.pon"_s);
        const QString label = cut.facts.value(u"outage.pon.label"_s).toString();
        QVERIFY2(outage->reason.contains(label), qPrintable(outage->reason));
        QVERIFY2(outage->reason.contains(cut.facts.value(u"outage.pon.clustered"_s).toString() + u" of "_s
                                         + cut.facts.value(u"outage.pon.total"_s).toString()),
                 qPrintable(outage->reason));
        // The customer's own LOS is still listed, just not the headline.
        QVERIFY(findingOf(cut, u"fibre.los"_s));
    }

    void aLiveSourceTimingOut_isASourceDownFinding_andTheVerdictStillComes()
    {
        const Demo::DemoScenario *s = scenario(u"weak_optics"_s);
        Sim::HttpFault slow;
        slow.latencyMs = 5000;
        m_sim->setHttpFault(SourceKind::SmartOlt, u"/api/*"_s, slow);
        DiagnosisOptions options;
        options.liveTimeoutMs = 700;
        QElapsedTimer clock;
        clock.start();
        const DiagnosisReport report = diagnose(s->pppoeUser, options);
        QVERIFY(report.final);
        QVERIFY2(clock.elapsed() < 4000, "the deadline did not cut the slow source short");
        const SourceReport *smartOlt = sourceOf(report, u"smartolt"_s);
        QVERIFY(smartOlt);
        QCOMPARE(smartOlt->state, Diagnosis::SourceState::Down);
        QVERIFY2(smartOlt->detail.contains(u"did not answer"_s), qPrintable(smartOlt->detail));
        QCOMPARE(sourceOf(report, u"router"_s)->state, Diagnosis::SourceState::Ok);
        QVERIFY2(findingOf(report, u"source.smartolt_down"_s), qPrintable(describe(report)));
        // The cache's optics still decide: below budget.
        QCOMPARE(report.assessment.headline, Triage::Verdict::Dispatch);
        QCOMPARE(report.facts.fact(u"onu.rx_dbm"_s)->source, u"cache"_s);
    }

    // SmartOLT's history (full status) may answer before the status and the signal: the diagnosis must still end
    // as soon as the last of them arrives, not wait for a deadline that no longer applies.
    void theOnuHistoryArrivingFirst_stillEndsTheDiagnosis()
    {
        const Demo::DemoScenario *s = scenario(u"weak_optics"_s);
        Sim::HttpFault slow;
        slow.latencyMs = 400;
        m_sim->setHttpFault(SourceKind::SmartOlt, u"/api/onu/get_onu_status*"_s, slow);
        m_sim->setHttpFault(SourceKind::SmartOlt, u"/api/onu/get_onu_signal*"_s, slow);
        DiagnosisOptions options;
        options.liveTimeoutMs = 5000;
        QElapsedTimer clock;
        clock.start();
        const DiagnosisReport report = diagnose(s->pppoeUser, options);
        QVERIFY(report.final);
        QVERIFY2(clock.elapsed() < 4000, "the diagnosis waited past its last answer");
        QCOMPARE(sourceOf(report, u"smartolt"_s)->state, Diagnosis::SourceState::Ok);
        QCOMPARE(report.facts.fact(u"onu.rx_dbm"_s)->source, u"smartolt"_s);
    }

    void aSourceDown_isNotNoData()
    {
        const Demo::DemoScenario *s = scenario(u"weak_wireless"_s);
        Sim::HttpFault broken;
        broken.status = 500;
        m_sim->setHttpFault(SourceKind::CnMaestro, u"/api/*"_s, broken);
        const DiagnosisReport report = diagnose(s->pppoeUser);
        QCOMPARE(sourceOf(report, u"cnmaestro"_s)->state, Diagnosis::SourceState::Down);
        QVERIFY(findingOf(report, u"source.cnmaestro_down"_s));
        QCOMPARE(report.assessment.headline, Triage::Verdict::Dispatch); // from the cached radio figures
    }

    void offline_answersFromTheCache_andSaysSo()
    {
        const Demo::DemoScenario *s = scenario(u"single_los"_s);
        DiagnosisOptions options;
        options.offline = true;
        QList<DiagnosisReport> steps;
        const DiagnosisReport report = diagnose(s->pppoeUser, options, &steps);
        QCOMPARE(steps.size(), 1); // no live source to wait for
        QVERIFY(report.final);
        QVERIFY(report.offline);
        for (const SourceReport &source : report.sources)
            QVERIFY(source.state == Diagnosis::SourceState::Offline
                    || source.state == Diagnosis::SourceState::NotConfigured);
        QCOMPARE(report.assessment.headline, Triage::Verdict::Dispatch);
        const Triage::Fact *status = report.facts.fact(u"onu.status"_s);
        QCOMPARE(status->source, u"cache"_s);
        QVERIFY(status->at > 0); // its age can be shown
        QVERIFY(plainTextSummary(report, status->at + 60).contains(u"OFFLINE"_s));
    }

    void theLiveAnswer_beatsAStaleCache()
    {
        const Demo::DemoScenario *s = scenario(u"healthy"_s);
        // The cache says LOS (stale); SmartOLT says online now.
        QSqlQuery q(m_cache->connection());
        QVERIFY(q.exec(u"SELECT external_id FROM onus WHERE pppoe_user = '%1' OR name = '%1'"_s.arg(s->pppoeUser)));
        QVERIFY(q.next());
        const QString onu = q.value(0).toString();
        QVERIFY(q.exec(u"UPDATE onus SET status = 'los', last_down_cause = 'LOS' WHERE external_id = '%1'"_s.arg(onu)));
        QList<DiagnosisReport> steps;
        const DiagnosisReport report = diagnose(s->pppoeUser, {}, &steps);
        QVERIFY(q.exec(u"UPDATE onus SET status = 'online' WHERE external_id = '%1'"_s.arg(onu)));
        QCOMPARE(steps.constFirst().assessment.headline, Triage::Verdict::Dispatch); // the cache's verdict
        QCOMPARE(report.assessment.headline, Triage::Verdict::Ok);                   // the live one
        QCOMPARE(report.facts.fact(u"onu.status"_s)->source, u"smartolt"_s);
    }

    void opticalHistory_drawsTheTimeline_andADriftIsAFinding()
    {
        const Demo::DemoScenario *s = scenario(u"healthy"_s);
        QSqlQuery q(m_cache->connection());
        QVERIFY(q.exec(
            u"SELECT external_id, rx_power_dbm FROM onus WHERE pppoe_user = '%1' OR name = '%1'"_s.arg(s->pppoeUser)));
        QVERIFY(q.next());
        const QString onu = q.value(0).toString();
        const double rx = q.value(1).toDouble();
        // Six days ago the ONU read 4 dB stronger: the history the syncs would have left.
        const UnixTime sixDaysAgo = QDateTime::currentSecsSinceEpoch() - 6 * 86400;
        QVERIFY(q.exec(u"INSERT INTO onu_signal_history (external_id, at, rx_dbm) VALUES ('%1', %2, %3)"_s.arg(onu)
                           .arg(sixDaysAgo)
                           .arg(rx + 4.0)));
        const DiagnosisReport report = diagnose(s->pppoeUser);
        QVERIFY(
            q.exec(u"DELETE FROM onu_signal_history WHERE external_id = '%1' AND at = %2"_s.arg(onu).arg(sixDaysAgo)));
        const bool sampled = std::any_of(report.timeline.cbegin(), report.timeline.cend(), [&](const TimelineEvent &e) {
            return e.kind == TimelineEvent::Kind::RxSample && e.at == sixDaysAgo;
        });
        QVERIFY(sampled);
        QVERIFY2(report.facts.value(u"onu.rx_drift_db"_s).toDouble() <= -3.0, qPrintable(describe(report)));
        QVERIFY2(findingOf(report, u"fibre.rx_drift"_s), qPrintable(describe(report)));
        QCOMPARE(report.assessment.headline, Triage::Verdict::Ok); // a warning, not a dispatch
    }

    void theRouterUnreachable_isReported()
    {
        const Demo::DemoScenario *s = scenario(u"healthy"_s);
        Sim::RouterOsFault silent;
        silent.neverAnswer = true;
        const qint64 node = m_sources.routers.constFirst().nodeId;
        for (const RouterConfig &router : std::as_const(m_sources.routers))
            m_sim->setRouterFault(router.nodeId, u"*"_s, silent);
        Q_UNUSED(node)
        DiagnosisOptions options;
        options.liveTimeoutMs = 800;
        const DiagnosisReport report = diagnose(s->pppoeUser, options);
        const SourceReport *router = sourceOf(report, u"router"_s);
        QCOMPARE(router->state, Diagnosis::SourceState::Down);
        QVERIFY(router->unreachable);
        QVERIFY(findingOf(report, u"source.router_down"_s));
        QVERIFY(report.facts.value(u"outage.router.unreachable"_s).toBool());
    }

    void aReceiverMayStartTheNextDiagnosis_fromInsideAReport()
    {
        // An operator's Enter on the next line can arrive while a report is being shown.
        DiagnosisService service(m_cache.get(), u"diagtest"_s, m_sources, m_store.get());
        service.setPrincipal(Access::singleUserPrincipal(u"diagtest"_s));
        const QString second = scenario(u"single_los"_s)->pppoeUser;
        quint64 secondId = 0;
        DiagnosisReport last;
        QEventLoop loop;
        connect(&service, &DiagnosisService::reportUpdated, &loop, [&](quint64 id, const DiagnosisReport &report) {
            if (secondId == 0) {
                secondId = service.diagnose(second); // from inside the first run's report
                return;
            }
            QCOMPARE(id, secondId);
            last = report;
            if (report.final)
                loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        service.diagnose(scenario(u"healthy"_s)->pppoeUser);
        loop.exec();
        QVERIFY(last.final);
        QCOMPARE(last.pppoeUser, second);
        QCOMPARE(last.assessment.headline, Triage::Verdict::Dispatch);
    }

    void noKeychain_isSaid_andTheNextDiagnosisAsksAgain()
    {
        const Demo::DemoScenario *s = scenario(u"healthy"_s);
        MemoryCredentialStore store(u"diagtest"_s, m_store->secrets());
        store.setForcedError(CredentialError::Kind::NoBackend);
        DiagnosisService service(m_cache.get(), u"diagtest"_s, m_sources, &store);
        service.setPrincipal(Access::singleUserPrincipal(u"diagtest"_s));
        const auto run = [&] {
            DiagnosisReport last;
            QEventLoop loop;
            connect(&service, &DiagnosisService::reportUpdated, &loop, [&](quint64, const DiagnosisReport &report) {
                last = report;
                if (report.final)
                    loop.quit();
            });
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            service.diagnose(s->pppoeUser);
            loop.exec();
            return last;
        };
        const DiagnosisReport without = run();
        QVERIFY(without.final);
        const SourceReport *router = sourceOf(without, u"router"_s);
        QCOMPARE(router->state, Diagnosis::SourceState::Down);
        QVERIFY2(!router->detail.isEmpty(), qPrintable(describe(without)));
        QVERIFY(!router->unreachable);                              // no credentials is not an outage
        QCOMPARE(without.assessment.headline, Triage::Verdict::Ok); // the cache still answers

        store.setForcedError(std::nullopt); // the keychain is unlocked now
        const DiagnosisReport with = run();
        QCOMPARE(sourceOf(with, u"router"_s)->state, Diagnosis::SourceState::Ok);
        QCOMPARE(sourceOf(with, u"smartolt"_s)->state, Diagnosis::SourceState::Ok);
    }

    void anUnknownUser_isAClearError()
    {
        const DiagnosisReport report = diagnose(u"nobody_at_all_42"_s);
        QVERIFY(report.final);
        QVERIFY(report.error.contains(u"nobody_at_all_42"_s));
        QVERIFY(!report.facts.value(u"subscriber.found"_s).toBool());
    }

    void aNewDiagnosis_supersedesTheRunningOne()
    {
        DiagnosisService service(m_cache.get(), u"diagtest"_s, m_sources, m_store.get());
        service.setPrincipal(Access::singleUserPrincipal(u"diagtest"_s));
        QSet<quint64> ids;
        quint64 finalId = 0;
        QEventLoop loop;
        connect(&service, &DiagnosisService::reportUpdated, &loop, [&](quint64 id, const DiagnosisReport &report) {
            ids.insert(id);
            if (report.final) {
                finalId = id;
                loop.quit();
            }
        });
        service.diagnose(scenario(u"single_los"_s)->pppoeUser);
        const quint64 second = service.diagnose(scenario(u"healthy"_s)->pppoeUser);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finalId, second);
        QCOMPARE(ids, QSet<quint64>{second});
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisScenarios)
#include "tst_diagnosisscenarios.moc"
