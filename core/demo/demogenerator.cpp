// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the demo ISP in dependency order: towns and routers, customers, the lines the CRM knows (and the
// few it does not), the fibre and wireless plant those lines run on, the incidents planted on that plant,
// and last the PPP secrets, alarms and tickets that follow from all of it. Only values, never I/O.
#include "demogenerator.h"

#include "demonames.h"
#include "demorandom.h"
#include "demoscenarios.h"
#include "util/textnormalize.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <utility>

namespace Beholder::Demo {

using namespace Qt::Literals::StringLiterals;

namespace {

// One random stream per stage, so that changing how one stage draws does not reshuffle the others.
enum Stream : quint64 {
    NodeStream = 1,
    CustomerStream,
    ConnectionStream,
    UnlinkedStream,
    FibreStream,
    WirelessStream,
    PonOutageStream,
    ApOutageStream,
    SecretStream,
    TicketStream,
    ScenarioStream,
};

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 argentinaUtcOffset = -3 * hour; // no daylight saving time since 2009

constexpr int customersPerNode = 400;
constexpr int fibreLinesPerOlt = 1000;
constexpr int maxOnusPerPort = 64;
constexpr int wirelessLinesPerTower = 110;
constexpr quint32 cgnatSize = 1U << 22; // 100.64.0.0/10

// Plans as the CRM lists them. Upload is half the download, except the symmetric business plans.
struct PlanSpec
{
    QString name;
    Technology technology;
    int downMbps;
    int upMbps;
    int priceArs;
    int weight;
    bool symmetric;
};

QList<PlanSpec> planSpecs()
{
    return {
        {u"Fibra 50 Mbps"_s, Technology::Fiber, 50, 25, 19'900, 10, false},
        {u"Fibra 100 Mbps"_s, Technology::Fiber, 100, 50, 24'900, 30, false},
        {u"Fibra 300 Mbps"_s, Technology::Fiber, 300, 150, 32'900, 30, false},
        {u"Fibra 500 Mbps"_s, Technology::Fiber, 500, 250, 39'900, 15, false},
        {u"Fibra 1000 Mbps"_s, Technology::Fiber, 1000, 500, 52'900, 7, false},
        {u"Fibra 300 Mbps Simétrico"_s, Technology::Fiber, 300, 300, 45'900, 0, true},
        {u"Fibra 1000 Mbps Simétrico"_s, Technology::Fiber, 1000, 1000, 84'900, 0, true},
        {u"Aire 6 Mbps"_s, Technology::Wireless, 6, 3, 15'900, 15, false},
        {u"Aire 10 Mbps"_s, Technology::Wireless, 10, 5, 18'900, 35, false},
        {u"Aire 20 Mbps"_s, Technology::Wireless, 20, 10, 23'900, 35, false},
        {u"Aire 30 Mbps"_s, Technology::Wireless, 30, 15, 27'900, 15, false},
    };
}

// --- formatting -------------------------------------------------------------------------------------

void appendPadded(QString &out, qint64 value, int width)
{
    const QString digits = QString::number(value);
    for (qsizetype i = digits.size(); i < width; ++i)
        out.append(u'0');
    out.append(digits);
}

QString padded(qint64 value, int width)
{
    QString out;
    appendPadded(out, value, width);
    return out;
}

QString hexDigits(quint64 value, int digits, bool upper = true)
{
    const char16_t *alphabet = upper ? u"0123456789ABCDEF" : u"0123456789abcdef";
    QString out(digits, Qt::Uninitialized);
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = QChar(alphabet[value & 0xF]);
        value >>= 4;
    }
    return out;
}

QString macText(quint64 mac)
{
    static constexpr char16_t alphabet[] = u"0123456789ABCDEF";
    QString out(17, u':');
    for (int octet = 0; octet < 6; ++octet) {
        const auto byte = unsigned((mac >> (8 * (5 - octet))) & 0xFF);
        out[octet * 3] = QChar(alphabet[byte >> 4]);
        out[octet * 3 + 1] = QChar(alphabet[byte & 0xF]);
    }
    return out;
}

constexpr quint32 ipv4(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

QString ipText(quint32 address)
{
    return QString::number(address >> 24) % u'.' % QString::number((address >> 16) & 0xFF) % u'.'
        % QString::number((address >> 8) & 0xFF) % u'.' % QString::number(address & 0xFF);
}

// The k-th usable host counted from `base` (a /24 boundary), skipping the .0 and .255 of every /24.
quint32 nthHost(quint32 base, int k)
{
    return base + quint32(k / 254) * 256 + 1 + quint32(k % 254);
}

// Lower-case ASCII letters and digits only: what a PPPoE user or an e-mail made from a name looks like.
QString asciiSlug(const QString &text)
{
    const QString folded = Text::fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar ch : folded) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
            out.append(ch);
    }
    return out;
}

QString crmUpper(const QString &text)
{
    return Text::fold(text).toUpper();
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Civil dates from day numbers and back (H. Hinnant's algorithms): exact, and no time-zone database.
struct CivilDate
{
    int year;
    int month;
    int day;
};

CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const auto doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {int(qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0)), int(m), int(d)};
}

qint64 daysFromCivil(int year, int month, int dayOfMonth)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const auto yoe = unsigned(year - era * 400);
    const unsigned doy = unsigned(153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + unsigned(dayOfMonth) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

QString isoDate(qint64 days)
{
    const CivilDate date = civilFromDays(days);
    QString out;
    out.reserve(10);
    appendPadded(out, date.year, 4);
    out.append(u'-');
    appendPadded(out, date.month, 2);
    out.append(u'-');
    appendPadded(out, date.day, 2);
    return out;
}

// RouterOS prints local time: v7 as "2026-11-24 18:03:11", v6 as "nov/24/2026 18:03:11".
QString routerOsTime(UnixTime time, bool v6, qint64 utcOffset)
{
    static const QList<QString> months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                          u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const qint64 local = time + utcOffset;
    const qint64 days = floorDiv(local, day);
    const qint64 seconds = local - days * day;
    const CivilDate date = civilFromDays(days);
    QString out;
    out.reserve(20);
    if (v6) {
        out.append(months.at(date.month - 1));
        out.append(u'/');
        appendPadded(out, date.day, 2);
        out.append(u'/');
        appendPadded(out, date.year, 4);
    } else {
        appendPadded(out, date.year, 4);
        out.append(u'-');
        appendPadded(out, date.month, 2);
        out.append(u'-');
        appendPadded(out, date.day, 2);
    }
    out.append(u' ');
    appendPadded(out, seconds / hour, 2);
    out.append(u':');
    appendPadded(out, (seconds / minute) % 60, 2);
    out.append(u':');
    appendPadded(out, seconds % 60, 2);
    return out;
}

// CUIT check digit (mod 11 with the AFIP weights); 10 means the number is not valid with this prefix.
int cuitCheckDigit(int prefix, int middle)
{
    static constexpr int weights[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int digits[10];
    digits[0] = prefix / 10;
    digits[1] = prefix % 10;
    for (int i = 9, rest = middle; i >= 2; --i, rest /= 10)
        digits[i] = rest % 10;
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += digits[i] * weights[i];
    const int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
}

QString cuitText(int prefix, int middle, int check)
{
    return QString::number(prefix) % u'-' % padded(middle, 8) % u'-' % QString::number(check);
}

// Largest-remainder apportionment of `total` seats by `weights`, optionally one seat each first.
QList<int> apportion(int total, const QList<int> &weights, bool atLeastOne)
{
    QList<int> seats(weights.size(), atLeastOne ? 1 : 0);
    if (weights.isEmpty())
        return seats;
    int remaining = total - (atLeastOne ? int(weights.size()) : 0);
    qint64 weightSum = 0;
    for (const int weight : weights)
        weightSum += weight;
    if (remaining <= 0)
        return seats;
    if (weightSum == 0) {
        seats[0] += remaining;
        return seats;
    }
    QList<qint64> remainders(weights.size());
    int given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const qint64 share = qint64(remaining) * weights[i];
        seats[i] += int(share / weightSum);
        given += int(share / weightSum);
        remainders[i] = share % weightSum;
    }
    for (int left = remaining - given; left > 0; --left) {
        const auto best = std::max_element(remainders.cbegin(), remainders.cend()) - remainders.cbegin();
        ++seats[best];
        remainders[best] = -1;
    }
    return seats;
}

const QList<QString> &zoneNames()
{
    static const QList<QString> zones = {u"CENTRO"_s, u"NORTE"_s, u"SUR"_s, u"ESTE"_s, u"OESTE"_s};
    return zones;
}

// "NORTE", "SUR", ..., then "NORTE-2": unique names for the k-th site in a town.
QString zoneName(int k, int firstZone = 0)
{
    const QList<QString> &zones = zoneNames();
    const int round = k / int(zones.size());
    const QString &zone = zones.at((k + firstZone) % zones.size());
    return round == 0 ? zone : zone % u'-' % QString::number(round + 1);
}

enum class Trouble {
    None,
    Degraded, // weak or overloaded optics, weak radio link
    Suspended,
    Down,   // ONU or SM down on its own
    Outage, // part of the planted PON or AP outage
};

struct CustomerInfo
{
    int town = 0;
    bool business = false;
    QString given;   // first given name, ASCII lower case: "maria"
    QString surname; // first surname, ASCII lower case: "perez"
    QString brand;   // businesses: "laespiga"
    QString dni;
    int firstLine = -1;
    int troubleLine = -1;
    Trouble trouble = Trouble::None;
};

// A PPPoE service as it exists on the network. Most have a CRM connection; the "not linked" ones do not.
struct Line
{
    int customer = -1; // -1: an install the CRM never got (ADR-005)
    int connection = -1;
    int town = 0;
    int node = 0;
    int plan = 0;
    Technology technology = Technology::Fiber;
    QString user;
    QString name; // what the installer typed on the ONU or SM
    QString address;
    QString ip;
    quint64 mac = 0;
    bool fixedIp = false;
    bool disabled = false; // suspended or cancelled: the router has the secret disabled
    bool cancelled = false;
    int onu = -1;
    int sm = -1;
    bool degraded = false;
    UnixTime downSince = 0; // when the ONU/SM went down, 0 while it is up
};

struct AddressPool
{
    quint32 base = 0;
    quint32 size = 0;
    quint32 cursor = 0;
};

struct PonPort
{
    qsizetype first = 0; // ONUs [first, first + count) in IspDataset::onus
    qsizetype count = 0;
};

class Generator
{
public:
    explicit Generator(const DemoOptions &options);
    DemoIsp run();

private:
    void makePlans();
    void makeNodes();
    void makeCustomers();
    void makePerson(DemoRandom &rng, Customer &customer, CustomerInfo &info, int style);
    void makeBusiness(DemoRandom &rng, Customer &customer, CustomerInfo &info);
    void makeConnections();
    void makeUnlinkedInstalls();
    void makeFibrePlant();
    void placeOnus(DemoRandom &rng, int olt, const QList<int> &lines);
    void makeOnu(DemoRandom &rng, Line &line, int olt, int board, int port, int onuIndex);
    void setOnlineOptics(DemoRandom &rng, Onu &onu, Line &line);
    void plantPonOutage();
    void makeWirelessPlant();
    void makeSm(DemoRandom &rng, int lineIndex, int ap);
    void setOnlineRadio(DemoRandom &rng, WirelessSubscriber &sm, Line &line);
    void plantApOutage();
    void plantScenarios();
    void assessTroubles();
    void makeSecrets();
    void makeAlarms();
    void makeTickets();

    QString phone(DemoRandom &rng, const DemoTown &town);
    QString streetAddress(DemoRandom &rng);
    QString personEmail(DemoRandom &rng, const CustomerInfo &info);
    QString userFor(DemoRandom &rng, const Customer &customer, const CustomerInfo &info, int nth);
    QString uniqueUser(const QString &base);
    quint64 uniqueMac(DemoRandom &rng, const QList<quint32> &ouis);
    int uniqueDni(DemoRandom &rng);
    QString allocateIp(DemoRandom &rng, int node, bool fixed);
    int pickNode(DemoRandom &rng, int town);
    int pickPlan(DemoRandom &rng, Technology technology, bool business);
    void raise(int customer, Trouble trouble, int line);

    const DemoOptions m_options;
    const DemoTables &m_tables;
    const UnixTime m_now;
    const int m_customerCount;
    IspDataset m_data;

    // ASCII forms of the name tables, index-aligned with them.
    QList<QString> m_maleAscii;
    QList<QString> m_femaleAscii;
    QList<QString> m_surnameAscii;
    QList<QString> m_brandAscii;
    QList<QString> m_maleLeadAscii;
    QList<QString> m_femaleLeadAscii;
    WeightedChoice m_surnameChoice;
    WeightedChoice m_emailDomainChoice;
    WeightedChoice m_userPatternChoice;

    QList<PlanSpec> m_planSpecs;
    QList<int> m_fibrePlans;
    QList<int> m_wirelessPlans;
    QList<int> m_symmetricPlans;
    WeightedChoice m_fibrePlanChoice;
    WeightedChoice m_wirelessPlanChoice;
    QList<QString> m_profiles; // RouterOS PPP profile per plan

    QList<int> m_activeTowns; // towns with routers, home town first
    WeightedChoice m_townChoice;
    QList<QList<int>> m_nodesByTown;
    QList<bool> m_nodeRunsV6;
    QList<AddressPool> m_pools;
    quint32 m_overflowCursor = 0;
    int m_publicCount = 0;

    QList<CustomerInfo> m_info;
    QList<Line> m_lines;

    QSet<QString> m_users;
    QHash<QString, int> m_nextSuffix;
    QSet<quint64> m_macs;
    QSet<QString> m_serials;
    QSet<int> m_dnis;

    QList<PonPort> m_ports;
    QList<int> m_onuLine;
    QList<bool> m_oltIsHuawei;
    int m_outagePort = -1;

    QList<int> m_smLine;
    QList<bool> m_apIsEpmp;
    QList<QList<int>> m_smsOfAp;
    int m_downAp = -1;
    qint64 m_apDownSeconds = 0;

    // The scenario catalogue: the lines chosen, the logouts their secrets must show, and the live state.
    QSet<int> m_scenarioLines;
    QHash<int, UnixTime> m_forcedLogout; // line -> when its secret last logged out
    QList<DemoScenario> m_scenarios;
    DemoLiveState m_live;
};

Generator::Generator(const DemoOptions &options)
    : m_options(options)
    , m_tables(demoTables())
    , m_now(options.now != 0 ? options.now : QDateTime::currentSecsSinceEpoch())
    , m_customerCount(std::max(0, options.customers))
{
    const auto foldAll = [](const QList<QString> &names) {
        QList<QString> out;
        out.reserve(names.size());
        for (const QString &name : names)
            out.append(asciiSlug(name));
        return out;
    };
    m_maleAscii = foldAll(m_tables.maleFirstNames);
    m_femaleAscii = foldAll(m_tables.femaleFirstNames);
    m_brandAscii = foldAll(m_tables.businessBrands);
    m_maleLeadAscii = foldAll(m_tables.maleCompoundLeads);
    m_femaleLeadAscii = foldAll(m_tables.femaleCompoundLeads);
    QList<int> weights;
    for (const WeightedText &surname : m_tables.surnames) {
        m_surnameAscii.append(asciiSlug(surname.text));
        weights.append(surname.weight);
    }
    m_surnameChoice = WeightedChoice(weights);
    weights.clear();
    for (const WeightedText &domain : m_tables.emailDomains)
        weights.append(domain.weight);
    m_emailDomainChoice = WeightedChoice(weights);
    // mperez3365, perez.maria, c003365, jgonzalez_vm, mariaperez, perezm, maria.perez, perez3365, DNI.
    m_userPatternChoice = WeightedChoice({25, 15, 12, 12, 10, 8, 8, 6, 4});
}

DemoIsp Generator::run()
{
    makePlans();
    makeNodes();
    makeCustomers();
    makeConnections();
    makeUnlinkedInstalls();
    makeFibrePlant();
    plantPonOutage();
    makeWirelessPlant();
    plantApOutage();
    plantScenarios();
    assessTroubles();
    makeSecrets();
    makeAlarms();
    makeTickets();
    return DemoIsp{std::move(m_data), std::move(m_scenarios), std::move(m_live)};
}

// --- catalogue and routers --------------------------------------------------------------------------

void Generator::makePlans()
{
    m_planSpecs = planSpecs();
    QList<int> fibreWeights;
    QList<int> wirelessWeights;
    for (qsizetype i = 0; i < m_planSpecs.size(); ++i) {
        const PlanSpec &spec = m_planSpecs.at(i);
        Plan plan;
        plan.id = 101 + i;
        plan.name = spec.name;
        plan.technology = spec.technology;
        plan.downKbps = qint64(spec.downMbps) * 1000;
        plan.upKbps = qint64(spec.upMbps) * 1000;
        plan.priceCents = qint64(spec.priceArs) * 100;
        m_data.plans.append(plan);

        const bool fibre = spec.technology == Technology::Fiber;
        m_profiles.append((fibre ? u"FTTH-"_s : u"WISP-"_s) % QString::number(spec.downMbps) % u'M'
                          % (spec.symmetric ? u"-SIM"_s : QString()));
        if (spec.symmetric) {
            m_symmetricPlans.append(int(i));
        } else if (fibre) {
            m_fibrePlans.append(int(i));
            fibreWeights.append(spec.weight);
        } else {
            m_wirelessPlans.append(int(i));
            wirelessWeights.append(spec.weight);
        }
    }
    m_fibrePlanChoice = WeightedChoice(fibreWeights);
    m_wirelessPlanChoice = WeightedChoice(wirelessWeights);
}

void Generator::makeNodes()
{
    DemoRandom rng(m_options.seed, NodeStream);
    const QList<DemoTown> &towns = m_tables.towns;
    const int nodeCount = std::max(3, (m_customerCount + customersPerNode / 2) / customersPerNode);
    // A small ISP lives in its biggest towns; it reaches the others as it grows.
    const int townCount = std::min(int(towns.size()), nodeCount);
    QList<int> weights;
    for (int t = 0; t < townCount; ++t) {
        m_activeTowns.append(t);
        weights.append(towns.at(t).weight);
    }
    m_townChoice = WeightedChoice(weights);
    const QList<int> nodesPerTown = apportion(nodeCount, weights, true);

    const WeightedChoice modelChoice({40, 25, 25, 10});
    m_nodesByTown.resize(towns.size());
    m_data.nodes.reserve(nodeCount);
    for (int t = 0; t < townCount; ++t) {
        const DemoTown &town = towns.at(t);
        for (int k = 0; k < nodesPerTown.at(t); ++k) {
            const int index = int(m_data.nodes.size());
            Node node;
            node.id = index + 1;
            node.name = town.code % u"-CCR-"_s % padded(k + 1, 2);
            node.code = town.code % padded(k + 1, 2);
            node.town = town.name;
            node.host = ipText(nthHost(ipv4(10, 255, 0, 0), index));
            node.apiTls = rng.chance(0.12);
            node.apiPort = node.apiTls ? 8729 : 8728;
            node.model = m_tables.routerModels.at(modelChoice.draw(rng));
            // The older CCRs still run RouterOS v6, which prints dates differently.
            m_nodeRunsV6.append(node.model.startsWith(u"CCR10"));
            m_nodesByTown[t].append(index);
            m_data.nodes.append(node);
        }
    }

    // One CGNAT block per router, as large as the /10 allows, so addresses hint at the router.
    const quint32 perNode = std::clamp<quint32>(cgnatSize / quint32(nodeCount) / 256 * 256, 256, 16384);
    for (int n = 0; n < nodeCount; ++n) {
        AddressPool pool;
        pool.base = ipv4(100, 64, 0, 0) + quint32(n) * perNode;
        pool.size = perNode;
        pool.cursor = quint32(rng.uniformInt(2, 40));
        m_pools.append(pool);
    }
    m_overflowCursor = quint32(nodeCount) * perNode;
}

int Generator::pickNode(DemoRandom &rng, int town)
{
    const QList<int> &nodes = m_nodesByTown.at(town);
    return nodes.at(rng.uniformInt(0, int(nodes.size()) - 1));
}

int Generator::pickPlan(DemoRandom &rng, Technology technology, bool business)
{
    if (technology == Technology::Wireless)
        return m_wirelessPlans.at(m_wirelessPlanChoice.draw(rng));
    if (business && rng.chance(0.4))
        return m_symmetricPlans.at(rng.uniformInt(0, int(m_symmetricPlans.size()) - 1));
    return m_fibrePlans.at(m_fibrePlanChoice.draw(rng));
}

QString Generator::allocateIp(DemoRandom &rng, int node, bool fixed)
{
    const auto take = [](quint32 &cursor) {
        while ((cursor & 0xFF) == 0 || (cursor & 0xFF) == 255)
            ++cursor;
        return cursor++;
    };
    const bool gap = rng.chance(0.08); // released addresses leave holes
    if (fixed && m_publicCount < 128 * 254)
        return ipText(nthHost(ipv4(200, 69, 128, 0), m_publicCount++));
    AddressPool &pool = m_pools[node];
    if (gap)
        ++pool.cursor;
    if (pool.cursor < pool.size) {
        const quint32 offset = take(pool.cursor);
        if (offset < pool.size)
            return ipText(pool.base + offset);
    }
    // A router that outgrew its block borrows from the shared remainder of the /10.
    if (m_overflowCursor < cgnatSize) {
        const quint32 offset = take(m_overflowCursor);
        if (offset < cgnatSize)
            return ipText(ipv4(100, 64, 0, 0) + offset);
    }
    return {};
}

// --- customers --------------------------------------------------------------------------------------

int Generator::uniqueDni(DemoRandom &rng)
{
    for (;;) {
        const int dni = rng.uniformInt(12'000'000, 46'999'999);
        if (!m_dnis.contains(dni)) {
            m_dnis.insert(dni);
            return dni;
        }
    }
}

QString Generator::phone(DemoRandom &rng, const DemoTown &town)
{
    // Argentine numbers have ten digits with the area code; the local part of a landline in these
    // towns starts with 4, a mobile with 4, 5 or 6. People type them in every notation there is.
    const QString &area = town.areaCode;
    const int localDigits = 10 - int(area.size());
    const bool mobile = rng.chance(0.65);
    const int lead = mobile ? rng.uniformInt(4, 6) : 4;
    int limit = 1;
    for (int i = 1; i < localDigits; ++i)
        limit *= 10;
    const QString local = QString::number(lead) % padded(rng.uniformInt(0, limit - 1), localDigits - 1);
    const QString split = local.left(local.size() - 4) % u'-' % local.right(4);
    const int form = rng.uniformInt(0, 99);
    if (mobile) {
        if (form < 35)
            return area % u' ' % split; // 353 415-2233
        if (form < 55)
            return area % local; // 3534152233
        if (form < 70)
            return u"+54 9 "_s % area % u' ' % split;
        if (form < 90)
            return area % u" 15-"_s % split; // the old mobile prefix
        return u'0' % area % u" 15 "_s % local;
    }
    if (form < 45)
        return u'0' % area % u' ' % split; // 0353 452-1187
    if (form < 70)
        return area % u' ' % split;
    if (form < 85)
        return u"(0"_s % area % u") "_s % local;
    return split; // typed without the area code
}

QString Generator::streetAddress(DemoRandom &rng)
{
    // One draw per statement throughout: the operands of % and + are unsequenced in C++, so two draws
    // in one expression could come out in a different order on another compiler.
    const int form = rng.uniformInt(0, 99);
    if (form < 4) {
        const int block = rng.uniformInt(1, 40);
        const int lot = rng.uniformInt(1, 30);
        const QString &neighbourhood = rng.pick(m_tables.neighbourhoods);
        return u"Mza "_s % QString::number(block) % u" Lote "_s % QString::number(lot) % u" - Bº "_s % neighbourhood;
    }
    const QString &street = rng.pick(m_tables.streets);
    const int number = rng.uniformInt(50, 3999);
    QString text = street % u' ' % QString::number(number);
    const QChar flat(char16_t(u'A' + rng.uniformInt(0, 5)));
    if (form < 14) {
        text += u" Dpto "_s % flat;
    } else if (form < 18) {
        const int floor = rng.uniformInt(1, 9);
        text += u" Piso "_s % QString::number(floor) % u" Dpto "_s % flat;
    }
    return text;
}

QString Generator::personEmail(DemoRandom &rng, const CustomerInfo &info)
{
    const QString &domain = m_tables.emailDomains.at(m_emailDomainChoice.draw(rng)).text;
    const int number = rng.uniformInt(1, 99);
    switch (rng.uniformInt(0, 3)) {
    case 0:
        return info.given % u'.' % info.surname % u'@' % domain;
    case 1:
        return info.given.left(1) % info.surname % QString::number(number) % u'@' % domain;
    case 2:
        return info.surname % info.given % padded(number, 2) % u'@' % domain;
    default:
        return info.given % u'_' % info.surname % QString::number(number) % u'@' % domain;
    }
}

void Generator::makePerson(DemoRandom &rng, Customer &customer, CustomerInfo &info, int style)
{
    const bool male = rng.chance(0.5);
    const QList<QString> &names = male ? m_tables.maleFirstNames : m_tables.femaleFirstNames;
    const QList<QString> &ascii = male ? m_maleAscii : m_femaleAscii;
    QString given;
    const int first = rng.uniformInt(0, int(names.size()) - 1);
    if (rng.chance(0.22)) { // Juan Carlos, María Laura
        const QList<QString> &leads = male ? m_tables.maleCompoundLeads : m_tables.femaleCompoundLeads;
        const int leadIndex = rng.uniformInt(0, int(leads.size()) - 1);
        const QString &lead = leads.at(leadIndex);
        const QString &second = names.at(first) == lead ? names.at((first + 1) % names.size()) : names.at(first);
        given = lead % u' ' % second;
        info.given = (male ? m_maleLeadAscii : m_femaleLeadAscii).at(leadIndex);
    } else {
        given = names.at(first);
        info.given = ascii.at(first);
    }
    const qsizetype surnameIndex = m_surnameChoice.draw(rng);
    QString surname = m_tables.surnames.at(surnameIndex).text;
    if (rng.chance(0.08)) {
        const qsizetype other = m_surnameChoice.draw(rng);
        if (other != surnameIndex)
            surname += u' ' % m_tables.surnames.at(other).text;
    }
    info.surname = m_surnameAscii.at(surnameIndex);

    if (style == 1) // typed into the CRM in capitals, surname first, without accents: "PEREZ JUAN CARLOS"
        customer.name = crmUpper(surname % u' ' % given);
    else if (style == 2) // surname first, as some operators write it
        customer.name = surname % u' ' % given;
    else
        customer.name = given % u' ' % surname;

    const int dni = uniqueDni(rng);
    info.dni = QString::number(dni);
    customer.docNumber = info.dni;
    if (rng.chance(0.45))
        customer.email = personEmail(rng, info);
}

void Generator::makeBusiness(DemoRandom &rng, Customer &customer, CustomerInfo &info)
{
    info.business = true;
    const QString &kind = rng.pick(m_tables.businessKinds);
    const int brand = rng.uniformInt(0, int(m_tables.businessBrands.size()) - 1);
    info.brand = m_brandAscii.at(brand);
    const bool company = rng.chance(0.6);
    customer.name
        = kind % u' ' % m_tables.businessBrands.at(brand) % (company ? rng.pick(m_tables.companyForms) : QString());
    if (rng.chance(0.1))
        customer.name = crmUpper(customer.name);

    // Companies have a 30- CUIT; a sole trader's CUIT wraps the owner's DNI in 20- or 27-. When the
    // check digit would be 10, AFIP switches to 33- or 23-; if that fails too, draw another number.
    for (;;) {
        const int prefix = company ? 30 : (rng.chance(0.5) ? 20 : 27);
        const int middle = company ? rng.uniformInt(70'000'000, 71'999'999) : uniqueDni(rng);
        int check = cuitCheckDigit(prefix, middle);
        if (check != 10) {
            customer.docNumber = cuitText(prefix, middle, check);
            break;
        }
        const int alternative = company ? 33 : 23;
        check = cuitCheckDigit(alternative, middle);
        if (check != 10) {
            customer.docNumber = cuitText(alternative, middle, check);
            break;
        }
    }
    if (rng.chance(0.75)) {
        switch (rng.uniformInt(0, 2)) {
        case 0:
            customer.email = u"info@"_s % info.brand % u".com.ar"_s;
            break;
        case 1:
            customer.email = u"administracion@"_s % info.brand % u".com.ar"_s;
            break;
        default:
            customer.email = info.brand % u"@gmail.com"_s;
            break;
        }
    }
}

void Generator::makeCustomers()
{
    DemoRandom rng(m_options.seed, CustomerStream);
    const int count = m_customerCount;
    m_data.customers.reserve(count);
    m_info.reserve(count);
    m_dnis.reserve(count + count / 20);

    // Ids grow with the start date, with the gaps that deleted records leave.
    qint64 id = 1000;
    qint64 code = 100;
    const qint64 firstDay = daysFromCivil(2012, 3, 1);
    const qint64 lastDay = std::max(firstDay + 1, floorDiv(m_now + argentinaUtcOffset, day) - 7);
    const qint64 span = lastDay - firstDay;
    for (int i = 0; i < count; ++i) {
        id += rng.uniformInt(1, 3);
        code += rng.uniformInt(1, 2);
        Customer customer;
        CustomerInfo info;
        info.town = m_activeTowns.at(m_townChoice.draw(rng));
        const DemoTown &town = m_tables.towns.at(info.town);
        customer.id = id;
        customer.code = padded(code, 6);
        customer.town = town.name;

        const int kind = rng.uniformInt(0, 999);
        if (kind < 30)
            makeBusiness(rng, customer, info);
        else
            makePerson(rng, customer, info, kind < 130 ? 1 : (kind < 160 ? 2 : 0));

        customer.phones.append(phone(rng, town));
        if (rng.chance(0.3))
            customer.phones.append(phone(rng, town));
        customer.address = streetAddress(rng);
        if (rng.chance(0.92)) { // the CRM has coordinates for most, not all
            customer.latitude = std::round((town.latitude + rng.normal(0.0, 0.012)) * 1e6) / 1e6;
            customer.longitude = std::round((town.longitude + rng.normal(0.0, 0.015)) * 1e6) / 1e6;
        }

        const qint64 startDay
            = std::clamp(firstDay + span * i / std::max(1, count) + rng.uniformInt(-20, 20), firstDay, lastDay);
        customer.startDate = isoDate(startDay);

        const int status = rng.uniformInt(0, 999);
        const qint64 month = 2'490'000; // a typical monthly bill, in cents
        if (status < 920) {
            customer.status = CustomerStatus::Active;
            customer.statusRaw = rng.chance(0.2) ? u"active"_s : u"enabled"_s;
            if (rng.chance(0.15)) // owes the current month
                customer.debtCents = month / 2 + rng.uniformInt(0, 1'500'000);
        } else if (status < 970) {
            customer.status = CustomerStatus::Suspended;
            customer.statusRaw = rng.chance(0.5) ? u"blocked"_s : u"no_service"_s;
            const int months = rng.uniformInt(1, 4);
            customer.debtCents = month * months + rng.uniformInt(0, 99'999);
        } else {
            customer.status = CustomerStatus::Cancelled;
            const int word = rng.uniformInt(0, 9);
            customer.statusRaw = word < 5 ? u"cancelled"_s : (word < 8 ? u"deleted"_s : u"inactive"_s);
            if (rng.chance(0.4)) {
                const int months = rng.uniformInt(1, 3);
                customer.debtCents = month * months + rng.uniformInt(0, 99'999);
            }
        }
        m_data.customers.append(std::move(customer));
        m_info.append(std::move(info));
    }
}

// --- lines ------------------------------------------------------------------------------------------

QString Generator::uniqueUser(const QString &base)
{
    if (!m_users.contains(base)) {
        m_users.insert(base);
        return base;
    }
    // "mariaperez" is taken: "mariaperez2", "mariaperez3"... remembering where each base got to, so
    // that popular names do not probe the whole series again.
    int &suffix = m_nextSuffix[base];
    for (int k = std::max(2, suffix);; ++k) {
        QString candidate = base % QString::number(k);
        if (!m_users.contains(candidate)) {
            suffix = k + 1;
            m_users.insert(candidate);
            return candidate;
        }
    }
}

QString Generator::userFor(DemoRandom &rng, const Customer &customer, const CustomerInfo &info, int nth)
{
    const QString digits = QString::number(customer.code.toLongLong());
    QString base;
    if (info.business) {
        switch (rng.uniformInt(0, 2)) {
        case 0:
            base = info.brand;
            break;
        case 1:
            base = info.brand % digits;
            break;
        default:
            base = u'c' % customer.code;
            break;
        }
    } else {
        const QString &f = info.given;
        const QString &s = info.surname;
        switch (m_userPatternChoice.draw(rng)) {
        case 0:
            base = f.left(1) % s % digits; // mperez3365
            break;
        case 1:
            base = s % u'.' % f; // perez.maria
            break;
        case 2:
            base = u'c' % customer.code; // c003365
            break;
        case 3:
            base = f.left(1) % s % u'_' % m_tables.towns.at(info.town).code.left(2).toLower(); // jgonzalez_vm
            break;
        case 4:
            base = f % s; // mariaperez
            break;
        case 5:
            base = s % f.left(1); // perezm
            break;
        case 6:
            base = f % u'.' % s; // maria.perez
            break;
        case 7:
            base = s % digits; // perez3365
            break;
        default:
            base = info.dni; // some ISPs use the DNI as the user
            break;
        }
    }
    if (nth > 0)
        base += rng.chance(0.5) ? u"_2"_s : u"2"_s;
    return uniqueUser(base);
}

quint64 Generator::uniqueMac(DemoRandom &rng, const QList<quint32> &ouis)
{
    for (;;) {
        const quint64 oui = rng.pick(ouis);
        const quint64 mac = (oui << 24) | (rng.next() & 0xFFFFFF);
        if (!m_macs.contains(mac)) {
            m_macs.insert(mac);
            return mac;
        }
    }
}

void Generator::makeConnections()
{
    DemoRandom rng(m_options.seed, ConnectionStream);
    const qsizetype expected = m_customerCount + m_customerCount / 16 + 16;
    m_data.connections.reserve(expected);
    m_lines.reserve(expected + expected / 50);
    m_users.reserve(expected + expected / 50);
    m_macs.reserve(expected + expected / 10);

    qint64 id = 16000;
    for (int c = 0; c < m_customerCount; ++c) {
        const Customer &customer = m_data.customers.at(c);
        CustomerInfo &info = m_info[c];
        const bool cancelled = customer.status == CustomerStatus::Cancelled;
        // Some cancelled accounts already had their service removed; a few customers have two.
        int count = 1;
        if (cancelled && rng.chance(0.35))
            count = 0;
        else if (rng.chance(info.business ? 0.15 : 0.05))
            count = 2;
        for (int k = 0; k < count; ++k) {
            id += rng.uniformInt(1, 3);
            Line line;
            line.customer = c;
            line.connection = int(m_data.connections.size());
            line.town = info.town;
            line.node = pickNode(rng, info.town);
            line.technology = rng.chance(info.business ? 0.08 : 0.2) ? Technology::Wireless : Technology::Fiber;
            line.plan = pickPlan(rng, line.technology, info.business);
            line.user = userFor(rng, customer, info, k);
            line.name = customer.name;
            line.address = (k == 0 || rng.chance(0.5)) ? customer.address : streetAddress(rng);
            line.fixedIp = rng.chance(info.business ? 0.4 : 0.04);
            line.ip = allocateIp(rng, line.node, line.fixedIp);
            line.disabled = customer.status != CustomerStatus::Active;
            line.cancelled = cancelled;

            Connection connection;
            connection.id = id;
            connection.customerId = customer.id;
            connection.pppoeUser = line.user;
            connection.nodeId = m_data.nodes.at(line.node).id;
            connection.planId = m_data.plans.at(line.plan).id;
            connection.technology = line.technology;
            connection.address = line.address;
            connection.ip = line.ip;
            // The MAC is the CPE's, known once the plant is built.
            if (info.firstLine < 0)
                info.firstLine = int(m_lines.size());
            m_data.connections.append(std::move(connection));
            m_lines.append(std::move(line));
        }
    }
}

void Generator::makeUnlinkedInstalls()
{
    // ADR-005: installs that reached the routers (and the OLT) but never the CRM. About 1%.
    DemoRandom rng(m_options.seed, UnlinkedStream);
    const int count = int((m_data.connections.size() + 50) / 100);
    for (int i = 0; i < count; ++i) {
        Line line;
        line.town = m_activeTowns.at(m_townChoice.draw(rng));
        line.node = pickNode(rng, line.town);
        line.technology = rng.chance(0.2) ? Technology::Wireless : Technology::Fiber;
        line.plan = pickPlan(rng, line.technology, false);

        const bool male = rng.chance(0.5);
        const QList<QString> &names = male ? m_tables.maleFirstNames : m_tables.femaleFirstNames;
        const QList<QString> &ascii = male ? m_maleAscii : m_femaleAscii;
        const int first = rng.uniformInt(0, int(names.size()) - 1);
        const qsizetype surname = m_surnameChoice.draw(rng);
        line.name = names.at(first) % u' ' % m_tables.surnames.at(surname).text;
        const QString &f = ascii.at(first);
        const QString &s = m_surnameAscii.at(surname);
        switch (rng.uniformInt(0, 3)) {
        case 0:
            line.user = uniqueUser(f.left(1) % s % QString::number(rng.uniformInt(1, 999)));
            break;
        case 1:
            line.user = uniqueUser(f % s);
            break;
        case 2:
            line.user = uniqueUser(s % f.left(1));
            break;
        default:
            line.user = uniqueUser(f.left(1) % s % u'_' % m_tables.towns.at(line.town).code.left(2).toLower());
            break;
        }
        line.address = streetAddress(rng);
        line.fixedIp = rng.chance(0.03);
        line.ip = allocateIp(rng, line.node, line.fixedIp);
        m_lines.append(std::move(line));
    }
}

// --- fibre ------------------------------------------------------------------------------------------

void Generator::makeFibrePlant()
{
    DemoRandom rng(m_options.seed, FibreStream);
    const QList<DemoTown> &towns = m_tables.towns;
    const int townCount = int(towns.size());

    QList<QList<int>> linesByTown(townCount);
    int fibreConnections = 0;
    for (int l = 0; l < m_lines.size(); ++l) {
        const Line &line = m_lines.at(l);
        if (line.technology != Technology::Fiber)
            continue;
        linesByTown[line.town].append(l);
        if (line.connection >= 0)
            ++fibreConnections;
    }
    const int oltCount = std::max(2, (fibreConnections + fibreLinesPerOlt / 2) / fibreLinesPerOlt);
    QList<int> weights;
    for (const QList<int> &lines : linesByTown)
        weights.append(int(lines.size()));
    const QList<int> oltsPerTown = apportion(oltCount, weights, false);

    // Towns without an OLT of their own are fed from the nearest town that has one.
    QList<int> feeder(townCount, 0);
    for (int t = 0; t < townCount; ++t) {
        if (oltsPerTown.at(t) > 0) {
            feeder[t] = t;
            continue;
        }
        double best = -1;
        for (int u = 0; u < townCount; ++u) {
            if (oltsPerTown.at(u) == 0)
                continue;
            const double dLat = towns.at(t).latitude - towns.at(u).latitude;
            const double dLng = towns.at(t).longitude - towns.at(u).longitude;
            const double distance = dLat * dLat + dLng * dLng;
            if (best < 0 || distance < best) {
                best = distance;
                feeder[t] = u;
            }
        }
    }

    QList<QList<int>> oltsOfTown(townCount);
    QList<int> oltTown;
    for (int t = 0; t < townCount; ++t) {
        for (int k = 0; k < oltsPerTown.at(t); ++k) {
            const int index = int(m_data.olts.size());
            Olt olt;
            olt.id = index + 1;
            // The home town's OLTs are named by zone; the others carry the town's name.
            if (t == 0)
                olt.name = u"OLT-"_s % zoneName(k);
            else if (k == 0)
                olt.name = u"OLT-"_s % towns.at(t).slug;
            else
                olt.name = u"OLT-"_s % towns.at(t).slug % u'-' % zoneName(k - 1, 1);
            olt.host = ipText(ipv4(10, 254, quint32(t + 1), quint32(10 + k)));
            olt.snmpPort = rng.chance(0.2) ? 2161 : 161;
            m_oltIsHuawei.append(rng.chance(0.55));
            oltsOfTown[t].append(index);
            oltTown.append(t);
            m_data.olts.append(olt);
        }
    }
    // Both vendors always: the demo must exercise both SNMP dialects.
    if (!m_oltIsHuawei.contains(true))
        m_oltIsHuawei.last() = true;
    else if (!m_oltIsHuawei.contains(false))
        m_oltIsHuawei.last() = false;

    QList<QList<int>> linesOfOlt(oltCount);
    for (int t = 0; t < townCount; ++t) {
        const QList<int> &candidates = oltsOfTown.at(feeder.at(t));
        for (const int l : linesByTown.at(t))
            linesOfOlt[candidates.at(rng.uniformInt(0, int(candidates.size()) - 1))].append(l);
    }

    // A chassis for the busy sites, a compact one elsewhere; then no OLT may hold more than it fits.
    QList<qsizetype> capacity;
    for (int o = 0; o < oltCount; ++o) {
        const bool huawei = m_oltIsHuawei.at(o);
        const bool large = linesOfOlt.at(o).size() > 1200 || rng.chance(0.25);
        const OltModel *chosen = nullptr;
        for (const OltModel &model : m_tables.oltModels) {
            if ((model.vendor == u"huawei") == huawei && model.large == large)
                chosen = &model;
        }
        Q_ASSERT(chosen);
        capacity.append(qsizetype(chosen->boardCount) * chosen->portsPerBoard * maxOnusPerPort);
        m_data.olts[o].vendor = chosen->vendor;
        m_data.olts[o].model = chosen->model;
    }
    for (int o = 0; o < oltCount; ++o) {
        while (linesOfOlt.at(o).size() > capacity.at(o)) {
            int roomiest = -1;
            for (int p = 0; p < oltCount; ++p) {
                if (linesOfOlt.at(p).size() < capacity.at(p)
                    && (roomiest < 0
                        || capacity.at(p) - linesOfOlt.at(p).size()
                            > capacity.at(roomiest) - linesOfOlt.at(roomiest).size()))
                    roomiest = p;
            }
            if (roomiest < 0)
                break; // more fibre than 100 chassis hold: far beyond any demo size
            linesOfOlt[roomiest].append(linesOfOlt[o].takeLast());
        }
    }

    m_data.onus.reserve(fibreConnections + fibreConnections / 50 + 8);
    m_onuLine.reserve(m_data.onus.capacity());
    m_serials.reserve(m_data.onus.capacity());
    for (int o = 0; o < oltCount; ++o)
        placeOnus(rng, o, linesOfOlt.at(o));
}

void Generator::placeOnus(DemoRandom &rng, int olt, const QList<int> &lines)
{
    const OltModel *model = nullptr;
    for (const OltModel &candidate : m_tables.oltModels) {
        if (candidate.model == m_data.olts.at(olt).model)
            model = &candidate;
    }
    Q_ASSERT(model);
    const int ports = model->boardCount * model->portsPerBoard;
    qsizetype next = 0;
    for (int slot = 0; slot < ports && next < lines.size(); ++slot) {
        const qsizetype remaining = lines.size() - next;
        const int portsLeft = ports - slot;
        const int needed = int((remaining + portsLeft - 1) / portsLeft);
        if (needed < 16 && rng.chance(0.04))
            continue; // a port kept free for growth
        // Ports fill between 20 and 64 ONUs, unless the OLT is running out of ports.
        const int fill
            = int(std::min<qsizetype>(std::clamp(rng.uniformInt(20, 64), needed, maxOnusPerPort), remaining));
        const int board = model->firstBoard + slot / model->portsPerBoard;
        const int port = model->firstPort + slot % model->portsPerBoard;
        PonPort pon;
        pon.first = m_data.onus.size();
        pon.count = fill;
        int onuIndex = model->firstOnuIndex;
        for (int j = 0; j < fill; ++j) {
            // Deleted ONUs leave holes in the numbering, as long as the port's range allows it.
            const int roomForGaps = model->lastOnuIndex - onuIndex - (fill - j - 1);
            if (rng.chance(0.06) && roomForGaps >= 2)
                onuIndex += 1;
            m_onuLine.append(lines.at(next));
            makeOnu(rng, m_lines[lines.at(next)], olt, board, port, onuIndex);
            ++onuIndex;
            ++next;
        }
        m_ports.append(pon);
    }
    Q_ASSERT(next == lines.size());
}

void Generator::setOnlineOptics(DemoRandom &rng, Onu &onu, Line &line)
{
    // ONU Rx (1490 nm) around -21.5 dBm; a few weak below the -27 dBm budget, a few overloaded above
    // -8 dBm, a few in the warning band. The OLT hears the ONU (1310 nm) a few dB weaker.
    const int shape = rng.uniformInt(0, 9999);
    double rx;
    if (shape < 200) {
        rx = rng.uniformReal(-31.5, -27.2);
        line.degraded = true;
    } else if (shape < 240) {
        rx = rng.uniformReal(-7.8, -4.5);
        line.degraded = true;
    } else if (shape < 540) {
        rx = rng.uniformReal(-26.9, -24.0);
    } else {
        rx = std::clamp(rng.normal(-21.5, 1.5), -24.9, -15.5);
    }
    onu.rxPowerDbm = round2(rx);
    onu.oltRxPowerDbm = round2(rx - rng.uniformReal(1.0, 4.5));
}

void Generator::makeOnu(DemoRandom &rng, Line &line, int olt, int board, int port, int onuIndex)
{
    const bool huawei = m_oltIsHuawei.at(olt);
    const bool tplink = rng.chance(0.05);
    const bool bridged = rng.chance(0.05); // the customer's own router dials PPPoE
    const QList<OnuModel> &family = tplink ? m_tables.tplinkOnus : (huawei ? m_tables.huaweiOnus : m_tables.zteOnus);
    int total = 0;
    for (const OnuModel &model : family)
        total += model.bridge == bridged ? model.weight : 0;
    int ticket = rng.uniformInt(0, total - 1);
    const OnuModel *chosen = nullptr;
    for (const OnuModel &model : family) {
        if (model.bridge != bridged)
            continue;
        if (ticket < model.weight) {
            chosen = &model;
            break;
        }
        ticket -= model.weight;
    }
    Q_ASSERT(chosen);

    Onu onu;
    for (;;) {
        onu.serial = chosen->serialPrefix % hexDigits(rng.next() & 0xFFFFFFFF, 8);
        if (!m_serials.contains(onu.serial))
            break;
    }
    m_serials.insert(onu.serial);
    onu.externalId = onu.serial;
    onu.oltId = m_data.olts.at(olt).id;
    onu.board = board;
    onu.port = port;
    onu.onuIndex = onuIndex;
    // A bridged ONU has no PPPoE of its own; integrators then name it after
    // the PPPoE user (external-apis.md §6), which is how it is matched.
    onu.name = bridged ? line.user : line.name;
    onu.pppoeUser = bridged ? QString() : line.user;
    onu.model = chosen->model;
    onu.distanceM = rng.chance(0.75) ? rng.uniformInt(200, 6000) : rng.uniformInt(6000, 18000);

    // The CPE MAC the CRM records: the ONU's own, or the customer's router behind a bridge.
    const QList<quint32> &ouis = bridged
        ? (rng.chance(0.6) ? m_tables.tplinkOuis : m_tables.mikrotikOuis)
        : (tplink ? m_tables.tplinkOuis : (huawei ? m_tables.huaweiOuis : m_tables.zteOuis));
    line.mac = uniqueMac(rng, ouis);

    if (line.cancelled && rng.chance(0.6)) {
        onu.status = OnuStatus::Disabled; // disabled at the OLT when the contract ended
        onu.lastStatusChange = m_now - rng.uniformInt(5, 200) * day;
    } else {
        const int state = rng.uniformInt(0, 9999);
        const qint64 downFor = rng.uniformInt(5 * minute, 20 * hour);
        if (state < 100) {
            onu.status = OnuStatus::Los;
            onu.lastDownCause = u"LOS"_s;
        } else if (state < 200) {
            onu.status = OnuStatus::PowerFail;
            onu.lastDownCause = u"dying-gasp"_s;
        } else if (state < 250) {
            static const QList<QString> causes = {u"LOFi"_s, u"SFi"_s, u"LOAMi"_s};
            onu.status = OnuStatus::Offline;
            onu.lastDownCause = rng.pick(causes);
        }
        if (onu.status == OnuStatus::Online) {
            // An online ONU still reports why it last went down, as Huawei's "Last down cause" does.
            const int history = rng.uniformInt(0, 99);
            if (history < 20)
                onu.lastDownCause = u"dying-gasp"_s;
            else if (history < 23)
                onu.lastDownCause = u"LOS"_s;
            onu.lastStatusChange = m_now - rng.uniformInt(20 * hour, 150 * day);
            setOnlineOptics(rng, onu, line);
        } else {
            onu.lastStatusChange = m_now - downFor;
            line.downSince = *onu.lastStatusChange;
        }
    }
    line.onu = int(m_data.onus.size());
    if (line.connection >= 0)
        m_data.connections[line.connection].mac = macText(line.mac);
    m_data.onus.append(std::move(onu));
}

void Generator::plantPonOutage()
{
    // One PON port whose ONUs all lost signal within the same three minutes, about 40 minutes ago:
    // a cut feeder fibre. Preferably a well-filled port; on tiny datasets, the fullest there is.
    DemoRandom rng(m_options.seed, PonOutageStream);
    QList<int> candidates;
    int fullest = -1;
    for (int p = 0; p < m_ports.size(); ++p) {
        if (m_ports.at(p).count >= 16)
            candidates.append(p);
        if (fullest < 0 || m_ports.at(p).count > m_ports.at(fullest).count)
            fullest = p;
    }
    if (candidates.isEmpty() && fullest >= 0 && m_ports.at(fullest).count >= 2)
        candidates.append(fullest);
    if (!candidates.isEmpty()) {
        m_outagePort = rng.pick(candidates);
        const PonPort &pon = m_ports.at(m_outagePort);
        const UnixTime start = m_now - rng.uniformInt(38 * minute, 42 * minute);
        for (qsizetype i = pon.first; i < pon.first + pon.count; ++i) {
            Onu &onu = m_data.onus[i];
            Line &line = m_lines[m_onuLine.at(i)];
            onu.status = OnuStatus::Los;
            onu.lastDownCause = u"LOS"_s;
            onu.lastStatusChange = start + rng.uniformInt(0, 170);
            onu.rxPowerDbm.reset();
            onu.oltRxPowerDbm.reset();
            line.degraded = false;
            line.downSince = *onu.lastStatusChange;
        }
    }
    // Random failures must not fake a second outage: no other port may be entirely down.
    for (int p = 0; p < m_ports.size(); ++p) {
        const PonPort &pon = m_ports.at(p);
        if (p == m_outagePort || pon.count < 2)
            continue;
        bool allDown = true;
        for (qsizetype i = pon.first; i < pon.first + pon.count && allDown; ++i)
            allDown = m_data.onus.at(i).status != OnuStatus::Online;
        if (!allDown)
            continue;
        Onu &onu = m_data.onus[pon.first];
        Line &line = m_lines[m_onuLine.at(pon.first)];
        onu.status = OnuStatus::Online;
        onu.lastDownCause.clear();
        onu.lastStatusChange = m_now - rng.uniformInt(20 * hour, 150 * day);
        line.downSince = 0;
        setOnlineOptics(rng, onu, line);
    }
}

// --- wireless ---------------------------------------------------------------------------------------

void Generator::makeWirelessPlant()
{
    DemoRandom rng(m_options.seed, WirelessStream);
    const QList<DemoTown> &towns = m_tables.towns;
    QList<QList<int>> linesByTown(towns.size());
    int wirelessLines = 0;
    for (int l = 0; l < m_lines.size(); ++l) {
        if (m_lines.at(l).technology == Technology::Wireless) {
            linesByTown[m_lines.at(l).town].append(l);
            ++wirelessLines;
        }
    }
    m_data.wirelessSubscribers.reserve(wirelessLines);
    m_smLine.reserve(wirelessLines);

    for (qsizetype t = 0; t < towns.size(); ++t) {
        const QList<int> &lines = linesByTown.at(t);
        if (lines.isEmpty())
            continue;
        const DemoTown &town = towns.at(t);
        const int towerCount = int((lines.size() + wirelessLinesPerTower - 1) / wirelessLinesPerTower);
        QList<QList<int>> apsOfTower;
        for (int k = 0; k < towerCount; ++k) {
            const QString tower = u"T-"_s % town.code % u'-' % zoneName(k, 1);
            const bool epmp = rng.chance(0.7);
            const int sectors = rng.uniformInt(3, 4);
            QList<int> aps;
            for (int s = 0; s < sectors; ++s) {
                AccessPoint ap;
                ap.mac = macText(uniqueMac(rng, epmp ? m_tables.cambiumEpmpOuis : m_tables.cambiumPmpOuis));
                ap.name = tower % u"-S"_s % QString::number(s + 1);
                ap.ip = ipText(nthHost(ipv4(10, 20, 0, 0), int(m_data.accessPoints.size())));
                ap.tower = tower;
                ap.network = town.name;
                ap.product = epmp ? u"ePMP 3000"_s : u"PMP 450m"_s;
                aps.append(int(m_data.accessPoints.size()));
                m_apIsEpmp.append(epmp);
                m_data.accessPoints.append(std::move(ap));
            }
            apsOfTower.append(aps);
        }
        m_smsOfAp.resize(m_data.accessPoints.size());
        for (const int l : lines) {
            const QList<int> &aps = apsOfTower.at(rng.uniformInt(0, towerCount - 1));
            makeSm(rng, l, aps.at(rng.uniformInt(0, int(aps.size()) - 1)));
        }
    }
}

void Generator::setOnlineRadio(DemoRandom &rng, WirelessSubscriber &sm, Line &line)
{
    // Most links sit at -55…-72 dBm and 22…38 dB SNR; a few are misaligned or obstructed.
    const bool weak = rng.uniformInt(0, 9999) < 300;
    double rssi;
    double snr;
    if (weak) {
        rssi = rng.uniformReal(-88.0, -80.5);
        snr = rng.uniformReal(6.0, 14.5);
        sm.distanceKm = round2(rng.uniformReal(5.0, 15.0));
        line.degraded = true;
    } else {
        rssi = std::clamp(rng.normal(-63.5, 4.0), -76.0, -48.0);
        snr = std::clamp(rng.normal(30.0, 3.2), 19.0, 42.0);
        sm.distanceKm = round2(rng.uniformReal(0.3, 9.0));
    }
    sm.dlRssiDbm = round1(rssi);
    sm.ulRssiDbm = round1(rssi + rng.uniformReal(-3.0, 2.0));
    sm.dlSnrDb = std::round(snr);
    sm.ulSnrDb = std::round(snr + rng.uniformReal(-4.0, 2.0));
}

void Generator::makeSm(DemoRandom &rng, int lineIndex, int ap)
{
    Line &line = m_lines[lineIndex];
    const bool epmp = m_apIsEpmp.at(ap);
    const AccessPoint &accessPoint = m_data.accessPoints.at(ap);
    WirelessSubscriber sm;
    line.mac = uniqueMac(rng, epmp ? m_tables.cambiumEpmpOuis : m_tables.cambiumPmpOuis);
    sm.mac = macText(line.mac);
    const int naming = rng.uniformInt(0, 99);
    sm.name = naming < 40 ? line.name : (naming < 80 ? u"SM-"_s % line.user : line.user);
    sm.ip = ipText(nthHost(ipv4(10, 32, 0, 0), int(m_data.wirelessSubscribers.size())));
    sm.apMac = accessPoint.mac;
    sm.tower = accessPoint.tower;
    const int product = rng.uniformInt(0, 99);
    if (epmp)
        sm.product
            = product < 60 ? u"ePMP Force 300-25"_s : (product < 85 ? u"ePMP Force 300-19"_s : u"ePMP Force 180"_s);
    else
        sm.product = product < 70 ? u"PMP 450b"_s : u"PMP 450b High Gain"_s;
    if (rng.chance(0.85))
        sm.pppoeUser = line.user;
    if (rng.uniformInt(0, 9999) < 100) {
        sm.online = false;
        sm.statusSeconds = rng.uniformInt(10 * minute, 30 * hour);
        sm.distanceKm = round2(rng.uniformReal(0.3, 9.0));
        line.downSince = m_now - *sm.statusSeconds;
    } else {
        sm.statusSeconds = rng.uniformInt(2 * hour, 120 * day);
        setOnlineRadio(rng, sm, line);
    }
    line.sm = int(m_data.wirelessSubscribers.size());
    if (line.connection >= 0)
        m_data.connections[line.connection].mac = sm.mac;
    m_smsOfAp[ap].append(line.sm);
    m_smLine.append(lineIndex);
    m_data.wirelessSubscribers.append(std::move(sm));
}

void Generator::plantApOutage()
{
    // One sector down (power or radio at the tower): its SMs all dropped within the same few minutes.
    DemoRandom rng(m_options.seed, ApOutageStream);
    QList<int> candidates;
    int busiest = -1;
    for (int a = 0; a < m_smsOfAp.size(); ++a) {
        if (m_smsOfAp.at(a).size() >= 10)
            candidates.append(a);
        if (busiest < 0 || m_smsOfAp.at(a).size() > m_smsOfAp.at(busiest).size())
            busiest = a;
    }
    if (candidates.isEmpty() && busiest >= 0)
        candidates.append(busiest);
    if (!candidates.isEmpty()) {
        m_downAp = rng.pick(candidates);
        m_apDownSeconds = rng.uniformInt(33 * minute, 38 * minute);
        m_data.accessPoints[m_downAp].online = false;
        for (const int s : m_smsOfAp.at(m_downAp)) {
            WirelessSubscriber &sm = m_data.wirelessSubscribers[s];
            Line &line = m_lines[m_smLine.at(s)];
            sm.online = false;
            sm.statusSeconds = m_apDownSeconds - rng.uniformInt(0, 150);
            sm.dlRssiDbm.reset();
            sm.ulRssiDbm.reset();
            sm.dlSnrDb.reset();
            sm.ulSnrDb.reset();
            line.degraded = false;
            line.downSince = m_now - *sm.statusSeconds;
        }
    }
    for (int a = 0; a < m_smsOfAp.size(); ++a) {
        const QList<int> &sms = m_smsOfAp.at(a);
        if (a == m_downAp || sms.size() < 2)
            continue;
        const bool allDown
            = std::none_of(sms.cbegin(), sms.cend(), [this](int s) { return m_data.wirelessSubscribers.at(s).online; });
        if (!allDown)
            continue;
        WirelessSubscriber &sm = m_data.wirelessSubscribers[sms.first()];
        Line &line = m_lines[m_smLine.at(sms.first())];
        sm.online = true;
        sm.statusSeconds = rng.uniformInt(2 * hour, 120 * day);
        line.downSince = 0;
        setOnlineRadio(rng, sm, line);
    }
    for (int a = 0; a < m_smsOfAp.size(); ++a) {
        const QList<int> &sms = m_smsOfAp.at(a);
        m_data.accessPoints[a].connectedSms = int(
            std::count_if(sms.cbegin(), sms.cend(), [this](int s) { return m_data.wirelessSubscribers.at(s).online; }));
    }
}

// --- the scenario catalogue -------------------------------------------------------------------------

void Generator::plantScenarios()
{
    // One line per scenario of the catalogue (demoscenarios.h), put into exactly that state and otherwise
    // clean, so that no other rule can take its verdict: an active customer without debt and with no other
    // line, a router whose sessions did not drop together, a PON port or access point whose neighbours are
    // up, optics in the good band and no down cause on record. Lines that already fit are preferred, so the
    // dataset keeps its proportions. The choice depends on the seed and the size only, never on `now`.
    DemoRandom rng(m_options.seed, ScenarioStream);
    const int lineCount = int(m_lines.size());

    QList<int> linesOfCustomer(m_customerCount, 0);
    for (const Line &line : std::as_const(m_lines)) {
        if (line.customer >= 0)
            ++linesOfCustomer[line.customer];
    }
    QList<int> onuPort(m_data.onus.size(), -1);
    QList<int> portTotal(m_ports.size(), 0); // ONUs that count for an outage (not disabled)
    QList<int> portDown(m_ports.size(), 0);
    for (int p = 0; p < m_ports.size(); ++p) {
        const PonPort &pon = m_ports.at(p);
        for (qsizetype i = pon.first; i < pon.first + pon.count; ++i) {
            onuPort[i] = p;
            const OnuStatus status = m_data.onus.at(i).status;
            portTotal[p] += status != OnuStatus::Disabled ? 1 : 0;
            portDown[p] += status != OnuStatus::Disabled && status != OnuStatus::Online ? 1 : 0;
        }
    }
    QList<int> smAp(m_data.wirelessSubscribers.size(), -1);
    for (int a = 0; a < m_smsOfAp.size(); ++a) {
        for (const int s : m_smsOfAp.at(a))
            smAp[s] = a;
    }

    // Routers where many sessions dropped together (a planted outage on a small dataset): the router-outage
    // rule could fire there for anyone, so scenario lines keep away from them when they can.
    const int nodeCount = int(m_data.nodes.size());
    QList<QList<UnixTime>> downsOfNode(nodeCount);
    QList<int> linesOfNode(nodeCount, 0);
    for (const Line &line : std::as_const(m_lines)) {
        ++linesOfNode[line.node];
        if (line.downSince != 0)
            downsOfNode[line.node].append(line.downSince);
    }
    QList<bool> busyNode(nodeCount, false);
    for (int n = 0; n < nodeCount; ++n) {
        QList<UnixTime> &downs = downsOfNode[n];
        std::sort(downs.begin(), downs.end());
        qsizetype largest = 0;
        for (qsizetype first = 0, last = 0; last < downs.size(); ++last) {
            while (downs.at(last) - downs.at(first) > 10 * minute)
                ++first;
            largest = std::max(largest, last - first + 1);
        }
        busyNode[n] = largest >= 4 && largest * 10 >= linesOfNode.at(n);
    }

    using Fits = std::function<bool(const Line &)>;
    const auto quiet = [&busyNode](const Fits &fits) {
        return Fits([&busyNode, fits](const Line &line) { return !busyNode.at(line.node) && fits(line); });
    };
    QSet<int> usedCustomers;
    // The first tier with candidates wins; within it, one line at random. -1 when no tier has any.
    const auto choose = [&](const QList<Fits> &tiers) {
        for (const Fits &fits : tiers) {
            QList<int> candidates;
            for (int l = 0; l < lineCount; ++l) {
                const Line &line = m_lines.at(l);
                if (!m_scenarioLines.contains(l) && (line.customer < 0 || !usedCustomers.contains(line.customer))
                    && fits(line))
                    candidates.append(l);
            }
            if (!candidates.isEmpty())
                return candidates.at(rng.uniformInt(0, int(candidates.size()) - 1));
        }
        return -1;
    };
    const auto add = [&](const QString &id, int l) {
        const Line &line = m_lines.at(l);
        m_scenarioLines.insert(l);
        if (line.customer >= 0)
            usedCustomers.insert(line.customer);
        DemoScenario scenario = scenarioTemplate(id);
        scenario.pppoeUser = line.user;
        scenario.customerName = line.customer >= 0 ? m_data.customers.at(line.customer).name : line.name;
        m_scenarios.append(std::move(scenario));
    };

    // The customer has this status, this line only, and (when active) owes nothing.
    const auto customerIs = [&](const Line &line, CustomerStatus status) {
        if (line.customer < 0 || line.cancelled || linesOfCustomer.at(line.customer) != 1)
            return false;
        const Customer &customer = m_data.customers.at(line.customer);
        return customer.status == status && (status != CustomerStatus::Active || customer.debtCents == 0);
    };
    const auto active = [&customerIs](const Line &line) { return customerIs(line, CustomerStatus::Active); };
    // A port with at least four ONUs, at most a quarter of them down, and not the planted outage.
    const auto quietPort = [&](int port) {
        return port >= 0 && port != m_outagePort && portTotal.at(port) >= 4
            && portDown.at(port) * 4 <= portTotal.at(port);
    };
    // An ONU online on a quiet port, with no down cause on record (so no power failure in its history).
    const auto onlineOnu = [&](const Line &line) -> const Onu * {
        if (line.technology != Technology::Fiber || line.onu < 0 || !quietPort(onuPort.at(line.onu)))
            return nullptr;
        const Onu &onu = m_data.onus.at(line.onu);
        if (onu.status != OnuStatus::Online || !onu.lastDownCause.isEmpty() || !onu.rxPowerDbm || !onu.oltRxPowerDbm)
            return nullptr;
        return &onu;
    };
    const auto goodOptics = [](const Onu &onu) {
        return *onu.rxPowerDbm >= -23.5 && *onu.rxPowerDbm <= -12.0 && *onu.oltRxPowerDbm >= -27.5
            && *onu.oltRxPowerDbm <= -10.0;
    };
    const auto cleanFibre = [&](const Line &line) {
        const Onu *onu = onlineOnu(line);
        return onu && onu->pppoeUser == line.user && goodOptics(*onu);
    };
    const auto cleanActiveFibre = [&](const Line &line) { return active(line) && cleanFibre(line); };
    // One more ONU on `port` going down at `at` stays a single failure: nobody else went down within 15
    // minutes of it and most of the port stays up.
    const auto failsAlone = [&](const Line &line, UnixTime at) {
        const int port = onuPort.at(line.onu);
        if ((portDown.at(port) + 1) * 3 > portTotal.at(port))
            return false;
        const PonPort &pon = m_ports.at(port);
        for (qsizetype i = pon.first; i < pon.first + pon.count; ++i) {
            const Onu &other = m_data.onus.at(i);
            if (other.status != OnuStatus::Online && other.status != OnuStatus::Disabled
                && std::abs(other.lastStatusChange.value_or(0) - at) <= 15 * minute)
                return false;
        }
        return true;
    };
    const auto setOptics = [this](const Line &line, double rx, double oltRx) {
        Onu &onu = m_data.onus[line.onu];
        onu.rxPowerDbm = rx;
        onu.oltRxPowerDbm = oltRx;
    };
    const auto takeDown = [&](Line &line, OnuStatus status, const QString &cause, UnixTime at) {
        Onu &onu = m_data.onus[line.onu];
        onu.status = status;
        onu.lastDownCause = cause;
        onu.lastStatusChange = at;
        onu.rxPowerDbm.reset();
        onu.oltRxPowerDbm.reset();
        line.downSince = at;
        line.degraded = false;
        ++portDown[onuPort.at(line.onu)];
    };

    // Outages: a customer on the planted PON port, and one on the planted access point.
    if (m_outagePort >= 0 && portTotal.at(m_outagePort) >= 4) {
        const auto onOutagePort = [&](const Line &line) {
            return line.technology == Technology::Fiber && line.onu >= 0 && onuPort.at(line.onu) == m_outagePort
                && active(line);
        };
        const int l = choose(
            {[&](const Line &line) { return onOutagePort(line) && m_data.onus.at(line.onu).pppoeUser == line.user; },
             onOutagePort});
        if (l >= 0)
            add(u"fibre_cut_pon"_s, l);
    }
    if (m_downAp >= 0 && m_smsOfAp.at(m_downAp).size() >= 3) {
        const auto onDownAp = [&](const Line &line) {
            return line.technology == Technology::Wireless && line.sm >= 0 && smAp.at(line.sm) == m_downAp
                && active(line);
        };
        const int l
            = choose({[&](const Line &line) {
                          return onDownAp(line) && m_data.wirelessSubscribers.at(line.sm).pppoeUser == line.user;
                      },
                      onDownAp});
        if (l >= 0)
            add(u"ap_down"_s, l);
    }

    // Single failures on healthy ports.
    {
        const UnixTime at = m_now - rng.uniformInt(25 * minute, 90 * minute);
        const Fits fits = [&](const Line &line) { return cleanActiveFibre(line) && failsAlone(line, at); };
        if (const int l = choose({quiet(fits), fits}); l >= 0) {
            takeDown(m_lines[l], OnuStatus::Los, u"LOS"_s, at);
            add(u"single_los"_s, l);
        }
    }
    {
        const UnixTime at = m_now - rng.uniformInt(15 * minute, 50 * minute);
        const Fits fits = [&](const Line &line) { return cleanActiveFibre(line) && failsAlone(line, at); };
        if (const int l = choose({quiet(fits), fits}); l >= 0) {
            takeDown(m_lines[l], OnuStatus::PowerFail, u"dying-gasp"_s, at);
            add(u"dying_gasp"_s, l);
        }
    }

    // Optics out of the budget, preferring ONUs that already were.
    {
        const Fits weak = [&](const Line &line) {
            const Onu *onu = onlineOnu(line);
            return active(line) && onu && onu->pppoeUser == line.user && *onu->rxPowerDbm < -27.0;
        };
        if (const int l = choose({quiet(weak), quiet(cleanActiveFibre), weak, cleanActiveFibre}); l >= 0) {
            setOptics(m_lines.at(l), -28.70, -31.10);
            m_lines[l].degraded = true;
            add(u"weak_optics"_s, l);
        }
    }
    {
        const Fits overloaded = [&](const Line &line) {
            const Onu *onu = onlineOnu(line);
            return active(line) && onu && onu->pppoeUser == line.user && *onu->rxPowerDbm > -8.0;
        };
        if (const int l = choose({quiet(overloaded), quiet(cleanActiveFibre), overloaded, cleanActiveFibre}); l >= 0) {
            setOptics(m_lines.at(l), -6.20, -8.90);
            m_lines[l].degraded = true;
            add(u"overloaded_optics"_s, l);
        }
    }

    // Administrative: suspended for debt, and a secret the CRM never got.
    {
        const Fits fits
            = [&](const Line &line) { return customerIs(line, CustomerStatus::Suspended) && cleanFibre(line); };
        if (const int l = choose({quiet(fits), fits}); l >= 0)
            add(u"suspended_account"_s, l);
    }
    {
        // Its ONU is found by the PPPoE user it dials with, or by the user it is named after when bridged.
        const auto unlinkedFibre = [&](const Line &line) {
            if (line.customer >= 0 || line.technology != Technology::Fiber || line.onu < 0)
                return false;
            const Onu &onu = m_data.onus.at(line.onu);
            return onu.pppoeUser == line.user || (onu.pppoeUser.isEmpty() && onu.name == line.user);
        };
        const Fits clean = [&](const Line &line) {
            const Onu *onu = unlinkedFibre(line) ? onlineOnu(line) : nullptr;
            return onu && goodOptics(*onu);
        };
        // Small datasets have only a handful of unlinked installs: one whose ONU is down or weak is healed.
        const Fits healable = [&](const Line &line) {
            return unlinkedFibre(line) && m_data.onus.at(line.onu).status != OnuStatus::Disabled
                && onuPort.at(line.onu) != m_outagePort && onuPort.at(line.onu) >= 0
                && portTotal.at(onuPort.at(line.onu)) >= 4;
        };
        if (const int l = choose({quiet(clean), quiet(healable), clean, healable}); l >= 0) {
            Line &line = m_lines[l];
            Onu &onu = m_data.onus[line.onu];
            if (!clean(line)) {
                if (onu.status != OnuStatus::Online)
                    --portDown[onuPort.at(line.onu)];
                onu.status = OnuStatus::Online;
                onu.lastDownCause.clear();
                onu.lastStatusChange = m_now - rng.uniformInt(2 * int(day), 60 * int(day));
                const double rx = round2(-21.5 + rng.uniformReal(-1.5, 1.5));
                onu.rxPowerDbm = rx;
                onu.oltRxPowerDbm = round2(rx - rng.uniformReal(1.0, 3.0));
                line.downSince = 0;
                line.degraded = false;
            }
            add(u"not_linked"_s, l);
        }
    }

    // Sessions: down while the ONU is up, and flapping.
    if (const int l = choose({quiet(cleanActiveFibre), cleanActiveFibre}); l >= 0) {
        m_live.sessionsDown.insert(m_lines.at(l).user);
        m_forcedLogout.insert(l, m_now - rng.uniformInt(20 * minute, 50 * minute));
        add(u"pppoe_down_onu_online"_s, l);
    }
    if (const int l = choose({quiet(cleanActiveFibre), cleanActiveFibre}); l >= 0) {
        // Seven starts in the last hour, 6-9 minutes apart, the last one a few minutes ago.
        QList<UnixTime> starts{m_now - rng.uniformInt(150, 330)};
        while (starts.size() < 7)
            starts.prepend(starts.constFirst() - rng.uniformInt(6 * minute + 20, 8 * minute + 50));
        m_forcedLogout.insert(l, sessionEndBefore(starts.constLast()));
        m_live.sessionStarts.insert(m_lines.at(l).user, starts);
        add(u"flapping_session"_s, l);
    }

    // A misaligned antenna on a healthy access point, preferring one that already was.
    {
        const auto onHealthyAp = [&](const Line &line) {
            if (line.technology != Technology::Wireless || line.sm < 0 || !active(line))
                return false;
            const WirelessSubscriber &sm = m_data.wirelessSubscribers.at(line.sm);
            const int ap = smAp.at(line.sm);
            if (!sm.online || sm.pppoeUser != line.user || ap < 0 || ap == m_downAp
                || !m_data.accessPoints.at(ap).online)
                return false;
            const QList<int> &sms = m_smsOfAp.at(ap);
            const auto online = std::count_if(sms.cbegin(), sms.cend(),
                                              [this](int s) { return m_data.wirelessSubscribers.at(s).online; });
            return online * 4 >= sms.size() * 3;
        };
        const Fits weak = [&](const Line &line) {
            return onHealthyAp(line) && m_data.wirelessSubscribers.at(line.sm).dlSnrDb.value_or(99) < 15;
        };
        const Fits clean = [&](const Line &line) {
            if (!onHealthyAp(line))
                return false;
            const WirelessSubscriber &sm = m_data.wirelessSubscribers.at(line.sm);
            return sm.dlSnrDb.value_or(0) >= 25 && sm.ulSnrDb.value_or(0) >= 25 && sm.dlRssiDbm.value_or(-99) >= -75
                && sm.ulRssiDbm.value_or(-99) >= -75;
        };
        if (const int l = choose({quiet(weak), quiet(clean), weak, clean}); l >= 0) {
            WirelessSubscriber &sm = m_data.wirelessSubscribers[m_lines.at(l).sm];
            sm.dlSnrDb = 11.0;
            sm.ulSnrDb = 12.0;
            sm.dlRssiDbm = -83.0;
            sm.ulRssiDbm = -82.5;
            m_lines[l].degraded = true;
            add(u"weak_wireless"_s, l);
        }
    }

    // All is well: one line running at the plan's speed, one just fine.
    if (const int l = choose({quiet(cleanActiveFibre), cleanActiveFibre}); l >= 0) {
        m_live.trafficLoad.insert(m_lines.at(l).user, 0.97);
        add(u"saturated_line"_s, l);
    }
    if (const int l = choose({quiet(cleanActiveFibre), cleanActiveFibre}); l >= 0)
        add(u"healthy"_s, l);
}

// --- consequences -----------------------------------------------------------------------------------

void Generator::raise(int customer, Trouble trouble, int line)
{
    if (customer < 0)
        return;
    CustomerInfo &info = m_info[customer];
    if (trouble > info.trouble) {
        info.trouble = trouble;
        info.troubleLine = line;
    }
}

void Generator::assessTroubles()
{
    for (int c = 0; c < m_customerCount; ++c) {
        if (m_data.customers.at(c).status == CustomerStatus::Suspended)
            raise(c, Trouble::Suspended, m_info.at(c).firstLine);
    }
    if (m_outagePort >= 0) {
        const PonPort &pon = m_ports.at(m_outagePort);
        for (qsizetype i = pon.first; i < pon.first + pon.count; ++i) {
            if (!m_lines.at(m_onuLine.at(i)).cancelled)
                raise(m_lines.at(m_onuLine.at(i)).customer, Trouble::Outage, m_onuLine.at(i));
        }
    }
    if (m_downAp >= 0) {
        for (const int s : m_smsOfAp.at(m_downAp)) {
            if (!m_lines.at(m_smLine.at(s)).cancelled)
                raise(m_lines.at(m_smLine.at(s)).customer, Trouble::Outage, m_smLine.at(s));
        }
    }
    for (int l = 0; l < m_lines.size(); ++l) {
        const Line &line = m_lines.at(l);
        if (line.cancelled)
            continue;
        if (line.downSince != 0)
            raise(line.customer, Trouble::Down, l);
        else if (line.degraded)
            raise(line.customer, Trouble::Degraded, l);
    }
}

void Generator::makeSecrets()
{
    DemoRandom rng(m_options.seed, SecretStream);
    const int nodeCount = int(m_data.nodes.size());
    // Grouped by router, as a sync reads them router by router.
    QList<QList<PppSecret>> secretsOfNode(nodeCount);
    for (QList<PppSecret> &secrets : secretsOfNode)
        secrets.reserve(m_lines.size() / nodeCount + 64);
    for (int l = 0; l < m_lines.size(); ++l) {
        const Line &line = m_lines.at(l);
        const bool scenario = m_scenarioLines.contains(l);
        PppSecret secret;
        int node = line.node;
        // ADR-005: about 1% of the CRM's connections live on another router than the CRM says (the
        // customer was moved and nobody updated the CRM); prefer a router in the same town. Never a
        // scenario's line: its verdict must come from its own trouble only.
        if (line.customer >= 0 && nodeCount > 1 && !scenario && rng.chance(0.01)) {
            const QList<int> &sameTown = m_nodesByTown.at(line.town);
            if (sameTown.size() > 1 && rng.chance(0.7)) {
                const int k = rng.uniformInt(0, int(sameTown.size()) - 2);
                node = sameTown.at(k >= sameTown.indexOf(line.node) ? k + 1 : k);
            } else {
                const int k = rng.uniformInt(0, nodeCount - 2);
                node = k >= line.node ? k + 1 : k;
            }
        }
        secret.nodeId = m_data.nodes.at(node).id;
        secret.name = line.user;
        secret.profile = m_profiles.at(line.plan);
        secret.remoteAddress = (line.fixedIp || rng.chance(0.35)) ? line.ip : QString();
        if (rng.chance(0.3))
            secret.callerId = macText(line.mac);
        secret.disabled = line.disabled;

        const int style = rng.uniformInt(0, 99);
        if (line.customer >= 0) {
            const Customer &customer = m_data.customers.at(line.customer);
            if (style < 35)
                secret.comment = customer.name;
            else if (style < 55)
                secret.comment = customer.code;
            else if (style < 70)
                secret.comment = customer.code % u" - "_s % customer.name;
            else if (style < 80)
                secret.comment = line.address;
        } else if (style < 40) {
            secret.comment = line.name;
        } else if (style < 70) {
            secret.comment = u"Instalación "_s % line.name;
        } else {
            secret.comment = line.name % u" - "_s % line.address;
        }

        const bool v6 = m_nodeRunsV6.at(node);
        const int logout = rng.uniformInt(0, 99);
        if (const auto forced = m_forcedLogout.constFind(l); forced != m_forcedLogout.cend())
            secret.lastLoggedOut = routerOsTime(*forced, v6, m_options.utcOffsetSeconds);
        else if (line.downSince != 0) // the session dropped when the line did
            secret.lastLoggedOut = routerOsTime(line.downSince + rng.uniformInt(5, 90), v6, m_options.utcOffsetSeconds);
        else if (line.disabled)
            secret.lastLoggedOut = routerOsTime(m_now - rng.uniformInt(1, 90) * day, v6, m_options.utcOffsetSeconds);
        else if (logout >= 3) // a few never logged out since the router booted
            secret.lastLoggedOut
                = routerOsTime(m_now - rng.uniformInt(int(hour), int(45 * day)), v6, m_options.utcOffsetSeconds);
        secretsOfNode[node].append(std::move(secret));
    }
    m_data.pppSecrets.reserve(m_lines.size());
    for (QList<PppSecret> &secrets : secretsOfNode) {
        for (PppSecret &secret : secrets)
            m_data.pppSecrets.append(std::move(secret));
    }
}

void Generator::makeAlarms()
{
    // cnMaestro ids look like MongoDB ObjectIds: the raise time, then a counter (unique by construction).
    quint64 counter = 0;
    const auto addAlarm = [&](const QString &severity, const QString &device, const QString &ip, UnixTime raisedAt) {
        Alarm alarm;
        alarm.externalId
            = hexDigits(quint64(raisedAt), 8, false) % hexDigits((++counter) * 0x9E3779B97F4A7C15ULL, 16, false);
        alarm.source = u"cnmaestro"_s;
        alarm.severity = severity;
        alarm.name = u"Status"_s;
        alarm.message = u"Device is offline."_s;
        alarm.deviceName = device;
        alarm.ip = ip;
        alarm.raisedAt = raisedAt;
        m_data.alarms.append(std::move(alarm));
    };
    if (m_downAp >= 0) {
        const AccessPoint &ap = m_data.accessPoints.at(m_downAp);
        addAlarm(u"critical"_s, ap.name, ap.ip, m_now - m_apDownSeconds);
    }
    for (const WirelessSubscriber &sm : std::as_const(m_data.wirelessSubscribers)) {
        if (!sm.online)
            addAlarm(u"major"_s, sm.name, sm.ip, m_now - sm.statusSeconds.value_or(0));
    }
}

void Generator::makeTickets()
{
    DemoRandom rng(m_options.seed, TicketStream);
    // Customers with a problem call far more often than the rest; overall about 3% have a ticket.
    struct Topic
    {
        QString subject;
        QString category;
        QString priority;
        int weight;
    };
    const QList<Topic> everyday = {
        {u"Lentitud"_s, u"RECLAMOS"_s, u"Normal"_s, 30},
        {u"Corte intermitente"_s, u"RECLAMOS"_s, u"Normal"_s, 20},
        {u"Sin servicio"_s, u"RECLAMOS"_s, u"Alta"_s, 12},
        {u"Problema con el WiFi"_s, u"RECLAMOS"_s, u"Normal"_s, 15},
        {u"Cambio de plan"_s, u"ADMINISTRACION"_s, u"Baja"_s, 8},
        {u"Cambio de domicilio"_s, u"INSTALACION"_s, u"Normal"_s, 6},
        {u"Consulta de facturación"_s, u"ADMINISTRACION"_s, u"Baja"_s, 9},
    };
    QList<int> weights;
    for (const Topic &topic : everyday)
        weights.append(topic.weight);
    const WeightedChoice everydayChoice(weights);

    qint64 ticketId = 8800;
    for (int c = 0; c < m_customerCount; ++c) {
        const CustomerInfo &info = m_info.at(c);
        double p = 0.018;
        switch (info.trouble) {
        case Trouble::Outage:
            p = 0.35;
            break;
        case Trouble::Down:
            p = 0.2;
            break;
        case Trouble::Suspended:
            p = 0.15;
            break;
        case Trouble::Degraded:
            p = 0.12;
            break;
        case Trouble::None:
            break;
        }
        if (!rng.chance(p))
            continue;
        ticketId += rng.uniformInt(1, 4);
        Ticket ticket;
        ticket.externalId = QString::number(ticketId);
        ticket.source = u"ispcube"_s;
        ticket.customerId = m_data.customers.at(c).id;
        const int line = info.troubleLine >= 0 ? info.troubleLine : info.firstLine;
        if (line >= 0)
            ticket.connectionId = m_data.connections.at(m_lines.at(line).connection).id;

        Topic topic = everyday.at(0);
        switch (info.trouble) {
        case Trouble::Outage:
        case Trouble::Down:
            topic = {u"Sin servicio"_s, u"RECLAMOS"_s, u"Alta"_s, 1};
            break;
        case Trouble::Degraded:
            topic = rng.chance(0.5) ? everyday.at(0) : everyday.at(1);
            break;
        case Trouble::Suspended:
            topic = rng.chance(0.6) ? everyday.at(2) : everyday.at(6);
            break;
        case Trouble::None:
            topic = everyday.at(everydayChoice.draw(rng));
            break;
        }
        ticket.subject = topic.subject;
        ticket.category = topic.category;
        ticket.priority = topic.priority;
        if (topic.category == u"ADMINISTRACION" && rng.chance(0.5))
            ticket.connectionId.reset();

        const int state = rng.uniformInt(0, 99);
        if (info.trouble == Trouble::Outage || info.trouble == Trouble::Down) {
            // Called in after the line went down; the problem is still there, so the ticket is open.
            const qint64 since = std::max<qint64>(2 * minute, m_now - m_lines.at(line).downSince - minute);
            const bool outage = info.trouble == Trouble::Outage;
            ticket.status = (outage || state < 70) ? u"Abierto"_s : u"En proceso"_s;
            ticket.createdAt = m_now - rng.uniformInt(minute, int(since));
        } else if (state < 55) {
            ticket.status = u"Abierto"_s;
            ticket.createdAt = m_now - rng.uniformInt(10 * minute, 6 * day);
        } else if (state < 82) {
            ticket.status = u"En proceso"_s;
            ticket.createdAt = m_now - rng.uniformInt(hour, 10 * day);
        } else {
            ticket.status = u"Cerrado"_s;
            ticket.closed = true;
            ticket.createdAt = m_now - rng.uniformInt(2 * day, 60 * day);
        }
        m_data.tickets.append(std::move(ticket));
    }
}

} // namespace

IspDataset generateIsp(const DemoOptions &options)
{
    return Generator(options).run().data;
}

DemoIsp generateDemoIsp(const DemoOptions &options)
{
    return Generator(options).run();
}

} // namespace Beholder::Demo
