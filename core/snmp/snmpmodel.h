// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP monitoring model of SPEC §6 as plain values: what an admin
// configures (brands, OLTs, OIDs, jobs) and what the scheduler records
// (executions and their attempts). SnmpStore reads and writes them; the enum
// spellings below are the ones stored in the cache.
#pragma once

#include "model/entities.h"
#include "snmp/onureading.h"
#include "snmp/snmpjobtypes.h"
#include "snmp/snmptypes.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Beholder::Snmp {

// An equipment vendor. `enterprise` is its IANA Private Enterprise Number, the
// first sub-id after 1.3.6.1.4.1 in sysObjectID (Huawei 2011, ZTE 3902).
struct SnmpBrand
{
    qint64 id = 0;
    QString name;
    std::optional<quint32> enterprise;
    UnixTime createdAt = 0;
    UnixTime updatedAt = 0;
};

// An OLT as SNMP sees it. The community and the v3 passwords are not here:
// they live in the keychain under oltSecretKey() (oltsecrets.h).
struct SnmpOlt
{
    qint64 id = 0;
    QString name;
    QString host; // IPv4, IPv6 or host name
    int port = 161;
    SnmpTarget::Version version = SnmpTarget::Version::V2c;
    // v3 only (ignored and stored empty for v2c)
    QString v3User;
    QString v3Context; // the SNMPv3 context name, when the agent serves several (empty on most OLTs)
    SnmpTarget::SecurityLevel securityLevel = SnmpTarget::SecurityLevel::AuthPriv;
    SnmpTarget::AuthProtocol authProtocol = SnmpTarget::AuthProtocol::Sha;
    SnmpTarget::PrivProtocol privProtocol = SnmpTarget::PrivProtocol::Aes;

    std::optional<qint64> brandId; // none: fingerprinted from sysObjectID at run time
    QString profileId;             // vendor profile ("huawei-ma5600"); empty: fingerprinted at run time
    bool enabled = true;
    std::optional<qint64> smartOltOltId; // the same OLT in SmartOLT's listing (olts.id), when linked
    UnixTime createdAt = 0;
    UnixTime updatedAt = 0;
};

enum class OidKind {
    Inventory, // what discovery walks: serials, descriptions, positions
    Status,    // run state, last down cause
    Optical,   // Rx/Tx power, distance
};

struct SnmpOid
{
    qint64 id = 0;
    qint64 brandId = 0;
    QString name;    // unique per brand; also the key of the raw values in snmp_onu_data
    QString oid;     // dotted, canonical (no leading dot)
    QString purpose; // what a profile uses it for: "serial", "rx_power", "run_state", ...
    OidKind kind = OidKind::Inventory;
    UnixTime createdAt = 0;
    UnixTime updatedAt = 0;
};

struct SnmpJob
{
    qint64 id = 0;
    QString name;
    JobKind kind = JobKind::Polling;
    int intervalS = 300;
    bool enabled = true;
    QList<qint64> oltIds; // ascending
    QList<qint64> oidIds; // ascending
    UnixTime createdAt = 0;
    UnixTime updatedAt = 0;
    std::optional<UnixTime> lastRunAt;
    std::optional<UnixTime> nextRunAt;
};

// One run of one job on one OLT.
struct SnmpExecution
{
    qint64 id = 0;
    qint64 jobId = 0;
    qint64 oltId = 0;
    ExecutionStatus status = ExecutionStatus::Pending;
    UnixTime queuedAt = 0;
    std::optional<UnixTime> startedAt;
    std::optional<UnixTime> finishedAt;
    QString error;
    std::optional<qint64> onusSeen;
    std::optional<qint64> resumedFrom; // the interrupted execution this one picks up
};

// One try of an execution (SNMP retries within a try are the session's business).
struct SnmpAttempt
{
    qint64 id = 0;
    qint64 executionId = 0;
    int attempt = 0; // 1, 2, ... assigned by the store
    UnixTime startedAt = 0;
    std::optional<UnixTime> finishedAt;
    AttemptOutcome outcome = AttemptOutcome::Error;
    QString error;
    std::optional<UnixTime> nextRetryAt; // when the next try is due; none after the last one
};

// An ONU as the cache holds it: the last decoded reading and when each kind of walk wrote it.
struct SnmpOnu
{
    qint64 id = 0;
    qint64 oltId = 0;
    OnuReading reading; // collectedAt: the latest of the three times below
    UnixTime discoveredAt = 0;
    std::optional<UnixTime> statusAt;
    std::optional<UnixTime> opticalAt;
};

// One raw value of one ONU ("ONU data" in SPEC §6), keyed by the OID's name.
struct OnuDataValue
{
    quint32 ponIfIndex = 0;
    quint32 onuId = 0;
    QString oidName;
    QString value;
    UnixTime collectedAt = 0; // filled when read back; writes stamp the call's time
};

// What one save of ONU readings did.
struct OnuSaveCounts
{
    qint64 added = 0;         // discovery: ONUs new to the cache
    qint64 updated = 0;       // ONUs already known, refreshed
    qint64 removed = 0;       // discovery: ONUs the OLT no longer reports (and their raw values)
    qint64 unknown = 0;       // status/optical: ONUs no discovery has seen yet, skipped
    qint64 valuesWritten = 0; // raw values stored
    qint64 valuesSkipped = 0; // raw values of ONUs that were not saved
};

struct OnuStateCounts
{
    qint64 total = 0;
    QMap<OnuRunState, qint64> byState;

    qint64 count(OnuRunState state) const { return byState.value(state); }
};

// Stable spellings, stored in the cache and shown in the admin screens.
QString toString(SnmpTarget::Version version);       // "v2c", "v3"
QString toString(SnmpTarget::SecurityLevel level);   // "noAuthNoPriv", "authNoPriv", "authPriv"
QString toString(SnmpTarget::AuthProtocol protocol); // "SHA"
QString toString(SnmpTarget::PrivProtocol protocol); // "AES"
QString toString(OidKind kind);                      // "inventory", "status", "optical"
std::optional<SnmpTarget::Version> snmpVersionFromString(QStringView text);
std::optional<SnmpTarget::SecurityLevel> securityLevelFromString(QStringView text);
std::optional<OidKind> oidKindFromString(QStringView text);
std::optional<JobKind> jobKindFromString(QStringView text);
std::optional<ExecutionStatus> executionStatusFromString(QStringView text);
std::optional<AttemptOutcome> attemptOutcomeFromString(QStringView text);

// The outcome an attempt that failed with `error` is recorded with.
AttemptOutcome attemptOutcomeFor(const SnmpError &error);

} // namespace Beholder::Snmp
