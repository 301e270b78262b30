// SPDX-License-Identifier: GPL-3.0-or-later
// What the customer panel is given for each kind of search hit, including
// the ADR-005 cases: a user the CRM does not know, and a CRM that names the
// wrong router.
#include "cache/cachedatabase.h"
#include "customer/subscriberdetails.h"
#include "search/searchengine.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

class TestSubscriberDetails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    SubscriberDetails detailsFor(const QString &query)
    {
        SearchEngine engine(m_cache->connection());
        const SearchResults results = engine.search(query);
        if (results.hits.isEmpty())
            return {};
        return loadSubscriberDetails(m_cache->connection(), results.hits.constFirst());
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        m_cache = Test::createCache(m_dir.filePath(u"cache.sqlite"_s), Test::smallIsp());
        QVERIFY(m_cache);
    }

    void cleanupTestCase() { m_cache.reset(); }

    void fibreConnection_hasCustomerPlanRouterOnuAndTickets()
    {
        const SubscriberDetails d = detailsFor(u"mperez"_s);
        QVERIFY(d.error.isEmpty());
        QVERIFY(d.customer);
        QCOMPARE(d.customer->value.name, u"María Pérez"_s);
        QCOMPARE(d.customer->fetchedAt, Test::fixtureNow);
        QVERIFY(d.connection);
        QCOMPARE(d.connection->value.pppoeUser, u"mperez"_s);
        QCOMPARE(d.otherConnections.size(), 1);
        QCOMPARE(d.otherConnections.constFirst().value.pppoeUser, u"mperez2"_s);
        QVERIFY(d.plan);
        QCOMPARE(d.plan->value.downKbps, 300'000);
        QVERIFY(d.crmNode);
        QCOMPARE(d.crmNode->value.name, u"VMA-CCR-01"_s);
        QCOMPARE(d.secrets.size(), 1);
        QCOMPARE(d.secrets.constFirst().nodeName, u"VMA-CCR-01"_s);
        QVERIFY(d.onu);
        QCOMPARE(d.onu->value.serial, u"HWTC1A2B3C4D"_s);
        QCOMPARE(d.onu->value.rxPowerDbm.value_or(0), -21.4);
        QVERIFY(d.olt);
        QCOMPARE(d.olt->value.name, u"OLT-CENTRO"_s);
        QVERIFY(!d.subscriber);
        QCOMPARE(d.openTickets.size(), 1);
        QCOMPARE(d.openTickets.constFirst().value.subject, u"Sin servicio"_s);
        QVERIFY(!d.isUnlinked());
        QVERIFY(!d.crmAndRouterDisagree());
    }

    void wirelessConnection_hasAntennaAndAccessPoint()
    {
        const SubscriberDetails d = detailsFor(u"jmunoz"_s);
        QVERIFY(d.subscriber);
        QCOMPARE(d.subscriber->value.name, u"SM-Munoz"_s);
        QCOMPARE(d.subscriber->value.dlRssiDbm.value_or(0), -63.5);
        QVERIFY(d.accessPoint);
        QCOMPARE(d.accessPoint->value.name, u"T-VMA-NORTE-S1"_s);
        QVERIFY(!d.onu);
        QCOMPARE(d.customer->value.phones.size(), 2);
    }

    void crmNamingAnotherRouter_isDetected()
    {
        const SubscriberDetails d = detailsFor(u"lnunez"_s);
        QCOMPARE(d.crmNode->value.name, u"VMA-CCR-01"_s);
        QCOMPARE(d.secrets.constFirst().nodeName, u"VMA-CCR-02"_s);
        QVERIFY(d.crmAndRouterDisagree());
    }

    void userUnknownToTheCrm_isStillDescribedFromTheRouter()
    {
        const SubscriberDetails d = detailsFor(u"rgodoy"_s);
        QVERIFY(!d.customer);
        QVERIFY(!d.connection);
        QCOMPARE(d.secrets.size(), 1);
        QCOMPARE(d.secrets.constFirst().secret.comment, u"Ramón Godoy - instalación 12/10"_s);
        QCOMPARE(d.secrets.constFirst().secret.callerId, u"AA:BB:CC:DD:EE:99"_s);
        QVERIFY(d.isUnlinked());
    }

    void orphanDevices_showThemselvesAndTheirAlarms()
    {
        const SubscriberDetails onu = detailsFor(u"HWTCDEADBEEF"_s);
        QVERIFY(onu.onu);
        QVERIFY(onu.olt);
        QVERIFY(!onu.customer);

        const SubscriberDetails antenna = detailsFor(u"0A:00:3E:44:00:AA"_s);
        QVERIFY(antenna.subscriber);
        QVERIFY(!antenna.subscriber->value.online);
        QCOMPARE(antenna.activeAlarms.size(), 1);
        QCOMPARE(antenna.activeAlarms.constFirst().value.message, u"Device is offline."_s);
    }

    void customerWithoutConnection_hasOnlyTheCrmSide()
    {
        const SubscriberDetails d = detailsFor(u"35555666"_s);
        QVERIFY(d.customer);
        QVERIFY(!d.connection);
        QVERIFY(d.secrets.isEmpty());
        QVERIFY(!d.isUnlinked());
    }
};

QTEST_GUILESS_MAIN(TestSubscriberDetails)
#include "tst_subscriberdetails.moc"
