// SPDX-License-Identifier: GPL-3.0-or-later
// The demo ISP is what every screen, benchmark and later test is exercised with, so its promises are
// checked here: reproducible to the bit, internally consistent, realistic in its proportions, and
// carrying exactly the planted incidents the diagnosis has to recognise.
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "testsupport.h"
#include "util/textnormalize.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numbers>

using namespace Beholder;
using namespace Beholder::Demo;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr UnixTime now = Test::fixtureNow;

// Generating 20,000 customers takes a while in a debug build; every test shares one copy per size.
const IspDataset &dataset(int customers)
{
    static QMap<int, IspDataset> cache;
    auto it = cache.find(customers);
    if (it == cache.end())
        it = cache.insert(customers, generateIsp({customers, 20261125, now}));
    return it.value();
}

double share(qsizetype part, qsizetype whole)
{
    return whole == 0 ? 0.0 : double(part) / double(whole);
}

QString ratioText(const char *what, double value, double lo, double hi)
{
    return u"%1 = %2, expected within [%3, %4]"_s.arg(QString::fromUtf8(what)).arg(value).arg(lo).arg(hi);
}

#define VERIFY_RATIO(what, value, lo, hi)                                                                              \
    do {                                                                                                               \
        const double v_ = (value);                                                                                     \
        QVERIFY2(v_ >= (lo) && v_ <= (hi), qPrintable(ratioText(what, v_, (lo), (hi))));                               \
    } while (false)

// A stable digest of every field, to compare whole datasets.
class Digest
{
public:
    void add(const QString &text)
    {
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        add(qint64(text.size()));
    }
    void add(qint64 value) { m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value)); }
    void add(double value) { m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value)); }
    template<class T>
    void add(const std::optional<T> &value)
    {
        add(qint64(value.has_value()));
        if (value)
            add(*value);
    }
    void add(int value) { add(qint64(value)); }
    void add(bool value) { add(qint64(value)); }
    QByteArray result() const { return m_hash.result().toHex(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

QByteArray fingerprint(const IspDataset &d)
{
    Digest h;
    for (const Plan &p : d.plans) {
        h.add(p.id), h.add(p.name), h.add(int(p.technology)), h.add(p.downKbps), h.add(p.upKbps);
        h.add(p.priceCents);
    }
    for (const Node &n : d.nodes) {
        h.add(n.id), h.add(n.name), h.add(n.code), h.add(n.town), h.add(n.host), h.add(n.apiPort);
        h.add(n.apiTls), h.add(n.model);
    }
    for (const Customer &c : d.customers) {
        h.add(c.id), h.add(c.code), h.add(c.name), h.add(c.docNumber), h.add(c.phones.join(u'|'));
        h.add(c.email), h.add(c.address), h.add(c.town), h.add(c.latitude), h.add(c.longitude);
        h.add(int(c.status)), h.add(c.statusRaw), h.add(c.debtCents), h.add(c.startDate);
    }
    for (const Connection &c : d.connections) {
        h.add(c.id), h.add(c.customerId), h.add(c.pppoeUser), h.add(c.nodeId), h.add(c.planId);
        h.add(int(c.technology)), h.add(c.address), h.add(c.ip), h.add(c.mac);
    }
    for (const PppSecret &s : d.pppSecrets) {
        h.add(s.nodeId), h.add(s.name), h.add(s.profile), h.add(s.service), h.add(s.remoteAddress);
        h.add(s.callerId), h.add(s.disabled), h.add(s.comment), h.add(s.lastLoggedOut);
    }
    for (const Olt &o : d.olts) {
        h.add(o.id), h.add(o.name), h.add(o.vendor), h.add(o.model), h.add(o.host), h.add(o.snmpPort);
    }
    for (const Onu &o : d.onus) {
        h.add(o.externalId), h.add(o.serial), h.add(o.oltId), h.add(o.board), h.add(o.port), h.add(o.onuIndex);
        h.add(o.name), h.add(o.pppoeUser), h.add(o.model), h.add(int(o.status)), h.add(o.lastStatusChange);
        h.add(o.lastDownCause), h.add(o.rxPowerDbm), h.add(o.oltRxPowerDbm), h.add(o.distanceM);
    }
    for (const AccessPoint &a : d.accessPoints) {
        h.add(a.mac), h.add(a.name), h.add(a.ip), h.add(a.tower), h.add(a.network), h.add(a.product);
        h.add(a.online), h.add(a.connectedSms);
    }
    for (const WirelessSubscriber &s : d.wirelessSubscribers) {
        h.add(s.mac), h.add(s.name), h.add(s.ip), h.add(s.apMac), h.add(s.tower), h.add(s.product);
        h.add(s.pppoeUser), h.add(s.online), h.add(s.statusSeconds), h.add(s.dlRssiDbm), h.add(s.ulRssiDbm);
        h.add(s.dlSnrDb), h.add(s.ulSnrDb), h.add(s.distanceKm);
    }
    for (const Alarm &a : d.alarms) {
        h.add(a.externalId), h.add(a.source), h.add(a.severity), h.add(a.name), h.add(a.message);
        h.add(a.deviceName), h.add(a.ip), h.add(a.active), h.add(a.raisedAt);
    }
    for (const Ticket &t : d.tickets) {
        h.add(t.externalId), h.add(t.source), h.add(t.customerId), h.add(t.connectionId), h.add(t.subject);
        h.add(t.category), h.add(t.status), h.add(t.priority), h.add(t.closed), h.add(t.createdAt);
    }
    return h.result();
}

bool isColonMac(const QString &mac)
{
    static const QRegularExpression pattern(u"^[0-9A-F]{2}(:[0-9A-F]{2}){5}$"_s);
    return pattern.match(mac).hasMatch();
}

bool isCgnat(const QString &ip)
{
    const QStringList octets = ip.split(u'.');
    return octets.size() == 4 && octets.at(0) == u"100" && octets.at(1).toInt() >= 64 && octets.at(1).toInt() < 128;
}

struct PortKey
{
    qint64 olt;
    int board;
    int port;
    friend bool operator==(const PortKey &, const PortKey &) = default;
};

size_t qHash(const PortKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.olt, key.board, key.port);
}

QHash<PortKey, QList<qsizetype>> onusByPort(const IspDataset &d)
{
    QHash<PortKey, QList<qsizetype>> ports;
    for (qsizetype i = 0; i < d.onus.size(); ++i) {
        const Onu &onu = d.onus.at(i);
        ports[PortKey{onu.oltId, onu.board, onu.port}].append(i);
    }
    return ports;
}

// Ports with at least two ONUs, every one of them down: what the mass-outage rule looks for.
QList<PortKey> fullyDownPorts(const IspDataset &d)
{
    QList<PortKey> down;
    const auto ports = onusByPort(d);
    for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        const bool allDown = std::all_of(it.value().cbegin(), it.value().cend(),
                                         [&d](qsizetype i) { return d.onus.at(i).status != OnuStatus::Online; });
        if (allDown)
            down.append(it.key());
    }
    return down;
}

// Referential integrity, uniqueness and format invariants that must hold at every size. Returns the
// problems found, so that a test can both require none and prove that a broken dataset is caught.
QStringList integrityProblems(const IspDataset &d)
{
    QStringList problems;
    const auto note = [&problems](const QString &problem) {
        if (problems.size() < 20)
            problems.append(problem);
    };
    const auto checkUnique = [&note](const char *what, const QStringList &values) {
        QSet<QString> seen;
        for (const QString &value : values) {
            if (seen.contains(value))
                note(u"duplicate %1: %2"_s.arg(QString::fromUtf8(what), value));
            seen.insert(value);
        }
    };

    QSet<qint64> plans, nodes, customers, connections, olts;
    QHash<qint64, Technology> planTechnology;
    QHash<qint64, QString> nodeTown, customerTown;
    QStringList ids;
    for (const Plan &plan : d.plans) {
        ids.append(QString::number(plan.id));
        plans.insert(plan.id);
        planTechnology.insert(plan.id, plan.technology);
    }
    checkUnique("plan id", ids);
    ids.clear();
    QStringList names;
    for (const Node &node : d.nodes) {
        ids.append(QString::number(node.id));
        names.append(node.name);
        nodes.insert(node.id);
        nodeTown.insert(node.id, node.town);
    }
    checkUnique("node id", ids);
    checkUnique("node name", names);
    ids.clear();
    QStringList codes;
    for (const Customer &customer : d.customers) {
        ids.append(QString::number(customer.id));
        codes.append(customer.code);
        customers.insert(customer.id);
        customerTown.insert(customer.id, customer.town);
    }
    checkUnique("customer id", ids);
    checkUnique("customer code", codes);

    ids.clear();
    QStringList users, ips, macs;
    QSet<QString> connectionUsers;
    for (const Connection &connection : d.connections) {
        ids.append(QString::number(connection.id));
        users.append(connection.pppoeUser);
        connectionUsers.insert(connection.pppoeUser);
        connections.insert(connection.id);
        if (!connection.ip.isEmpty())
            ips.append(connection.ip);
        macs.append(connection.mac);
        if (!customers.contains(connection.customerId))
            note(u"connection %1 has no customer %2"_s.arg(connection.id).arg(connection.customerId));
        if (!connection.nodeId || !nodes.contains(*connection.nodeId))
            note(u"connection %1 has no node"_s.arg(connection.id));
        else if (nodeTown.value(*connection.nodeId) != customerTown.value(connection.customerId))
            note(u"connection %1 is on a node in another town"_s.arg(connection.id));
        if (!connection.planId || !plans.contains(*connection.planId))
            note(u"connection %1 has no plan"_s.arg(connection.id));
        else if (planTechnology.value(*connection.planId) != connection.technology)
            note(u"connection %1 has a plan of the other technology"_s.arg(connection.id));
        if (!isColonMac(connection.mac))
            note(u"connection %1 MAC %2 is not AA:BB:CC:DD:EE:FF"_s.arg(connection.id).arg(connection.mac));
    }
    checkUnique("connection id", ids);
    checkUnique("connection PPPoE user", users);
    checkUnique("connection IP", ips);

    names.clear();
    for (const PppSecret &secret : d.pppSecrets) {
        names.append(secret.name);
        if (!nodes.contains(secret.nodeId))
            note(u"secret %1 is on a missing node"_s.arg(secret.name));
        if (!secret.callerId.isEmpty() && !isColonMac(secret.callerId))
            note(u"secret %1 caller id %2"_s.arg(secret.name, secret.callerId));
    }
    checkUnique("secret name", names);
    QSet<QString> secretNames(names.cbegin(), names.cend());
    for (const QString &user : std::as_const(users)) {
        if (!secretNames.contains(user))
            note(u"connection user %1 has no secret"_s.arg(user));
    }

    names.clear();
    QStringList hosts;
    for (const Olt &olt : d.olts) {
        olts.insert(olt.id);
        names.append(olt.name);
        hosts.append(olt.host);
    }
    checkUnique("OLT name", names);
    checkUnique("OLT host", hosts);

    QStringList serials, positions;
    for (const Onu &onu : d.onus) {
        serials.append(onu.serial);
        positions.append(u"%1/%2/%3/%4"_s.arg(onu.oltId).arg(onu.board).arg(onu.port).arg(onu.onuIndex));
        if (!olts.contains(onu.oltId))
            note(u"ONU %1 is on a missing OLT"_s.arg(onu.serial));
        if (onu.externalId != onu.serial)
            note(u"ONU %1 external id differs from its serial"_s.arg(onu.serial));
        if (!onu.pppoeUser.isEmpty() && !connectionUsers.contains(onu.pppoeUser)
            && !secretNames.contains(onu.pppoeUser))
            note(u"ONU %1 has an unknown PPPoE user %2"_s.arg(onu.serial, onu.pppoeUser));
    }
    checkUnique("ONU serial", serials);
    checkUnique("ONU position", positions);
    const auto ports = onusByPort(d);
    for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
        if (it.value().size() > 64)
            note(u"PON port %1/%2/%3 holds %4 ONUs"_s.arg(it.key().olt)
                     .arg(it.key().board)
                     .arg(it.key().port)
                     .arg(it.value().size()));
    }

    QSet<QString> apMacs;
    QStringList deviceMacs, apNames, deviceIps;
    for (const AccessPoint &ap : d.accessPoints) {
        apMacs.insert(ap.mac);
        deviceMacs.append(ap.mac);
        apNames.append(ap.name);
        deviceIps.append(ap.ip);
        if (!isColonMac(ap.mac))
            note(u"AP MAC %1"_s.arg(ap.mac));
    }
    checkUnique("AP name", apNames);
    QHash<QString, int> onlineSmsPerAp;
    for (const WirelessSubscriber &sm : d.wirelessSubscribers) {
        deviceMacs.append(sm.mac);
        deviceIps.append(sm.ip);
        if (!apMacs.contains(sm.apMac))
            note(u"SM %1 points to a missing AP %2"_s.arg(sm.mac, sm.apMac));
        if (!isColonMac(sm.mac))
            note(u"SM MAC %1"_s.arg(sm.mac));
        if (sm.online)
            ++onlineSmsPerAp[sm.apMac];
    }
    checkUnique("device MAC", deviceMacs);
    checkUnique("device IP", deviceIps);
    for (const AccessPoint &ap : d.accessPoints) {
        if (ap.connectedSms != onlineSmsPerAp.value(ap.mac))
            note(u"AP %1 says %2 SMs, %3 are online"_s.arg(ap.name)
                     .arg(ap.connectedSms)
                     .arg(onlineSmsPerAp.value(ap.mac)));
    }
    // Connection MACs may repeat an SM MAC (that is the point), but not another connection's.
    checkUnique("connection MAC", macs);

    ids.clear();
    for (const Alarm &alarm : d.alarms)
        ids.append(alarm.externalId);
    checkUnique("alarm id", ids);
    ids.clear();
    for (const Ticket &ticket : d.tickets) {
        ids.append(ticket.externalId);
        if (!ticket.customerId || !customers.contains(*ticket.customerId))
            note(u"ticket %1 has no customer"_s.arg(ticket.externalId));
        if (ticket.connectionId && !connections.contains(*ticket.connectionId))
            note(u"ticket %1 has a missing connection"_s.arg(ticket.externalId));
    }
    checkUnique("ticket id", ids);
    return problems;
}

int cuitCheckDigit(const QString &digits)
{
    static constexpr int weights[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    const int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
}

} // namespace

class DemoGeneratorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // DemoRandom
    void randomMatchesTheReferenceAlgorithm();
    void randomStreamsAreIndependent();
    void uniformIntStaysWithinBounds_data();
    void uniformIntStaysWithinBounds();
    void uniformIntIsUnbiased();
    void uniformRealAndChanceFollowTheirProbabilities();
    void normalHasTheRequestedMeanAndSpreadBitForBit();
    void deterministicMathMatchesLibm_data();
    void deterministicMathMatchesLibm();
    void weightedChoiceFollowsTheWeights();

    // Reproducibility
    void sameOptionsGiveIdenticalDatasets();
    void differentSeedGivesDifferentData();
    void timestampsFollowNow();
    void zeroNowMeansTheCurrentTime();

    // Structure at every size
    void referencesAndIdentifiersAreConsistent_data();
    void referencesAndIdentifiersAreConsistent();
    void integrityCheckCatchesBrokenDatasets();
    void bothOltVendorsArePresent_data();
    void bothOltVendorsArePresent();
    void onuPositionsFollowTheOltModel_data();
    void onuPositionsFollowTheOltModel();
    void smallDatasetsHaveAtMostOneOutageEach_data();
    void smallDatasetsHaveAtMostOneOutageEach();

    // Proportions and realism
    void countsAndProportions_data();
    void countsAndProportions();
    void adr005AnomaliesAreAboutOnePercentEach_data();
    void adr005AnomaliesAreAboutOnePercentEach();
    void secretsFollowTheirConnections();
    void linesMatchThePlant();
    void ponPortsAreTypicallyFilled();
    void opticalPowerIsRealistic_data();
    void opticalPowerIsRealistic();
    void radioLinksAreRealistic();
    void exactlyOnePonPortIsFullyDown_data();
    void exactlyOnePonPortIsFullyDown();
    void exactlyOneAccessPointIsDownWithAllItsSms_data();
    void exactlyOneAccessPointIsDownWithAllItsSms();
    void ticketsAreMostlyOpenComplaints();
    void namesAreSpanishWithAccents();
    void documentsPhonesAndCodesArePlausible();
    void pppoeUsersAreVariedLowercaseAscii();

    // Scale
    void hundredThousandCustomersGenerateQuickly();
};

void DemoGeneratorTest::initTestCase()
{
    Test::isolateFromUserData();
}

// --- DemoRandom ---------------------------------------------------------------------------------------

void DemoGeneratorTest::randomMatchesTheReferenceAlgorithm()
{
    // Expected values come from an independent implementation of splitmix64 + xoshiro256** (checked
    // against the published vectors: splitmix64(0) -> 0xe220a8397b1dcdaf, xoshiro256**{1,2,3,4} ->
    // 11520, 0, 1509978240, ...). If this fails on some platform, the demo data differs there.
    DemoRandom random(20261125);
    QCOMPARE(random.next(), 0xa95216bb197221b1ULL);
    QCOMPARE(random.next(), 0x8b0316fce0d767bcULL);
    QCOMPARE(random.next(), 0x8495d78e321f87efULL);
    QCOMPARE(random.next(), 0xfc27e49faf52cf04ULL);

    DemoRandom stream(20261125, 7);
    QCOMPARE(stream.next(), 0x6feaccc9d57f77c9ULL);
    QCOMPARE(stream.next(), 0xbf7c90803a504d67ULL);

    DemoRandom dice(42);
    QList<int> rolls;
    for (int i = 0; i < 10; ++i)
        rolls.append(dice.uniformInt(1, 6));
    QCOMPARE(rolls, (QList<int>{1, 3, 5, 6, 6, 5, 5, 6, 5, 4}));

    DemoRandom wide(42);
    QCOMPARE(wide.uniformInt(std::numeric_limits<int>::min(), std::numeric_limits<int>::max()), -1787294930);
    QCOMPARE(wide.uniformInt(std::numeric_limits<int>::min(), std::numeric_limits<int>::max()), -519775866);
}

void DemoGeneratorTest::randomStreamsAreIndependent()
{
    DemoRandom a(7);
    DemoRandom b(7);
    DemoRandom c(7, 1);
    DemoRandom d(8);
    int equalToC = 0;
    int equalToD = 0;
    for (int i = 0; i < 1000; ++i) {
        const quint64 x = a.next();
        QCOMPARE(b.next(), x);
        equalToC += c.next() == x ? 1 : 0;
        equalToD += d.next() == x ? 1 : 0;
    }
    QCOMPARE(equalToC, 0);
    QCOMPARE(equalToD, 0);
}

void DemoGeneratorTest::uniformIntStaysWithinBounds_data()
{
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");
    QTest::newRow("single value") << 5 << 5;
    QTest::newRow("die") << 1 << 6;
    QTest::newRow("around zero") << -3 << 3;
    QTest::newRow("non power of two") << 0 << 999;
    QTest::newRow("wide") << -1'000'000'000 << 1'000'000'000;
    QTest::newRow("whole int range") << std::numeric_limits<int>::min() << std::numeric_limits<int>::max();
}

void DemoGeneratorTest::uniformIntStaysWithinBounds()
{
    QFETCH(int, lo);
    QFETCH(int, hi);
    DemoRandom random(1234);
    QSet<int> seen;
    double sum = 0;
    constexpr int draws = 20'000;
    for (int i = 0; i < draws; ++i) {
        const int value = random.uniformInt(lo, hi);
        QVERIFY2(value >= lo && value <= hi, qPrintable(QString::number(value)));
        seen.insert(value);
        sum += value;
    }
    if (qint64(hi) - lo < 1000)
        QCOMPARE(seen.size(), qsizetype(qint64(hi) - lo + 1)); // every value comes up
    // Centred: the mean is within 10 standard errors (range / sqrt(12 * draws)) of the midpoint.
    const double span = double(hi) - double(lo);
    const double midpoint = (double(lo) + double(hi)) / 2;
    QVERIFY2(std::abs(sum / draws - midpoint) <= 10 * span / std::sqrt(12.0 * draws) + 1e-9,
             qPrintable(QString::number(sum / draws)));
}

void DemoGeneratorTest::uniformIntIsUnbiased()
{
    // 60,000 rolls: each face 10,000 +- 4 standard deviations (~365).
    DemoRandom random(99);
    QList<int> faces(6, 0);
    for (int i = 0; i < 60'000; ++i)
        ++faces[random.uniformInt(1, 6) - 1];
    for (const int count : faces)
        QVERIFY2(std::abs(count - 10'000) < 400, qPrintable(QString::number(count)));
    // A range that a plain modulo would bias: with 3 * 2^29 values, x % range over 32-bit x favours the
    // low values 3:2, and the first third would come up 37.5% of the time instead of 33.3%.
    int low = 0;
    const int third = 1 << 29;
    for (int i = 0; i < 30'000; ++i)
        low += random.uniformInt(0, 3 * third - 1) < third ? 1 : 0;
    VERIFY_RATIO("share of the first third", share(low, 30'000), 0.32, 0.347);
}

void DemoGeneratorTest::uniformRealAndChanceFollowTheirProbabilities()
{
    DemoRandom random(5);
    int hits = 0;
    double lowest = 1e9;
    double highest = -1e9;
    for (int i = 0; i < 100'000; ++i) {
        hits += random.chance(0.3) ? 1 : 0;
        const double value = random.uniformReal(-2.5, 7.5);
        lowest = std::min(lowest, value);
        highest = std::max(highest, value);
    }
    VERIFY_RATIO("chance(0.3)", share(hits, 100'000), 0.295, 0.305);
    QVERIFY(lowest >= -2.5 && lowest < -2.49);
    QVERIFY(highest < 7.5 && highest > 7.49);
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(!random.chance(0.0));
        QVERIFY(random.chance(1.0));
    }
    // chance() draws one number whatever p is, so the stream position never depends on p.
    DemoRandom a(6);
    DemoRandom b(6);
    a.chance(0.0);
    b.chance(0.5);
    QCOMPARE(a.next(), b.next());
}

void DemoGeneratorTest::normalHasTheRequestedMeanAndSpreadBitForBit()
{
    // Bit patterns from the independent reference (same Box-Muller, same series, IEEE doubles).
    DemoRandom golden(42);
    QCOMPARE(golden.normal(0.0, 1.0), -0x1.9cfc3b5554225p+0);
    QCOMPARE(golden.normal(0.0, 1.0), 0x1.9039f092211ccp-1);
    QCOMPARE(golden.normal(0.0, 1.0), 0x1.0409077faf54cp-6);
    QCOMPARE(golden.normal(0.0, 1.0), 0x1.e8ab869120c29p-2);
    // And 10,000 more, folded: a one-ulp difference anywhere (the platform's log or cos, a fused
    // multiply-add) changes the fold. With glibc's log and cos instead, 579 of these would differ.
    DemoRandom many(2026);
    quint64 fold = 0;
    for (int i = 0; i < 10'000; ++i)
        fold = fold * 31 + std::bit_cast<quint64>(many.normal(-21.5, 1.5));
    QCOMPARE(fold, 0x0fdfb4dd9b3ec2caULL);

    DemoRandom random(77);
    constexpr int n = 100'000;
    double sum = 0;
    double squares = 0;
    int withinOneSd = 0;
    for (int i = 0; i < n; ++i) {
        const double value = random.normal(-21.5, 1.5);
        sum += value;
        squares += value * value;
        withinOneSd += std::abs(value + 21.5) <= 1.5 ? 1 : 0;
    }
    const double mean = sum / n;
    const double sd = std::sqrt(squares / n - mean * mean);
    VERIFY_RATIO("mean", mean, -21.52, -21.48);
    VERIFY_RATIO("sd", sd, 1.48, 1.52);
    VERIFY_RATIO("within one sd", share(withinOneSd, n), 0.677, 0.689); // 68.3% for a normal
}

void DemoGeneratorTest::deterministicMathMatchesLibm_data()
{
    QTest::addColumn<double>("x");
    for (const double x : {1.0, 0.5, 0.7071, 0.999999, 1e-16, 0x1.0p-53, 0.123456789, 0.9, 0.25, 0.75, 0.3, 0.6})
        QTest::newRow(qPrintable(QString::number(x, 'g', 17))) << x;
}

void DemoGeneratorTest::deterministicMathMatchesLibm()
{
    QFETCH(double, x);
    const double log = deterministicLog(x);
    QVERIFY2(std::abs(log - std::log(x)) <= 1e-15 * std::max(1.0, std::abs(std::log(x))),
             qPrintable(QString::number(log - std::log(x))));
    const double cosine = deterministicCosTurns(x);
    const double expected = std::cos(2.0 * std::numbers::pi * x);
    QVERIFY2(std::abs(cosine - expected) <= 2e-15, qPrintable(QString::number(cosine - expected)));
}

void DemoGeneratorTest::weightedChoiceFollowsTheWeights()
{
    const WeightedChoice choice({1, 0, 3});
    DemoRandom random(3);
    QList<int> counts(3, 0);
    for (int i = 0; i < 40'000; ++i)
        ++counts[choice.draw(random)];
    QCOMPARE(counts.at(1), 0);
    VERIFY_RATIO("weight 1 of 4", share(counts.at(0), 40'000), 0.24, 0.26);
}

// --- reproducibility --------------------------------------------------------------------------------

void DemoGeneratorTest::sameOptionsGiveIdenticalDatasets()
{
    const IspDataset first = generateIsp({3000, 20261125, now});
    const IspDataset second = generateIsp({3000, 20261125, now});
    QCOMPARE(fingerprint(first), fingerprint(second));
    QCOMPARE(first.customers.constFirst().name, second.customers.constFirst().name);
    QCOMPARE(first.onus.constLast().rxPowerDbm, second.onus.constLast().rxPowerDbm);
}

void DemoGeneratorTest::differentSeedGivesDifferentData()
{
    const IspDataset first = generateIsp({3000, 20261125, now});
    const IspDataset other = generateIsp({3000, 20261126, now});
    QVERIFY(fingerprint(first) != fingerprint(other));
    int differentNames = 0;
    for (qsizetype i = 0; i < first.customers.size(); ++i)
        differentNames += first.customers.at(i).name != other.customers.at(i).name ? 1 : 0;
    VERIFY_RATIO("customers named differently", share(differentNames, first.customers.size()), 0.9, 1.0);
    QVERIFY(first.onus.size() != other.onus.size() || first.onus.constFirst().serial != other.onus.constFirst().serial);
}

void DemoGeneratorTest::timestampsFollowNow()
{
    // Only `now` moves: every relative time moves with it and nothing else changes.
    const IspDataset base = generateIsp({2000, 11, now});
    const IspDataset later = generateIsp({2000, 11, now + 3600});
    QCOMPARE(later.onus.size(), base.onus.size());
    for (qsizetype i = 0; i < base.onus.size(); ++i) {
        QCOMPARE(later.onus.at(i).serial, base.onus.at(i).serial);
        QCOMPARE(*later.onus.at(i).lastStatusChange - *base.onus.at(i).lastStatusChange, 3600);
        QVERIFY(*base.onus.at(i).lastStatusChange <= now);
    }
    QCOMPARE(later.tickets.size(), base.tickets.size());
    for (qsizetype i = 0; i < base.tickets.size(); ++i) {
        QCOMPARE(*later.tickets.at(i).createdAt - *base.tickets.at(i).createdAt, 3600);
        QVERIFY(*base.tickets.at(i).createdAt <= now);
    }
    QCOMPARE(later.alarms.size(), base.alarms.size());
    for (qsizetype i = 0; i < base.alarms.size(); ++i)
        QCOMPARE(*later.alarms.at(i).raisedAt - *base.alarms.at(i).raisedAt, 3600);
    for (const Customer &customer : base.customers)
        QVERIFY(QDate::fromString(customer.startDate, Qt::ISODate) < QDateTime::fromSecsSinceEpoch(now).date());
}

void DemoGeneratorTest::zeroNowMeansTheCurrentTime()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const IspDataset d = generateIsp({200, 1, 0});
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY(!d.onus.isEmpty());
    qint64 newest = 0;
    for (const Onu &onu : d.onus)
        newest = std::max(newest, *onu.lastStatusChange);
    QVERIFY(newest <= after);
    QVERIFY(newest >= before - 24 * 3600); // the outage port went down ~40 min before "now"
}

// --- structure at every size ------------------------------------------------------------------------

void DemoGeneratorTest::referencesAndIdentifiersAreConsistent_data()
{
    QTest::addColumn<int>("customers");
    for (const int n : {0, 1, 2, 10, 50, 400, 5000, 20'000})
        QTest::newRow(qPrintable(u"%1 customers"_s.arg(n))) << n;
}

void DemoGeneratorTest::referencesAndIdentifiersAreConsistent()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    QCOMPARE(d.customers.size(), qsizetype(customers));
    QVERIFY(d.nodes.size() >= 3);
    QVERIFY(d.olts.size() >= 2);
    QVERIFY(!d.plans.isEmpty());
    const QStringList problems = integrityProblems(d);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void DemoGeneratorTest::integrityCheckCatchesBrokenDatasets()
{
    // The checker above is what most tests rely on; it must actually see breakage.
    const IspDataset &good = dataset(400);
    QVERIFY(integrityProblems(good).isEmpty());

    IspDataset orphan = good;
    orphan.connections[3].customerId = -1;
    QVERIFY(integrityProblems(orphan).join(u' ').contains(u"has no customer"));

    IspDataset twin = good;
    twin.onus[1].serial = twin.onus[0].serial;
    twin.onus[1].externalId = twin.onus[0].serial;
    QVERIFY(integrityProblems(twin).join(u' ').contains(u"duplicate ONU serial"));

    IspDataset crowded = good;
    for (int i = 0; i < 70; ++i) {
        Onu extra = crowded.onus.constFirst();
        extra.serial = extra.externalId = u"TEST%1"_s.arg(i, 8, 10, QChar(u'0'));
        extra.onuIndex = 1000 + i;
        crowded.onus.append(extra);
    }
    QVERIFY(integrityProblems(crowded).join(u' ').contains(u"holds"));

    IspDataset dashed = good;
    dashed.connections[0].mac = u"aa-bb-cc-dd-ee-ff"_s;
    QVERIFY(integrityProblems(dashed).join(u' ').contains(u"is not AA:BB"));
}

void DemoGeneratorTest::bothOltVendorsArePresent_data()
{
    QTest::addColumn<int>("customers");
    for (const int n : {0, 1, 10, 5000, 20'000})
        QTest::newRow(qPrintable(u"%1 customers"_s.arg(n))) << n;
}

void DemoGeneratorTest::bothOltVendorsArePresent()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    QSet<QString> vendors;
    QHash<qint64, QString> vendorOf;
    for (const Olt &olt : d.olts) {
        vendors.insert(olt.vendor);
        vendorOf.insert(olt.id, olt.vendor);
        QVERIFY2(QStringList({u"MA5800-X7"_s, u"MA5608T"_s, u"C320"_s, u"C600"_s}).contains(olt.model),
                 qPrintable(olt.model));
        QVERIFY(olt.host.startsWith(u"10.254."));
        QVERIFY(olt.name.startsWith(u"OLT-"));
    }
    QCOMPARE(vendors, (QSet<QString>{u"huawei"_s, u"zte"_s}));
    static const QRegularExpression serialPattern(u"^(HWTC|ZTEG|TPLG)[0-9A-F]{8}$"_s);
    for (const Onu &onu : d.onus) {
        QVERIFY2(serialPattern.match(onu.serial).hasMatch(), qPrintable(onu.serial));
        const QString vendor = vendorOf.value(onu.oltId);
        if (onu.serial.startsWith(u"HWTC"))
            QCOMPARE(vendor, u"huawei"_s);
        if (onu.serial.startsWith(u"ZTEG"))
            QCOMPARE(vendor, u"zte"_s);
    }
}

void DemoGeneratorTest::onuPositionsFollowTheOltModel_data()
{
    QTest::addColumn<int>("customers");
    QTest::newRow("5000") << 5000;
    QTest::newRow("20000") << 20'000;
}

void DemoGeneratorTest::onuPositionsFollowTheOltModel()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    QHash<qint64, QString> vendorOf;
    for (const Olt &olt : d.olts)
        vendorOf.insert(olt.id, olt.vendor);
    for (const Onu &onu : d.onus) {
        // Huawei counts ports and ONU ids from 0, ZTE from 1; 16 ports per board, 128 ids per port.
        if (vendorOf.value(onu.oltId) == u"huawei") {
            QVERIFY(onu.port >= 0 && onu.port <= 15);
            QVERIFY(onu.onuIndex >= 0 && onu.onuIndex <= 127);
        } else {
            QVERIFY(onu.port >= 1 && onu.port <= 16);
            QVERIFY(onu.onuIndex >= 1 && onu.onuIndex <= 128);
        }
        QVERIFY(onu.board >= 0 && onu.board <= 8);
    }
}

void DemoGeneratorTest::smallDatasetsHaveAtMostOneOutageEach_data()
{
    QTest::addColumn<int>("customers");
    for (const int n : {0, 1, 2, 10, 50, 400})
        QTest::newRow(qPrintable(u"%1 customers"_s.arg(n))) << n;
}

void DemoGeneratorTest::smallDatasetsHaveAtMostOneOutageEach()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    QVERIFY(fullyDownPorts(d).size() <= 1);
    const auto downAps = std::count_if(d.accessPoints.cbegin(), d.accessPoints.cend(),
                                       [](const AccessPoint &ap) { return !ap.online; });
    QVERIFY(downAps <= 1);
    if (!d.accessPoints.isEmpty())
        QCOMPARE(downAps, 1);
    for (const Onu &onu : d.onus)
        QVERIFY(*onu.lastStatusChange <= now);
}

// --- proportions and realism ------------------------------------------------------------------------

void DemoGeneratorTest::countsAndProportions_data()
{
    QTest::addColumn<int>("customers");
    QTest::newRow("5000") << 5000;
    QTest::newRow("20000") << 20'000;
}

void DemoGeneratorTest::countsAndProportions()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    const qsizetype n = d.customers.size();
    QCOMPARE(n, qsizetype(customers));
    QCOMPARE(d.nodes.size(), qsizetype(std::max(3, (customers + 200) / 400)));

    qsizetype active = 0, suspended = 0, cancelled = 0, upper = 0, businesses = 0, withCoordinates = 0;
    QSet<QString> activeWords;
    for (const Customer &customer : d.customers) {
        switch (customer.status) {
        case CustomerStatus::Active:
            ++active;
            activeWords.insert(customer.statusRaw);
            break;
        case CustomerStatus::Suspended:
            ++suspended;
            QVERIFY(customer.debtCents > 0);
            QVERIFY(customer.statusRaw == u"blocked" || customer.statusRaw == u"no_service");
            break;
        case CustomerStatus::Cancelled:
            ++cancelled;
            break;
        }
        QCOMPARE(toString(customerStatusFromString(customer.statusRaw)), toString(customer.status));
        upper += customer.name == customer.name.toUpper() ? 1 : 0;
        businesses += customer.docNumber.contains(u'-') ? 1 : 0;
        withCoordinates += customer.latitude.has_value() ? 1 : 0;
        QVERIFY(customer.phones.size() == 1 || customer.phones.size() == 2);
    }
    VERIFY_RATIO("active", share(active, n), 0.90, 0.94);
    VERIFY_RATIO("suspended", share(suspended, n), 0.035, 0.065);
    VERIFY_RATIO("cancelled", share(cancelled, n), 0.02, 0.04);
    QCOMPARE(activeWords, (QSet<QString>{u"enabled"_s, u"active"_s}));
    VERIFY_RATIO("CRM-style upper case names", share(upper, n), 0.08, 0.13);
    VERIFY_RATIO("businesses", share(businesses, n), 0.02, 0.045);
    VERIFY_RATIO("with coordinates", share(withCoordinates, n), 0.89, 0.95);

    QHash<qint64, int> connectionsPerCustomer;
    QHash<qint64, CustomerStatus> statusOf;
    for (const Customer &customer : d.customers)
        statusOf.insert(customer.id, customer.status);
    qsizetype wireless = 0, publicIps = 0;
    for (const Connection &connection : d.connections) {
        ++connectionsPerCustomer[connection.customerId];
        wireless += connection.technology == Technology::Wireless ? 1 : 0;
        if (!isCgnat(connection.ip)) {
            ++publicIps;
            QVERIFY2(connection.ip.startsWith(u"200."), qPrintable(connection.ip));
        }
    }
    VERIFY_RATIO("connections per customer", share(d.connections.size(), n), 1.0, 1.1);
    const auto twoLines = std::count_if(connectionsPerCustomer.cbegin(), connectionsPerCustomer.cend(),
                                        [](int count) { return count == 2; });
    VERIFY_RATIO("customers with two connections", share(twoLines, n), 0.035, 0.08);
    qsizetype withoutService = 0;
    for (const Customer &customer : d.customers) {
        if (!connectionsPerCustomer.contains(customer.id)) {
            ++withoutService;
            QCOMPARE(toString(customer.status), toString(CustomerStatus::Cancelled));
        }
    }
    VERIFY_RATIO("customers without a connection", share(withoutService, n), 0.005, 0.02);
    VERIFY_RATIO("wireless connections", share(wireless, d.connections.size()), 0.15, 0.25);
    VERIFY_RATIO("fixed public IPs", share(publicIps, d.connections.size()), 0.035, 0.08);

    const qsizetype fibre = d.connections.size() - wireless;
    const qsizetype expectedOlts = std::max<qsizetype>(2, (fibre + 500) / 1000);
    QCOMPARE(d.olts.size(), expectedOlts);
    const qsizetype unlinked = d.pppSecrets.size() - d.connections.size();
    QVERIFY(d.onus.size() >= fibre && d.onus.size() <= fibre + unlinked);
    QVERIFY(d.wirelessSubscribers.size() >= wireless && d.wirelessSubscribers.size() <= wireless + unlinked);

    QSet<Technology> planTechnologies;
    for (const Plan &plan : d.plans) {
        planTechnologies.insert(plan.technology);
        QVERIFY(plan.priceCents > 1'000'000 && plan.priceCents < 20'000'000);
        QVERIFY(plan.upKbps * 2 == plan.downKbps || plan.upKbps == plan.downKbps);
    }
    QCOMPARE(planTechnologies.size(), 2);

    qsizetype bridged = 0, tplink = 0;
    for (const Onu &onu : d.onus) {
        bridged += onu.pppoeUser.isEmpty() ? 1 : 0;
        tplink += onu.serial.startsWith(u"TPLG") ? 1 : 0;
    }
    VERIFY_RATIO("bridged ONUs", share(bridged, d.onus.size()), 0.03, 0.07);
    VERIFY_RATIO("TP-Link ONUs", share(tplink, d.onus.size()), 0.03, 0.07);

    QSet<qint64> ticketCustomers;
    for (const Ticket &ticket : d.tickets)
        ticketCustomers.insert(*ticket.customerId);
    VERIFY_RATIO("customers with a ticket", share(ticketCustomers.size(), n), 0.02, 0.045);
}

void DemoGeneratorTest::adr005AnomaliesAreAboutOnePercentEach_data()
{
    QTest::addColumn<int>("customers");
    QTest::newRow("5000") << 5000;
    QTest::newRow("20000") << 20'000;
}

void DemoGeneratorTest::adr005AnomaliesAreAboutOnePercentEach()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    QHash<QString, qint64> crmNode;
    for (const Connection &connection : d.connections)
        crmNode.insert(connection.pppoeUser, *connection.nodeId);
    qsizetype unlinked = 0, disagreeing = 0, unlinkedWithComment = 0;
    for (const PppSecret &secret : d.pppSecrets) {
        const auto it = crmNode.constFind(secret.name);
        if (it == crmNode.cend()) {
            ++unlinked;
            unlinkedWithComment += secret.comment.isEmpty() ? 0 : 1;
        } else if (it.value() != secret.nodeId) {
            ++disagreeing;
        }
    }
    QCOMPARE(d.pppSecrets.size(), d.connections.size() + unlinked); // one secret per connection
    VERIFY_RATIO("unlinked secrets", share(unlinked, d.connections.size()), 0.005, 0.015);
    VERIFY_RATIO("secrets on another node than the CRM says", share(disagreeing, d.connections.size()), 0.005, 0.015);
    QCOMPARE(unlinkedWithComment, unlinked); // installers leave at least a name

    // The unlinked installs exist on the network, so the diagnosis can still find their line.
    QSet<QString> plantUsers;
    for (const Onu &onu : d.onus)
        plantUsers.insert(onu.pppoeUser);
    for (const WirelessSubscriber &sm : d.wirelessSubscribers)
        plantUsers.insert(sm.pppoeUser);
    qsizetype unlinkedOnPlant = 0;
    for (const PppSecret &secret : d.pppSecrets)
        unlinkedOnPlant += !crmNode.contains(secret.name) && plantUsers.contains(secret.name) ? 1 : 0;
    VERIFY_RATIO("unlinked secrets visible on the ONU/SM", share(unlinkedOnPlant, unlinked), 0.75, 1.0);
}

void DemoGeneratorTest::secretsFollowTheirConnections()
{
    const IspDataset &d = dataset(5000);
    QHash<qint64, const Customer *> customers;
    for (const Customer &customer : d.customers)
        customers.insert(customer.id, &customer);
    QHash<qint64, const Plan *> plans;
    for (const Plan &plan : d.plans)
        plans.insert(plan.id, &plan);
    QHash<QString, const PppSecret *> secrets;
    for (const PppSecret &secret : d.pppSecrets)
        secrets.insert(secret.name, &secret);

    qsizetype withCallerId = 0, withComment = 0;
    for (const Connection &connection : d.connections) {
        const PppSecret *secret = secrets.value(connection.pppoeUser);
        QVERIFY(secret);
        const Customer *customer = customers.value(connection.customerId);
        QCOMPARE(secret->disabled, customer->status != CustomerStatus::Active);
        QCOMPARE(secret->service, u"pppoe"_s);
        const Plan *plan = plans.value(*connection.planId);
        QVERIFY2(secret->profile.contains(QString::number(plan->downKbps / 1000) + u'M'), qPrintable(secret->profile));
        if (!secret->callerId.isEmpty()) {
            ++withCallerId;
            QCOMPARE(secret->callerId, connection.mac);
        }
        if (!secret->remoteAddress.isEmpty())
            QCOMPARE(secret->remoteAddress, connection.ip);
        if (!isCgnat(connection.ip))
            QCOMPARE(secret->remoteAddress, connection.ip); // a fixed public IP is always pinned
        withComment += secret->comment.isEmpty() ? 0 : 1;
    }
    VERIFY_RATIO("secrets with caller id", share(withCallerId, d.connections.size()), 0.25, 0.35);
    VERIFY_RATIO("secrets with a comment", share(withComment, d.connections.size()), 0.7, 0.9);

    static const QRegularExpression v7(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"_s);
    static const QRegularExpression v6(u"^[a-z]{3}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}$"_s);
    qsizetype v6Dates = 0;
    for (const PppSecret &secret : d.pppSecrets) {
        if (secret.lastLoggedOut.isEmpty())
            continue;
        const bool isV6 = v6.match(secret.lastLoggedOut).hasMatch();
        QVERIFY2(isV6 || v7.match(secret.lastLoggedOut).hasMatch(), qPrintable(secret.lastLoggedOut));
        v6Dates += isV6 ? 1 : 0;
    }
    QVERIFY(v6Dates > 0);
}

void DemoGeneratorTest::linesMatchThePlant()
{
    const IspDataset &d = dataset(5000);
    QHash<QString, int> onusPerUser;
    for (const Onu &onu : d.onus) {
        QVERIFY(!onu.name.isEmpty());
        if (!onu.pppoeUser.isEmpty())
            ++onusPerUser[onu.pppoeUser];
    }
    QHash<QString, const WirelessSubscriber *> smByMac;
    for (const WirelessSubscriber &sm : d.wirelessSubscribers)
        smByMac.insert(sm.mac, &sm);

    qsizetype fibre = 0, fibreWithOnu = 0;
    for (const Connection &connection : d.connections) {
        if (connection.technology == Technology::Fiber) {
            ++fibre;
            QVERIFY(onusPerUser.value(connection.pppoeUser) <= 1);
            fibreWithOnu += onusPerUser.value(connection.pppoeUser);
            QVERIFY2(!smByMac.contains(connection.mac), qPrintable(connection.mac));
        } else {
            // A wireless connection's MAC is its subscriber module's.
            const WirelessSubscriber *sm = smByMac.value(connection.mac);
            QVERIFY2(sm, qPrintable(connection.mac));
            QVERIFY(sm->pppoeUser.isEmpty() || sm->pppoeUser == connection.pppoeUser);
        }
    }
    VERIFY_RATIO("fibre connections whose ONU carries the user", share(fibreWithOnu, fibre), 0.92, 0.98);
}

void DemoGeneratorTest::ponPortsAreTypicallyFilled()
{
    const IspDataset &d = dataset(20'000);
    const auto ports = onusByPort(d);
    QList<qsizetype> sizes;
    for (const auto &onus : ports)
        sizes.append(onus.size());
    std::sort(sizes.begin(), sizes.end());
    QVERIFY(sizes.constLast() <= 64);
    QVERIFY(sizes.constLast() >= 60);
    const qsizetype typical = std::count_if(sizes.cbegin(), sizes.cend(), [](qsizetype s) { return s >= 20; });
    VERIFY_RATIO("ports with 20-64 ONUs", share(typical, sizes.size()), 0.9, 1.0);
    VERIFY_RATIO("median fill", double(sizes.at(sizes.size() / 2)), 30.0, 50.0);
}

void DemoGeneratorTest::opticalPowerIsRealistic_data()
{
    QTest::addColumn<int>("customers");
    QTest::newRow("5000") << 5000;
    QTest::newRow("20000") << 20'000;
}

void DemoGeneratorTest::opticalPowerIsRealistic()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    qsizetype online = 0, normal = 0, weak = 0, overload = 0, los = 0, powerFail = 0, offline = 0;
    for (const Onu &onu : d.onus) {
        QVERIFY(onu.lastStatusChange.has_value());
        QVERIFY(onu.distanceM && *onu.distanceM >= 200 && *onu.distanceM <= 18'000);
        switch (onu.status) {
        case OnuStatus::Online: {
            ++online;
            QVERIFY(onu.rxPowerDbm && onu.oltRxPowerDbm);
            const double rx = *onu.rxPowerDbm;
            normal += rx >= -25 && rx <= -18 ? 1 : 0;
            weak += rx < -27 ? 1 : 0;
            overload += rx > -8 ? 1 : 0;
            QVERIFY2(*onu.oltRxPowerDbm <= rx - 0.98 && *onu.oltRxPowerDbm >= rx - 4.52,
                     qPrintable(u"%1 / %2"_s.arg(rx).arg(*onu.oltRxPowerDbm)));
            QVERIFY(now - *onu.lastStatusChange >= 12 * 3600); // online for days
            break;
        }
        case OnuStatus::Los:
            ++los;
            QCOMPARE(onu.lastDownCause, u"LOS"_s);
            QVERIFY(!onu.rxPowerDbm && !onu.oltRxPowerDbm);
            break;
        case OnuStatus::PowerFail:
            ++powerFail;
            QCOMPARE(onu.lastDownCause, u"dying-gasp"_s);
            QVERIFY(!onu.rxPowerDbm);
            break;
        case OnuStatus::Offline:
            ++offline;
            QVERIFY(!onu.lastDownCause.isEmpty() && onu.lastDownCause != u"LOS" && onu.lastDownCause != u"dying-gasp");
            break;
        case OnuStatus::Disabled:
            break;
        }
        if (onu.status == OnuStatus::Los || onu.status == OnuStatus::PowerFail || onu.status == OnuStatus::Offline) {
            const qint64 ago = now - *onu.lastStatusChange;
            QVERIFY2(ago >= 60 && ago <= 24 * 3600, qPrintable(QString::number(ago))); // minutes to hours
        }
    }
    const qsizetype total = d.onus.size();
    VERIFY_RATIO("online ONUs in [-25, -18] dBm", share(normal, online), 0.85, 1.0);
    VERIFY_RATIO("weak (< -27 dBm)", share(weak, online), 0.01, 0.03);
    VERIFY_RATIO("overloaded (> -8 dBm)", share(overload, online), 0.001, 0.01);
    // LOS includes the planted port; the rest is the ~1% background.
    VERIFY_RATIO("LOS", share(los, total), 0.008, 0.035);
    VERIFY_RATIO("power fail", share(powerFail, total), 0.005, 0.015);
    VERIFY_RATIO("offline, other causes", share(offline, total), 0.002, 0.009);
}

void DemoGeneratorTest::radioLinksAreRealistic()
{
    const IspDataset &d = dataset(20'000);
    qsizetype online = 0, typicalRssi = 0, typicalSnr = 0, weak = 0, offline = 0;
    QSet<QString> products;
    for (const WirelessSubscriber &sm : d.wirelessSubscribers) {
        products.insert(sm.product);
        QVERIFY(sm.statusSeconds && *sm.statusSeconds > 0);
        if (!sm.online) {
            ++offline;
            QVERIFY(!sm.dlRssiDbm);
            continue;
        }
        ++online;
        QVERIFY(sm.dlRssiDbm && sm.ulRssiDbm && sm.dlSnrDb && sm.ulSnrDb && sm.distanceKm);
        typicalRssi += *sm.dlRssiDbm <= -55 && *sm.dlRssiDbm >= -72 ? 1 : 0;
        typicalSnr += *sm.dlSnrDb >= 22 && *sm.dlSnrDb <= 38 ? 1 : 0;
        weak += *sm.dlRssiDbm < -80 && *sm.dlSnrDb < 15 ? 1 : 0;
    }
    VERIFY_RATIO("RSSI in -55…-72 dBm", share(typicalRssi, online), 0.85, 1.0);
    VERIFY_RATIO("SNR in 22…38 dB", share(typicalSnr, online), 0.85, 1.0);
    VERIFY_RATIO("weak links", share(weak, online), 0.015, 0.05);
    VERIFY_RATIO("offline SMs", share(offline, d.wirelessSubscribers.size()), 0.005, 0.05);
    QVERIFY(products.contains(u"ePMP Force 300-25"_s));
    QVERIFY(products.contains(u"PMP 450b"_s));

    QHash<QString, int> sectorsPerTower;
    for (const AccessPoint &ap : d.accessPoints) {
        ++sectorsPerTower[ap.tower];
        QVERIFY2(ap.name.startsWith(ap.tower + u"-S"), qPrintable(ap.name));
        QVERIFY(ap.product == u"ePMP 3000" || ap.product == u"PMP 450m");
    }
    for (const int sectors : sectorsPerTower)
        QVERIFY(sectors == 3 || sectors == 4);
}

void DemoGeneratorTest::exactlyOnePonPortIsFullyDown_data()
{
    QTest::addColumn<int>("customers");
    QTest::newRow("5000") << 5000;
    QTest::newRow("20000") << 20'000;
}

void DemoGeneratorTest::exactlyOnePonPortIsFullyDown()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    const QList<PortKey> down = fullyDownPorts(d);
    QCOMPARE(down.size(), 1);
    const QList<qsizetype> onus = onusByPort(d).value(down.constFirst());
    QVERIFY(onus.size() >= 16);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const qsizetype i : onus) {
        const Onu &onu = d.onus.at(i);
        QCOMPARE(toString(onu.status), toString(OnuStatus::Los));
        QCOMPARE(onu.lastDownCause, u"LOS"_s);
        first = std::min(first, *onu.lastStatusChange);
        last = std::max(last, *onu.lastStatusChange);
    }
    QVERIFY2(last - first <= 180, qPrintable(QString::number(last - first)));
    QVERIFY2(now - last >= 35 * 60 && now - first <= 45 * 60, qPrintable(QString::number(now - first)));
}

void DemoGeneratorTest::exactlyOneAccessPointIsDownWithAllItsSms_data()
{
    QTest::addColumn<int>("customers");
    QTest::newRow("5000") << 5000;
    QTest::newRow("20000") << 20'000;
}

void DemoGeneratorTest::exactlyOneAccessPointIsDownWithAllItsSms()
{
    QFETCH(int, customers);
    const IspDataset &d = dataset(customers);
    QList<const AccessPoint *> down;
    for (const AccessPoint &ap : d.accessPoints) {
        if (!ap.online)
            down.append(&ap);
    }
    QCOMPARE(down.size(), 1);
    const AccessPoint &ap = *down.constFirst();
    QCOMPARE(ap.connectedSms, 0);
    qint64 shortest = std::numeric_limits<qint64>::max();
    qint64 longest = 0;
    int sms = 0;
    QHash<QString, QList<bool>> statesPerAp;
    for (const WirelessSubscriber &sm : d.wirelessSubscribers) {
        statesPerAp[sm.apMac].append(sm.online);
        if (sm.apMac != ap.mac)
            continue;
        ++sms;
        QVERIFY(!sm.online);
        shortest = std::min(shortest, *sm.statusSeconds);
        longest = std::max(longest, *sm.statusSeconds);
    }
    QVERIFY(sms >= 10);
    QVERIFY2(shortest >= 30 * 60 && longest <= 40 * 60, qPrintable(u"%1..%2"_s.arg(shortest).arg(longest)));
    QVERIFY(longest - shortest <= 5 * 60);
    for (auto it = statesPerAp.cbegin(); it != statesPerAp.cend(); ++it) {
        if (it.key() != ap.mac && it.value().size() >= 2)
            QVERIFY2(it.value().contains(true), qPrintable(it.key())); // no second, accidental outage
    }

    // cnMaestro alarms: the AP itself (critical) and every offline SM.
    const auto apAlarms = std::count_if(d.alarms.cbegin(), d.alarms.cend(), [&ap](const Alarm &alarm) {
        return alarm.deviceName == ap.name && alarm.severity == u"critical";
    });
    QCOMPARE(apAlarms, 1);
    const auto offlineSms = std::count_if(d.wirelessSubscribers.cbegin(), d.wirelessSubscribers.cend(),
                                          [](const WirelessSubscriber &sm) { return !sm.online; });
    QCOMPARE(d.alarms.size(), offlineSms + 1);
    for (const Alarm &alarm : d.alarms) {
        QCOMPARE(alarm.source, u"cnmaestro"_s);
        QCOMPARE(alarm.message, u"Device is offline."_s);
        QVERIFY(alarm.active);
        QVERIFY(*alarm.raisedAt < now);
    }
}

void DemoGeneratorTest::ticketsAreMostlyOpenComplaints()
{
    const IspDataset &d = dataset(20'000);
    qsizetype open = 0, noService = 0;
    QSet<QString> categories, statuses;
    for (const Ticket &ticket : d.tickets) {
        QCOMPARE(ticket.source, u"ispcube"_s);
        categories.insert(ticket.category);
        statuses.insert(ticket.status);
        QCOMPARE(ticket.closed, ticket.status == u"Cerrado");
        open += ticket.closed ? 0 : 1;
        noService += ticket.subject == u"Sin servicio" ? 1 : 0;
        QVERIFY(*ticket.createdAt <= now && *ticket.createdAt > now - 90 * 24 * 3600);
    }
    VERIFY_RATIO("open tickets", share(open, d.tickets.size()), 0.7, 0.95);
    VERIFY_RATIO("\"Sin servicio\"", share(noService, d.tickets.size()), 0.15, 0.6);
    QVERIFY(categories.contains(u"RECLAMOS"_s));
    QCOMPARE(statuses, (QSet<QString>{u"Abierto"_s, u"En proceso"_s, u"Cerrado"_s}));
}

void DemoGeneratorTest::namesAreSpanishWithAccents()
{
    const IspDataset &d = dataset(5000);
    static const QRegularExpression crmStyle(u"^[A-Z]+( [A-Z]+)+$"_s);
    qsizetype perez = 0, munoz = 0, crm = 0, accented = 0, companies = 0;
    QSet<QString> towns;
    for (const Customer &customer : d.customers) {
        const QStringList words = customer.name.split(u' ');
        perez += words.contains(u"Pérez"_s) ? 1 : 0;
        munoz += words.contains(u"Muñoz"_s) ? 1 : 0;
        crm += crmStyle.match(customer.name).hasMatch() ? 1 : 0;
        accented += Text::fold(customer.name) != customer.name.toLower() ? 1 : 0;
        companies += customer.docNumber.startsWith(u"30-") || customer.docNumber.startsWith(u"33-") ? 1 : 0;
        towns.insert(customer.town);
    }
    QVERIFY2(perez >= 50, qPrintable(QString::number(perez)));
    QVERIFY2(munoz >= 10, qPrintable(QString::number(munoz)));
    VERIFY_RATIO("CRM-style names without accents", share(crm, d.customers.size()), 0.08, 0.14);
    VERIFY_RATIO("names with accents", share(accented, d.customers.size()), 0.3, 0.9);
    QVERIFY(companies > 0);
    QVERIFY(towns.contains(u"Villa María"_s));
    QVERIFY(towns.contains(u"Río Cuarto"_s));
    QVERIFY(towns.size() >= 5);
}

void DemoGeneratorTest::documentsPhonesAndCodesArePlausible()
{
    const IspDataset &d = dataset(5000);
    static const QRegularExpression dni(u"^\\d{8}$"_s);
    static const QRegularExpression cuit(u"^(20|23|27|30|33)-\\d{8}-\\d$"_s);
    static const QRegularExpression code(u"^\\d{6}$"_s);
    static const QRegularExpression phoneText(u"^[0-9 ()+-]+$"_s);
    static const QRegularExpression email(u"^[a-z0-9._]+@[a-z0-9.]+\\.[a-z]+$"_s);
    static const QRegularExpression address(
        u"^(.+ \\d+( Dpto [A-F]| Piso \\d Dpto [A-F])?|Mza \\d+ Lote \\d+ - Bº .+)$"_s);
    QSet<QString> dnis;
    QSet<int> phoneLengths;
    qsizetype withEmail = 0;
    for (const Customer &customer : d.customers) {
        QVERIFY2(code.match(customer.code).hasMatch(), qPrintable(customer.code));
        if (dni.match(customer.docNumber).hasMatch()) {
            const int value = customer.docNumber.toInt();
            QVERIFY(value >= 10'000'000 && value < 50'000'000);
            QVERIFY2(!dnis.contains(customer.docNumber), qPrintable(customer.docNumber));
            dnis.insert(customer.docNumber);
        } else {
            QVERIFY2(cuit.match(customer.docNumber).hasMatch(), qPrintable(customer.docNumber));
            const QString digits = Text::digitsOnly(customer.docNumber);
            QCOMPARE(cuitCheckDigit(digits), digits.right(1).toInt());
        }
        for (const QString &phone : customer.phones) {
            QVERIFY2(phoneText.match(phone).hasMatch(), qPrintable(phone));
            phoneLengths.insert(int(Text::digitsOnly(phone).size()));
        }
        if (!customer.email.isEmpty()) {
            ++withEmail;
            QVERIFY2(email.match(customer.email).hasMatch(), qPrintable(customer.email));
        }
        QVERIFY2(address.match(customer.address).hasMatch(), qPrintable(customer.address));
        QVERIFY(QDate::fromString(customer.startDate, Qt::ISODate).isValid());
        QVERIFY(customer.startDate >= u"2012-01-01");
    }
    VERIFY_RATIO("customers with e-mail", share(withEmail, d.customers.size()), 0.35, 0.6);
    // Local only (6-7 digits), with the area code (10), with the trunk 0 (11), with 15 (12-13), +54 9 (13).
    for (const int length : phoneLengths)
        QVERIFY2(QList<int>({6, 7, 10, 11, 12, 13}).contains(length), qPrintable(QString::number(length)));
    QVERIFY(phoneLengths.contains(10) && phoneLengths.contains(11) && phoneLengths.contains(13));
    // The two notations of the spec: "353 415-2233" and "0353 452-1187".
    static const QRegularExpression bare(u"^353 \\d{3}-\\d{4}$"_s);
    static const QRegularExpression trunk(u"^0353 \\d{3}-\\d{4}$"_s);
    bool sawBare = false;
    bool sawTrunk = false;
    for (const Customer &customer : d.customers) {
        for (const QString &phone : customer.phones) {
            sawBare = sawBare || bare.match(phone).hasMatch();
            sawTrunk = sawTrunk || trunk.match(phone).hasMatch();
        }
    }
    QVERIFY(sawBare && sawTrunk);

    for (const Node &node : d.nodes) {
        QVERIFY(node.host.startsWith(u"10.255."));
        QVERIFY(node.apiPort == 8728 || (node.apiPort == 8729 && node.apiTls));
        QVERIFY2(QRegularExpression(u"^[A-Z]{3}-CCR-\\d{2}$"_s).match(node.name).hasMatch(), qPrintable(node.name));
    }
}

void DemoGeneratorTest::pppoeUsersAreVariedLowercaseAscii()
{
    const IspDataset &d = dataset(5000);
    static const QRegularExpression allowed(u"^[a-z0-9._]+$"_s);
    static const QRegularExpression code(u"^c\\d{6}"_s);
    static const QRegularExpression dni(u"^\\d{8}"_s);
    static const QRegularExpression townSuffix(u"_[a-z]{2}\\d*$"_s);
    qsizetype dotted = 0, byCode = 0, byDni = 0, byTown = 0;
    for (const PppSecret &secret : d.pppSecrets) {
        QVERIFY2(allowed.match(secret.name).hasMatch(), qPrintable(secret.name));
        dotted += secret.name.contains(u'.') ? 1 : 0;
        byCode += code.match(secret.name).hasMatch() ? 1 : 0;
        byDni += dni.match(secret.name).hasMatch() ? 1 : 0;
        byTown += townSuffix.match(secret.name).hasMatch() ? 1 : 0;
    }
    const qsizetype n = d.pppSecrets.size();
    VERIFY_RATIO("dotted users", share(dotted, n), 0.1, 0.35);
    VERIFY_RATIO("users from the CRM code", share(byCode, n), 0.05, 0.2);
    VERIFY_RATIO("users from the DNI", share(byDni, n), 0.01, 0.08);
    VERIFY_RATIO("users with a town suffix", share(byTown, n), 0.05, 0.2);
}

// --- scale ------------------------------------------------------------------------------------------

void DemoGeneratorTest::hundredThousandCustomersGenerateQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const IspDataset d = generateIsp({100'000, 20261125, now});
    const qint64 elapsed = timer.elapsed();
    qInfo("generated 100,000 customers in %lld ms: %lld connections, %lld secrets, %lld ONUs, %lld SMs, %lld OLTs",
          elapsed, qint64(d.connections.size()), qint64(d.pppSecrets.size()), qint64(d.onus.size()),
          qint64(d.wirelessSubscribers.size()), qint64(d.olts.size()));
    QCOMPARE(d.customers.size(), 100'000);
    QCOMPARE(d.nodes.size(), 250);
    // Generous: the target is well under 2 s optimised; this only catches accidental quadratic work,
    // also in debug and sanitizer builds.
    QVERIFY2(elapsed < 20'000, qPrintable(QString::number(elapsed)));
    const QStringList problems = integrityProblems(d);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(fullyDownPorts(d).size(), 1);
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "tst_demogenerator.moc"
