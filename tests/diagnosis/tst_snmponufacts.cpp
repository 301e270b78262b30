// SPDX-License-Identifier: GPL-3.0-or-later
// ONU facts from SNMP: the ONU as the OLT itself says it (snmp_onus) is found by
// serial or by a description equal to the PPPoE user, and its facts win over
// SmartOLT's cached copy when they are fresher, with the source "snmp".
#include "cache/cachedatabase.h"
#include "customer/subscriberdetails.h"
#include "diagnosis/factbuilder.h"
#include "search/searchengine.h"
#include "snmp/snmpstore.h"
#include "testsupport.h"
#include "triage/thresholds.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Beholder::Snmp;
using namespace Qt::Literals::StringLiterals;

namespace {

OnuReading reading(quint32 onuId, const QString &serial, const QString &description, OnuRunState state,
                   std::optional<double> rx)
{
    OnuReading r;
    r.ponIfIndex = 4194312192u; // 0/1/0
    r.onuId = onuId;
    r.port = {0, 1, 0};
    r.serial = serial;
    r.description = description;
    r.state = state;
    r.lastDownCause = state == OnuRunState::Los ? u"LOS"_s : QString();
    r.rxDbm = rx;
    return r;
}

} // namespace

class TestSnmpOnuFacts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    SubscriberDetails detailsFor(const QString &user)
    {
        SearchEngine engine(m_cache->connection());
        const SearchResults results = engine.search(user);
        for (const SearchHit &hit : results.hits)
            if (hit.pppoeUser == user)
                return loadSubscriberDetails(m_cache->connection(), hit);
        return {};
    }

    Triage::FactSheet factsFor(const QString &user)
    {
        Diagnosis::DiagnosisReport report;
        report.pppoeUser = user;
        report.cached = detailsFor(user);
        return Diagnosis::buildFacts(report, Triage::Thresholds(), Test::fixtureNow + 3600);
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        m_cache = Test::createCache(m_dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(m_cache);
        SnmpStore store(m_cache->connection());
        SnmpOlt olt;
        olt.name = u"OLT-CENTRO"_s;
        olt.host = u"10.254.0.1"_s;
        const auto oltId = store.insertOlt(olt);
        QVERIFY2(oltId.ok(), qPrintable(oltId.error.message));
        const QList<OnuReading> onus{
            // SmartOLT's nightly copy says online; the OLT, polled after it, says LOS.
            reading(1, u"HWTC1A2B3C4D"_s, u"Maria Perez"_s, OnuRunState::Los, std::nullopt),
            // No SmartOLT ONU at all: found by its description, the PPPoE user.
            reading(2, u"HWTC0BADF00D"_s, u"MPEREZ2"_s, OnuRunState::Online, -29.5),
            // Discovered but never polled: says nothing.
            reading(3, u"ZTEGC0FFEE04"_s, u"lnunez"_s, OnuRunState::Unknown, std::nullopt),
        };
        QVERIFY(store.saveDiscovery(*oltId.value, onus, {}, Test::fixtureNow + 600).ok());
        QVERIFY(store.saveStatus(*oltId.value, onus.mid(0, 2), {}, Test::fixtureNow + 600).ok());
        QVERIFY(store.saveOptical(*oltId.value, onus.mid(0, 2), {}, Test::fixtureNow + 600).ok());
    }

    void cleanupTestCase() { m_cache.reset(); }

    void fresherSnmpReading_winsOverSmartOltsCopy()
    {
        const SubscriberDetails d = detailsFor(u"mperez"_s);
        QVERIFY(d.onu);
        QVERIFY(d.snmpOnu);
        QCOMPARE(d.snmpOltName, u"OLT-CENTRO"_s);
        QCOMPARE(d.snmpOnu->fetchedAt, Test::fixtureNow + 600);
        const Triage::FactSheet facts = factsFor(u"mperez"_s);
        QCOMPARE(facts.value(u"onu.status"_s).toString(), u"los"_s);
        QCOMPARE(facts.fact(u"onu.status"_s)->source, u"snmp"_s);
        QCOMPARE(facts.value(u"onu.down_cause_class"_s).toString(), u"los"_s);
        QVERIFY(!facts.has(u"onu.rx_dbm"_s)); // LOS: no light
    }

    void onuWithoutSmartOlt_isFoundByItsDescription()
    {
        const SubscriberDetails d = detailsFor(u"mperez2"_s);
        QVERIFY(!d.onu);
        QVERIFY(d.snmpOnu);
        QCOMPARE(d.snmpOnu->value.serial, u"HWTC0BADF00D"_s);
        const Triage::FactSheet facts = factsFor(u"mperez2"_s);
        QCOMPARE(facts.value(u"onu.known"_s).toBool(), true);
        QCOMPARE(facts.value(u"onu.status"_s).toString(), u"online"_s);
        QCOMPARE(facts.value(u"onu.rx_dbm"_s).toDouble(), -29.5);
        QCOMPARE(facts.fact(u"onu.rx_dbm"_s)->source, u"snmp"_s);
    }

    void unpolledOnu_leavesSmartOltsCopy()
    {
        const SubscriberDetails d = detailsFor(u"lnunez"_s);
        QVERIFY(d.onu);
        QVERIFY(!d.snmpOnu);
        const Triage::FactSheet facts = factsFor(u"lnunez"_s);
        QCOMPARE(facts.value(u"onu.rx_dbm"_s).toDouble(), -28.2);
        QCOMPARE(facts.fact(u"onu.rx_dbm"_s)->source, u"cache"_s);
    }
};

QTEST_GUILESS_MAIN(TestSnmpOnuFacts)
#include "tst_snmponufacts.moc"
