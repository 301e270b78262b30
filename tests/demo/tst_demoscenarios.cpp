// SPDX-License-Identifier: GPL-3.0-or-later
// The demo ISP's scenario catalogue: every scenario is present at every size from 300 customers up, the
// choice is reproducible (and independent of "now"), and each scenario's line really is in the state it
// claims in the dataset, clean of everything that would let another rule take its verdict.
#include "demo/demogenerator.h"
#include "demo/demoscenarios.h"
#include "routeros/routerosvalues.h"
#include "testsupport.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Beholder;
using namespace Beholder::Demo;
using namespace Qt::Literals::StringLiterals;
using Triage::Verdict;

namespace {

constexpr UnixTime now = Test::fixtureNow;
constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;

const DemoIsp &demo(int customers, quint64 seed = 20261125)
{
    static QMap<std::pair<int, quint64>, DemoIsp> cache;
    const std::pair<int, quint64> key{customers, seed};
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, generateDemoIsp({customers, seed, now}));
    return it.value();
}

// Everything the dataset says about one PPPoE user's line.
struct LineView
{
    const Connection *connection = nullptr;
    const Customer *customer = nullptr;
    const PppSecret *secret = nullptr;
    const Onu *onu = nullptr;
    const WirelessSubscriber *sm = nullptr;
    const AccessPoint *ap = nullptr;
    int connectionsOfCustomer = 0;
    QList<const Onu *> port; // the ONUs on the ONU's PON port, itself included
    QList<const WirelessSubscriber *> apSms;
    QList<const PppSecret *> routerSecrets; // every secret on the router holding this one
};

LineView view(const IspDataset &d, const QString &user)
{
    LineView v;
    for (const Connection &connection : d.connections) {
        if (connection.pppoeUser == user)
            v.connection = &connection;
    }
    if (v.connection) {
        for (const Customer &customer : d.customers) {
            if (customer.id == v.connection->customerId)
                v.customer = &customer;
        }
        for (const Connection &connection : d.connections)
            v.connectionsOfCustomer += connection.customerId == v.connection->customerId ? 1 : 0;
    }
    for (const PppSecret &secret : d.pppSecrets) {
        if (secret.name == user)
            v.secret = &secret;
    }
    if (v.secret) {
        for (const PppSecret &secret : d.pppSecrets) {
            if (secret.nodeId == v.secret->nodeId)
                v.routerSecrets.append(&secret);
        }
    }
    // As the simulator and the diagnosis find them: the ONU by its PPPoE user or (bridged) its name, the SM by
    // its PPPoE user or the CRM's MAC.
    for (const Onu &onu : d.onus) {
        if (onu.pppoeUser == user || (onu.pppoeUser.isEmpty() && onu.name == user))
            v.onu = &onu;
    }
    if (v.onu) {
        for (const Onu &onu : d.onus) {
            if (onu.oltId == v.onu->oltId && onu.board == v.onu->board && onu.port == v.onu->port)
                v.port.append(&onu);
        }
    }
    for (const WirelessSubscriber &sm : d.wirelessSubscribers) {
        if (sm.pppoeUser == user || (v.connection && sm.mac == v.connection->mac))
            v.sm = &sm;
    }
    if (v.sm) {
        for (const AccessPoint &ap : d.accessPoints) {
            if (ap.mac == v.sm->apMac)
                v.ap = &ap;
        }
        for (const WirelessSubscriber &sm : d.wirelessSubscribers) {
            if (sm.apMac == v.sm->apMac)
                v.apSms.append(&sm);
        }
    }
    return v;
}

bool onuDown(const Onu &onu)
{
    return onu.status != OnuStatus::Online && onu.status != OnuStatus::Disabled;
}

// The largest group of `times` within `window` seconds of each other.
qsizetype largestCluster(QList<UnixTime> times, qint64 window)
{
    std::sort(times.begin(), times.end());
    qsizetype largest = 0;
    for (qsizetype first = 0, last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) > window)
            ++first;
        largest = std::max(largest, last - first + 1);
    }
    return largest;
}

// The PON outage rule of docs/diagnosis.md: >= 4 ONUs and >= 50% of the port down within 10 minutes.
bool ponOutage(const LineView &v)
{
    QList<UnixTime> downs;
    int total = 0;
    for (const Onu *onu : v.port) {
        if (onu->status == OnuStatus::Disabled)
            continue;
        ++total;
        if (onuDown(*onu))
            downs.append(onu->lastStatusChange.value_or(0));
    }
    const qsizetype clustered = largestCluster(downs, 10 * minute);
    return clustered >= 4 && clustered * 2 >= total;
}

// The router outage rule, from the secrets' last logouts: >= 5 sessions and >= 20% within 5 minutes.
bool routerOutage(const LineView &v)
{
    QList<UnixTime> logouts;
    for (const PppSecret *secret : v.routerSecrets) {
        const auto at = RouterOs::parseDateTime(secret->lastLoggedOut, QTimeZone(-3 * 3600));
        if (at && !at->never)
            logouts.append(at->dateTime.toSecsSinceEpoch());
    }
    const qsizetype clustered = largestCluster(logouts, 5 * minute);
    return clustered >= 5 && clustered * 5 >= v.routerSecrets.size();
}

QString describe(const DemoScenario &scenario, const QString &problem)
{
    return scenario.id + u" ("_s + scenario.pppoeUser + u"): "_s + problem;
}

} // namespace

class DemoScenariosTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void catalogueIsComplete();
    void everyScenarioIsPresent_data();
    void everyScenarioIsPresent();
    void theChoiceIsDeterministicAndIndependentOfNow();
    void theDatasetIsTheSameAsGenerateIsp();
    void eachLineIsInTheStateItClaims_data();
    void eachLineIsInTheStateItClaims();
    void smallDatasetsStillWork_data();
    void smallDatasetsStillWork();
};

void DemoScenariosTest::catalogueIsComplete()
{
    const QStringList ids = scenarioIds();
    QCOMPARE(ids,
             (QStringList{u"fibre_cut_pon"_s, u"ap_down"_s, u"single_los"_s, u"dying_gasp"_s, u"weak_optics"_s,
                          u"overloaded_optics"_s, u"suspended_account"_s, u"not_linked"_s, u"pppoe_down_onu_online"_s,
                          u"flapping_session"_s, u"weak_wireless"_s, u"saturated_line"_s, u"healthy"_s}));
    const QHash<QString, std::pair<Verdict, QString>> expected{
        {u"fibre_cut_pon"_s, {Verdict::MassOutage, u"outage.pon"_s}},
        {u"ap_down"_s, {Verdict::MassOutage, u"outage.ap"_s}},
        {u"single_los"_s, {Verdict::Dispatch, u"fibre.los"_s}},
        {u"dying_gasp"_s, {Verdict::CustomerSide, u"fibre.power_fail"_s}},
        {u"weak_optics"_s, {Verdict::Dispatch, u"fibre.rx_critical"_s}},
        {u"overloaded_optics"_s, {Verdict::Dispatch, u"fibre.rx_overload"_s}},
        {u"suspended_account"_s, {Verdict::Administrative, u"admin.suspended"_s}},
        {u"not_linked"_s, {Verdict::Administrative, u"admin.not_linked"_s}},
        {u"pppoe_down_onu_online"_s, {Verdict::Remote, u"session.down_onu_online"_s}},
        {u"flapping_session"_s, {Verdict::Remote, u"session.flapping"_s}},
        {u"weak_wireless"_s, {Verdict::Dispatch, u"wireless.snr_critical"_s}},
        {u"saturated_line"_s, {Verdict::Ok, u"traffic.saturated"_s}},
        {u"healthy"_s, {Verdict::Ok, u"healthy"_s}},
    };
    for (const QString &id : ids) {
        const DemoScenario scenario = scenarioTemplate(id);
        QCOMPARE(scenario.id, id);
        QCOMPARE(int(scenario.expected), int(expected.value(id).first));
        QCOMPARE(scenario.expectedRule, expected.value(id).second);
        QVERIFY(!scenario.title.isEmpty());
        QVERIFY(scenario.description.size() > 40);
        QVERIFY(scenario.pppoeUser.isEmpty());
    }
    QVERIFY(scenarioTemplate(u"nonsense"_s).id.isEmpty());
    QCOMPARE(scenarioVerdictId(Verdict::MassOutage), u"MASS_OUTAGE"_s);
    QCOMPARE(scenarioVerdictId(Verdict::CustomerSide), u"CUSTOMER_SIDE"_s);
    QCOMPARE(scenarioVerdictId(Verdict::Ok), u"OK"_s);
    // The re-dial gap is the same for everyone who asks.
    for (UnixTime start = now; start < now + 100; ++start) {
        const qint64 gap = start - sessionEndBefore(start);
        QVERIFY(gap >= 15 && gap <= 50);
    }
}

void DemoScenariosTest::everyScenarioIsPresent_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<quint64>("seed");
    for (const int n : {300, 1000, 1500, 3000, 5000, 20'000})
        QTest::newRow(qPrintable(u"%1 customers"_s.arg(n))) << n << quint64(20261125);
    for (const quint64 seed : {1ULL, 2ULL, 3ULL, 42ULL, 777ULL})
        QTest::newRow(qPrintable(u"300 customers, seed %1"_s.arg(seed))) << 300 << seed;
    QTest::newRow("100000 customers") << 100'000 << quint64(20261125);
}

void DemoScenariosTest::everyScenarioIsPresent()
{
    QFETCH(int, customers);
    QFETCH(quint64, seed);
    const DemoIsp &isp = demo(customers, seed);
    QStringList ids;
    QSet<QString> users;
    QSet<QString> names;
    for (const DemoScenario &scenario : isp.scenarios) {
        ids.append(scenario.id);
        QVERIFY2(!scenario.pppoeUser.isEmpty(), qPrintable(scenario.id));
        QVERIFY2(!scenario.customerName.isEmpty(), qPrintable(scenario.id));
        users.insert(scenario.pppoeUser);
        const DemoScenario fixed = scenarioTemplate(scenario.id);
        QCOMPARE(scenario.title, fixed.title);
        QCOMPARE(scenario.expectedRule, fixed.expectedRule);
        QCOMPARE(int(scenario.expected), int(fixed.expected));
        QVERIFY(findScenario(isp.scenarios, scenario.id) == &scenario);
    }
    QCOMPARE(ids, scenarioIds()); // all of them, in catalogue order
    QCOMPARE(users.size(), isp.scenarios.size());
    QVERIFY(!findScenario(isp.scenarios, u"nonsense"_s));

    // The live state names scenario users only.
    QCOMPARE(isp.live.sessionsDown, QSet<QString>{findScenario(isp.scenarios, u"pppoe_down_onu_online"_s)->pppoeUser});
    QCOMPARE(isp.live.sessionStarts.keys(),
             QList<QString>{findScenario(isp.scenarios, u"flapping_session"_s)->pppoeUser});
    QCOMPARE(isp.live.trafficLoad.keys(), QList<QString>{findScenario(isp.scenarios, u"saturated_line"_s)->pppoeUser});
}

void DemoScenariosTest::theChoiceIsDeterministicAndIndependentOfNow()
{
    const DemoIsp first = generateDemoIsp({5000, 20261125, now});
    const DemoIsp second = generateDemoIsp({5000, 20261125, now});
    const DemoIsp later = generateDemoIsp({5000, 20261125, now + 3 * 86400 + 1234});
    const DemoIsp other = generateDemoIsp({5000, 99, now});
    QCOMPARE(first.scenarios.size(), scenarioIds().size());
    int differentUsers = 0;
    for (qsizetype i = 0; i < first.scenarios.size(); ++i) {
        const DemoScenario &a = first.scenarios.at(i);
        QCOMPARE(second.scenarios.at(i).pppoeUser, a.pppoeUser);
        QCOMPARE(second.scenarios.at(i).customerName, a.customerName);
        QCOMPARE(later.scenarios.at(i).pppoeUser, a.pppoeUser);
        differentUsers += other.scenarios.at(i).pppoeUser != a.pppoeUser ? 1 : 0;
    }
    QVERIFY(differentUsers >= 10);
    QCOMPARE(second.live.sessionsDown, first.live.sessionsDown);
    QCOMPARE(second.live.sessionStarts, first.live.sessionStarts);
    QCOMPARE(second.live.trafficLoad, first.live.trafficLoad);
    // The flapping series moves with now, and only that.
    const QString flapping = first.scenarios.at(scenarioIds().indexOf(u"flapping_session"_s)).pppoeUser;
    const QList<UnixTime> base = first.live.sessionStarts.value(flapping);
    const QList<UnixTime> moved = later.live.sessionStarts.value(flapping);
    QCOMPARE(moved.size(), base.size());
    for (qsizetype i = 0; i < base.size(); ++i)
        QCOMPARE(moved.at(i) - base.at(i), 3 * 86400 + 1234);
}

void DemoScenariosTest::theDatasetIsTheSameAsGenerateIsp()
{
    const DemoOptions options{3000, 7, now};
    const IspDataset plain = generateIsp(options);
    const DemoIsp isp = generateDemoIsp(options);
    QCOMPARE(plain.customers.size(), isp.data.customers.size());
    QCOMPARE(plain.onus.size(), isp.data.onus.size());
    QCOMPARE(plain.pppSecrets.size(), isp.data.pppSecrets.size());
    QCOMPARE(plain.tickets.size(), isp.data.tickets.size());
    for (qsizetype i = 0; i < plain.onus.size(); ++i) {
        const Onu &a = plain.onus.at(i);
        const Onu &b = isp.data.onus.at(i);
        QCOMPARE(a.serial, b.serial);
        QCOMPARE(int(a.status), int(b.status));
        QCOMPARE(a.rxPowerDbm, b.rxPowerDbm);
        QCOMPARE(a.lastStatusChange, b.lastStatusChange);
    }
    for (qsizetype i = 0; i < plain.pppSecrets.size(); ++i) {
        QCOMPARE(plain.pppSecrets.at(i).name, isp.data.pppSecrets.at(i).name);
        QCOMPARE(plain.pppSecrets.at(i).nodeId, isp.data.pppSecrets.at(i).nodeId);
        QCOMPARE(plain.pppSecrets.at(i).lastLoggedOut, isp.data.pppSecrets.at(i).lastLoggedOut);
    }
    for (qsizetype i = 0; i < plain.wirelessSubscribers.size(); ++i)
        QCOMPARE(plain.wirelessSubscribers.at(i).dlSnrDb, isp.data.wirelessSubscribers.at(i).dlSnrDb);
}

void DemoScenariosTest::eachLineIsInTheStateItClaims_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("300") << 300 << quint64(20261125);
    QTest::newRow("300, seed 3") << 300 << quint64(3);
    QTest::newRow("1000") << 1000 << quint64(20261125);
    QTest::newRow("1500") << 1500 << quint64(20261125);
    QTest::newRow("5000") << 5000 << quint64(20261125);
    QTest::newRow("100000") << 100'000 << quint64(20261125);
    QTest::newRow("20000") << 20'000 << quint64(20261125);
}

void DemoScenariosTest::eachLineIsInTheStateItClaims()
{
    QFETCH(int, customers);
    QFETCH(quint64, seed);
    const DemoIsp &isp = demo(customers, seed);
    const IspDataset &d = isp.data;
    QCOMPARE(isp.scenarios.size(), scenarioIds().size());

    for (const DemoScenario &scenario : isp.scenarios) {
        const QString &id = scenario.id;
        const QString &user = scenario.pppoeUser;
        const LineView v = view(d, user);
        const auto check = [&](bool ok, const QString &what) {
            if (!ok)
                QTest::qFail(qPrintable(describe(scenario, what)), __FILE__, __LINE__);
            return ok;
        };
#define CHECK(cond, what)                                                                                              \
    if (!check((cond), (what)))                                                                                        \
    return

        // The router holds an enabled secret (disabled only for the suspended account), on the node the CRM
        // names; the CRM knows the user (except the unlinked install) and the customer has no other line.
        CHECK(v.secret, u"no PPP secret"_s);
        CHECK(v.secret->disabled == (id == u"suspended_account"), u"secret disabled: %1"_s.arg(v.secret->disabled));
        if (id == u"not_linked") {
            CHECK(!v.connection, u"the CRM knows the user"_s);
            CHECK(!v.secret->comment.isEmpty(), u"no comment on the secret"_s);
        } else {
            CHECK(v.connection && v.customer, u"no CRM connection"_s);
            CHECK(*v.connection->nodeId == v.secret->nodeId, u"CRM node differs from the secret's router"_s);
            CHECK(v.connectionsOfCustomer == 1, u"%1 connections"_s.arg(v.connectionsOfCustomer));
            CHECK(v.customer->name == scenario.customerName, v.customer->name);
            if (id == u"suspended_account") {
                CHECK(v.customer->status == CustomerStatus::Suspended, v.customer->statusRaw);
                CHECK(v.customer->debtCents > 0, u"no debt"_s);
            } else {
                CHECK(v.customer->status == CustomerStatus::Active, v.customer->statusRaw);
                CHECK(v.customer->debtCents == 0, u"owes %1"_s.arg(v.customer->debtCents));
            }
        }
        const bool outage = id == u"fibre_cut_pon" || id == u"ap_down";
        if (!outage) {
            CHECK(!routerOutage(v), u"the router's sessions dropped together"_s);
        }

        // The plant.
        const bool wireless = id == u"ap_down" || id == u"weak_wireless";
        if (wireless) {
            CHECK(v.sm && v.ap && !v.onu, u"no SM or AP"_s);
            CHECK(v.sm->pppoeUser == user, u"SM without the user"_s);
            const auto online = std::count_if(v.apSms.cbegin(), v.apSms.cend(),
                                              [](const WirelessSubscriber *sm) { return sm->online; });
            if (id == u"ap_down") {
                CHECK(!v.ap->online && !v.sm->online, u"AP or SM online"_s);
                CHECK(v.apSms.size() >= 3 && online == 0, u"%1 of %2 SMs online"_s.arg(online).arg(v.apSms.size()));
            } else {
                CHECK(v.ap->online && v.sm->online, u"AP or SM offline"_s);
                CHECK(online * 4 >= v.apSms.size() * 3, u"%1 of %2 SMs online"_s.arg(online).arg(v.apSms.size()));
                const double snr = std::min(*v.sm->dlSnrDb, *v.sm->ulSnrDb);
                const double rssi = std::min(*v.sm->dlRssiDbm, *v.sm->ulRssiDbm);
                CHECK(snr >= 10 && snr <= 12 && snr < 15, u"SNR %1"_s.arg(snr));
                CHECK(rssi >= -84 && rssi <= -82, u"RSSI %1"_s.arg(rssi));
            }
            continue;
        }
        CHECK(v.onu && !v.sm, u"no ONU"_s);
        CHECK(v.onu->pppoeUser == user || v.onu->name == user, u"ONU not found by user or name"_s);
        if (id == u"fibre_cut_pon") {
            CHECK(v.onu->status == OnuStatus::Los && v.onu->lastDownCause == u"LOS", u"not in LOS"_s);
            CHECK(ponOutage(v), u"the port is not an outage"_s);
            continue;
        }
        CHECK(!ponOutage(v), u"the port looks like an outage"_s);
        const auto downOnPort
            = std::count_if(v.port.cbegin(), v.port.cend(), [](const Onu *onu) { return onuDown(*onu); });
        CHECK(downOnPort * 3 <= v.port.size(), u"%1 of %2 ONUs down"_s.arg(downOnPort).arg(v.port.size()));
        const qint64 changedAgo = now - v.onu->lastStatusChange.value_or(0);
        if (id == u"single_los") {
            CHECK(v.onu->status == OnuStatus::Los && v.onu->lastDownCause == u"LOS", u"not in LOS"_s);
            CHECK(changedAgo >= 20 * minute && changedAgo <= 2 * hour, u"down for %1 s"_s.arg(changedAgo));
            CHECK(!v.onu->rxPowerDbm, u"an LOS ONU with optics"_s);
            continue;
        }
        if (id == u"dying_gasp") {
            CHECK(v.onu->status == OnuStatus::PowerFail && v.onu->lastDownCause == u"dying-gasp",
                  u"no power failure"_s);
            CHECK(changedAgo >= 10 * minute && changedAgo <= hour, u"down for %1 s"_s.arg(changedAgo));
            continue;
        }
        CHECK(v.onu->status == OnuStatus::Online, u"ONU not online"_s);
        CHECK(v.onu->lastDownCause.isEmpty(), u"a down cause on record: "_s + v.onu->lastDownCause);
        CHECK(changedAgo >= 12 * hour, u"online for only %1 s"_s.arg(changedAgo));
        const double rx = *v.onu->rxPowerDbm;
        const double oltRx = *v.onu->oltRxPowerDbm;
        if (id == u"weak_optics") {
            CHECK(rx < -27 && std::abs(rx + 28.7) < 0.5, u"Rx %1"_s.arg(rx));
        } else if (id == u"overloaded_optics") {
            CHECK(rx > -8 && std::abs(rx + 6.2) < 0.5, u"Rx %1"_s.arg(rx));
        } else {
            CHECK(rx >= -24 && rx <= -8, u"Rx %1"_s.arg(rx));
            CHECK(oltRx >= -28, u"OLT Rx %1"_s.arg(oltRx));
        }

        // Live state and the secret's last logout agree with the scenario.
        const auto lastLogout = RouterOs::parseDateTime(v.secret->lastLoggedOut, QTimeZone(-3 * 3600));
        if (id == u"pppoe_down_onu_online") {
            CHECK(isp.live.sessionsDown.contains(user), u"session not down"_s);
            CHECK(lastLogout && !lastLogout->never, u"never logged out"_s);
            const qint64 ago = now - lastLogout->dateTime.toSecsSinceEpoch();
            CHECK(ago >= 15 * minute && ago <= hour, u"logged out %1 s ago"_s.arg(ago));
        } else {
            CHECK(!isp.live.sessionsDown.contains(user), u"session down"_s);
        }
        if (id == u"flapping_session") {
            const QList<UnixTime> starts = isp.live.sessionStarts.value(user);
            CHECK(starts.size() == 7, u"%1 starts"_s.arg(starts.size()));
            CHECK(std::is_sorted(starts.cbegin(), starts.cend()), u"starts not oldest first"_s);
            CHECK(starts.constFirst() > now - hour, u"a start more than an hour ago"_s);
            CHECK(now - starts.constLast() >= 2 * minute && now - starts.constLast() <= 6 * minute,
                  u"current uptime %1 s"_s.arg(now - starts.constLast()));
            CHECK(lastLogout && lastLogout->dateTime.toSecsSinceEpoch() == sessionEndBefore(starts.constLast()),
                  u"last logout %1"_s.arg(v.secret->lastLoggedOut));
        } else {
            CHECK(!isp.live.sessionStarts.contains(user), u"has a session series"_s);
        }
        if (id == u"saturated_line") {
            CHECK(qFuzzyCompare(isp.live.trafficLoad.value(user), 0.97), u"load"_s);
        } else {
            CHECK(!isp.live.trafficLoad.contains(user), u"has a traffic load"_s);
        }
#undef CHECK
    }
}

void DemoScenariosTest::smallDatasetsStillWork_data()
{
    QTest::addColumn<int>("customers");
    for (const int n : {0, 1, 2, 10, 50, 150})
        QTest::newRow(qPrintable(u"%1 customers"_s.arg(n))) << n;
}

void DemoScenariosTest::smallDatasetsStillWork()
{
    // Below 300 customers a scenario may be missing, but those present are unique and in catalogue order.
    QFETCH(int, customers);
    const DemoIsp &isp = demo(customers);
    const QStringList ids = scenarioIds();
    qsizetype last = -1;
    QSet<QString> users;
    for (const DemoScenario &scenario : isp.scenarios) {
        const qsizetype index = ids.indexOf(scenario.id);
        QVERIFY(index > last);
        last = index;
        users.insert(scenario.pppoeUser);
    }
    QCOMPARE(users.size(), isp.scenarios.size());
    if (customers == 0)
        QVERIFY(isp.scenarios.isEmpty());
}

QTEST_GUILESS_MAIN(DemoScenariosTest)
#include "tst_demoscenarios.moc"
