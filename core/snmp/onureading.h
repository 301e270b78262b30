// SPDX-License-Identifier: GPL-3.0-or-later
// What SNMP tells about one ONU, vendor-neutral: where it hangs (PON port and
// ONU id), who it is (serial, description), how it is (run state, last down
// cause) and its optical levels in dBm. Vendor profiles decode walks into
// these; the job store keeps them; the diagnosis reads them.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Beholder::Snmp {

// A GPON port as operators write it: frame (Huawei) or shelf/rack (ZTE), slot, port.
struct PonPort
{
    int frame = 0;
    int slot = 0;
    int port = 0;

    QString toString() const; // "0/1/3"
    friend bool operator==(const PonPort &, const PonPort &) = default;
};

enum class OnuRunState {
    Unknown,      // not polled yet, or a value the profile does not know
    Online,       // Huawei up(1), ZTE working(3)
    Offline,      // down / offline without a more precise cause
    Los,          // loss of signal (fibre)
    DyingGasp,    // the ONU lost power and said so
    AuthFailed,   // registration refused (serial / password)
    Initializing, // logging / syncMib: ranging or provisioning in progress
};

QString toString(OnuRunState state);              // "online", "los", ... (stable, stored in the cache)
OnuRunState onuRunStateFromString(QStringView s); // inverse; Unknown for anything else

struct OnuReading
{
    quint32 ponIfIndex = 0; // the OLT's ifIndex of the PON port (above 2^31 on Huawei)
    quint32 onuId = 0;      // ONU id on that port
    PonPort port;           // decoded from ponIfIndex by the vendor profile

    QString serial;      // "HWTCA1B2C3D4": 4 vendor letters + 8 hex digits
    QString description; // empty when the OLT has its default ("ONT_NO_DESCRIPTION")
    OnuRunState state = OnuRunState::Unknown;
    QString lastDownCause; // "LOS", "dying-gasp", ... empty when unknown

    std::optional<double> rxDbm;    // ONU receive power (what the diagnosis judges)
    std::optional<double> txDbm;    // ONU transmit power
    std::optional<double> oltRxDbm; // what the OLT receives from this ONU
    std::optional<int> distanceM;   // ranging distance

    QDateTime collectedAt; // UTC, when the OLT answered

    // "0/1/3:12": how operators name an ONU on an OLT.
    QString location() const { return port.toString() + u':' + QString::number(onuId); }
};

} // namespace Beholder::Snmp
