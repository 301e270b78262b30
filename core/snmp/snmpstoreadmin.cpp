// SPDX-License-Identifier: GPL-3.0-or-later
// The admin writes of SnmpStore as a person makes them: AdministerSnmp checked and every outcome audited
// ("snmp.<op>") when the store has an actor.
#include "access/auditlog.h"
#include "access/authorization.h"
#include "snmpstore.h"

#include <type_traits>

namespace Beholder::Snmp {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename R>
const StoreError &errorOf(const R &result)
{
    if constexpr (std::is_same_v<R, StoreError>)
        return result;
    else
        return result.error;
}

template<typename R>
R failureOf(const StoreError &error)
{
    if constexpr (std::is_same_v<R, StoreError>)
        return error;
    else
        return R::failure(error);
}

QString idList(const QList<qint64> &ids)
{
    QStringList text;
    for (const qint64 id : ids)
        text << QString::number(id);
    return u"#"_s + text.join(u",#"_s);
}

QString byName(const QString &name, qint64 id)
{
    return id > 0 ? u"%1 (#%2)"_s.arg(name).arg(id) : name;
}

} // namespace

template<typename R, typename Write>
R SnmpStore::administer(const QString &operation, const QString &target, Write &&write)
{
    if (!m_actor)
        return write();
    const Access::AuditLog audit(m_db);
    const QString action = Access::AuditAction::snmp(operation);
    if (const auto denied = Access::authorize(*m_actor, Access::Permission::AdministerSnmp, &audit, action, target))
        return failureOf<R>(StoreError::make(StoreError::Kind::Denied, *denied));
    R result = write();
    const StoreError &error = errorOf(result);
    audit.append(Access::AuditEntry::by(*m_actor, action, target, error.message,
                                        error.isError() ? Access::AuditOutcome::Failed : Access::AuditOutcome::Ok));
    return result;
}

StoreResult<qint64> SnmpStore::insertBrand(const SnmpBrand &brand)
{
    return administer<StoreResult<qint64>>(u"brand.insert"_s, brand.name, [&] { return writeInsertBrand(brand); });
}

StoreError SnmpStore::updateBrand(const SnmpBrand &brand)
{
    return administer<StoreError>(u"brand.update"_s, byName(brand.name, brand.id),
                                  [&] { return writeUpdateBrand(brand); });
}

StoreError SnmpStore::deleteBrand(qint64 id)
{
    return administer<StoreError>(u"brand.delete"_s, idList({id}), [&] { return writeDeleteBrand(id); });
}

StoreResult<qint64> SnmpStore::insertOlt(const SnmpOlt &olt)
{
    return administer<StoreResult<qint64>>(u"olt.insert"_s, olt.name, [&] { return writeInsertOlt(olt); });
}

StoreError SnmpStore::updateOlt(const SnmpOlt &olt)
{
    return administer<StoreError>(u"olt.update"_s, byName(olt.name, olt.id), [&] { return writeUpdateOlt(olt); });
}

StoreError SnmpStore::deleteOlt(qint64 id)
{
    return administer<StoreError>(u"olt.delete"_s, idList({id}), [&] { return writeDeleteOlt(id); });
}

StoreResult<qint64> SnmpStore::setOltsEnabled(const QList<qint64> &ids, bool enabled)
{
    return administer<StoreResult<qint64>>(enabled ? u"olt.enable"_s : u"olt.disable"_s, idList(ids),
                                           [&] { return writeSetOltsEnabled(ids, enabled); });
}

StoreResult<qint64> SnmpStore::insertOid(const SnmpOid &oid)
{
    return administer<StoreResult<qint64>>(u"oid.insert"_s, oid.name, [&] { return writeInsertOid(oid); });
}

StoreError SnmpStore::updateOid(const SnmpOid &oid)
{
    return administer<StoreError>(u"oid.update"_s, byName(oid.name, oid.id), [&] { return writeUpdateOid(oid); });
}

StoreError SnmpStore::deleteOid(qint64 id)
{
    return administer<StoreError>(u"oid.delete"_s, idList({id}), [&] { return writeDeleteOid(id); });
}

StoreResult<qint64> SnmpStore::insertJob(const SnmpJob &job)
{
    return administer<StoreResult<qint64>>(u"job.insert"_s, job.name, [&] { return writeInsertJob(job); });
}

StoreError SnmpStore::updateJob(const SnmpJob &job)
{
    return administer<StoreError>(u"job.update"_s, byName(job.name, job.id), [&] { return writeUpdateJob(job); });
}

StoreError SnmpStore::deleteJob(qint64 id)
{
    return administer<StoreError>(u"job.delete"_s, idList({id}), [&] { return writeDeleteJob(id); });
}

StoreResult<qint64> SnmpStore::setJobsEnabled(const QList<qint64> &ids, bool enabled)
{
    return administer<StoreResult<qint64>>(enabled ? u"job.enable"_s : u"job.disable"_s, idList(ids),
                                           [&] { return writeSetJobsEnabled(ids, enabled); });
}

} // namespace Beholder::Snmp
