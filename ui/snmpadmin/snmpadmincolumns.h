// SPDX-License-Identifier: GPL-3.0-or-later
// The columns of each SNMP admin table: what an admin reads in each cell,
// what it sorts on and what the filter combos match. Names of other rows
// (an OLT's brand, an execution's job) come from a lookup the window keeps
// current.
#pragma once

#include "recordtablemodel.h"
#include "snmp/snmpmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace Beholder::Snmp {

// Names of the rows other tables refer to, by id.
struct SnmpNameLookup
{
    QHash<qint64, QString> brands;
    QHash<qint64, QString> olts;
    QHash<qint64, QString> jobs;
};

namespace BrandColumn {
enum { Name, Enterprise, Updated, Count };
}
namespace OltColumn {
enum { Name, Host, Port, Version, Brand, Profile, Enabled, Updated, Count };
}
namespace OidColumn {
enum { Brand, Name, Oid, Purpose, Kind, Count };
}
namespace JobColumn {
enum { Name, Kind, Interval, Enabled, Olts, Oids, LastRun, NextRun, Count };
}
namespace ExecutionColumn {
enum { Id, Job, Olt, Status, Queued, Started, Finished, Duration, Onus, Error, Count };
}
namespace OnuColumn {
enum {
    Port,
    OnuId,
    Serial,
    Description,
    State,
    LastDownCause,
    Rx,
    Tx,
    OltRx,
    Distance,
    Discovered,
    StatusAt,
    OpticalAt,
    Count
};
}
namespace AttemptColumn {
enum { Attempt, Started, Finished, Outcome, Error, NextRetry, Count };
}
namespace OnuDataColumn {
enum { Name, Value, Collected, Count };
}

class SnmpAdminColumns final
{
    Q_DECLARE_TR_FUNCTIONS(SnmpAdminColumns)

public:
    using Lookup = std::shared_ptr<const SnmpNameLookup>;
    using Clock = std::function<UnixTime()>; // "now" for the elapsed time of running executions

    static QList<RecordColumn<SnmpBrand>> brands();
    static QList<RecordColumn<SnmpOlt>> olts(Lookup lookup);
    static QList<RecordColumn<SnmpOid>> oids(Lookup lookup);
    static QList<RecordColumn<SnmpJob>> jobs(Lookup lookup);
    static QList<RecordColumn<SnmpExecution>> executions(Lookup lookup, Clock clock);
    static QList<RecordColumn<SnmpOnu>> onus();
    static QList<RecordColumn<SnmpAttempt>> attempts();
    static QList<RecordColumn<OnuDataValue>> onuData();

    // Display forms shared with the forms and the details panes.
    static QString time(std::optional<UnixTime> at); // "2026-11-18 07:06:40", local time; empty when none
    static QString duration(qint64 seconds);         // "42 s", "3 min 05 s", "2 h 10 min"
    static QString statusText(const SnmpExecution &execution, UnixTime now);
    static QString statusName(ExecutionStatus status);
    static QString jobKindName(JobKind kind);
    static QString oidKindName(OidKind kind);
    static QString onuStateName(OnuRunState state);
    static QString outcomeName(AttemptOutcome outcome);
};

} // namespace Beholder::Snmp
