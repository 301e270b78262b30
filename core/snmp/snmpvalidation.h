// SPDX-License-Identifier: GPL-3.0-or-later
// The rules a brand, OLT, OID or job must meet before it is stored, checked
// without the database (uniqueness and references are SnmpStore's part).
// Each returns the first broken rule with the field at fault, or no error.
// Values are checked as given: SnmpStore trims names and hosts first.
#pragma once

#include "snmp/snmpmodel.h"
#include "snmp/storeresult.h"

#include <QStringView>

namespace Beholder::Snmp {

// Names of brands, OLTs, OIDs and jobs: what an admin types, shown in lists.
constexpr int maxNameLength = 100;
// Job intervals: at least this often is pointless load on an OLT, at most once a month.
constexpr int minJobIntervalS = 10;
constexpr int maxJobIntervalS = 30 * 24 * 3600;

StoreError validateBrand(const SnmpBrand &brand);
StoreError validateOlt(const SnmpOlt &olt);
StoreError validateOid(const SnmpOid &oid);
StoreError validateJob(const SnmpJob &job);

// An IPv4 or IPv6 address, or a DNS host name (RFC 1123 labels, not all digits).
bool isValidHost(QStringView host);

} // namespace Beholder::Snmp
