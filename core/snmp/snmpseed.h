// SPDX-License-Identifier: GPL-3.0-or-later
// What a fresh cache gets so that SNMP monitoring works without typing OIDs:
// the brands and OIDs of the shipped vendor profiles, and (for the demo ISP,
// or an admin's "create the usual jobs") the three usual jobs.
#pragma once

#include "snmp/storeresult.h"

#include <QList>

namespace Beholder::Snmp {

class SnmpStore;

// Idempotent: brands by enterprise number, OIDs by (brand, OID). Runs at every start.
StoreError seedBuiltinModel(SnmpStore &store);

// "ONU inventory" (discovery, every 15 min), "ONU status" (polling, every 5 min) and "Optical levels"
// (polling, hourly: each optical read costs the OLT an OMCI query per ONU, and ZTE asks for at most
// about once an hour), each over `oltIds` with the shipped OIDs of its kind. Jobs whose name exists are
// left alone.
StoreError seedUsualJobs(SnmpStore &store, const QList<qint64> &oltIds);

} // namespace Beholder::Snmp
