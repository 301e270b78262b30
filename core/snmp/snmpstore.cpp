// SPDX-License-Identifier: GPL-3.0-or-later
// SnmpStore, part 1: the configuration an admin edits (brands, OLTs, OIDs,
// jobs). Executions and ONU data are in snmpstoreexecutions.cpp and
// snmpstoreonus.cpp.
#include "snmpstore.h"

#include "snmp/snmpvalidation.h"
#include "snmp/storesql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

const QString brandColumns = u"id, name, enterprise, created_at, updated_at"_s;
const QString oltColumns
    = u"id, name, host, port, version, v3_user, v3_security_level, v3_auth_protocol, "
      u"v3_priv_protocol, brand_id, profile_id, enabled, smartolt_olt_id, created_at, updated_at, v3_context"_s;
const QString oidColumns = u"id, brand_id, name, oid, purpose, kind, created_at, updated_at"_s;
const QString jobColumns = u"id, name, kind, interval_s, enabled, created_at, updated_at, last_run_at, next_run_at"_s;

SnmpBrand readBrand(const QSqlQuery &query)
{
    SnmpBrand brand;
    brand.id = query.value(0).toLongLong();
    brand.name = query.value(1).toString();
    if (!query.value(2).isNull())
        brand.enterprise = quint32(query.value(2).toLongLong());
    brand.createdAt = query.value(3).toLongLong();
    brand.updatedAt = query.value(4).toLongLong();
    return brand;
}

SnmpOlt readOlt(const QSqlQuery &query)
{
    SnmpOlt olt;
    olt.id = query.value(0).toLongLong();
    olt.name = query.value(1).toString();
    olt.host = query.value(2).toString();
    olt.port = query.value(3).toInt();
    olt.version = snmpVersionFromString(query.value(4).toString()).value_or(SnmpTarget::Version::V2c);
    olt.v3User = query.value(5).toString();
    olt.securityLevel
        = securityLevelFromString(query.value(6).toString()).value_or(SnmpTarget::SecurityLevel::AuthPriv);
    // SHA and AES are the only protocols the engine speaks (columns 7 and 8 hold them for the screens).
    olt.brandId = optionalInt(query.value(9));
    olt.profileId = query.value(10).toString();
    olt.enabled = query.value(11).toBool();
    olt.smartOltOltId = optionalInt(query.value(12));
    olt.createdAt = query.value(13).toLongLong();
    olt.updatedAt = query.value(14).toLongLong();
    olt.v3Context = query.value(15).toString();
    return olt;
}

SnmpOid readOid(const QSqlQuery &query)
{
    SnmpOid oid;
    oid.id = query.value(0).toLongLong();
    oid.brandId = query.value(1).toLongLong();
    oid.name = query.value(2).toString();
    oid.oid = query.value(3).toString();
    oid.purpose = query.value(4).toString();
    oid.kind = oidKindFromString(query.value(5).toString()).value_or(OidKind::Inventory);
    oid.createdAt = query.value(6).toLongLong();
    oid.updatedAt = query.value(7).toLongLong();
    return oid;
}

SnmpJob readJob(const QSqlQuery &query)
{
    SnmpJob job;
    job.id = query.value(0).toLongLong();
    job.name = query.value(1).toString();
    job.kind = jobKindFromString(query.value(2).toString()).value_or(JobKind::Polling);
    job.intervalS = query.value(3).toInt();
    job.enabled = query.value(4).toBool();
    job.createdAt = query.value(5).toLongLong();
    job.updatedAt = query.value(6).toLongLong();
    job.lastRunAt = optionalInt(query.value(7));
    job.nextRunAt = optionalInt(query.value(8));
    return job;
}

// Rows as they are stored: names and hosts without stray blanks, OIDs in canonical form, no v3 settings on v2c.
SnmpBrand normalized(SnmpBrand brand)
{
    brand.name = brand.name.trimmed();
    return brand;
}

SnmpOlt normalized(SnmpOlt olt)
{
    olt.name = olt.name.trimmed();
    olt.host = olt.host.trimmed();
    olt.profileId = olt.profileId.trimmed();
    olt.v3User = olt.v3User.trimmed();
    olt.v3Context = olt.v3Context.trimmed();
    if (olt.version == SnmpTarget::Version::V2c) {
        olt.v3User.clear();
        olt.v3Context.clear();
    }
    return olt;
}

SnmpOid normalized(SnmpOid oid)
{
    oid.name = oid.name.trimmed();
    oid.purpose = oid.purpose.trimmed();
    if (const std::optional<Oid> parsed = Oid::parse(oid.oid))
        oid.oid = parsed->toString();
    return oid;
}

SnmpJob normalized(SnmpJob job)
{
    job.name = job.name.trimmed();
    for (QList<qint64> *ids : {&job.oltIds, &job.oidIds}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    return job;
}

void bindOltValues(QSqlQuery &query, const SnmpOlt &olt)
{
    const bool v3 = olt.version == SnmpTarget::Version::V3;
    query.addBindValue(olt.name);
    query.addBindValue(olt.host);
    query.addBindValue(olt.port);
    query.addBindValue(toString(olt.version));
    query.addBindValue(v3 ? QVariant(olt.v3User) : QVariant());
    query.addBindValue(v3 ? QVariant(toString(olt.securityLevel)) : QVariant());
    query.addBindValue(v3 ? QVariant(toString(olt.authProtocol)) : QVariant());
    query.addBindValue(v3 ? QVariant(toString(olt.privProtocol)) : QVariant());
    query.addBindValue(nullable(olt.brandId));
    query.addBindValue(olt.profileId.isEmpty() ? QVariant() : QVariant(olt.profileId));
    query.addBindValue(olt.enabled);
    query.addBindValue(nullable(olt.smartOltOltId));
    query.addBindValue(v3 && !olt.v3Context.isEmpty() ? QVariant(olt.v3Context) : QVariant());
}

// Reads every row of a SELECT with `read`.
template<typename T, typename Read>
StoreResult<QList<T>> readAll(QSqlQuery &query, Read read)
{
    if (!query.exec())
        return StoreResult<QList<T>>::failure(databaseError(query));
    QList<T> rows;
    while (query.next())
        rows << read(query);
    return StoreResult<QList<T>>::success(rows);
}

// Reads the one row of a SELECT by id, or NotFound.
template<typename T, typename Read>
StoreResult<T> readOne(QSqlQuery &query, Read read, const QString &notFound)
{
    if (!query.exec())
        return StoreResult<T>::failure(databaseError(query));
    if (!query.next())
        return StoreResult<T>::failure(StoreError::make(StoreError::Kind::NotFound, notFound));
    return StoreResult<T>::success(read(query));
}

} // namespace

SnmpStore::SnmpStore(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

UnixTime SnmpStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

StoreError SnmpStore::checkNameFree(const QString &table, const QString &name, qint64 exceptId,
                                    const QString &scopeColumn, qint64 scopeValue) const
{
    QSqlQuery query(m_db);
    // The name columns compare case-insensitively (COLLATE NOCASE in the schema) except OID names, which
    // are keys of raw values; compare those case-insensitively too so "RxPower" and "rxpower" cannot both exist.
    query.prepare(u"SELECT 1 FROM %1 WHERE name = ? COLLATE NOCASE AND id <> ?%2"_s.arg(
        table, scopeColumn.isEmpty() ? QString() : u" AND %1 = ?"_s.arg(scopeColumn)));
    query.addBindValue(name);
    query.addBindValue(exceptId);
    if (!scopeColumn.isEmpty())
        query.addBindValue(scopeValue);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return StoreError::make(
            StoreError::Kind::Duplicate,
            QCoreApplication::translate("Snmp::SnmpStore", "the name \"%1\" is already taken").arg(name), u"name"_s);
    return {};
}

StoreError SnmpStore::checkExists(const QString &table, qint64 id, const QString &field, const QString &what) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return StoreError::make(StoreError::Kind::NotFound, what, field);
    return {};
}

StoreError SnmpStore::deleteRow(const QString &table, qint64 id, const QString &what)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(table));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() == 0)
        return StoreError::make(StoreError::Kind::NotFound, what);
    return transaction.commit();
}

StoreResult<qint64> SnmpStore::setEnabled(const QString &table, const QList<qint64> &ids, bool enabled)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return StoreResult<qint64>::failure(transaction.error());
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE %1 SET enabled = ?, updated_at = ? WHERE id = ? AND enabled <> ?"_s.arg(table));
    const UnixTime updatedAt = now();
    qint64 changed = 0;
    for (qint64 id : ids) {
        query.addBindValue(enabled);
        query.addBindValue(updatedAt);
        query.addBindValue(id);
        query.addBindValue(enabled);
        if (!query.exec())
            return StoreResult<qint64>::failure(databaseError(query));
        changed += query.numRowsAffected();
    }
    if (StoreError error = transaction.commit(); error.isError())
        return StoreResult<qint64>::failure(error);
    return StoreResult<qint64>::success(changed);
}

// --- Brands

StoreError SnmpStore::checkEnterpriseFree(const SnmpBrand &brand) const
{
    if (!brand.enterprise)
        return {};
    QSqlQuery query(m_db);
    query.prepare(u"SELECT name FROM snmp_brands WHERE enterprise = ? AND id <> ?"_s);
    query.addBindValue(qint64(*brand.enterprise));
    query.addBindValue(brand.id);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return StoreError::make(
            StoreError::Kind::Duplicate,
            QCoreApplication::translate("Snmp::SnmpStore", "the enterprise number %1 is already %2's")
                .arg(*brand.enterprise)
                .arg(query.value(0).toString()),
            u"enterprise"_s);
    return {};
}

StoreResult<QList<SnmpBrand>> SnmpStore::listBrands() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_brands ORDER BY name"_s.arg(brandColumns));
    return readAll<SnmpBrand>(query, readBrand);
}

StoreResult<SnmpBrand> SnmpStore::brand(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_brands WHERE id = ?"_s.arg(brandColumns));
    query.addBindValue(id);
    return readOne<SnmpBrand>(query, readBrand, noBrand(id));
}

StoreResult<SnmpBrand> SnmpStore::brandByEnterprise(quint32 enterprise) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_brands WHERE enterprise = ?"_s.arg(brandColumns));
    query.addBindValue(qint64(enterprise));
    return readOne<SnmpBrand>(
        query, readBrand,
        QCoreApplication::translate("Snmp::SnmpStore", "no brand with enterprise number %1").arg(enterprise));
}

StoreResult<qint64> SnmpStore::writeInsertBrand(const SnmpBrand &given)
{
    const SnmpBrand brand = normalized(given);
    if (StoreError error = firstError([&] { return validateBrand(brand); },
                                      [&] { return checkNameFree(u"snmp_brands"_s, brand.name, 0); },
                                      [&] { return checkEnterpriseFree(brand); });
        error.isError())
        return StoreResult<qint64>::failure(error);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return StoreResult<qint64>::failure(transaction.error());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO snmp_brands (name, enterprise, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
    const UnixTime stamp = now();
    query.addBindValue(brand.name);
    query.addBindValue(brand.enterprise ? QVariant(qint64(*brand.enterprise)) : QVariant());
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return StoreResult<qint64>::failure(databaseError(query));
    const qint64 id = query.lastInsertId().toLongLong();
    if (StoreError error = transaction.commit(); error.isError())
        return StoreResult<qint64>::failure(error);
    return StoreResult<qint64>::success(id);
}

StoreError SnmpStore::writeUpdateBrand(const SnmpBrand &given)
{
    const SnmpBrand brand = normalized(given);
    if (StoreError error = firstError([&] { return validateBrand(brand); },
                                      [&] { return checkExists(u"snmp_brands"_s, brand.id, {}, noBrand(brand.id)); },
                                      [&] { return checkNameFree(u"snmp_brands"_s, brand.name, brand.id); },
                                      [&] { return checkEnterpriseFree(brand); });
        error.isError())
        return error;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE snmp_brands SET name = ?, enterprise = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(brand.name);
    query.addBindValue(brand.enterprise ? QVariant(qint64(*brand.enterprise)) : QVariant());
    query.addBindValue(now());
    query.addBindValue(brand.id);
    if (!query.exec())
        return databaseError(query);
    return transaction.commit();
}

StoreError SnmpStore::writeDeleteBrand(qint64 id)
{
    return deleteRow(u"snmp_brands"_s, id, noBrand(id));
}

// --- OLTs

StoreResult<QList<SnmpOlt>> SnmpStore::listOlts() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_olts ORDER BY name"_s.arg(oltColumns));
    return readAll<SnmpOlt>(query, readOlt);
}

StoreResult<SnmpOlt> SnmpStore::olt(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_olts WHERE id = ?"_s.arg(oltColumns));
    query.addBindValue(id);
    return readOne<SnmpOlt>(query, readOlt, noOlt(id));
}

StoreError SnmpStore::checkOltReferences(const SnmpOlt &olt) const
{
    if (olt.brandId) {
        if (StoreError error = checkExists(u"snmp_brands"_s, *olt.brandId, u"brandId"_s, noBrand(*olt.brandId));
            error.isError())
            return error;
    }
    if (olt.smartOltOltId) {
        if (StoreError error
            = checkExists(u"olts"_s, *olt.smartOltOltId, u"smartOltOltId"_s,
                          QCoreApplication::translate("Snmp::SnmpStore", "no SmartOLT OLT with id %1 in the cache")
                              .arg(*olt.smartOltOltId));
            error.isError())
            return error;
    }
    return {};
}

StoreResult<qint64> SnmpStore::writeInsertOlt(const SnmpOlt &given)
{
    const SnmpOlt olt = normalized(given);
    if (StoreError error
        = firstError([&] { return validateOlt(olt); }, [&] { return checkNameFree(u"snmp_olts"_s, olt.name, 0); },
                     [&] { return checkOltReferences(olt); });
        error.isError())
        return StoreResult<qint64>::failure(error);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return StoreResult<qint64>::failure(transaction.error());
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO snmp_olts (name, host, port, version, v3_user, v3_security_level, v3_auth_protocol, "
        u"v3_priv_protocol, brand_id, profile_id, enabled, smartolt_olt_id, v3_context, created_at, updated_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindOltValues(query, olt);
    const UnixTime stamp = now();
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return StoreResult<qint64>::failure(databaseError(query));
    const qint64 id = query.lastInsertId().toLongLong();
    if (StoreError error = transaction.commit(); error.isError())
        return StoreResult<qint64>::failure(error);
    return StoreResult<qint64>::success(id);
}

StoreError SnmpStore::writeUpdateOlt(const SnmpOlt &given)
{
    const SnmpOlt olt = normalized(given);
    if (StoreError error = firstError(
            [&] { return validateOlt(olt); }, [&] { return checkExists(u"snmp_olts"_s, olt.id, {}, noOlt(olt.id)); },
            [&] { return checkNameFree(u"snmp_olts"_s, olt.name, olt.id); }, [&] { return checkOltReferences(olt); });
        error.isError())
        return error;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE snmp_olts SET name = ?, host = ?, port = ?, version = ?, v3_user = ?, "
                  u"v3_security_level = ?, v3_auth_protocol = ?, v3_priv_protocol = ?, brand_id = ?, "
                  u"profile_id = ?, enabled = ?, smartolt_olt_id = ?, v3_context = ?, updated_at = ? WHERE id = ?"_s);
    bindOltValues(query, olt);
    query.addBindValue(now());
    query.addBindValue(olt.id);
    if (!query.exec())
        return databaseError(query);
    return transaction.commit();
}

StoreError SnmpStore::writeDeleteOlt(qint64 id)
{
    return deleteRow(u"snmp_olts"_s, id, noOlt(id));
}

StoreResult<qint64> SnmpStore::writeSetOltsEnabled(const QList<qint64> &ids, bool enabled)
{
    return setEnabled(u"snmp_olts"_s, ids, enabled);
}

// --- OIDs

StoreResult<QList<SnmpOid>> SnmpStore::listOids(std::optional<qint64> brandId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_oids %2 ORDER BY brand_id, name"_s.arg(
        oidColumns, brandId ? u"WHERE brand_id = ?"_s : QString()));
    if (brandId)
        query.addBindValue(*brandId);
    return readAll<SnmpOid>(query, readOid);
}

StoreResult<SnmpOid> SnmpStore::oid(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_oids WHERE id = ?"_s.arg(oidColumns));
    query.addBindValue(id);
    return readOne<SnmpOid>(query, readOid, noOid(id));
}

StoreResult<qint64> SnmpStore::writeInsertOid(const SnmpOid &given)
{
    const SnmpOid oid = normalized(given);
    if (StoreError error
        = firstError([&] { return validateOid(oid); },
                     [&] { return checkExists(u"snmp_brands"_s, oid.brandId, u"brandId"_s, noBrand(oid.brandId)); });
        error.isError())
        return StoreResult<qint64>::failure(error);
    const auto existingId = [&]() -> StoreResult<qint64> {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT id FROM snmp_oids WHERE brand_id = ? AND oid = ?"_s);
        query.addBindValue(oid.brandId);
        query.addBindValue(oid.oid);
        if (!query.exec())
            return StoreResult<qint64>::failure(databaseError(query));
        return query.next() ? StoreResult<qint64>::success(query.value(0).toLongLong()) : StoreResult<qint64>{};
    };
    if (StoreResult<qint64> existing = existingId(); existing.ok() || existing.error.isError())
        return existing;
    if (StoreError error = checkNameFree(u"snmp_oids"_s, oid.name, 0, u"brand_id"_s, oid.brandId); error.isError())
        return StoreResult<qint64>::failure(error);

    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return StoreResult<qint64>::failure(transaction.error());
    QSqlQuery query(m_db);
    // Another connection may have seeded the same OID since the check: keep its row.
    query.prepare(u"INSERT INTO snmp_oids (brand_id, name, oid, purpose, kind, created_at, updated_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (brand_id, oid) DO NOTHING"_s);
    const UnixTime stamp = now();
    query.addBindValue(oid.brandId);
    query.addBindValue(oid.name);
    query.addBindValue(oid.oid);
    query.addBindValue(oid.purpose);
    query.addBindValue(toString(oid.kind));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return StoreResult<qint64>::failure(databaseError(query));
    StoreResult<qint64> id = existingId();
    if (!id.ok())
        return id;
    if (StoreError error = transaction.commit(); error.isError())
        return StoreResult<qint64>::failure(error);
    return id;
}

StoreError SnmpStore::writeUpdateOid(const SnmpOid &given)
{
    const SnmpOid oid = normalized(given);
    if (StoreError error = firstError(
            [&] { return validateOid(oid); }, [&] { return checkExists(u"snmp_oids"_s, oid.id, {}, noOid(oid.id)); },
            [&] { return checkExists(u"snmp_brands"_s, oid.brandId, u"brandId"_s, noBrand(oid.brandId)); },
            [&] { return checkNameFree(u"snmp_oids"_s, oid.name, oid.id, u"brand_id"_s, oid.brandId); });
        error.isError())
        return error;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE snmp_oids SET brand_id = ?, name = ?, oid = ?, purpose = ?, kind = ?, updated_at = ? "
                  u"WHERE id = ?"_s);
    query.addBindValue(oid.brandId);
    query.addBindValue(oid.name);
    query.addBindValue(oid.oid);
    query.addBindValue(oid.purpose);
    query.addBindValue(toString(oid.kind));
    query.addBindValue(now());
    query.addBindValue(oid.id);
    if (!query.exec()) {
        StoreError error = databaseError(query);
        if (error.kind == StoreError::Kind::Duplicate) // the name was checked: the OID is what collides
            error = StoreError::make(
                StoreError::Kind::Duplicate,
                QCoreApplication::translate("Snmp::SnmpStore", "the brand already has the OID %1 under another name")
                    .arg(oid.oid),
                u"oid"_s);
        return error;
    }
    return transaction.commit();
}

StoreError SnmpStore::writeDeleteOid(qint64 id)
{
    return deleteRow(u"snmp_oids"_s, id, noOid(id));
}

// --- Jobs

StoreResult<QList<SnmpJob>> SnmpStore::listJobs() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_jobs ORDER BY name"_s.arg(jobColumns));
    StoreResult<QList<SnmpJob>> jobs = readAll<SnmpJob>(query, readJob);
    if (!jobs.ok())
        return jobs;
    QHash<qint64, SnmpJob *> byId;
    for (SnmpJob &job : *jobs.value)
        byId.insert(job.id, &job);
    // Both sets in two queries for all jobs, not two per job.
    for (const auto &[table, column, member] : {std::tuple(u"snmp_job_olts"_s, u"olt_id"_s, &SnmpJob::oltIds),
                                                std::tuple(u"snmp_job_oids"_s, u"oid_id"_s, &SnmpJob::oidIds)}) {
        QSqlQuery members(m_db);
        if (!members.exec(u"SELECT job_id, %1 FROM %2 ORDER BY job_id, %1"_s.arg(column, table)))
            return StoreResult<QList<SnmpJob>>::failure(databaseError(members));
        while (members.next()) {
            if (SnmpJob *job = byId.value(members.value(0).toLongLong()))
                (job->*member).append(members.value(1).toLongLong());
        }
    }
    return jobs;
}

StoreResult<SnmpJob> SnmpStore::job(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM snmp_jobs WHERE id = ?"_s.arg(jobColumns));
    query.addBindValue(id);
    StoreResult<SnmpJob> job = readOne<SnmpJob>(query, readJob, noJob(id));
    if (!job.ok())
        return job;
    for (const auto &[table, column, member] : {std::tuple(u"snmp_job_olts"_s, u"olt_id"_s, &SnmpJob::oltIds),
                                                std::tuple(u"snmp_job_oids"_s, u"oid_id"_s, &SnmpJob::oidIds)}) {
        QSqlQuery members(m_db);
        members.prepare(u"SELECT %1 FROM %2 WHERE job_id = ? ORDER BY %1"_s.arg(column, table));
        members.addBindValue(id);
        if (!members.exec())
            return StoreResult<SnmpJob>::failure(databaseError(members));
        while (members.next())
            ((*job.value).*member).append(members.value(0).toLongLong());
    }
    return job;
}

StoreError SnmpStore::checkJobReferences(const SnmpJob &job) const
{
    for (qint64 oltId : job.oltIds) {
        if (StoreError error = checkExists(u"snmp_olts"_s, oltId, u"oltIds"_s, noOlt(oltId)); error.isError())
            return error;
    }
    for (qint64 oidId : job.oidIds) {
        if (StoreError error = checkExists(u"snmp_oids"_s, oidId, u"oidIds"_s, noOid(oidId)); error.isError())
            return error;
    }
    return {};
}

StoreError SnmpStore::writeJobSets(qint64 jobId, const SnmpJob &job)
{
    for (const auto &[table, column, ids] : {std::tuple(u"snmp_job_olts"_s, u"olt_id"_s, &job.oltIds),
                                             std::tuple(u"snmp_job_oids"_s, u"oid_id"_s, &job.oidIds)}) {
        QSqlQuery query(m_db);
        query.prepare(u"DELETE FROM %1 WHERE job_id = ?"_s.arg(table));
        query.addBindValue(jobId);
        if (!query.exec())
            return databaseError(query);
        query.prepare(u"INSERT INTO %1 (job_id, %2) VALUES (?, ?)"_s.arg(table, column));
        for (qint64 id : *ids) {
            query.addBindValue(jobId);
            query.addBindValue(id);
            if (!query.exec())
                return databaseError(query);
        }
    }
    return {};
}

StoreResult<qint64> SnmpStore::writeInsertJob(const SnmpJob &given)
{
    const SnmpJob job = normalized(given);
    if (StoreError error
        = firstError([&] { return validateJob(job); }, [&] { return checkNameFree(u"snmp_jobs"_s, job.name, 0); },
                     [&] { return checkJobReferences(job); });
        error.isError())
        return StoreResult<qint64>::failure(error);
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return StoreResult<qint64>::failure(transaction.error());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO snmp_jobs (name, kind, interval_s, enabled, created_at, updated_at, last_run_at, "
                  u"next_run_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const UnixTime stamp = now();
    query.addBindValue(job.name);
    query.addBindValue(toString(job.kind));
    query.addBindValue(job.intervalS);
    query.addBindValue(job.enabled);
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    query.addBindValue(nullable(job.lastRunAt));
    query.addBindValue(nullable(job.nextRunAt));
    if (!query.exec())
        return StoreResult<qint64>::failure(databaseError(query));
    const qint64 id = query.lastInsertId().toLongLong();
    if (StoreError error = firstError([&] { return writeJobSets(id, job); }, [&] { return transaction.commit(); });
        error.isError())
        return StoreResult<qint64>::failure(error);
    return StoreResult<qint64>::success(id);
}

StoreError SnmpStore::writeUpdateJob(const SnmpJob &given)
{
    const SnmpJob job = normalized(given);
    if (StoreError error = firstError(
            [&] { return validateJob(job); }, [&] { return checkExists(u"snmp_jobs"_s, job.id, {}, noJob(job.id)); },
            [&] { return checkNameFree(u"snmp_jobs"_s, job.name, job.id); }, [&] { return checkJobReferences(job); });
        error.isError())
        return error;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE snmp_jobs SET name = ?, kind = ?, interval_s = ?, enabled = ?, updated_at = ? "
                  u"WHERE id = ?"_s);
    query.addBindValue(job.name);
    query.addBindValue(toString(job.kind));
    query.addBindValue(job.intervalS);
    query.addBindValue(job.enabled);
    query.addBindValue(now());
    query.addBindValue(job.id);
    if (!query.exec())
        return databaseError(query);
    if (StoreError error = writeJobSets(job.id, job); error.isError())
        return error;
    return transaction.commit();
}

StoreError SnmpStore::writeDeleteJob(qint64 id)
{
    return deleteRow(u"snmp_jobs"_s, id, noJob(id));
}

StoreResult<qint64> SnmpStore::writeSetJobsEnabled(const QList<qint64> &ids, bool enabled)
{
    return setEnabled(u"snmp_jobs"_s, ids, enabled);
}

StoreError SnmpStore::setJobRunTimes(qint64 jobId, std::optional<UnixTime> lastRunAt, std::optional<UnixTime> nextRunAt)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE snmp_jobs SET last_run_at = ?, next_run_at = ? WHERE id = ?"_s);
    query.addBindValue(nullable(lastRunAt));
    query.addBindValue(nullable(nextRunAt));
    query.addBindValue(jobId);
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() == 0)
        return StoreError::make(StoreError::Kind::NotFound, noJob(jobId));
    return {};
}

} // namespace Beholder::Snmp
