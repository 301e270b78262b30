// SPDX-License-Identifier: GPL-3.0-or-later
// Turns what SnmpSession::walkColumns returned for a profile's columns into
// vendor-neutral ONU readings, and into the raw values the cache keeps next to
// them. OLT agents answer garbage now and then (wrong types, sentinels,
// exceptions, odd indexes): every such cell becomes "no value", never an
// error, and the decode report counts what was dropped.
#pragma once

#include "onureading.h"
#include "snmptypes.h"
#include "vendorprofile.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Beholder::Snmp {

// What the OLT said for one column of one ONU, in display form (text, a
// decimal number, or upper-case hex for binary strings such as a serial).
struct RawOnuValue
{
    quint32 ponIfIndex = 0;
    quint32 onuId = 0;
    OidPurpose purpose = OidPurpose::Serial;
    QString columnName; // the profile column's MIB object name
    QString rawValue;

    friend bool operator==(const RawOnuValue &, const RawOnuValue &) = default;
};

// What a decode dropped. Sentinels ("no optical value while offline") are
// expected answers and are not counted.
struct DecodeReport
{
    int rowsWithBadIndex = 0; // index not <ponIfIndex>.<onuId>[.suffix of some column]: row skipped
    int misplacedCells = 0;   // a value at an index shape its column does not use (e.g. ".2" ANI)
    int unknownPorts = 0;     // ONUs whose ponIfIndex is not a GPON port of the profile's family
    int exceptionCells = 0;   // noSuchObject / noSuchInstance / endOfMibView
    int unreadableCells = 0;  // wrong type, or text that is not a number where one was expected
};

// Index suffixes of `rows` are <ponIfIndex>.<onuId> followed by the column's
// instanceSuffix (ZTE optical: ".1"); the cells of one ONU spread over such
// rows are merged into one reading. `columns` are the columns walked, in the
// order given to walkColumns (each row holds one value per column). Readings
// come sorted by ponIfIndex, then onuId. When several columns share a
// purpose, the first one with a usable value wins.
QList<OnuReading> decodeOnus(const VendorProfile &profile, const QList<ProfileColumn> &columns, const SnmpTable &rows,
                             const QDateTime &collectedAt, DecodeReport *report = nullptr);

// The same rows as raw values, for the cache's "ONU data" table: every cell
// that holds a value (not Null, not an exception) at a well-formed index,
// whether or not it decodes. Sorted by ponIfIndex, onuId, then column order.
QList<RawOnuValue> rawOnuValues(const QList<ProfileColumn> &columns, const SnmpTable &rows,
                                DecodeReport *report = nullptr);

// Display form of a value as kept in RawOnuValue; empty for Null and exceptions.
QString rawDisplay(const SnmpValue &value);

// --- Value conversions, one per vendor encoding. All return nullopt for the
// vendor's "no value" sentinels and for values outside what GPON optics can
// physically report (-50..+10 dBm), rounded to 0.001 dBm.
// A text answer with a decimal point ("-24.95", "-24.95 dBm") is taken as
// already in dBm; an integer text ("-2134") is a raw value like an Integer.

// Huawei Rx and Tx: 0.01 dBm; 2147483647 = none (ONT offline).
std::optional<double> huaweiPowerDbm(const SnmpValue &value);
// Huawei OLT Rx: (raw - 10000) / 100 dBm.
std::optional<double> huaweiOltRxDbm(const SnmpValue &value);
// Huawei ONT Tx: the MIB says .51.1.3 is Tx (0.01 dBm) and .51.1.5 is voltage
// (mV), yet one live MA5608T report has Tx in .5. Rule: take .3 when it is a
// plausible Tx (raw -1000..1000, i.e. -10..+10 dBm; real ONTs send 0.5..5 dBm),
// else .5 when *it* is a plausible Tx, else none. A voltage (~3000..3600 mV)
// is never a plausible Tx, so a swapped pair still yields the right column.
std::optional<double> huaweiTxDbm(const SnmpValue &txColumn, const SnmpValue &voltageColumn);
// ZTE ONU Rx/Tx levels: raw * 0.002 - 30 dBm; raw 0 or above 60000 = none.
std::optional<double> zteOnuPowerDbm(const SnmpValue &value);
// ZTE OLT Rx of an ONU: 0.001 dBm; 65535000, -80000 and 65535 = none.
std::optional<double> zteOltRxDbm(const SnmpValue &value);
// Ranging distance in metres: -1, 2147483647 and anything beyond the GPON
// logical reach (60 km) = none.
std::optional<int> distanceMetres(const SnmpValue &value);

// "HWTCA1B2C3D4" from the 8-byte GPON serial (4 ASCII vendor letters + 4
// binary bytes); also accepts a printable "HWTCa1b2c3d4" or the 16-hex-digit
// form "48575443A1B2C3D4". Empty when the value is none of these.
QString formatOnuSerial(const QByteArray &bytes);

// Huawei hwGponDeviceOntControlLastDownCause: "LOS", "dying-gasp", ... empty
// for -1 (query failed) and codes not in the MIB.
QString huaweiLastDownCause(qint64 code);
// Huawei run status up(1)/down(2)/invalid(-1); a down ONU is refined by its
// last down cause: LOS, LOSi/LOBi and LOFi -> Los, dying-gasp -> DyingGasp,
// auth-fail -> AuthFailed, anything else -> Offline.
OnuRunState huaweiRunState(qint64 runStatus, const QString &lastDownCause);
// ZTE C300/C320 zxGponOntPhaseState: logging(0) los(1) syncMib(2) working(3)
// dyinggasp(4) authFailed(5) offline(6).
OnuRunState zteC300PhaseState(qint64 phase);
// ZTE has no last-down-cause column: "LOS" for los(1), "dying-gasp" for dyinggasp(4).
QString zteC300DownCauseFromPhase(qint64 phase);
// ZTE C6xx online flag: 1 online, 2 offline.
OnuRunState zteC600OnlineStatus(qint64 status);

} // namespace Beholder::Snmp
