// SPDX-License-Identifier: GPL-3.0-or-later
// A simulated GPON OLT as its SNMP agent describes it: the vendor layout (which MIB, which index
// encoding), the system group and every ONU with its place, serial, state and optics. The values are
// physical (dBm, metres); the vendor encodings are the writer's business (snmprecwriter.h).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Beholder::Sim {

struct SimOnu
{
    enum class State {
        Online,
        Offline, // down, cause unknown or not LOS/power (also administratively disabled)
        Los,
        DyingGasp,
        AuthFailed,
    };

    int frame = 0; // Huawei frame; ZTE shelf (counted from 1)
    int slot = 0;
    int port = 0;
    int onuId = 0;       // Huawei ontId (from 0), ZTE onuId (from 1)
    QByteArray serial;   // 8 bytes: 4 ASCII vendor + 4 binary ("HWTC" A1 B2 C3 D4)
    QString description; // what the installer typed
    QString equipmentId; // ONU model, "HG8145V5"
    State state = State::Online;
    // Why it last went down ("LOS", "dying-gasp", "LOFi", "SFi", "LOAMi", "auth-fail", "deactivated");
    // empty: never, or unknown. An online ONU may carry the cause of an earlier drop.
    QString lastDownCause;
    std::optional<double> rxDbm;    // ONU receive (1490 nm); meaningful only online
    std::optional<double> txDbm;    // ONU transmit (1310 nm)
    std::optional<double> oltRxDbm; // what the OLT hears of this ONU
    int distanceM = 0;
    int voltageMv = 3300; // ONU supply, Huawei reports it next to the optics

    bool isOnline() const { return state == State::Online; }
};

struct SimOlt
{
    enum class Layout {
        HuaweiMa5600, // HUAWEI-XPON-MIB, ifIndex 0xFA000000 | frame<<18 | slot<<13 | port<<8
        ZteC320,      // ZXGPON-SERVICE-MIB, ifIndex 1<<28 | (shelf-1)<<24 | slot<<16 | port<<8
        ZteC600, // the "V2" tree 3902.1082.500 (abills/Ubilling), ifIndex 1<<28 | 1<<24 | shelf<<16 | slot<<8 | port
    };

    QString name; // sysName, and the recording's file name (its community / v3 context)
    Layout layout = Layout::HuaweiMa5600;
    quint32 sysUpTimeTicks = 8640000; // 1/100 s; one day
    QList<SimOnu> onus;

    QString sysDescr() const;
    QString sysObjectId() const; // numeric, no leading dot
};

// The PON port's ifIndex in the vendor's encoding (protocols.md §2.3, §2.4).
quint32 huaweiPonIfIndex(int frame, int slot, int port);
quint32 zteC320PonIfIndex(int shelf, int slot, int port);
quint32 zteC600PonIfIndex(int shelf, int slot, int port);
quint32 ponIfIndex(SimOlt::Layout layout, const SimOnu &onu);
// The PON port's ifName as the vendor prints it: "GPON 0/1/0", "gpon-olt_1/1/1", "gpon_olt-1/1/1" (C600).
QString ponIfName(SimOlt::Layout layout, const SimOnu &onu);

QString toString(SimOnu::State state);   // "online", "offline", "los", "dying-gasp", "auth-failed"
QString toString(SimOlt::Layout layout); // "huawei-ma5600", "zte-c320", "zte-c600"

} // namespace Beholder::Sim
