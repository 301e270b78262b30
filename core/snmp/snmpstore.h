// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP monitoring model in the cache (schema version 5): what an admin
// configures (brands, OLTs, OIDs, jobs), what the scheduler records
// (executions and attempts) and what the walks found (ONUs and their raw
// values). Secrets are never read or written here (see oltsecrets.h).
//
// Like CacheWriter and SyncRunLog it works on one connection, so it belongs
// to the thread that owns that connection (CacheDatabase::connection() of
// that thread). Every write is one transaction, nested as a savepoint when
// the caller already holds one. Nothing throws; failures come back as a
// StoreError with the field at fault and a message for the operator.
//
// The admin writes (brands, OLTs, OIDs, jobs, enabling them) made for a person go through a store with an
// actor (setActor(), as SnmpAdminBackend does): each then needs AdministerSnmp and is audited "snmp.<op>" in
// the cache's audit log; a refusal is a Denied error and writes nothing else. The monitor's own writes (seed,
// scheduler, poller) use a store without an actor.
#pragma once

#include "access/principal.h"
#include "snmp/snmpmodel.h"
#include "snmp/storeresult.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Beholder::Snmp {

// What the executions screen filters on; unset fields do not filter.
struct ExecutionFilter
{
    std::optional<ExecutionStatus> status;
    std::optional<qint64> jobId;
    std::optional<qint64> oltId;
    std::optional<UnixTime> since; // queued at or after
    int limit = 1000;              // newest first; 0 or less: no limit
};

class SnmpStore final
{
public:
    // Stamps created_at and updated_at of configuration rows; the system clock when empty.
    using Clock = std::function<UnixTime()>;

    explicit SnmpStore(QSqlDatabase db, Clock clock = {});
    Q_DISABLE_COPY_MOVE(SnmpStore)

    // From now on the admin writes act for `principal` (checked and audited, see above).
    void setActor(const Access::Principal &principal) { m_actor = principal; }
    std::optional<Access::Principal> actor() const { return m_actor; }

    // --- Brands. Deleting one deletes its OIDs; its OLTs go back to fingerprinting.
    StoreResult<QList<SnmpBrand>> listBrands() const;
    StoreResult<SnmpBrand> brand(qint64 id) const;
    StoreResult<SnmpBrand> brandByEnterprise(quint32 enterprise) const; // the sysObjectID fingerprint
    StoreResult<qint64> insertBrand(const SnmpBrand &brand);            // the new id
    StoreError updateBrand(const SnmpBrand &brand);
    StoreError deleteBrand(qint64 id);

    // --- OLTs. Deleting one deletes its executions, ONUs and job memberships (not its keychain secrets:
    // the caller removes allSecretKeys(id)).
    StoreResult<QList<SnmpOlt>> listOlts() const;
    StoreResult<SnmpOlt> olt(qint64 id) const;
    StoreResult<qint64> insertOlt(const SnmpOlt &olt);
    StoreError updateOlt(const SnmpOlt &olt);
    StoreError deleteOlt(qint64 id);
    // Returns how many OLTs changed; ids that do not exist are ignored.
    StoreResult<qint64> setOltsEnabled(const QList<qint64> &ids, bool enabled);

    // --- OIDs, per brand.
    StoreResult<QList<SnmpOid>> listOids(std::optional<qint64> brandId = std::nullopt) const;
    StoreResult<SnmpOid> oid(qint64 id) const;
    // Idempotent on (brand, OID), so seeding can run at every start: when the
    // brand already has this OID, returns that row's id and changes nothing.
    StoreResult<qint64> insertOid(const SnmpOid &oid);
    StoreError updateOid(const SnmpOid &oid);
    StoreError deleteOid(qint64 id);

    // --- Jobs, with their OLT and OID sets (replaced as a whole by updateJob).
    StoreResult<QList<SnmpJob>> listJobs() const;
    StoreResult<SnmpJob> job(qint64 id) const;
    StoreResult<qint64> insertJob(const SnmpJob &job);
    StoreError updateJob(const SnmpJob &job); // lastRunAt/nextRunAt are the scheduler's: see setJobRunTimes
    StoreError deleteJob(qint64 id);          // and its executions
    StoreResult<qint64> setJobsEnabled(const QList<qint64> &ids, bool enabled);
    StoreError setJobRunTimes(qint64 jobId, std::optional<UnixTime> lastRunAt, std::optional<UnixTime> nextRunAt);

    // --- Executions: pending -> running -> success | failed | interrupted.
    StoreResult<qint64> createExecution(qint64 jobId, qint64 oltId, UnixTime queuedAt,
                                        std::optional<qint64> resumedFrom = std::nullopt);
    StoreError markRunning(qint64 executionId, UnixTime startedAt);
    // Records one finished try of a running execution; returns its number (1, 2, ...).
    StoreResult<int> recordAttempt(qint64 executionId, const SnmpAttempt &attempt);
    // `status`: Success, Failed or Interrupted (an orderly shutdown). From pending or running only.
    StoreError finishExecution(qint64 executionId, ExecutionStatus status, const QString &error,
                               std::optional<qint64> onusSeen, UnixTime finishedAt);
    // Executions a previous process left pending or running (a crash, a kill, a power cut) become
    // interrupted; returns them so the scheduler can queue each again with resumedFrom = its id.
    // Call it only while no scheduler of this profile runs.
    StoreResult<QList<SnmpExecution>> markInterruptedAtStartup(UnixTime now);
    StoreResult<SnmpExecution> execution(qint64 id) const;
    StoreResult<QList<SnmpExecution>> listExecutions(const ExecutionFilter &filter = {}) const;
    StoreResult<QList<SnmpAttempt>> attempts(qint64 executionId) const;

    // --- ONUs. Each save is one transaction for the whole OLT, and writes
    // `rawValues` (ONU data) of the ONUs it saves, stamped `collectedAt`.
    // Discovery owns the inventory: it adds the ONUs it sees and removes those
    // it no longer sees. It refreshes state or optical values only for readings
    // that carry them (a known run state; any optical value).
    StoreResult<OnuSaveCounts> saveDiscovery(qint64 oltId, const QList<OnuReading> &readings,
                                             const QList<OnuDataValue> &rawValues, UnixTime collectedAt);
    // Polling refreshes ONUs a discovery has seen; others are counted as unknown and skipped.
    StoreResult<OnuSaveCounts> saveStatus(qint64 oltId, const QList<OnuReading> &readings,
                                          const QList<OnuDataValue> &rawValues, UnixTime collectedAt);
    StoreResult<OnuSaveCounts> saveOptical(qint64 oltId, const QList<OnuReading> &readings,
                                           const QList<OnuDataValue> &rawValues, UnixTime collectedAt);
    StoreResult<QList<SnmpOnu>> onusForOlt(qint64 oltId) const; // by PON ifIndex, then ONU id
    // Case-insensitive; when the serial is on several OLTs (moved, not rediscovered yet), the latest discovered.
    StoreResult<SnmpOnu> onuBySerial(const QString &serial) const;
    StoreResult<OnuStateCounts> onuCounts(qint64 oltId) const;
    StoreResult<QList<OnuDataValue>> onuData(qint64 oltId, quint32 ponIfIndex, quint32 onuId) const;

private:
    // The admin writes themselves, unchecked (snmpstore.cpp); the public ones guard them (snmpstoreadmin.cpp).
    StoreResult<qint64> writeInsertBrand(const SnmpBrand &brand);
    StoreError writeUpdateBrand(const SnmpBrand &brand);
    StoreError writeDeleteBrand(qint64 id);
    StoreResult<qint64> writeInsertOlt(const SnmpOlt &olt);
    StoreError writeUpdateOlt(const SnmpOlt &olt);
    StoreError writeDeleteOlt(qint64 id);
    StoreResult<qint64> writeSetOltsEnabled(const QList<qint64> &ids, bool enabled);
    StoreResult<qint64> writeInsertOid(const SnmpOid &oid);
    StoreError writeUpdateOid(const SnmpOid &oid);
    StoreError writeDeleteOid(qint64 id);
    StoreResult<qint64> writeInsertJob(const SnmpJob &job);
    StoreError writeUpdateJob(const SnmpJob &job);
    StoreError writeDeleteJob(qint64 id);
    StoreResult<qint64> writeSetJobsEnabled(const QList<qint64> &ids, bool enabled);
    // Runs `write` for the actor, if any: refused (Denied, audited) without AdministerSnmp, else audited with
    // its outcome. Without an actor it just runs.
    template<typename R, typename Write>
    R administer(const QString &operation, const QString &target, Write &&write);

    enum class OnuWalk { Discovery, Status, Optical };
    StoreResult<OnuSaveCounts> saveOnus(OnuWalk walk, qint64 oltId, const QList<OnuReading> &readings,
                                        const QList<OnuDataValue> &rawValues, UnixTime collectedAt);

    UnixTime now() const;
    // A Duplicate error when `name` is taken in `table` by a row other than `exceptId`.
    StoreError checkNameFree(const QString &table, const QString &name, qint64 exceptId,
                             const QString &scopeColumn = {}, qint64 scopeValue = 0) const;
    // A NotFound error naming `what` unless `table` has a row with `id`.
    StoreError checkExists(const QString &table, qint64 id, const QString &field, const QString &what) const;
    StoreError checkEnterpriseFree(const SnmpBrand &brand) const;
    StoreError checkOltReferences(const SnmpOlt &olt) const;
    StoreError checkJobReferences(const SnmpJob &job) const;
    StoreError writeJobSets(qint64 jobId, const SnmpJob &job);
    StoreResult<qint64> setEnabled(const QString &table, const QList<qint64> &ids, bool enabled);
    StoreError deleteRow(const QString &table, qint64 id, const QString &what);

    QSqlDatabase m_db;
    Clock m_clock;
    std::optional<Access::Principal> m_actor;
};

} // namespace Beholder::Snmp
