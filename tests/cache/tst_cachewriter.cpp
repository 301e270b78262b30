// SPDX-License-Identifier: GPL-3.0-or-later
// Writing entities: a mirror replaces exactly one source's rows, and a write
// that fails leaves the previous data intact.
#include "cache/cachedatabase.h"
#include "cache/cachesummary.h"
#include "cache/cachewriter.h"
#include "cache/syncrunlog.h"
#include "demo/demogenerator.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using Beholder::Test::RawConnection;
using Beholder::Test::scalar;
using namespace Qt::Literals::StringLiterals;

class TestCacheWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void init()
    {
        m_cache.reset();
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        m_cache = Test::createCache(m_dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(m_cache);
    }

    void cleanup() { m_cache.reset(); }

    void writeDataset_storesEveryEntityStampedWithFetchTime()
    {
        const IspDataset isp = Test::smallIsp();
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM customers"_s).toInt(), isp.customers.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM connections"_s).toInt(), isp.connections.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM ppp_secrets"_s).toInt(), isp.pppSecrets.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onus"_s).toInt(), isp.onus.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM wireless_subscribers"_s).toInt(), isp.wirelessSubscribers.size());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM tickets"_s).toInt(), isp.tickets.size());
        QCOMPARE(scalar(db, u"SELECT min(fetched_at) FROM customers"_s).toLongLong(), Test::fixtureNow);
        QCOMPARE(scalar(db, u"SELECT name FROM customers WHERE id = 2"_s).toString(), u"José Muñoz"_s);
        QCOMPARE(scalar(db, u"SELECT phones FROM customers WHERE id = 2"_s).toString(),
                 u"0353 452-1187, +54 9 353 400-1000"_s);
    }

    void macs_areStoredInOneCanonicalNotation()
    {
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT mac FROM connections WHERE id = 103"_s).toString(), u"AA:BB:CC:DD:EE:03"_s);
        QCOMPARE(scalar(db, u"SELECT mac FROM connections WHERE id = 105"_s).toString(), u"AA:BB:CC:DD:EE:05"_s);
    }

    void mirror_removesRowsGoneFromTheSource_andCascadesToOwnedRows()
    {
        IspDataset isp = Test::smallIsp();
        isp.customers.removeIf([](const Customer &c) { return c.id == 3; });
        CacheWriter writer(m_cache->connection(), Test::fixtureNow + 60);
        QVERIFY(writer.begin());
        QVERIFY2(writer.mirrorCustomers(isp.customers), qPrintable(writer.lastError()));
        QVERIFY(writer.commit());
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM customers WHERE id = 3"_s).toInt(), 0);
        // The CRM owns connections through customers: customer 3's connection goes too.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM connections WHERE customer_id = 3"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT fetched_at FROM customers WHERE id = 1"_s).toLongLong(), Test::fixtureNow + 60);
        // Routers are another source: their secrets stay.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM ppp_secrets WHERE name = 'jcperez'"_s).toInt(), 1);
    }

    void mirror_countsAddedChangedUnchangedRemoved_andRewritesOnlyWhatChanged()
    {
        IspDataset isp = Test::smallIsp();
        isp.customers[0].name = u"María Pérez de Gómez"_s; // changed
        isp.customers.removeLast();                        // removed (id 7)
        Customer newcomer = isp.customers.constFirst();
        newcomer.id = 99;
        newcomer.code = u"000099"_s;
        isp.customers.append(newcomer); // added
        CacheWriter writer(m_cache->connection(), Test::fixtureNow + 600);
        QVERIFY(writer.begin());
        QVERIFY2(writer.mirrorCustomers(isp.customers), qPrintable(writer.lastError()));
        QVERIFY(writer.commit());
        const MirrorCounts counts = writer.lastCounts();
        QCOMPARE(counts.added, 1);
        QCOMPARE(counts.changed, 1);
        QCOMPARE(counts.removed, 1);
        QCOMPARE(counts.unchanged, Test::smallIsp().customers.size() - 2);
        QCOMPARE(writer.rowsWritten(), 2);
        QSqlDatabase db = m_cache->connection();
        // Unchanged rows are re-stamped: they were fetched now too.
        QCOMPARE(scalar(db, u"SELECT min(fetched_at) FROM customers"_s).toLongLong(), Test::fixtureNow + 600);
        QCOMPARE(scalar(db, u"SELECT name FROM customers WHERE id = 1"_s).toString(), u"María Pérez de Gómez"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM customers WHERE id = 7"_s).toInt(), 0);

        // The same data again changes nothing.
        CacheWriter again(db, Test::fixtureNow + 700);
        QVERIFY(again.begin());
        QVERIFY(again.mirrorCustomers(isp.customers));
        QVERIFY(again.commit());
        QCOMPARE(again.lastCounts().unchanged, isp.customers.size());
        QCOMPARE(again.rowsWritten(), 0);
    }

    void opticalHistory_recordsEveryChangedLevel_andNothingElse()
    {
        QSqlDatabase db = m_cache->connection();
        const IspDataset isp = Test::smallIsp();
        const qsizetype withLevels = std::count_if(isp.onus.cbegin(), isp.onus.cend(), [](const Onu &o) {
            return o.rxPowerDbm.has_value() || o.oltRxPowerDbm.has_value();
        });
        QVERIFY(withLevels > 0);
        // The first load: one sample per ONU that has levels.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onu_signal_history"_s).toInt(), withLevels);

        // An unchanged re-sync adds nothing; one ONU's new level adds one sample, at the new fetch time.
        QList<Onu> onus = isp.onus;
        {
            CacheWriter writer(db, Test::fixtureNow + 3600);
            QVERIFY(writer.mirrorOnus(onus));
        }
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onu_signal_history"_s).toInt(), withLevels);
        const auto changed
            = std::find_if(onus.begin(), onus.end(), [](const Onu &o) { return o.rxPowerDbm.has_value(); });
        changed->rxPowerDbm = *changed->rxPowerDbm - 3.5;
        {
            CacheWriter writer(db, Test::fixtureNow + 7200);
            QVERIFY(writer.mirrorOnus(onus));
        }
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onu_signal_history"_s).toInt(), withLevels + 1);
        QCOMPARE(scalar(db,
                        u"SELECT rx_dbm FROM onu_signal_history WHERE external_id = '%1' AND at = %2"_s
                            .arg(changed->externalId)
                            .arg(Test::fixtureNow + 7200))
                     .toDouble(),
                 *changed->rxPowerDbm);

        // A states-only refresh records its changes too.
        Onu state = *changed;
        state.rxPowerDbm = *state.rxPowerDbm - 1.0;
        {
            CacheWriter writer(db, Test::fixtureNow + 10800);
            QVERIFY(writer.updateOnuStates({state}));
        }
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onu_signal_history WHERE external_id = '%1'"_s.arg(state.externalId))
                     .toInt(),
                 3);

        // Samples older than the kept days go at the next write.
        {
            CacheWriter writer(db, Test::fixtureNow + 10800 + CacheWriter::SignalHistoryDays * 86400 + 1);
            QVERIFY(writer.updateOnuStates({state}));
        }
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onu_signal_history WHERE at < %1"_s.arg(Test::fixtureNow + 10800))
                     .toInt(),
                 0);
    }

    void opticalHistory_twoChangesInOneSecond_keepTheLast()
    {
        // Two syncs in the same second (a retry, a cron job right after a manual sync) that both change a
        // level: the sample of that second is replaced, never a constraint failure that fails the sync.
        QSqlDatabase db = m_cache->connection();
        QList<Onu> onus = Test::smallIsp().onus;
        const auto changed
            = std::find_if(onus.begin(), onus.end(), [](const Onu &o) { return o.rxPowerDbm.has_value(); });
        const UnixTime second = Test::fixtureNow + 20000;
        for (const double delta : {-1.0, -2.0}) {
            changed->rxPowerDbm = *changed->rxPowerDbm + delta;
            CacheWriter writer(db, second);
            QVERIFY(writer.begin());
            QVERIFY2(writer.mirrorOnus(onus), qPrintable(writer.lastError()));
            QVERIFY(writer.commit());
        }
        Onu state = *changed;
        state.rxPowerDbm = *state.rxPowerDbm - 0.5;
        {
            CacheWriter writer(db, second);
            QVERIFY2(writer.updateOnuStates({state}), qPrintable(writer.lastError()));
        }
        const QString sample = u"SELECT %1 FROM onu_signal_history WHERE external_id = '%2' AND at = %3"_s;
        QCOMPARE(scalar(db, sample.arg(u"count(*)"_s, changed->externalId).arg(second)).toInt(), 1);
        QCOMPARE(scalar(db, sample.arg(u"rx_dbm"_s, changed->externalId).arg(second)).toDouble(), *state.rxPowerDbm);
    }

    void crmNodeMirror_neverDropsARouterThatHoldsSecrets()
    {
        // The CRM stops listing node 2, but router 2 still holds secrets.
        CacheWriter writer(m_cache->connection(), Test::fixtureNow + 60);
        QVERIFY(writer.begin());
        QVERIFY(writer.mirrorNodes({Test::smallIsp().nodes.constFirst()}));
        QVERIFY(writer.commit());
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM nodes"_s).toInt(), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM ppp_secrets WHERE node_id = 2"_s).toInt(), 5);
    }

    void mirrorSecretsOfOneRouter_leavesOtherRoutersAlone()
    {
        PppSecret only;
        only.nodeId = 1;
        only.name = u"nuevo"_s;
        CacheWriter writer(m_cache->connection(), Test::fixtureNow + 60);
        QVERIFY(writer.begin());
        QVERIFY2(writer.mirrorPppSecrets({only}, qint64(1)), qPrintable(writer.lastError()));
        QVERIFY(writer.commit());
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT group_concat(name) FROM ppp_secrets WHERE node_id = 1"_s).toString(), u"nuevo"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM ppp_secrets WHERE node_id = 2"_s).toInt(), 5);
    }

    void failedWrite_rollsBack_andKeepsThePreviousData()
    {
        IspDataset isp = Test::smallIsp();
        Connection orphan = isp.connections.constFirst();
        orphan.id = 999;
        orphan.customerId = 424242; // no such customer: the foreign key refuses it
        isp.connections.append(orphan);
        isp.connections.first().pppoeUser = u"renamed"_s;

        CacheWriter writer(m_cache->connection(), Test::fixtureNow + 60);
        QVERIFY(writer.begin());
        QVERIFY(!writer.mirrorConnections(isp.connections));
        QVERIFY(!writer.lastError().isEmpty());
        writer.rollback();

        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT pppoe_user FROM connections WHERE id = 101"_s).toString(), u"mperez"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM connections"_s).toInt(), Test::smallIsp().connections.size());
    }

    void rowCallback_reportsProgress_andCanStopTheWrite()
    {
        const IspDataset big = Demo::generateIsp({3000, 1, Test::fixtureNow});
        CacheWriter writer(m_cache->connection(), Test::fixtureNow + 60);
        QList<qint64> seen;
        writer.setRowCallback([&](qint64 rows) {
            seen << rows;
            return seen.size() < 3; // stop at the third report
        });
        QVERIFY(writer.begin());
        QVERIFY(!writer.writeDataset(big));
        QVERIFY(writer.canceled());
        writer.rollback();
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen.at(0) < seen.at(1) && seen.at(1) < seen.at(2));
        // Nothing of the stopped write is visible.
        QCOMPARE(scalar(m_cache->connection(), u"SELECT count(*) FROM customers"_s).toInt(),
                 Test::smallIsp().customers.size());
    }

    void onuStates_refreshStatusAndPower_only()
    {
        const IspDataset isp = Test::smallIsp();
        // An admin disabled one ONU: the bulk lists then say "Offline".
        QVERIFY(QSqlQuery(m_cache->connection())
                    .exec(u"UPDATE onus SET status = 'disabled' WHERE serial = 'TPLG2A561D98'"_s));
        Onu lost = isp.onus.at(0); // mperez, online at -21.4
        lost.status = OnuStatus::Los;
        lost.rxPowerDbm.reset();
        lost.name = u"IGNORED"_s;
        Onu same = isp.onus.at(2);
        Onu disabled = isp.onus.at(3);
        disabled.status = OnuStatus::Offline;
        Onu newcomer = isp.onus.at(1);
        newcomer.externalId = u"HWTCNEW00001"_s;
        CacheWriter writer(m_cache->connection(), Test::fixtureNow + 60);
        QVERIFY(writer.begin());
        QVERIFY2(writer.updateOnuStates({lost, same, disabled, newcomer}), qPrintable(writer.lastError()));
        QVERIFY(writer.commit());
        QCOMPARE(writer.lastCounts().changed, 1);
        QCOMPARE(writer.lastCounts().unchanged, 2);
        QCOMPARE(writer.unknownOnus(), 1);
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT status FROM onus WHERE serial = 'HWTC1A2B3C4D'"_s).toString(), u"los"_s);
        QVERIFY(scalar(db, u"SELECT rx_power_dbm FROM onus WHERE serial = 'HWTC1A2B3C4D'"_s).isNull());
        QCOMPARE(scalar(db, u"SELECT name FROM onus WHERE serial = 'HWTC1A2B3C4D'"_s).toString(), u"MPEREZ"_s);
        QCOMPARE(scalar(db, u"SELECT status FROM onus WHERE serial = 'TPLG2A561D98'"_s).toString(), u"disabled"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onus WHERE fetched_at = %1"_s.arg(Test::fixtureNow + 60)).toInt(),
                 3);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM onus WHERE external_id = 'HWTCNEW00001'"_s).toInt(), 0);
    }

    void alarmsOfOneSource_doNotEraseAnother()
    {
        Alarm snmp;
        snmp.externalId = u"olt-1-los"_s;
        snmp.source = u"snmp"_s;
        snmp.message = u"PON 0/1/3 LOS"_s;
        CacheWriter writer(m_cache->connection(), Test::fixtureNow + 60);
        QVERIFY(writer.begin());
        QVERIFY(writer.mirrorAlarms(u"snmp"_s, {snmp}));
        QVERIFY(writer.commit());
        QSqlDatabase db = m_cache->connection();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM alarms"_s).toInt(), 2);
    }

    void syncRuns_andSummary_tellTheAgeOfTheData()
    {
        QSqlDatabase db = m_cache->connection();
        SyncRunLog runs(db);
        const auto outcome = [](SyncStatus status, qint64 items, const QString &error) {
            SyncOutcome result;
            result.status = status;
            result.itemsFetched = items;
            result.itemsWritten = items;
            result.error = error;
            return result;
        };
        const auto crm = runs.start(u"ispcube"_s, u"cli"_s, u"ana"_s, Test::fixtureNow - 7200);
        QVERIFY(crm);
        QVERIFY(runs.finish(*crm, outcome(SyncStatus::Success, 10, {}), Test::fixtureNow - 7100));
        const auto olt = runs.start(u"smartolt"_s, u"schedule"_s, {}, Test::fixtureNow - 600);
        QVERIFY(olt);
        QVERIFY(runs.finish(*olt, outcome(SyncStatus::Success, 5, {}), Test::fixtureNow - 500));
        const auto failed = runs.start(u"smartolt"_s, u"menu"_s, u"ana"_s, Test::fixtureNow - 60);
        QVERIFY(failed);
        QVERIFY(runs.finish(*failed, outcome(SyncStatus::Failed, 0, u"HTTP 500"_s), Test::fixtureNow - 50));

        const CacheSummary summary = readCacheSummary(db);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.customers, Test::smallIsp().customers.size());
        QCOMPARE(summary.sources.size(), 2);
        QCOMPARE(summary.dataAsOf.value_or(0), Test::fixtureNow);
        const SourceFreshness smartolt = summary.sources.at(1);
        QCOMPARE(smartolt.source, u"smartolt"_s);
        QCOMPARE(smartolt.lastStatus, u"failed"_s);
        QCOMPARE(smartolt.lastError, u"HTTP 500"_s);
        QCOMPARE(smartolt.lastSuccessAt.value_or(0), Test::fixtureNow - 500);
        QCOMPARE(smartolt.lastRunAt.value_or(0), Test::fixtureNow - 50);

        // The oldest source's data decides how old the cache is, runs or no runs.
        QVERIFY(QSqlQuery(db).exec(u"UPDATE onus SET fetched_at = %1"_s.arg(Test::fixtureNow - 86400)));
        QCOMPARE(readCacheSummary(db).dataAsOf.value_or(0), Test::fixtureNow - 86400);
    }
};

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
