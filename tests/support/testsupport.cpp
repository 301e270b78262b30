// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "cache/cachedatabase.h"
#include "cache/cachewriter.h"
#include "search/searchindexer.h"
#include "util/appinfo.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

namespace Beholder::Test {

using namespace Qt::Literals::StringLiterals;

void isolateFromUserData()
{
    QStandardPaths::setTestModeEnabled(true);
    initApplicationIdentity();
    qunsetenv("BEHOLDER_DATA_DIR");
}

namespace {

Customer customer(qint64 id, const QString &name, const QString &doc, const QStringList &phones, const QString &address,
                  CustomerStatus status = CustomerStatus::Active)
{
    Customer c;
    c.id = id;
    c.code = u"%1"_s.arg(id, 6, 10, QChar(u'0'));
    c.name = name;
    c.docNumber = doc;
    c.phones = phones;
    c.address = address;
    c.town = u"Villa María"_s;
    c.status = status;
    c.statusRaw = status == CustomerStatus::Active ? u"enabled"_s : u"blocked"_s;
    return c;
}

Connection connection(qint64 id, qint64 customerId, const QString &user, qint64 nodeId, qint64 planId,
                      const QString &ip, const QString &mac, Technology technology = Technology::Fiber)
{
    Connection c;
    c.id = id;
    c.customerId = customerId;
    c.pppoeUser = user;
    c.nodeId = nodeId;
    c.planId = planId;
    c.ip = ip;
    c.mac = mac;
    c.technology = technology;
    return c;
}

PppSecret secret(qint64 nodeId, const QString &name, const QString &comment = {}, const QString &callerId = {})
{
    PppSecret s;
    s.nodeId = nodeId;
    s.name = name;
    s.comment = comment;
    s.callerId = callerId;
    s.profile = u"300M"_s;
    return s;
}

Onu onu(const QString &serial, qint64 oltId, int port, int index, const QString &user, OnuStatus status,
        std::optional<double> rx)
{
    Onu o;
    o.externalId = serial;
    o.serial = serial;
    o.oltId = oltId;
    o.board = 1;
    o.port = port;
    o.onuIndex = index;
    o.name = user.toUpper();
    o.pppoeUser = user;
    o.status = status;
    o.rxPowerDbm = rx;
    o.oltRxPowerDbm = rx ? std::optional<double>(*rx - 3.0) : std::nullopt;
    o.lastStatusChange = fixtureNow - 3600;
    o.lastDownCause = status == OnuStatus::Los ? u"LOS"_s : QString();
    return o;
}

} // namespace

IspDataset smallIsp()
{
    IspDataset isp;
    isp.plans = {{10, u"Fibra 300 Mbps"_s, Technology::Fiber, 300'000, 150'000, 1'850'000},
                 {20, u"Aire 20 Mbps"_s, Technology::Wireless, 20'000, 5'000, 1'200'000}};
    Node centro;
    centro.id = 1;
    centro.name = u"VMA-CCR-01"_s;
    centro.town = u"Villa María"_s;
    centro.host = u"10.255.0.1"_s;
    Node norte = centro;
    norte.id = 2;
    norte.name = u"VMA-CCR-02"_s;
    norte.host = u"10.255.0.2"_s;
    isp.nodes = {centro, norte};

    isp.customers = {
        customer(1, u"María Pérez"_s, u"23456789"_s, {u"353 415-2233"_s}, u"Av. San Martín 1234"_s),
        customer(2, u"José Muñoz"_s, u"30111222"_s, {u"0353 452-1187"_s, u"+54 9 353 400-1000"_s}, u"Bv. España 55"_s),
        customer(3, u"PEREZ JUAN CARLOS"_s, u"17888999"_s, {u"353 411-0000"_s}, u"Belgrano 900"_s,
                 CustomerStatus::Suspended),
        customer(4, u"Lucía Núñez"_s, u"40123456"_s, {u"353 499-8877"_s}, u"Pasaje Pérez 12"_s),
        customer(5, u"Panadería La Espiga SRL"_s, u"30-71234567-9"_s, {u"353 455-0101"_s}, u"25 de Mayo 10"_s),
        customer(6, u"Ana Peralta"_s, u"28999111"_s, {u"353 420-2020"_s}, u"Rivadavia 77"_s, CustomerStatus::Cancelled),
        customer(7, u"Sin Conexión Gómez"_s, u"35555666"_s, {}, u"Mitre 4"_s),
    };
    isp.connections = {
        connection(101, 1, u"mperez"_s, 1, 10, u"100.64.0.10"_s, u"AA:BB:CC:DD:EE:01"_s),
        connection(102, 2, u"jmunoz"_s, 1, 20, u"100.64.0.11"_s, u"0A:00:3E:44:00:7F"_s, Technology::Wireless),
        connection(103, 3, u"jcperez"_s, 1, 10, u"100.64.0.12"_s, u"aa-bb-cc-dd-ee-03"_s),
        // The CRM says node 1, but the router that holds the secret is node 2.
        connection(104, 4, u"lnunez"_s, 1, 10, u"200.45.10.4"_s, u"AA:BB:CC:DD:EE:04"_s),
        connection(105, 5, u"espiga"_s, 2, 10, u"100.64.0.14"_s, u"aabb.ccdd.ee05"_s),
        // A second service for María Pérez.
        connection(106, 1, u"mperez2"_s, 2, 10, u"100.64.0.16"_s, u"AA:BB:CC:DD:EE:06"_s),
        connection(107, 6, u"aperalta"_s, 2, 10, u"100.64.0.17"_s, u"AA:BB:CC:DD:EE:07"_s),
    };
    isp.pppSecrets = {
        secret(1, u"mperez"_s, u"Maria Perez"_s),
        secret(1, u"jmunoz"_s),
        secret(1, u"jcperez"_s),
        secret(2, u"lnunez"_s),
        secret(2, u"espiga"_s),
        secret(2, u"mperez2"_s),
        secret(2, u"aperalta"_s),
        // Installed on the router, never entered in the CRM.
        secret(2, u"rgodoy"_s, u"Ramón Godoy - instalación 12/10"_s, u"AA:BB:CC:DD:EE:99"_s),
    };
    isp.olts = {{1, u"OLT-CENTRO"_s, u"huawei"_s, u"MA5800-X7"_s, u"10.254.0.1"_s, 161}};
    isp.onus = {
        onu(u"HWTC1A2B3C4D"_s, 1, 3, 1, u"mperez"_s, OnuStatus::Online, -21.4),
        onu(u"HWTC00000003"_s, 1, 3, 2, u"jcperez"_s, OnuStatus::Los, std::nullopt),
        onu(u"ZTEGC0FFEE04"_s, 1, 3, 3, u"lnunez"_s, OnuStatus::Online, -28.2),
        onu(u"TPLG2A561D98"_s, 1, 3, 4, u"espiga"_s, OnuStatus::Online, -19.0),
        // Authorised on the OLT but matching nothing in the CRM or the routers.
        onu(u"HWTCDEADBEEF"_s, 1, 4, 1, QString(), OnuStatus::Offline, std::nullopt),
    };
    AccessPoint ap;
    ap.mac = u"0A:00:3E:45:11:B0"_s;
    ap.name = u"T-VMA-NORTE-S1"_s;
    ap.tower = u"T-VMA-NORTE"_s;
    ap.product = u"ePMP 3000"_s;
    ap.connectedSms = 2;
    isp.accessPoints = {ap};
    WirelessSubscriber sm;
    sm.mac = u"0A:00:3E:44:00:7F"_s;
    sm.name = u"SM-Munoz"_s;
    sm.ip = u"10.20.0.5"_s;
    sm.apMac = ap.mac;
    sm.tower = ap.tower;
    sm.product = u"ePMP Force 300-25"_s;
    sm.dlRssiDbm = -63.5;
    sm.dlSnrDb = 31;
    WirelessSubscriber lonely = sm;
    lonely.mac = u"0A:00:3E:44:00:AA"_s;
    lonely.name = u"SM-Desconocido"_s;
    lonely.ip = u"10.20.0.9"_s;
    lonely.online = false;
    isp.wirelessSubscribers = {sm, lonely};
    Alarm alarm;
    alarm.externalId = u"a-1"_s;
    alarm.source = u"cnmaestro"_s;
    alarm.severity = u"major"_s;
    alarm.name = u"Status"_s;
    alarm.message = u"Device is offline."_s;
    alarm.deviceName = u"SM-Desconocido"_s;
    isp.alarms = {alarm};
    Ticket ticket;
    ticket.externalId = u"881"_s;
    ticket.source = u"ispcube"_s;
    ticket.customerId = 1;
    ticket.connectionId = 101;
    ticket.subject = u"Sin servicio"_s;
    ticket.status = u"Abierto"_s;
    ticket.createdAt = fixtureNow - 7200;
    isp.tickets = {ticket};
    return isp;
}

std::unique_ptr<CacheDatabase> createCache(const QString &path, const IspDataset &dataset, UnixTime fetchedAt)
{
    auto cache = std::make_unique<CacheDatabase>(path);
    QString error;
    if (!cache->open(&error)) {
        qWarning("cannot open the test cache: %s", qPrintable(error));
        return nullptr;
    }
    CacheWriter writer(cache->connection(), fetchedAt);
    SearchIndexer indexer(cache->connection());
    if (!writer.begin() || !writer.writeDataset(dataset) || !indexer.rebuild() || !writer.commit()) {
        qWarning("cannot fill the test cache: %s %s", qPrintable(writer.lastError()), qPrintable(indexer.lastError()));
        return nullptr;
    }
    return cache;
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

RawConnection::RawConnection(const QString &path)
    : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.open();
}

RawConnection::~RawConnection()
{
    QSqlDatabase::database(m_name).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name);
}

} // namespace Beholder::Test
