// SPDX-License-Identifier: GPL-3.0-or-later
// The real clients and the real sync against the simulated ISP over real
// sockets: everything it serves reaches the cache, a re-sync changes nothing,
// and every injected fault fails only its own source, with a clear error,
// leaving that source's previous data as it was while the others complete.
#include "access/accesspolicy.h"
#include "cache/cachedatabase.h"
#include "search/searchengine.h"
#include "simulator/isp/simulator.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(Beholder::Sim::RouterOsFault)
Q_DECLARE_METATYPE(Beholder::Sim::HttpFault)

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

Sim::HttpFault httpFault(const std::function<void(Sim::HttpFault &)> &set)
{
    Sim::HttpFault fault;
    set(fault);
    return fault;
}

Sim::RouterOsFault routerFault(const std::function<void(Sim::RouterOsFault &)> &set)
{
    Sim::RouterOsFault fault;
    set(fault);
    return fault;
}

// A row of the cache each source owns, overwritten by a successful sync of
// that source and left alone by a failed one. Clearing its content hash
// makes the sync see it as changed (a sync rewrites only changed rows).
struct Sentinel
{
    SourceKind source;
    QString mark; // SQL that marks the row
    QString read; // SQL that reads the mark back
};

const QList<Sentinel> &sentinels()
{
    static const QList<Sentinel> list{
        {SourceKind::IspCube,
         u"UPDATE customers SET name = 'SENTINEL', content_hash = NULL WHERE id = (SELECT min(id) FROM customers)"_s,
         u"SELECT count(*) FROM customers WHERE name = 'SENTINEL'"_s},
        {SourceKind::SmartOlt,
         u"UPDATE onus SET name = 'SENTINEL', content_hash = NULL WHERE id = (SELECT min(id) FROM onus)"_s,
         u"SELECT count(*) FROM onus WHERE name = 'SENTINEL'"_s},
        {SourceKind::CnMaestro,
         u"UPDATE wireless_subscribers SET name = 'SENTINEL', content_hash = NULL WHERE id = (SELECT min(id) FROM wireless_subscribers)"_s,
         u"SELECT count(*) FROM wireless_subscribers WHERE name = 'SENTINEL'"_s},
        {SourceKind::RouterOs, u"UPDATE ppp_secrets SET comment = 'SENTINEL', content_hash = NULL"_s,
         u"SELECT count(*) FROM ppp_secrets WHERE comment = 'SENTINEL'"_s},
    };
    return list;
}

} // namespace

class TestSyncFromSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Simulator> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    SyncContext context() const
    {
        SyncContext context;
        // A fresh call budget per sync (budgets are per profile and source):
        // SmartOLT allows only a few full ONU listings per hour.
        static int syncs = 0;
        context.profileName = u"simtest%1"_s.arg(++syncs);
        context.sources = m_sim->profileSources();
        for (SourceConfig &source : context.sources.sources)
            source.timeoutMs = 1500;
        for (RouterConfig &router : context.sources.routers)
            router.timeoutMs = 1500;
        context.secrets = m_sim->secrets();
        RetryPolicy fast;
        fast.timeScale = 0.001; // retries and Retry-After waits in milliseconds, not seconds
        context.retryPolicy = fast;
        return context;
    }

    SyncSummary sync(const SyncContext &syncContext)
    {
        SyncEngine engine(m_cache.get(), m_dir.path());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QString error;
        if (!engine.start({{}, SyncTrigger::Cli, u"test"_s, Access::singleUserPrincipal(u"test"_s)}, syncContext,
                          &error)) {
            qWarning("cannot start: %s", qPrintable(error));
            return {};
        }
        if (!finished.wait(60000))
            return {};
        return finished.constFirst().constFirst().value<SyncSummary>();
    }

    SyncSummary sync() { return sync(context()); }

    static SourceOutcome outcomeOf(const SyncSummary &summary, SourceKind kind)
    {
        for (const SourceOutcome &outcome : summary.outcomes) {
            if (outcome.source == kind)
                return outcome;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        Sim::SimulatorOptions options;
        options.demo.customers = 400;
        // Dozens of syncs in a few seconds: lift SmartOLT's hourly limits
        // (a test of its 429 injects it explicitly).
        options.smartOlt.callsPerHour = 1'000'000;
        options.smartOlt.unpagedDetailsPerHour = 1'000'000;
        m_sim = std::make_unique<Sim::Simulator>(options);
        QSignalSpy started(m_sim.get(), &Sim::Simulator::started);
        m_sim->start();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.constFirst().constFirst().toBool(), qPrintable(m_sim->errorString()));
    }

    void cleanupTestCase() { m_sim.reset(); }

    void init()
    {
        m_cache.reset();
        for (const QString &name : QDir(m_dir.path()).entryList({u"cache.sqlite*"_s}))
            QFile::remove(m_dir.filePath(name));
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(m_cache->open());
        m_sim->clearFaults();
        for (const SourceKind kind : allSourceKinds())
            m_sim->restoreCredentials(kind);
    }

    void cleanup() { m_cache.reset(); }

    void everythingServed_reachesTheCache_andAResyncChangesNothing()
    {
        const SyncSummary summary = sync();
        for (const SourceOutcome &outcome : summary.outcomes)
            QVERIFY2(outcome.state == SourceState::Succeeded,
                     qPrintable(toString(outcome.source) + u": "_s + outcome.message));
        QVERIFY(summary.indexRebuilt);

        const IspDataset served = m_sim->dataset();
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM customers"_s).toInt(), served.customers.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM connections"_s).toInt(), served.connections.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM plans"_s).toInt(), served.plans.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM ppp_secrets"_s).toInt(), served.pppSecrets.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM olts"_s).toInt(), served.olts.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onus"_s).toInt(), served.onus.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM access_points"_s).toInt(), served.accessPoints.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM wireless_subscribers"_s).toInt(), served.wirelessSubscribers.size());

        // Values survive the trip through each protocol.
        const Customer &customer = served.customers.at(7);
        QCOMPARE(scalar(db, u"SELECT name FROM customers WHERE id = %1"_s.arg(customer.id)).toString(), customer.name);
        QCOMPARE(scalar(db, u"SELECT doc_number FROM customers WHERE id = %1"_s.arg(customer.id)).toString(),
                 customer.docNumber);
        for (const Onu &onu : served.onus) {
            if (onu.status != OnuStatus::Online || !onu.rxPowerDbm)
                continue;
            const double cached
                = scalar(db, u"SELECT rx_power_dbm FROM onus WHERE external_id = '%1'"_s.arg(onu.externalId))
                      .toDouble();
            QVERIFY2(qAbs(cached - *onu.rxPowerDbm) < 0.006, qPrintable(onu.externalId));
            break;
        }
        const PppSecret &secret = served.pppSecrets.constLast();
        QCOMPARE(scalar(db,
                        u"SELECT count(*) FROM ppp_secrets WHERE node_id = %1 AND name = '%2'"_s.arg(secret.nodeId)
                            .arg(secret.name))
                     .toInt(),
                 1);
        SearchEngine search(db);
        QVERIFY(!search.search(u"perez"_s).hits.isEmpty());

        // Served the same again, nothing is added, changed or removed.
        const SyncSummary again = sync();
        QVERIFY(again.allSucceeded());
        for (const SourceOutcome &outcome : again.outcomes) {
            QVERIFY2(outcome.counts.added + outcome.counts.changed + outcome.counts.removed == 0,
                     qPrintable(toString(outcome.source)
                                + u" changed %1/%2/%3"_s.arg(outcome.counts.added)
                                      .arg(outcome.counts.changed)
                                      .arg(outcome.counts.removed)));
        }
    }

    void fault_failsOnlyItsSource_andKeepsItsPreviousData_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<Sim::HttpFault>("fault");
        QTest::addColumn<QString>("kind"); // the ApiError kind of the failure
        const int ispcube = int(SourceKind::IspCube);
        const int smartolt = int(SourceKind::SmartOlt);
        const int cnmaestro = int(SourceKind::CnMaestro);
        QTest::newRow("ispcube 500") << ispcube << u"/api/customers/customers_list"_s
                                     << httpFault([](Sim::HttpFault &f) { f.status = 500; }) << u"http"_s;
        QTest::newRow("ispcube 429 with Retry-After")
            << ispcube << u"/api/customers/customers_list"_s << httpFault([](Sim::HttpFault &f) {
                   f.status = 429;
                   f.retryAfterSeconds = 2;
               })
            << u"rate-limited"_s;
        QTest::newRow("ispcube 429 without Retry-After")
            << ispcube << u"/api/connections/connections_list"_s << httpFault([](Sim::HttpFault &f) { f.status = 429; })
            << u"rate-limited"_s;
        QTest::newRow("ispcube malformed JSON")
            << ispcube << u"/api/plans/plans_list"_s << httpFault([](Sim::HttpFault &f) { f.malformedJson = true; })
            << u"protocol"_s;
        QTest::newRow("ispcube body cut in the middle")
            << ispcube << u"/api/customers/customers_list"_s
            << httpFault([](Sim::HttpFault &f) { f.truncateBody = true; }) << QString();
        QTest::newRow("ispcube connection reset")
            << ispcube << u"/api/customers/customers_list"_s
            << httpFault([](Sim::HttpFault &f) { f.resetConnection = true; }) << u"connection"_s;
        QTest::newRow("ispcube never answers")
            << ispcube << u"/api/customers/customers_list"_s
            << httpFault([](Sim::HttpFault &f) { f.neverAnswer = true; }) << u"timeout"_s;
        QTest::newRow("smartolt 503") << smartolt << u"/api/onu/get_onus_statuses"_s
                                      << httpFault([](Sim::HttpFault &f) { f.status = 503; }) << u"http"_s;
        QTest::newRow("smartolt malformed JSON")
            << smartolt << u"/api/onu/get_onus_signals"_s
            << httpFault([](Sim::HttpFault &f) { f.malformedJson = true; }) << u"protocol"_s;
        QTest::newRow("smartolt 429 with Retry-After")
            << smartolt << u"/api/system/get_olts"_s << httpFault([](Sim::HttpFault &f) {
                   f.status = 429;
                   f.retryAfterSeconds = 3600;
               })
            << u"rate-limited"_s;
        QTest::newRow("cnmaestro body cut") << cnmaestro << u"/api/v2/devices*"_s
                                            << httpFault([](Sim::HttpFault &f) { f.truncateBody = true; }) << QString();
        QTest::newRow("cnmaestro reset") << cnmaestro << u"/api/v2/alarms"_s
                                         << httpFault([](Sim::HttpFault &f) { f.resetConnection = true; })
                                         << u"connection"_s;
        QTest::newRow("cnmaestro token refused") << cnmaestro << u"/api/v2/access/token"_s
                                                 << httpFault([](Sim::HttpFault &f) { f.status = 401; }) << u"auth"_s;
    }

    void fault_failsOnlyItsSource_andKeepsItsPreviousData()
    {
        QFETCH(int, source);
        QFETCH(QString, pattern);
        QFETCH(Sim::HttpFault, fault);
        QFETCH(QString, kind);
        const auto faulty = SourceKind(source);
        QVERIFY(sync().allSucceeded());
        QSqlDatabase db = m_cache->connection();
        for (const Sentinel &sentinel : sentinels())
            QVERIFY(QSqlQuery(db).exec(sentinel.mark));

        m_sim->setHttpFault(faulty, pattern, fault);
        const SyncSummary summary = sync();
        m_sim->clearFaults();

        const SourceOutcome failed = outcomeOf(summary, faulty);
        QVERIFY2(failed.state == SourceState::Failed, qPrintable(toString(failed.state)));
        QVERIFY(!failed.message.isEmpty());
        if (!kind.isEmpty())
            QCOMPARE(toString(failed.error.kind), kind);
        for (const Sentinel &sentinel : sentinels()) {
            const int marked = scalar(db, sentinel.read).toInt();
            if (sentinel.source == faulty) {
                QVERIFY2(marked > 0, "the failed source's previous data was touched");
            } else {
                QVERIFY2(outcomeOf(summary, sentinel.source).state == SourceState::Succeeded,
                         qPrintable(toString(sentinel.source) + u" did not complete: "_s
                                    + outcomeOf(summary, sentinel.source).message));
                QCOMPARE(marked, 0);
            }
        }
        QCOMPARE(scalar(db,
                        u"SELECT error IS NOT NULL FROM sync_runs WHERE source = '%1' ORDER BY id DESC LIMIT 1"_s.arg(
                            toString(faulty)))
                     .toBool(),
                 true);
    }

    void transientFault_isRetried_andTheSyncSucceeds()
    {
        m_sim->setHttpFault(SourceKind::IspCube, u"/api/customers/customers_list"_s, httpFault([](Sim::HttpFault &f) {
                                f.status = 502;
                                f.remaining = 2;
                            }));
        m_sim->setHttpFault(SourceKind::SmartOlt, u"/api/onu/get_onus_statuses"_s,
                            httpFault([](Sim::HttpFault &f) { f.latencyMs = 300; }));
        const SyncSummary summary = sync();
        QVERIFY(summary.allSucceeded());
    }

    void wrongCredentials_areAnAuthFailure_ofThatSourceOnly()
    {
        QVERIFY(sync().allSucceeded());
        m_sim->breakCredentials(SourceKind::SmartOlt);
        m_sim->breakCredentials(SourceKind::IspCube);
        const SyncSummary summary = sync();
        QCOMPARE(toString(outcomeOf(summary, SourceKind::SmartOlt).error.kind), u"auth"_s);
        QCOMPARE(toString(outcomeOf(summary, SourceKind::IspCube).error.kind), u"auth"_s);
        QVERIFY(outcomeOf(summary, SourceKind::CnMaestro).state == SourceState::Succeeded);
        QVERIFY(outcomeOf(summary, SourceKind::RouterOs).state == SourceState::Succeeded);
    }

    void expiredTokens_areRenewed()
    {
        QVERIFY(sync().allSucceeded());
        const int logins = m_sim->requestCount(SourceKind::IspCube, u"/api/sanctum/token"_s);
        m_sim->expireTokens(SourceKind::IspCube);
        m_sim->expireTokens(SourceKind::CnMaestro);
        QVERIFY(sync().allSucceeded());
        QVERIFY(m_sim->requestCount(SourceKind::IspCube, u"/api/sanctum/token"_s) > logins);
    }

    void routerFaults_failThoseRoutersOnly_data()
    {
        QTest::addColumn<Sim::RouterOsFault>("fault");
        QTest::addColumn<QString>("kind");
        QTest::newRow("!trap") << routerFault([](Sim::RouterOsFault &f) {
            f.trapMessage = u"not enough permissions"_s;
        }) << u"remote"_s;
        QTest::newRow("!fatal") << routerFault([](Sim::RouterOsFault &f) { f.fatalReason = u"out of memory"_s; })
                                << QString();
        QTest::newRow("reset") << routerFault([](Sim::RouterOsFault &f) { f.resetConnection = true; }) << QString();
        QTest::newRow("never answers") << routerFault([](Sim::RouterOsFault &f) { f.neverAnswer = true; })
                                       << u"timeout"_s;
    }

    void routerFaults_failThoseRoutersOnly()
    {
        QFETCH(Sim::RouterOsFault, fault);
        QFETCH(QString, kind);
        QVERIFY(sync().allSucceeded());
        QSqlDatabase db = m_cache->connection();
        QVERIFY(QSqlQuery(db).exec(u"UPDATE ppp_secrets SET comment = 'SENTINEL', content_hash = NULL"_s));
        const qint64 broken = m_sim->profileSources().routers.constFirst().nodeId;
        m_sim->setRouterFault(broken, u"/ppp/secret/print"_s, fault);
        const SyncSummary summary = sync();
        m_sim->clearFaults();
        const SourceOutcome routers = outcomeOf(summary, SourceKind::RouterOs);
        QVERIFY(routers.state == SourceState::Failed);
        QVERIFY2(routers.message.contains(u"1 of"_s), qPrintable(routers.message));
        if (!kind.isEmpty())
            QCOMPARE(toString(routers.error.kind), kind);
        // The broken router keeps its secrets as they were; the others were rewritten.
        QVERIFY(
            scalar(db, u"SELECT count(*) FROM ppp_secrets WHERE node_id = %1 AND comment = 'SENTINEL'"_s.arg(broken))
                .toInt()
            > 0);
        QCOMPARE(
            scalar(db, u"SELECT count(*) FROM ppp_secrets WHERE node_id <> %1 AND comment = 'SENTINEL'"_s.arg(broken))
                .toInt(),
            0);
    }

    void secondFullListingWithinTheHour_refreshesOnuStatesOnly()
    {
        // Two syncs on one account: SmartOLT allows a few full ONU listings an hour.
        SyncContext sameAccount = context();
        sameAccount.profileName = u"budget-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(sync(sameAccount).allSucceeded());
        QVERIFY(sync(sameAccount).allSucceeded());
        QVERIFY(sync(sameAccount).allSucceeded());
        const SyncSummary fourth = sync(sameAccount);
        const SourceOutcome smartolt = outcomeOf(fourth, SourceKind::SmartOlt);
        QVERIFY2(smartolt.state == SourceState::Succeeded, qPrintable(smartolt.message));
        QVERIFY2(!smartolt.warnings.isEmpty()
                     && smartolt.warnings.constFirst().contains(u"full ONU listing not refreshed"_s),
                 qPrintable(smartolt.warnings.join(u"; "_s)));
        QCOMPARE(scalar(m_cache->connection(), u"SELECT count(*) FROM onus"_s).toInt(), m_sim->dataset().onus.size());
    }

    void dripFedRouter_stillCompletes()
    {
        const qint64 slow = m_sim->profileSources().routers.constLast().nodeId;
        m_sim->setRouterFault(slow, u"/ppp/secret/print"_s, routerFault([](Sim::RouterOsFault &f) {
                                  f.dripBytes = true;
                                  f.dripIntervalMs = 0;
                              }));
        QVERIFY(sync().allSucceeded());
    }

    void cancelMidSync_keepsTheCacheConsistent()
    {
        QVERIFY(sync().allSucceeded());
        QSqlDatabase db = m_cache->connection();
        for (const Sentinel &sentinel : sentinels())
            QVERIFY(QSqlQuery(db).exec(sentinel.mark));
        for (const SourceKind kind : {SourceKind::IspCube, SourceKind::SmartOlt, SourceKind::CnMaestro})
            m_sim->setHttpFault(kind, u"*"_s, httpFault([](Sim::HttpFault &f) { f.latencyMs = 800; }));
        for (const RouterConfig &router : m_sim->profileSources().routers)
            m_sim->setRouterFault(router.nodeId, u"*"_s, routerFault([](Sim::RouterOsFault &f) { f.latencyMs = 800; }));

        SyncEngine engine(m_cache.get(), m_dir.path());
        QSignalSpy finished(&engine, &SyncEngine::finished);
        QVERIFY(engine.start({{}, SyncTrigger::Cli, {}, Access::singleUserPrincipal(u"test"_s)}, context()));
        QTest::qWait(300);
        engine.cancel();
        QVERIFY(finished.wait(30000));
        m_sim->clearFaults();
        const auto summary = finished.constFirst().constFirst().value<SyncSummary>();
        QVERIFY(summary.anyCanceled());
        for (const Sentinel &sentinel : sentinels())
            QVERIFY(scalar(db, sentinel.read).toInt() > 0);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_key_check"_s).isNull(), true);
    }
};

QTEST_GUILESS_MAIN(TestSyncFromSimulator)
#include "tst_syncfromsimulator.moc"
