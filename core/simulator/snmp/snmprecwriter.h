// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a simulated OLT as an snmpsim recording (`.snmprec`, protocols.md §2.8): the system group, the
// PON ports in IF-MIB and the ONU tables in the vendor's own MIB and encodings (Huawei §2.3, ZTE C320
// §2.4), records in numeric OID order because snmpsimd answers GETNEXT/GETBULK in file order.
//
// This is deliberately written from protocols.md alone, apart from the product's SNMP decoder, so that
// the two read the documents independently and a test between them catches either one's mistake.
#pragma once

#include "simolt.h"

#include <QByteArray>
#include <QString>

namespace Beholder::Sim {

class SnmprecWriter final
{
public:
    // Vendor sentinels for values the OLT cannot read (the ONU is offline or has no optics).
    static constexpr qint64 huaweiNoOptics = 2147483647; // every …51.1.x column
    static constexpr qint64 zteNoOnuOptics = 0;          // ONU Rx/Tx raw
    static constexpr qint64 zteNoOltRx = 65535000;       // OLT Rx, 0.001 dBm
    static constexpr qint64 noDistance = -1;

    // The recording's text, "OID|TAG|VALUE" lines in numeric OID order. Empty, with `error` set, when the
    // OLT cannot be recorded (a serial that is not 8 bytes, two ONUs on the same PON port and id).
    static QByteArray render(const SimOlt &olt, QString *error = nullptr);
    // render() into `path`, replacing it atomically, readable by everyone (snmpsimd may run as nobody).
    static bool write(const SimOlt &olt, const QString &path, QString *error = nullptr);
    // "<name>.snmprec": snmpsimd answers the community (and v3 context) `name` from it.
    static QString fileName(const SimOlt &olt);
};

} // namespace Beholder::Sim
