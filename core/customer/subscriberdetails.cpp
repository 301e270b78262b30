// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriberdetails.h"

#include "logging/logging.h"
#include "util/textnormalize.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
std::optional<T> opt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

QString str(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

// Runs `sql` with `values` bound; false (and `error` set) if it failed.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString &error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        error = query.lastError().text();
        qCWarning(lcCache) << "subscriber details query failed:" << error;
        return false;
    }
    return true;
}

const QString connectionColumns
    = u"id, customer_id, pppoe_user, node_id, plan_id, technology, address, ip, mac, fetched_at"_s;

Fetched<Connection> readConnection(const QSqlQuery &q)
{
    Connection c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.pppoeUser = str(q, 2);
    c.nodeId = opt<qint64>(q.value(3));
    c.planId = opt<qint64>(q.value(4));
    c.technology = technologyFromString(str(q, 5));
    c.address = str(q, 6);
    c.ip = str(q, 7);
    c.mac = str(q, 8);
    return {c, q.value(9).toLongLong()};
}

} // namespace

bool SubscriberDetails::crmAndRouterDisagree() const
{
    if (!connection || !connection->value.nodeId || secrets.isEmpty())
        return false;
    for (const SecretOnRouter &secret : secrets) {
        if (secret.secret.nodeId == *connection->value.nodeId)
            return false;
    }
    return true;
}

SubscriberDetails loadSubscriberDetails(QSqlDatabase db, const SearchHit &hit)
{
    SubscriberDetails details;
    details.hit = hit;
    details.pppoeUser = hit.pppoeUser;
    QSqlQuery q(db);
    QString &error = details.error;

    // The CRM side: connection, customer, plan, node.
    if (hit.connectionId
        && run(q, u"SELECT "_s + connectionColumns + u" FROM connections WHERE id = ?"_s, {*hit.connectionId}, error)
        && q.next()) {
        details.connection = readConnection(q);
        details.pppoeUser = details.connection->value.pppoeUser;
    }
    const std::optional<qint64> customerId
        = details.connection ? std::optional<qint64>(details.connection->value.customerId) : hit.customerId;
    if (customerId
        && run(q,
               u"SELECT id, code, name, doc_number, phones, email, address, town, latitude, longitude, status, "
               u"status_raw, debt_cents, start_date, fetched_at FROM customers WHERE id = ?"_s,
               {*customerId}, error)
        && q.next()) {
        Customer c;
        c.id = q.value(0).toLongLong();
        c.code = str(q, 1);
        c.name = str(q, 2);
        c.docNumber = str(q, 3);
        c.phones = str(q, 4).split(u", "_s, Qt::SkipEmptyParts);
        c.email = str(q, 5);
        c.address = str(q, 6);
        c.town = str(q, 7);
        c.latitude = opt<double>(q.value(8));
        c.longitude = opt<double>(q.value(9));
        c.status = customerStatusFromString(str(q, 10));
        c.statusRaw = str(q, 11);
        c.debtCents = q.value(12).toLongLong();
        c.startDate = str(q, 13);
        details.customer = Fetched<Customer>{c, q.value(14).toLongLong()};
    }
    if (details.customer
        && run(q,
               u"SELECT "_s + connectionColumns + u" FROM connections WHERE customer_id = ? AND id <> ? ORDER BY id"_s,
               {details.customer->value.id, details.connection ? details.connection->value.id : -1}, error)) {
        while (q.next())
            details.otherConnections.append(readConnection(q));
    }
    if (details.connection && details.connection->value.planId
        && run(q, u"SELECT id, name, technology, down_kbps, up_kbps, price_cents, fetched_at FROM plans WHERE id = ?"_s,
               {*details.connection->value.planId}, error)
        && q.next()) {
        Plan p;
        p.id = q.value(0).toLongLong();
        p.name = str(q, 1);
        p.technology = technologyFromString(str(q, 2));
        p.downKbps = q.value(3).toLongLong();
        p.upKbps = q.value(4).toLongLong();
        p.priceCents = q.value(5).toLongLong();
        details.plan = Fetched<Plan>{p, q.value(6).toLongLong()};
    }
    if (details.connection && details.connection->value.nodeId
        && run(q, u"SELECT id, name, code, town, host, api_port, api_tls, model, fetched_at FROM nodes WHERE id = ?"_s,
               {*details.connection->value.nodeId}, error)
        && q.next()) {
        Node n;
        n.id = q.value(0).toLongLong();
        n.name = str(q, 1);
        n.code = str(q, 2);
        n.town = str(q, 3);
        n.host = str(q, 4);
        n.apiPort = q.value(5).toInt();
        n.apiTls = q.value(6).toBool();
        n.model = str(q, 7);
        details.crmNode = Fetched<Node>{n, q.value(8).toLongLong()};
    }

    // The network side, found by the PPPoE user itself (ADR-005), not via the CRM.
    if (!details.pppoeUser.isEmpty()
        && run(q,
               u"SELECT s.node_id, s.name, s.profile, s.service, s.remote_address, s.caller_id, s.disabled, "
               u"s.comment, s.last_logged_out, s.fetched_at, n.name FROM ppp_secrets s "
               u"LEFT JOIN nodes n ON n.id = s.node_id WHERE s.name = ? COLLATE NOCASE ORDER BY s.node_id"_s,
               {details.pppoeUser}, error)) {
        while (q.next()) {
            PppSecret s;
            s.nodeId = q.value(0).toLongLong();
            s.name = str(q, 1);
            s.profile = str(q, 2);
            s.service = str(q, 3);
            s.remoteAddress = str(q, 4);
            s.callerId = str(q, 5);
            s.disabled = q.value(6).toBool();
            s.comment = str(q, 7);
            s.lastLoggedOut = str(q, 8);
            details.secrets.append({s, str(q, 10), q.value(9).toLongLong()});
        }
    }

    const QString onuColumns = u"o.external_id, o.serial, o.olt_id, o.board, o.port, o.onu_index, o.name, "
                               u"o.pppoe_user, o.model, o.status, o.last_status_change, o.last_down_cause, "
                               u"o.rx_power_dbm, o.olt_rx_power_dbm, o.distance_m, o.fetched_at"_s;
    bool onuFound = false;
    if (!details.pppoeUser.isEmpty())
        onuFound
            = run(q,
                  u"SELECT "_s + onuColumns + u" FROM onus o WHERE o.pppoe_user = ? COLLATE NOCASE UNION ALL SELECT "_s
                      + onuColumns + u" FROM onus o WHERE o.pppoe_user IS NULL AND o.name = ? COLLATE NOCASE LIMIT 1"_s,
                  {details.pppoeUser, details.pppoeUser}, error)
            && q.next();
    if (!onuFound && hit.kind == SearchDocKind::Onu && !hit.device.isEmpty())
        onuFound = run(q, u"SELECT "_s + onuColumns + u" FROM onus o WHERE o.serial = ? COLLATE NOCASE LIMIT 1"_s,
                       {hit.device}, error)
            && q.next();
    if (onuFound) {
        Onu o;
        o.externalId = str(q, 0);
        o.serial = str(q, 1);
        o.oltId = q.value(2).toLongLong();
        o.board = q.value(3).toInt();
        o.port = q.value(4).toInt();
        o.onuIndex = q.value(5).toInt();
        o.name = str(q, 6);
        o.pppoeUser = str(q, 7);
        o.model = str(q, 8);
        o.status = onuStatusFromString(str(q, 9));
        o.lastStatusChange = opt<qint64>(q.value(10));
        o.lastDownCause = str(q, 11);
        o.rxPowerDbm = opt<double>(q.value(12));
        o.oltRxPowerDbm = opt<double>(q.value(13));
        o.distanceM = opt<int>(q.value(14));
        details.onu = Fetched<Onu>{o, q.value(15).toLongLong()};
        if (run(q, u"SELECT id, name, vendor, model, host, snmp_port, fetched_at FROM olts WHERE id = ?"_s, {o.oltId},
                error)
            && q.next()) {
            Olt t;
            t.id = q.value(0).toLongLong();
            t.name = str(q, 1);
            t.vendor = str(q, 2);
            t.model = str(q, 3);
            t.host = str(q, 4);
            t.snmpPort = q.value(5).toInt();
            details.olt = Fetched<Olt>{t, q.value(6).toLongLong()};
        }
    }

    // The ONU as the OLT says over SNMP.
    const QString snmpColumns = u"s.serial, s.slot, s.port, s.onu_id, s.description, s.state, s.last_down_cause, "
                                u"s.rx_dbm, s.olt_rx_dbm, s.distance_m, s.olt_id, o.name, "
                                u"max(s.discovered_at, coalesce(s.status_at, 0), coalesce(s.optical_at, 0)), s.frame "
                                u"FROM snmp_onus s JOIN snmp_olts o ON o.id = s.olt_id WHERE "_s;
    const QString onuSerial
        = details.onu ? details.onu->value.serial : (hit.kind == SearchDocKind::Onu ? hit.device : QString());
    bool snmpFound = !onuSerial.isEmpty()
        && run(q, u"SELECT "_s + snmpColumns + u"s.serial = ? COLLATE NOCASE ORDER BY s.discovered_at DESC LIMIT 1"_s,
               {onuSerial}, error)
        && q.next();
    if (!snmpFound && !details.pppoeUser.isEmpty())
        snmpFound = run(q,
                        u"SELECT "_s + snmpColumns
                            + u"s.description = ? COLLATE NOCASE ORDER BY s.discovered_at DESC LIMIT 1"_s,
                        {details.pppoeUser}, error)
            && q.next();
    // An ONU discovered but never polled has no state yet: it says nothing.
    if (snmpFound && str(q, 5) != u"unknown") {
        Onu o;
        o.serial = str(q, 0);
        o.externalId = o.serial;
        o.board = q.value(1).toInt();
        o.port = q.value(2).toInt();
        o.onuIndex = q.value(3).toInt();
        o.name = str(q, 4);
        o.oltId = q.value(10).toLongLong();
        const QString state = str(q, 5);
        o.status = state == u"online" ? OnuStatus::Online
            : state == u"los"         ? OnuStatus::Los
            : state == u"dying-gasp"  ? OnuStatus::PowerFail
                                      : OnuStatus::Offline;
        o.lastDownCause = str(q, 6);
        o.rxPowerDbm = opt<double>(q.value(7));
        o.oltRxPowerDbm = opt<double>(q.value(8));
        o.distanceM = opt<int>(q.value(9));
        details.snmpOltName = str(q, 11);
        details.snmpOnu = Fetched<Onu>{o, q.value(12).toLongLong()};
    }

    // The antenna: by the connection's MAC, else by the PPPoE user, else the hit's own device.
    const QString subscriberColumns = u"mac, name, ip, ap_mac, tower, product, pppoe_user, online, status_seconds, "
                                      u"dl_rssi_dbm, ul_rssi_dbm, dl_snr_db, ul_snr_db, distance_km, fetched_at"_s;
    bool subscriberFound = false;
    const QString connectionMac = details.connection ? Text::formatMac(details.connection->value.mac) : QString();
    if (!connectionMac.isEmpty())
        subscriberFound = run(q, u"SELECT "_s + subscriberColumns + u" FROM wireless_subscribers WHERE mac = ?"_s,
                              {connectionMac}, error)
            && q.next();
    if (!subscriberFound && !details.pppoeUser.isEmpty())
        subscriberFound = run(q,
                              u"SELECT "_s + subscriberColumns
                                  + u" FROM wireless_subscribers WHERE pppoe_user = ? COLLATE NOCASE LIMIT 1"_s,
                              {details.pppoeUser}, error)
            && q.next();
    if (!subscriberFound && hit.kind == SearchDocKind::Subscriber && !hit.device.isEmpty())
        subscriberFound = run(q, u"SELECT "_s + subscriberColumns + u" FROM wireless_subscribers WHERE mac = ?"_s,
                              {Text::formatMac(hit.device)}, error)
            && q.next();
    if (subscriberFound) {
        WirelessSubscriber s;
        s.mac = str(q, 0);
        s.name = str(q, 1);
        s.ip = str(q, 2);
        s.apMac = str(q, 3);
        s.tower = str(q, 4);
        s.product = str(q, 5);
        s.pppoeUser = str(q, 6);
        s.online = q.value(7).toBool();
        s.statusSeconds = opt<qint64>(q.value(8));
        s.dlRssiDbm = opt<double>(q.value(9));
        s.ulRssiDbm = opt<double>(q.value(10));
        s.dlSnrDb = opt<double>(q.value(11));
        s.ulSnrDb = opt<double>(q.value(12));
        s.distanceKm = opt<double>(q.value(13));
        details.subscriber = Fetched<WirelessSubscriber>{s, q.value(14).toLongLong()};
        if (run(q,
                u"SELECT mac, name, ip, tower, network, product, online, connected_sms, fetched_at "
                u"FROM access_points WHERE mac = ?"_s,
                {s.apMac}, error)
            && q.next()) {
            AccessPoint a;
            a.mac = str(q, 0);
            a.name = str(q, 1);
            a.ip = str(q, 2);
            a.tower = str(q, 3);
            a.network = str(q, 4);
            a.product = str(q, 5);
            a.online = q.value(6).toBool();
            a.connectedSms = q.value(7).toInt();
            details.accessPoint = Fetched<AccessPoint>{a, q.value(8).toLongLong()};
        }
    }

    if (details.customer
        && run(q,
               u"SELECT external_id, source, customer_id, connection_id, subject, category, status, priority, "
               u"created_at, fetched_at FROM tickets WHERE customer_id = ? AND closed = 0 ORDER BY created_at DESC"_s,
               {details.customer->value.id}, error)) {
        while (q.next()) {
            Ticket t;
            t.externalId = str(q, 0);
            t.source = str(q, 1);
            t.customerId = opt<qint64>(q.value(2));
            t.connectionId = opt<qint64>(q.value(3));
            t.subject = str(q, 4);
            t.category = str(q, 5);
            t.status = str(q, 6);
            t.priority = str(q, 7);
            t.createdAt = opt<qint64>(q.value(8));
            details.openTickets.append({t, q.value(9).toLongLong()});
        }
    }

    // Active alarms name devices, not customers: match the antenna and its AP.
    QStringList devices;
    if (details.subscriber)
        devices << details.subscriber->value.name;
    if (details.accessPoint)
        devices << details.accessPoint->value.name;
    for (const QString &device : std::as_const(devices)) {
        if (device.isEmpty()
            || !run(q,
                    u"SELECT external_id, source, severity, name, message, device_name, ip, raised_at, fetched_at "
                    u"FROM alarms WHERE device_name = ? COLLATE NOCASE AND active = 1 ORDER BY raised_at DESC"_s,
                    {device}, error))
            continue;
        while (q.next()) {
            Alarm a;
            a.externalId = str(q, 0);
            a.source = str(q, 1);
            a.severity = str(q, 2);
            a.name = str(q, 3);
            a.message = str(q, 4);
            a.deviceName = str(q, 5);
            a.ip = str(q, 6);
            a.raisedAt = opt<qint64>(q.value(7));
            details.activeAlarms.append({a, q.value(8).toLongLong()});
        }
    }
    return details;
}

} // namespace Beholder
