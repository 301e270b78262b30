# SPDX-License-Identifier: GPL-3.0-or-later
# The SNMP job model in the cache (schema version 5): brands, OLTs, OIDs, jobs,
# executions and the ONUs the walks found.
target_sources(beholder_core PRIVATE snmpmodel.h snmpmodel.cpp storeresult.h storesql.h storesql.cpp snmpvalidation.h
                                     snmpvalidation.cpp oltsecrets.h oltsecrets.cpp snmpstore.h snmpstore.cpp
                                     snmpstoreexecutions.cpp snmpstoreonus.cpp snmpstoreadmin.cpp)
