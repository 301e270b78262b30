// SPDX-License-Identifier: GPL-3.0-or-later
// The cached entities of SPEC §3, as plain values. Every source (the demo
// generator now, the integration clients later) produces these, and the
// cache writer stores them; nothing here knows where the data came from.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Beholder {

// Unix time in seconds, UTC. Used for every timestamp in the cache.
using UnixTime = qint64;

enum class CustomerStatus {
    Active,
    Suspended, // blocked for debt or by an operator: the line is cut on purpose
    Cancelled, // the contract ended
};

enum class Technology {
    Fiber,
    Wireless,
};

struct Plan
{
    qint64 id = 0; // CRM id
    QString name;  // "Fibra 300 Mbps"
    Technology technology = Technology::Fiber;
    qint64 downKbps = 0;
    qint64 upKbps = 0;
    qint64 priceCents = 0; // monthly price, in ARS cents
};

// A router / POP that terminates PPPoE sessions (MikroTik). Its API address
// lives here; its credentials never do (OS keychain).
struct Node
{
    qint64 id = 0; // CRM node id
    QString name;  // "VMA-CCR-01"
    QString code;  // short code used by the CRM
    QString town;
    QString host; // address of the RouterOS API
    int apiPort = 8728;
    bool apiTls = false;
    QString model; // "CCR2004-1G-12S+2XS"
};

struct Customer
{
    qint64 id = 0;      // CRM id
    QString code;       // CRM code, zero padded: "003365" != "3365"
    QString name;       // as typed in the CRM, accents and all
    QString docNumber;  // DNI (8 digits) or CUIT ("30-71234567-9")
    QStringList phones; // as typed: "353 415-2233"
    QString email;
    QString address; // street and number
    QString town;
    std::optional<double> latitude;
    std::optional<double> longitude;
    CustomerStatus status = CustomerStatus::Active;
    QString statusRaw; // the CRM's own word: enabled, blocked, no_service, active...
    qint64 debtCents = 0;
    QString startDate; // ISO date
};

// The CRM's view of a service: customer <-> PPPoE user <-> node <-> plan.
struct Connection
{
    qint64 id = 0; // CRM id
    qint64 customerId = 0;
    QString pppoeUser;
    std::optional<qint64> nodeId;
    std::optional<qint64> planId;
    Technology technology = Technology::Fiber;
    QString address;
    QString ip;  // public or CGNAT address given to the session
    QString mac; // CPE / antenna MAC, any notation the CRM has
};

// A PPP secret as configured on a router: the technical truth (ADR-005).
struct PppSecret
{
    qint64 nodeId = 0;
    QString name;    // the PPPoE user
    QString profile; // RouterOS PPP profile (rate limit)
    QString service = QStringLiteral("pppoe");
    QString remoteAddress; // fixed IP, when set
    QString callerId;      // MAC lock, when set
    bool disabled = false;
    QString comment;       // often the customer's name or code, free text
    QString lastLoggedOut; // RouterOS date text, kept verbatim
};

struct Olt
{
    qint64 id = 0;  // SmartOLT id
    QString name;   // "OLT-CENTRO"
    QString vendor; // "huawei" | "zte"
    QString model;  // "MA5800-X7", "C320"
    QString host;
    int snmpPort = 161;
};

enum class OnuStatus {
    Online,
    Offline,   // down, cause unknown or not LOS/power
    Los,       // loss of signal: fibre cut or disconnected
    PowerFail, // dying gasp: the customer's power went off
    Disabled,  // administratively disabled
};

struct Onu
{
    QString externalId; // SmartOLT unique_external_id (often the serial)
    QString serial;     // "HWTC1A2B3C4D"
    qint64 oltId = 0;
    int board = 0;
    int port = 0;
    int onuIndex = 0;
    QString name;
    QString pppoeUser; // WAN PPPoE user configured on the ONU, if any
    QString model;     // ONU type: "HG8145V5"
    OnuStatus status = OnuStatus::Online;
    std::optional<UnixTime> lastStatusChange;
    QString lastDownCause;               // "LOS", "dying-gasp", ...
    std::optional<double> rxPowerDbm;    // ONU Rx (1490 nm downstream)
    std::optional<double> oltRxPowerDbm; // OLT Rx of this ONU (1310 nm upstream)
    std::optional<int> distanceM;
};

struct AccessPoint
{
    QString mac; // "0A:00:3E:45:11:B0"
    QString name;
    QString ip;
    QString tower;
    QString network;
    QString product; // "ePMP 3000", "PMP 450m"
    bool online = true;
    int connectedSms = 0;
};

struct WirelessSubscriber
{
    QString mac;
    QString name;
    QString ip;
    QString apMac;
    QString tower;
    QString product;   // "ePMP Force 300-25"
    QString pppoeUser; // when the integrator knows it
    bool online = true;
    std::optional<qint64> statusSeconds; // seconds since the last status change
    std::optional<double> dlRssiDbm;
    std::optional<double> ulRssiDbm;
    std::optional<double> dlSnrDb;
    std::optional<double> ulSnrDb;
    std::optional<double> distanceKm;
};

struct Alarm
{
    QString externalId;
    QString source;   // "cnmaestro" | "smartolt" | "snmp"
    QString severity; // critical | major | minor | info
    QString name;
    QString message;
    QString deviceName;
    QString ip;
    bool active = true;
    std::optional<UnixTime> raisedAt;
};

struct Ticket
{
    QString externalId;
    QString source; // "ispcube" | "hest"
    std::optional<qint64> customerId;
    std::optional<qint64> connectionId;
    QString subject;
    QString category;
    QString status;
    QString priority;
    bool closed = false;
    std::optional<UnixTime> createdAt;
};

// Everything one ISP has, as one value: what the demo generator produces
// and what a full load writes.
struct IspDataset
{
    QList<Plan> plans;
    QList<Node> nodes;
    QList<Customer> customers;
    QList<Connection> connections;
    QList<PppSecret> pppSecrets;
    QList<Olt> olts;
    QList<Onu> onus;
    QList<AccessPoint> accessPoints;
    QList<WirelessSubscriber> wirelessSubscribers;
    QList<Alarm> alarms;
    QList<Ticket> tickets;
};

QString toString(CustomerStatus status);
CustomerStatus customerStatusFromString(const QString &text);
QString toString(Technology technology);
Technology technologyFromString(const QString &text);
QString toString(OnuStatus status);
OnuStatus onuStatusFromString(const QString &text);

} // namespace Beholder
