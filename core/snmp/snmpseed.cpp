// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpseed.h"

#include "snmp/snmpstore.h"
#include "snmp/vendorprofile.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Beholder::Snmp {

namespace {

OidKind oidKindOf(ProfileColumn::Kind kind)
{
    switch (kind) {
    case ProfileColumn::Kind::Inventory:
        return OidKind::Inventory;
    case ProfileColumn::Kind::Status:
        return OidKind::Status;
    case ProfileColumn::Kind::Optical:
        return OidKind::Optical;
    }
    return OidKind::Inventory;
}

StoreResult<qint64> ensureBrand(SnmpStore &store, const VendorProfile &profile)
{
    const auto existing = store.brandByEnterprise(profile.enterprise);
    if (existing.ok())
        return StoreResult<qint64>::success(existing.value->id);
    SnmpBrand brand;
    brand.name = profile.brand;
    brand.enterprise = profile.enterprise;
    return store.insertBrand(brand);
}

} // namespace

StoreError seedBuiltinModel(SnmpStore &store)
{
    for (const VendorProfile &profile : builtinProfiles()) {
        const auto brandId = ensureBrand(store, profile);
        if (!brandId.ok())
            return brandId.error;
        for (const ProfileColumn &column : profile.columns) {
            SnmpOid oid;
            oid.brandId = *brandId.value;
            oid.name = column.name;
            oid.oid = column.column.toString();
            oid.purpose = toString(column.purpose);
            oid.kind = oidKindOf(column.kind);
            auto inserted = store.insertOid(oid);
            if (!inserted.ok() && inserted.error.kind == StoreError::Kind::Duplicate) {
                // Two models of one brand may name different columns alike (ZTE C320 and C600).
                oid.name = u"%1 (%2)"_s.arg(column.name, profile.displayName);
                inserted = store.insertOid(oid);
            }
            if (!inserted.ok())
                return inserted.error;
        }
    }
    return {};
}

StoreError seedUsualJobs(SnmpStore &store, const QList<qint64> &oltIds)
{
    const auto oids = store.listOids();
    if (!oids.ok())
        return oids.error;
    const auto jobs = store.listJobs();
    if (!jobs.ok())
        return jobs.error;
    QSet<QString> names;
    for (const SnmpJob &job : *jobs.value)
        names.insert(job.name.toCaseFolded());

    struct Usual
    {
        QString name;
        JobKind kind;
        int intervalS;
        QList<OidKind> oidKinds;
    };
    const QList<Usual> usual{
        {u"ONU inventory"_s, JobKind::Discovery, 900, {OidKind::Inventory, OidKind::Status}},
        {u"ONU status"_s, JobKind::Polling, 300, {OidKind::Status}},
        {u"Optical levels"_s, JobKind::Polling, 3600, {OidKind::Optical}},
    };
    for (const Usual &u : usual) {
        if (names.contains(u.name.toCaseFolded()))
            continue;
        SnmpJob job;
        job.name = u.name;
        job.kind = u.kind;
        job.intervalS = u.intervalS;
        job.oltIds = oltIds;
        std::sort(job.oltIds.begin(), job.oltIds.end());
        for (const SnmpOid &oid : *oids.value)
            if (u.oidKinds.contains(oid.kind))
                job.oidIds.append(oid.id);
        std::sort(job.oidIds.begin(), job.oidIds.end());
        const auto inserted = store.insertJob(job);
        if (!inserted.ok())
            return inserted.error;
    }
    return {};
}

} // namespace Beholder::Snmp
