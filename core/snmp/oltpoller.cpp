// SPDX-License-Identifier: GPL-3.0-or-later
#include "oltpoller.h"

#include "logging/logging.h"
#include "snmp/oltsecrets.h"
#include "snmp/onudecoder.h"
#include "snmp/snmpsession.h"
#include "snmp/snmpstore.h"

#include <QDateTime>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

const Oid sysDescrOid = Oid::fromString(u"1.3.6.1.2.1.1.1.0");
const Oid sysObjectIdOid = Oid::fromString(u"1.3.6.1.2.1.1.2.0");
const Oid sysUpTimeOid = Oid::fromString(u"1.3.6.1.2.1.1.3.0");
const Oid sysNameOid = Oid::fromString(u"1.3.6.1.2.1.1.5.0");

RunOutcome failureFrom(const SnmpError &error)
{
    return RunOutcome::failure(attemptOutcomeFor(error), error.message);
}

QList<OnuDataValue> toOnuData(const QList<RawOnuValue> &raw)
{
    QList<OnuDataValue> values;
    values.reserve(raw.size());
    for (const RawOnuValue &r : raw) {
        OnuDataValue v;
        v.ponIfIndex = r.ponIfIndex;
        v.onuId = r.onuId;
        v.oidName = r.columnName;
        v.value = r.rawValue;
        values.append(v);
    }
    return values;
}

} // namespace

void readSystemGroup(SnmpSession &session, std::function<void(const SnmpError &error, const SystemGroup &system)> done)
{
    session.get({sysDescrOid, sysObjectIdOid, sysUpTimeOid, sysNameOid},
                [done = std::move(done)](const SnmpError &error, const QList<VarBind> &varBinds) {
                    SystemGroup system;
                    if (error.isError()) {
                        done(error, system);
                        return;
                    }
                    for (const VarBind &vb : varBinds) {
                        if (vb.value.isException())
                            continue;
                        if (vb.oid == sysDescrOid)
                            system.sysDescr = vb.value.toString();
                        else if (vb.oid == sysObjectIdOid)
                            system.sysObjectId = vb.value.toOid();
                        else if (vb.oid == sysUpTimeOid)
                            system.uptimeSeconds = qint64(vb.value.toULongLong() / 100);
                        else if (vb.oid == sysNameOid)
                            system.sysName = vb.value.toString();
                    }
                    done(SnmpError(), system);
                });
}

struct OltPoller::Attempt
{
    ScheduledRun run;
    Done done;
    SnmpOlt olt;
    SnmpJob job;
    std::unique_ptr<SnmpSession, void (*)(SnmpSession *)> session{nullptr, [](SnmpSession *s) {
                                                                      if (s)
                                                                          s->deleteLater();
                                                                  }};
    bool ended = false;
};

OltPoller::OltPoller(SnmpStore &store, SecretsReader readSecrets, SessionOverrides overrides, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_readSecrets(std::move(readSecrets))
    , m_overrides(overrides)
{ }

OltPoller::~OltPoller()
{
    for (const auto &attempt : std::as_const(m_attempts))
        attempt->ended = true;
}

void OltPoller::resolveTarget(const SnmpOlt &olt,
                              std::function<void(const QString &error, const SnmpTarget &target)> done)
{
    const QStringList keys = requiredSecretKeys(olt);
    QPointer<OltPoller> self(this);
    m_readSecrets(keys, this, [self, olt, keys, done = std::move(done)](const SecretsResult &secrets) {
        if (!self)
            return;
        if (secrets.error.isError()) {
            done(u"OLT %1: cannot read its SNMP secrets from the keychain: %2"_s.arg(olt.name, secrets.error.message),
                 {});
            return;
        }
        if (!secrets.missing.isEmpty()) {
            done(u"OLT %1: no SNMP secret stored under %2 in the keychain"_s.arg(olt.name,
                                                                                 secrets.missing.join(u", "_s)),
                 {});
            return;
        }
        SnmpTarget target = makeTarget(olt, secrets.found);
        if (const VendorProfile *profile = profileById(olt.profileId))
            profile->applyTo(target);
        if (self->m_overrides.timeoutMs > 0)
            target.timeoutMs = self->m_overrides.timeoutMs;
        if (self->m_overrides.retries >= 0)
            target.retries = self->m_overrides.retries;
        done(QString(), target);
    });
}

void OltPoller::start(const ScheduledRun &run, Done done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->run = run;
    attempt->done = std::move(done);
    m_attempts.insert(run.executionId, attempt);

    const auto olt = m_store.olt(run.oltId);
    const auto job = m_store.job(run.jobId);
    if (!olt.ok() || !job.ok()) {
        const QString why = !olt.ok() ? olt.error.message : job.error.message;
        QMetaObject::invokeMethod(
            this, [this, attempt, why] { end(attempt, RunOutcome::failure(AttemptOutcome::Error, why)); },
            Qt::QueuedConnection);
        return;
    }
    attempt->olt = *olt.value;
    attempt->job = *job.value;
    resolveTarget(attempt->olt, [this, attempt](const QString &error, const SnmpTarget &target) {
        if (attempt->ended)
            return;
        if (!error.isEmpty()) {
            end(attempt, RunOutcome::failure(AttemptOutcome::Auth, error)); // waiting will not fix it
            return;
        }
        SnmpTarget tuned = target;
        attempt->session.reset(new SnmpSession(tuned));
        if (const VendorProfile *profile = profileById(attempt->olt.profileId)) {
            walk(attempt, *profile);
            return;
        }
        // No profile configured: the OLT says who it is.
        readSystemGroup(*attempt->session, [this, attempt](const SnmpError &error, const SystemGroup &system) {
            if (attempt->ended)
                return;
            if (error.isError()) {
                end(attempt, failureFrom(error));
                return;
            }
            const Fingerprint found = fingerprint(system.sysObjectId, system.sysDescr);
            if (!found.isSupported()) {
                end(attempt,
                    RunOutcome::failure(AttemptOutcome::Auth, // a configuration matter: no retry
                                        u"OLT %1 is %2 (%3): no shipped vendor profile reads it"_s.arg(
                                            attempt->olt.name,
                                            found.vendor.isEmpty() ? u"of an unknown vendor"_s : found.vendor,
                                            system.sysObjectId.toString())));
                return;
            }
            SnmpTarget target = attempt->session->target();
            found.profile->applyTo(target);
            if (m_overrides.timeoutMs > 0)
                target.timeoutMs = m_overrides.timeoutMs;
            if (m_overrides.retries >= 0)
                target.retries = m_overrides.retries;
            attempt->session.reset(new SnmpSession(target));
            walk(attempt, *found.profile);
        });
    });
}

QList<ProfileColumn> OltPoller::columnsFor(const SnmpJob &job, const VendorProfile &profile) const
{
    // The job's OIDs that this profile reads; a job naming none of them walks the profile's defaults.
    QList<ProfileColumn> columns;
    const auto oids = m_store.listOids();
    if (oids.ok()) {
        for (const SnmpOid &oid : *oids.value) {
            if (!job.oidIds.contains(oid.id))
                continue;
            for (const ProfileColumn &column : profile.columns) {
                const bool taken = std::any_of(columns.cbegin(), columns.cend(),
                                               [&](const ProfileColumn &c) { return c.column == column.column; });
                if (!taken && column.column.toString() == oid.oid)
                    columns.append(column);
            }
        }
    }
    if (!columns.isEmpty())
        return columns;
    if (job.kind == JobKind::Discovery)
        return profile.columnsOf(ProfileColumn::Kind::Inventory) + profile.columnsOf(ProfileColumn::Kind::Status);
    return profile.columnsOf(ProfileColumn::Kind::Status);
}

void OltPoller::walk(const std::shared_ptr<Attempt> &attempt, const VendorProfile &profile)
{
    const QList<ProfileColumn> columns = columnsFor(attempt->job, profile);
    qCDebug(lcSnmp).noquote()
        << u"walking %1 columns of OLT %2 (%3)"_s.arg(columns.size()).arg(attempt->olt.name, profile.id);
    const VendorProfile chosen = profile;
    attempt->session->walkColumns(columnOids(columns),
                                  [this, attempt, chosen, columns](const SnmpError &error, const SnmpTable &rows) {
                                      if (attempt->ended)
                                          return;
                                      if (error.isError()) {
                                          end(attempt, failureFrom(error));
                                          return;
                                      }
                                      save(attempt, chosen, columns, rows);
                                  });
}

void OltPoller::save(const std::shared_ptr<Attempt> &attempt, const VendorProfile &profile,
                     const QList<ProfileColumn> &columns, const SnmpTable &rows)
{
    const QDateTime collectedAt = QDateTime::currentDateTimeUtc();
    const QList<OnuReading> readings = decodeOnus(profile, columns, rows, collectedAt);
    const QList<OnuDataValue> raw = toOnuData(rawOnuValues(columns, rows));
    const UnixTime at = collectedAt.toSecsSinceEpoch();
    const qint64 oltId = attempt->olt.id;
    StoreError error;
    if (attempt->job.kind == JobKind::Discovery) {
        error = m_store.saveDiscovery(oltId, readings, raw, at).error;
    } else {
        bool optical = false;
        bool status = false;
        for (const ProfileColumn &c : columns)
            (c.kind == ProfileColumn::Kind::Optical ? optical : status) = true;
        if (status)
            error = m_store.saveStatus(oltId, readings, raw, at).error;
        if (optical && !error.isError())
            error = m_store.saveOptical(oltId, readings, status ? QList<OnuDataValue>() : raw, at).error;
    }
    if (error.isError()) {
        end(attempt,
            RunOutcome::failure(AttemptOutcome::Error,
                                u"OLT %1: the ONUs could not be saved: %2"_s.arg(attempt->olt.name, error.message)));
        return;
    }
    emit onusSaved(oltId);
    end(attempt, RunOutcome::success(int(readings.size())));
}

void OltPoller::end(const std::shared_ptr<Attempt> &attempt, const RunOutcome &outcome)
{
    if (attempt->ended)
        return;
    attempt->ended = true;
    m_attempts.remove(attempt->run.executionId);
    attempt->session.reset();
    if (attempt->done)
        attempt->done(outcome);
}

void OltPoller::cancel(qint64 executionId)
{
    const std::shared_ptr<Attempt> attempt = m_attempts.take(executionId);
    if (!attempt)
        return;
    attempt->ended = true; // its `done` is not called
    if (attempt->session)
        attempt->session->cancel();
    attempt->session.reset();
}

} // namespace Beholder::Snmp
