// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpadmincolumns.h"

#include "snmp/vendorprofile.h"

#include <QDateTime>
#include <QLocale>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr Qt::Alignment numberAlignment = Qt::AlignRight | Qt::AlignVCenter;

template<typename T>
QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QString dbm(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 2) : QString();
}

QString nameOr(const QHash<qint64, QString> &names, qint64 id)
{
    return names.value(id, u"#%1"_s.arg(id));
}

} // namespace

QString SnmpAdminColumns::time(std::optional<UnixTime> at)
{
    if (!at)
        return {};
    return QDateTime::fromSecsSinceEpoch(*at).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString SnmpAdminColumns::duration(qint64 seconds)
{
    seconds = qMax<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QString SnmpAdminColumns::statusName(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Pending:
        return tr("pending");
    case ExecutionStatus::Running:
        return tr("running");
    case ExecutionStatus::Success:
        return tr("success");
    case ExecutionStatus::Failed:
        return tr("failed");
    case ExecutionStatus::Interrupted:
        return tr("interrupted");
    }
    return {};
}

QString SnmpAdminColumns::statusText(const SnmpExecution &execution, UnixTime now)
{
    if (execution.status == ExecutionStatus::Running && execution.startedAt)
        return tr("running… %1").arg(duration(now - *execution.startedAt));
    return statusName(execution.status);
}

QString SnmpAdminColumns::jobKindName(JobKind kind)
{
    return kind == JobKind::Discovery ? tr("discovery") : tr("polling");
}

QString SnmpAdminColumns::oidKindName(OidKind kind)
{
    switch (kind) {
    case OidKind::Inventory:
        return tr("inventory");
    case OidKind::Status:
        return tr("status");
    case OidKind::Optical:
        return tr("optical");
    }
    return {};
}

QString SnmpAdminColumns::onuStateName(OnuRunState state)
{
    switch (state) {
    case OnuRunState::Unknown:
        return tr("unknown");
    case OnuRunState::Online:
        return tr("online");
    case OnuRunState::Offline:
        return tr("offline");
    case OnuRunState::Los:
        return tr("LOS");
    case OnuRunState::DyingGasp:
        return tr("dying gasp");
    case OnuRunState::AuthFailed:
        return tr("auth failed");
    case OnuRunState::Initializing:
        return tr("initializing");
    }
    return {};
}

QString SnmpAdminColumns::outcomeName(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Success:
        return tr("success");
    case AttemptOutcome::Timeout:
        return tr("timeout");
    case AttemptOutcome::Auth:
        return tr("authentication");
    case AttemptOutcome::Error:
        return tr("error");
    case AttemptOutcome::Canceled:
        return tr("canceled");
    }
    return {};
}

QList<RecordColumn<SnmpBrand>> SnmpAdminColumns::brands()
{
    QList<RecordColumn<SnmpBrand>> columns(BrandColumn::Count);
    columns[BrandColumn::Name] = {tr("Name"), [](const SnmpBrand &b) { return QVariant(b.name); }};
    columns[BrandColumn::Enterprise]
        = {tr("Enterprise (PEN)"),
           [](const SnmpBrand &b) { return b.enterprise ? QVariant(QString::number(*b.enterprise)) : QVariant(); },
           [](const SnmpBrand &b) { return optionalValue(b.enterprise); },
           {},
           numberAlignment};
    columns[BrandColumn::Updated] = {tr("Updated"), [](const SnmpBrand &b) { return QVariant(time(b.updatedAt)); },
                                     [](const SnmpBrand &b) { return QVariant(b.updatedAt); }};
    return columns;
}

QList<RecordColumn<SnmpOlt>> SnmpAdminColumns::olts(Lookup lookup)
{
    QList<RecordColumn<SnmpOlt>> columns(OltColumn::Count);
    columns[OltColumn::Name] = {tr("Name"), [](const SnmpOlt &o) { return QVariant(o.name); }};
    columns[OltColumn::Host] = {tr("Host"), [](const SnmpOlt &o) { return QVariant(o.host); }};
    columns[OltColumn::Port] = {tr("Port"),
                                [](const SnmpOlt &o) { return QVariant(QString::number(o.port)); },
                                [](const SnmpOlt &o) { return QVariant(o.port); },
                                {},
                                numberAlignment};
    columns[OltColumn::Version] = {tr("SNMP"), [](const SnmpOlt &o) {
                                       if (o.version == SnmpTarget::Version::V2c)
                                           return QVariant(toString(o.version));
                                       return QVariant(u"%1 %2"_s.arg(toString(o.version), toString(o.securityLevel)));
                                   }};
    columns[OltColumn::Brand]
        = {tr("Brand"),
           [lookup](const SnmpOlt &o) {
               return QVariant(o.brandId ? nameOr(lookup->brands, *o.brandId) : tr("detected from sysObjectID"));
           },
           {},
           [](const SnmpOlt &o) { return QVariant(o.brandId.value_or(0)); }};
    columns[OltColumn::Profile] = {tr("Profile"), [](const SnmpOlt &o) {
                                       if (o.profileId.isEmpty())
                                           return QVariant(tr("detected from sysObjectID"));
                                       const VendorProfile *profile = profileById(o.profileId);
                                       return QVariant(profile ? profile->displayName : o.profileId);
                                   }};
    columns[OltColumn::Enabled] = {tr("Enabled"),
                                   [](const SnmpOlt &o) { return QVariant(o.enabled ? tr("yes") : tr("no")); },
                                   {},
                                   [](const SnmpOlt &o) { return QVariant(o.enabled); }};
    columns[OltColumn::Updated] = {tr("Updated"), [](const SnmpOlt &o) { return QVariant(time(o.updatedAt)); },
                                   [](const SnmpOlt &o) { return QVariant(o.updatedAt); }};
    return columns;
}

QList<RecordColumn<SnmpOid>> SnmpAdminColumns::oids(Lookup lookup)
{
    QList<RecordColumn<SnmpOid>> columns(OidColumn::Count);
    columns[OidColumn::Brand] = {tr("Brand"),
                                 [lookup](const SnmpOid &o) { return QVariant(nameOr(lookup->brands, o.brandId)); },
                                 {},
                                 [](const SnmpOid &o) { return QVariant(o.brandId); }};
    columns[OidColumn::Name] = {tr("Name"), [](const SnmpOid &o) { return QVariant(o.name); }};
    columns[OidColumn::Oid] = {tr("OID"), [](const SnmpOid &o) { return QVariant(o.oid); }};
    columns[OidColumn::Purpose] = {tr("Purpose"), [](const SnmpOid &o) { return QVariant(o.purpose); }};
    columns[OidColumn::Kind] = {tr("Kind"), [](const SnmpOid &o) { return QVariant(oidKindName(o.kind)); }};
    return columns;
}

QList<RecordColumn<SnmpJob>> SnmpAdminColumns::jobs(Lookup lookup)
{
    QList<RecordColumn<SnmpJob>> columns(JobColumn::Count);
    columns[JobColumn::Name] = {tr("Name"), [](const SnmpJob &j) { return QVariant(j.name); }};
    columns[JobColumn::Kind] = {tr("Kind"), [](const SnmpJob &j) { return QVariant(jobKindName(j.kind)); }};
    columns[JobColumn::Interval] = {tr("Interval"),
                                    [](const SnmpJob &j) { return QVariant(duration(j.intervalS)); },
                                    [](const SnmpJob &j) { return QVariant(j.intervalS); },
                                    {},
                                    numberAlignment};
    columns[JobColumn::Enabled] = {tr("Enabled"),
                                   [](const SnmpJob &j) { return QVariant(j.enabled ? tr("yes") : tr("no")); },
                                   {},
                                   [](const SnmpJob &j) { return QVariant(j.enabled); }};
    columns[JobColumn::Olts] = {tr("OLTs"),
                                [lookup](const SnmpJob &j) {
                                    QStringList names;
                                    for (qint64 id : j.oltIds)
                                        names << nameOr(lookup->olts, id);
                                    return QVariant(names.join(u", "_s));
                                },
                                [](const SnmpJob &j) { return QVariant(qint64(j.oltIds.size())); }};
    columns[JobColumn::Oids] = {tr("OIDs"),
                                [](const SnmpJob &j) { return QVariant(QString::number(j.oidIds.size())); },
                                [](const SnmpJob &j) { return QVariant(qint64(j.oidIds.size())); },
                                {},
                                numberAlignment};
    columns[JobColumn::LastRun] = {tr("Last run"), [](const SnmpJob &j) { return QVariant(time(j.lastRunAt)); },
                                   [](const SnmpJob &j) { return optionalValue(j.lastRunAt); }};
    columns[JobColumn::NextRun] = {tr("Next run"), [](const SnmpJob &j) { return QVariant(time(j.nextRunAt)); },
                                   [](const SnmpJob &j) { return optionalValue(j.nextRunAt); }};
    return columns;
}

QList<RecordColumn<SnmpExecution>> SnmpAdminColumns::executions(Lookup lookup, Clock clock)
{
    QList<RecordColumn<SnmpExecution>> columns(ExecutionColumn::Count);
    columns[ExecutionColumn::Id] = {tr("#"),
                                    [](const SnmpExecution &e) { return QVariant(QString::number(e.id)); },
                                    [](const SnmpExecution &e) { return QVariant(e.id); },
                                    {},
                                    numberAlignment};
    columns[ExecutionColumn::Job]
        = {tr("Job"),
           [lookup](const SnmpExecution &e) { return QVariant(nameOr(lookup->jobs, e.jobId)); },
           {},
           [](const SnmpExecution &e) { return QVariant(e.jobId); }};
    columns[ExecutionColumn::Olt]
        = {tr("OLT"),
           [lookup](const SnmpExecution &e) { return QVariant(nameOr(lookup->olts, e.oltId)); },
           {},
           [](const SnmpExecution &e) { return QVariant(e.oltId); }};
    columns[ExecutionColumn::Status]
        = {tr("Status"), [clock](const SnmpExecution &e) { return QVariant(statusText(e, clock())); },
           [](const SnmpExecution &e) { return QVariant(int(e.status)); },
           [](const SnmpExecution &e) { return QVariant(int(e.status)); }};
    columns[ExecutionColumn::Queued] = {tr("Queued"), [](const SnmpExecution &e) { return QVariant(time(e.queuedAt)); },
                                        [](const SnmpExecution &e) { return QVariant(e.queuedAt); }};
    columns[ExecutionColumn::Started]
        = {tr("Started"), [](const SnmpExecution &e) { return QVariant(time(e.startedAt)); },
           [](const SnmpExecution &e) { return optionalValue(e.startedAt); }};
    columns[ExecutionColumn::Finished]
        = {tr("Finished"), [](const SnmpExecution &e) { return QVariant(time(e.finishedAt)); },
           [](const SnmpExecution &e) { return optionalValue(e.finishedAt); }};
    const auto seconds = [clock](const SnmpExecution &e) -> std::optional<qint64> {
        if (!e.startedAt)
            return std::nullopt;
        return e.finishedAt.value_or(clock()) - *e.startedAt;
    };
    columns[ExecutionColumn::Duration] = {tr("Duration"),
                                          [seconds](const SnmpExecution &e) {
                                              const auto s = seconds(e);
                                              return s ? QVariant(duration(*s)) : QVariant();
                                          },
                                          [seconds](const SnmpExecution &e) { return optionalValue(seconds(e)); },
                                          {},
                                          numberAlignment};
    columns[ExecutionColumn::Onus]
        = {tr("ONUs"),
           [](const SnmpExecution &e) { return e.onusSeen ? QVariant(QString::number(*e.onusSeen)) : QVariant(); },
           [](const SnmpExecution &e) { return optionalValue(e.onusSeen); },
           {},
           numberAlignment};
    columns[ExecutionColumn::Error] = {tr("Error"),
                                       [](const SnmpExecution &e) { return QVariant(e.error); },
                                       {},
                                       {},
                                       Qt::AlignLeft | Qt::AlignVCenter,
                                       [](const SnmpExecution &e) { return QVariant(e.error); }};
    return columns;
}

QList<RecordColumn<SnmpOnu>> SnmpAdminColumns::onus()
{
    QList<RecordColumn<SnmpOnu>> columns(OnuColumn::Count);
    columns[OnuColumn::Port] = {tr("PON port"), [](const SnmpOnu &o) { return QVariant(o.reading.port.toString()); },
                                [](const SnmpOnu &o) { return QVariant(qulonglong(o.reading.ponIfIndex)); }};
    columns[OnuColumn::OnuId] = {tr("ONU"),
                                 [](const SnmpOnu &o) { return QVariant(QString::number(o.reading.onuId)); },
                                 [](const SnmpOnu &o) { return QVariant(qulonglong(o.reading.onuId)); },
                                 {},
                                 numberAlignment};
    columns[OnuColumn::Serial] = {tr("Serial"), [](const SnmpOnu &o) { return QVariant(o.reading.serial); }};
    columns[OnuColumn::Description]
        = {tr("Description"), [](const SnmpOnu &o) { return QVariant(o.reading.description); }};
    columns[OnuColumn::State] = {tr("State"),
                                 [](const SnmpOnu &o) { return QVariant(onuStateName(o.reading.state)); },
                                 {},
                                 [](const SnmpOnu &o) { return QVariant(int(o.reading.state)); }};
    columns[OnuColumn::LastDownCause]
        = {tr("Last down cause"), [](const SnmpOnu &o) { return QVariant(o.reading.lastDownCause); }};
    columns[OnuColumn::Rx] = {tr("Rx dBm"),
                              [](const SnmpOnu &o) { return QVariant(dbm(o.reading.rxDbm)); },
                              [](const SnmpOnu &o) { return optionalValue(o.reading.rxDbm); },
                              {},
                              numberAlignment};
    columns[OnuColumn::Tx] = {tr("Tx dBm"),
                              [](const SnmpOnu &o) { return QVariant(dbm(o.reading.txDbm)); },
                              [](const SnmpOnu &o) { return optionalValue(o.reading.txDbm); },
                              {},
                              numberAlignment};
    columns[OnuColumn::OltRx] = {tr("OLT Rx dBm"),
                                 [](const SnmpOnu &o) { return QVariant(dbm(o.reading.oltRxDbm)); },
                                 [](const SnmpOnu &o) { return optionalValue(o.reading.oltRxDbm); },
                                 {},
                                 numberAlignment};
    columns[OnuColumn::Distance]
        = {tr("Distance"),
           [](const SnmpOnu &o) {
               return o.reading.distanceM ? QVariant(tr("%1 m").arg(*o.reading.distanceM)) : QVariant();
           },
           [](const SnmpOnu &o) { return optionalValue(o.reading.distanceM); },
           {},
           numberAlignment};
    columns[OnuColumn::Discovered] = {tr("Discovered"), [](const SnmpOnu &o) { return QVariant(time(o.discoveredAt)); },
                                      [](const SnmpOnu &o) { return QVariant(o.discoveredAt); }};
    columns[OnuColumn::StatusAt] = {tr("Status at"), [](const SnmpOnu &o) { return QVariant(time(o.statusAt)); },
                                    [](const SnmpOnu &o) { return optionalValue(o.statusAt); }};
    columns[OnuColumn::OpticalAt] = {tr("Optical at"), [](const SnmpOnu &o) { return QVariant(time(o.opticalAt)); },
                                     [](const SnmpOnu &o) { return optionalValue(o.opticalAt); }};
    return columns;
}

QList<RecordColumn<SnmpAttempt>> SnmpAdminColumns::attempts()
{
    QList<RecordColumn<SnmpAttempt>> columns(AttemptColumn::Count);
    columns[AttemptColumn::Attempt] = {tr("Attempt"),
                                       [](const SnmpAttempt &a) { return QVariant(QString::number(a.attempt)); },
                                       [](const SnmpAttempt &a) { return QVariant(a.attempt); },
                                       {},
                                       numberAlignment};
    columns[AttemptColumn::Started] = {tr("Started"), [](const SnmpAttempt &a) { return QVariant(time(a.startedAt)); },
                                       [](const SnmpAttempt &a) { return QVariant(a.startedAt); }};
    columns[AttemptColumn::Finished]
        = {tr("Finished"), [](const SnmpAttempt &a) { return QVariant(time(a.finishedAt)); },
           [](const SnmpAttempt &a) { return optionalValue(a.finishedAt); }};
    columns[AttemptColumn::Outcome]
        = {tr("Outcome"), [](const SnmpAttempt &a) { return QVariant(outcomeName(a.outcome)); }};
    columns[AttemptColumn::Error] = {tr("Error"),
                                     [](const SnmpAttempt &a) { return QVariant(a.error); },
                                     {},
                                     {},
                                     Qt::AlignLeft | Qt::AlignVCenter,
                                     [](const SnmpAttempt &a) { return QVariant(a.error); }};
    columns[AttemptColumn::NextRetry]
        = {tr("Next retry"), [](const SnmpAttempt &a) { return QVariant(time(a.nextRetryAt)); },
           [](const SnmpAttempt &a) { return optionalValue(a.nextRetryAt); }};
    return columns;
}

QList<RecordColumn<OnuDataValue>> SnmpAdminColumns::onuData()
{
    QList<RecordColumn<OnuDataValue>> columns(OnuDataColumn::Count);
    columns[OnuDataColumn::Name] = {tr("OID name"), [](const OnuDataValue &v) { return QVariant(v.oidName); }};
    columns[OnuDataColumn::Value] = {tr("Value"), [](const OnuDataValue &v) { return QVariant(v.value); }};
    columns[OnuDataColumn::Collected]
        = {tr("Collected"), [](const OnuDataValue &v) { return QVariant(time(v.collectedAt)); },
           [](const OnuDataValue &v) { return QVariant(v.collectedAt); }};
    return columns;
}

} // namespace Beholder::Snmp
