// SPDX-License-Identifier: GPL-3.0-or-later
// What Beholder knows about each OLT family it supports: how to recognise it
// (sysObjectID, sysDescr), how gently to walk it (engine settings, polling
// intervals), which columns hold which ONU facts, and how its PON ports are
// numbered in ifIndex. Values only; decoding lives in onudecoder.h.
#pragma once

#include "onureading.h"
#include "snmptypes.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <chrono>
#include <optional>

namespace Beholder::Snmp {

// IANA private enterprise numbers: sysObjectID starts with 1.3.6.1.4.1.<pen>.
namespace Pen {
constexpr quint32 Huawei = 2011;
constexpr quint32 Zte = 3902;
constexpr quint32 FiberHome = 5875;
constexpr quint32 MikroTik = 14988;
constexpr quint32 Cambium = 17713;
constexpr quint32 VSol = 37950;
} // namespace Pen

// What a column tells about an ONU. The string names are stored in the cache
// and shown in admin screens: never rename them.
enum class OidPurpose {
    Serial,        // "serial"
    Name,          // "name": ZTE's ONU name, used when the description is empty
    Description,   // "description"
    RunState,      // "run_state": Huawei run status, ZTE phase state
    LastDownCause, // "last_down_cause"
    RxPower,       // "rx_power": what the ONU receives
    TxPower,       // "tx_power": what the ONU sends
    Voltage,       // "voltage": Huawei .51.1.5, read to settle which column is really Tx
    OltRxPower,    // "olt_rx_power": what the OLT receives from this ONU
    Distance,      // "distance": ranging, metres
};

QString toString(OidPurpose purpose);
std::optional<OidPurpose> oidPurposeFromString(QStringView name);

struct ProfileColumn
{
    // How expensive a column is to walk, which decides how often it is polled.
    enum class Kind {
        Inventory, // "inventory": who the ONU is; cheap, changes rarely
        Status,    // "status": run state, distance; cheap
        Optical,   // "optical": levels; each read may cost the OLT an OMCI query per ONU
    };

    OidPurpose purpose = OidPurpose::Serial;
    QString name; // MIB object name, e.g. "hwGponDeviceOntSn"
    Oid column;   // the column OID; instances are column.<ponIfIndex>.<onuId>[.instanceSuffix]
    Kind kind = Kind::Inventory;
    // Sub-ids after <ponIfIndex>.<onuId> in this column's instances: ZTE optical
    // tables index by ONU *and* its optical interface, so their instances end in ".1".
    Oid instanceSuffix;
};

QString toString(ProfileColumn::Kind kind);
std::optional<ProfileColumn::Kind> columnKindFromString(QStringView name);

// The OLT families with a profile. Each numbers its PON ports differently in
// ifIndex and encodes values in its own units.
enum class OltFamily {
    HuaweiMa5600, // MA5600T / MA5608T / MA5800, HUAWEI-XPON-MIB
    ZteC300,      // C300 / C320, ZXGPON-SERVICE-MIB
    ZteC600,      // C600 / C6xx, the "V2" tree 3902.1082.500
};

// PON port <-> ifIndex. PonPort.frame is Huawei's frame or ZTE's shelf.
//  Huawei GPON: 0xFA000000 | frame<<18 | slot<<13 | port<<8 (each 0..31)
//  ZTE C300/C320: 1<<28 | (shelf-1)<<24 | slot<<16 | port<<8 (shelf 1..16)
//  ZTE C6xx: 1<<28 | 1<<24 | shelf<<16 | slot<<8 | port
// encode: nullopt when a part does not fit its field. decode: nullopt when the
// value is not a GPON port of that family (an Ethernet port, another layout).
std::optional<quint32> encodePonIfIndex(OltFamily family, const PonPort &port);
std::optional<PonPort> decodePonIfIndex(OltFamily family, quint32 ifIndex);

struct VendorProfile
{
    QString id;          // stable, stored with each OLT: "huawei-ma5600", "zte-c320", "zte-c600"
    QString brand;       // "Huawei", "ZTE"
    QString displayName; // "Huawei MA5600T / MA5608T / MA5800"
    OltFamily family = OltFamily::HuaweiMa5600;
    quint32 enterprise = 0;           // PEN
    QList<Oid> sysObjectIdPrefixes;   // any of them identifies the model
    QRegularExpression sysDescrModel; // identifies the model when sysObjectID does not
    // Some firmware answer No Such Object for this profile's tree: check one
    // column with a GET before trusting an empty walk.
    bool needsProbe = false;

    // Engine settings for SnmpTarget.
    int maxRepetitions = 20;
    int walkConcurrency = 1;
    int timeoutMs = 5000; // per attempt
    int retries = 2;

    // Default polling intervals per column kind.
    std::chrono::seconds inventoryInterval{900};
    std::chrono::seconds statusInterval{300};
    std::chrono::seconds opticalInterval{3600};

    QList<ProfileColumn> columns;

    QList<ProfileColumn> columnsOf(ProfileColumn::Kind kind) const;
    std::chrono::seconds intervalOf(ProfileColumn::Kind kind) const;
    // Copies the engine settings onto a target; host and credentials stay.
    void applyTo(SnmpTarget &target) const;
};

// The OIDs to hand to SnmpSession::walkColumns, in the columns' order.
QList<Oid> columnOids(const QList<ProfileColumn> &columns);

const QList<VendorProfile> &builtinProfiles();
const VendorProfile *profileById(QStringView id); // nullptr when unknown

// What sysObjectID and sysDescr say about a device.
struct Fingerprint
{
    const VendorProfile *profile = nullptr; // nullptr: no profile shipped for it
    QString vendor;                         // "Huawei", "FiberHome"...; empty when unrecognised
    QString model;                          // "C320", "C600"...; empty when unknown

    bool isRecognised() const { return !vendor.isEmpty(); }
    bool isSupported() const { return profile != nullptr; }
};

// The enterprise number in sysObjectID decides the vendor; then sysObjectID and
// sysDescr decide the model. A ZTE of unknown model gets the C300/C320 profile
// (the older, common layout). When sysObjectID carries no known enterprise
// (empty, or an agent that hides it), sysDescr alone may still identify a
// Huawei MA5600 family or a ZTE ZXA10 OLT.
Fingerprint fingerprint(const Oid &sysObjectId, const QString &sysDescr);

} // namespace Beholder::Snmp
