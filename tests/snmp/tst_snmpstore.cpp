// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP model in a real cache file: configuration round trips and the
// errors an admin form shows, cascades, the execution lifecycle across a
// crash, and ONU saves (upsert, removal, raw values, 50,000 ONUs in one go).
#include "cache/cachedatabase.h"
#include "cache/migrations.h"
#include "credentials/credentialstore.h"
#include "snmp/oltsecrets.h"
#include "snmp/snmpstore.h"
#include "snmp/snmpvalidation.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Beholder;
using Beholder::Test::RawConnection;
using Beholder::Test::scalar;
using namespace Beholder::Snmp;
using namespace Qt::StringLiterals;

namespace {

constexpr UnixTime t0 = Test::fixtureNow;
// A Huawei PON ifIndex: above 2^31, as the engine must keep it.
constexpr quint32 ponA = 4194312192u;
constexpr quint32 ponB = 4194312448u;

SnmpBrand huaweiBrand()
{
    SnmpBrand brand;
    brand.name = u"Huawei"_s;
    brand.enterprise = 2011;
    return brand;
}

SnmpOlt v2cOlt(const QString &name, const QString &host = u"10.20.0.1"_s)
{
    SnmpOlt olt;
    olt.name = name;
    olt.host = host;
    return olt;
}

SnmpOid oidOf(qint64 brandId, const QString &name, const QString &oid, const QString &purpose,
              OidKind kind = OidKind::Inventory)
{
    SnmpOid row;
    row.brandId = brandId;
    row.name = name;
    row.oid = oid;
    row.purpose = purpose;
    row.kind = kind;
    return row;
}

OnuReading reading(quint32 pon, quint32 onuId, const QString &serial, const QString &description = {})
{
    OnuReading r;
    r.ponIfIndex = pon;
    r.onuId = onuId;
    r.port = {0, 1, int(pon & 0xff)};
    r.serial = serial;
    r.description = description;
    return r;
}

OnuDataValue raw(quint32 pon, quint32 onuId, const QString &name, const QString &value)
{
    return OnuDataValue{pon, onuId, name, value, 0};
}

} // namespace

class TestSnmpStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SnmpStore> m_store;
    UnixTime m_now = t0;

    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }
    QSqlDatabase db() const { return m_cache->connection(); }
    SnmpStore &store() { return *m_store; }

    void openCache()
    {
        m_cache = std::make_unique<CacheDatabase>(cachePath());
        QString error;
        QVERIFY2(m_cache->open(&error), qPrintable(error));
        m_store = std::make_unique<SnmpStore>(m_cache->connection(), [this] { return m_now; });
    }

    void closeCache()
    {
        m_store.reset();
        m_cache.reset();
    }

    void removeCacheFiles()
    {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(cachePath() + suffix);
    }

    qint64 insertBrand(const SnmpBrand &brand)
    {
        const StoreResult<qint64> id = store().insertBrand(brand);
        if (!id.ok())
            qWarning() << "insertBrand:" << id.error.message;
        return id.value.value_or(0);
    }

    qint64 insertOlt(const SnmpOlt &olt)
    {
        const StoreResult<qint64> id = store().insertOlt(olt);
        if (!id.ok())
            qWarning() << "insertOlt:" << id.error.message;
        return id.value.value_or(0);
    }

    qint64 insertJob(const QString &name, const QList<qint64> &oltIds, const QList<qint64> &oidIds = {})
    {
        SnmpJob job;
        job.name = name;
        job.kind = JobKind::Discovery;
        job.intervalS = 3600;
        job.oltIds = oltIds;
        job.oidIds = oidIds;
        const StoreResult<qint64> id = store().insertJob(job);
        if (!id.ok())
            qWarning() << "insertJob:" << id.error.message;
        return id.value.value_or(0);
    }

    qint64 count(const QString &table, const QString &where = {})
    {
        return scalar(db(),
                      u"SELECT count(*) FROM %1%2"_s.arg(table, where.isEmpty() ? QString() : u" WHERE "_s + where))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        closeCache();
        removeCacheFiles();
        m_now = t0;
        openCache();
    }

    void cleanup() { closeCache(); }

    // --- Configuration round trips

    void brands_roundTrip()
    {
        const qint64 id = insertBrand(huaweiBrand());
        QVERIFY(id > 0);
        StoreResult<SnmpBrand> brand = store().brand(id);
        QVERIFY(brand.ok());
        QCOMPARE(brand.value->name, u"Huawei"_s);
        QCOMPARE(brand.value->enterprise, std::optional<quint32>(2011));
        QCOMPARE(brand.value->createdAt, t0);
        QCOMPARE(store().brandByEnterprise(2011).value->id, id);
        QCOMPARE(store().brandByEnterprise(3902).error.kind, StoreError::Kind::NotFound);

        m_now = t0 + 60;
        SnmpBrand changed = *brand.value;
        changed.name = u"  Huawei Technologies "_s;
        changed.enterprise.reset();
        QVERIFY(!store().updateBrand(changed).isError());
        brand = store().brand(id);
        QCOMPARE(brand.value->name, u"Huawei Technologies"_s);
        QVERIFY(!brand.value->enterprise);
        QCOMPARE(brand.value->createdAt, t0);
        QCOMPARE(brand.value->updatedAt, t0 + 60);
        QCOMPARE(store().listBrands().value->size(), 1);

        QVERIFY(!store().deleteBrand(id).isError());
        QCOMPARE(store().brand(id).error.kind, StoreError::Kind::NotFound);
        QCOMPARE(store().deleteBrand(id).kind, StoreError::Kind::NotFound);
    }

    void olts_roundTrip_v2cAndV3()
    {
        const qint64 brandId = insertBrand(huaweiBrand());
        QVERIFY(QSqlQuery(db()).exec(u"INSERT INTO olts (id, name, fetched_at) VALUES (77, 'OLT Centro', 1)"_s));
        SnmpOlt v2c = v2cOlt(u"  OLT Centro "_s, u" 10.20.0.1 "_s);
        v2c.brandId = brandId;
        v2c.profileId = u"huawei-ma5600"_s;
        v2c.smartOltOltId = 77;
        v2c.v3User = u"ignored for v2c"_s;
        const qint64 v2cId = insertOlt(v2c);
        QVERIFY(v2cId > 0);

        SnmpOlt v3 = v2cOlt(u"OLT Norte"_s, u"2001:db8::10"_s);
        v3.port = 1161;
        v3.version = SnmpTarget::Version::V3;
        v3.v3User = u"beholder"_s;
        v3.v3Context = u"olt-norte"_s;
        v3.securityLevel = SnmpTarget::SecurityLevel::AuthNoPriv;
        v3.enabled = false;
        const qint64 v3Id = insertOlt(v3);
        QVERIFY(v3Id > v2cId);

        const SnmpOlt storedV2c = *store().olt(v2cId).value;
        QCOMPARE(storedV2c.name, u"OLT Centro"_s);
        QCOMPARE(storedV2c.host, u"10.20.0.1"_s);
        QCOMPARE(storedV2c.port, 161);
        QCOMPARE(toString(storedV2c.version), toString(SnmpTarget::Version::V2c));
        QCOMPARE(storedV2c.v3User, QString());
        QCOMPARE(storedV2c.brandId, std::optional<qint64>(brandId));
        QCOMPARE(storedV2c.profileId, u"huawei-ma5600"_s);
        QCOMPARE(storedV2c.smartOltOltId, std::optional<qint64>(77));
        QVERIFY(storedV2c.enabled);
        QVERIFY(scalar(db(), u"SELECT v3_security_level FROM snmp_olts WHERE id = %1"_s.arg(v2cId)).isNull());

        const SnmpOlt storedV3 = *store().olt(v3Id).value;
        QCOMPARE(storedV3.host, u"2001:db8::10"_s);
        QCOMPARE(storedV3.port, 1161);
        QCOMPARE(toString(storedV3.version), toString(SnmpTarget::Version::V3));
        QCOMPARE(storedV3.v3User, u"beholder"_s);
        QCOMPARE(storedV3.v3Context, u"olt-norte"_s);
        QCOMPARE(toString(storedV3.securityLevel), toString(SnmpTarget::SecurityLevel::AuthNoPriv));
        QVERIFY(!storedV3.brandId);
        QVERIFY(storedV3.profileId.isEmpty());
        QVERIFY(!storedV3.enabled);
        QCOMPARE(
            scalar(db(), u"SELECT v3_auth_protocol || '/' || v3_priv_protocol FROM snmp_olts WHERE id = %1"_s.arg(v3Id))
                .toString(),
            u"SHA/AES"_s);

        SnmpOlt renamed = storedV3;
        renamed.name = u"OLT Norte 2"_s;
        renamed.host = u"olt-norte.example.net"_s;
        renamed.securityLevel = SnmpTarget::SecurityLevel::AuthPriv;
        QVERIFY(!store().updateOlt(renamed).isError());
        const SnmpOlt reread = *store().olt(v3Id).value;
        QCOMPARE(reread.name, u"OLT Norte 2"_s);
        QCOMPARE(reread.host, u"olt-norte.example.net"_s);
        QCOMPARE(toString(reread.securityLevel), toString(SnmpTarget::SecurityLevel::AuthPriv));

        const QList<SnmpOlt> all = *store().listOlts().value;
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, u"OLT Centro"_s); // by name
    }

    void oids_roundTrip_andIdempotentInsert()
    {
        const qint64 brandId = insertBrand(huaweiBrand());
        const StoreResult<qint64> serial = store().insertOid(
            oidOf(brandId, u"hwGponDeviceOntSn"_s, u".1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3"_s, u"serial"_s));
        QVERIFY2(serial.ok(), qPrintable(serial.error.message));
        SnmpOid stored = *store().oid(*serial.value).value;
        QCOMPARE(stored.oid, u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3"_s); // canonical, no leading dot
        QCOMPARE(stored.purpose, u"serial"_s);
        QCOMPARE(toString(stored.kind), toString(OidKind::Inventory));

        // Seeding again (same brand and OID, even under another name) keeps the row as it is.
        m_now = t0 + 100;
        const StoreResult<qint64> again = store().insertOid(
            oidOf(brandId, u"serial-again"_s, u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3"_s, u"serial"_s));
        QCOMPARE(again.value, serial.value);
        QCOMPARE(count(u"snmp_oids"_s), 1);
        QCOMPARE(store().oid(*serial.value).value->name, u"hwGponDeviceOntSn"_s);
        QCOMPARE(store().oid(*serial.value).value->updatedAt, t0);

        const qint64 zteId = insertBrand(SnmpBrand{0, u"ZTE"_s, 3902, 0, 0});
        const StoreResult<qint64> rx
            = store().insertOid(oidOf(brandId, u"hwGponOntOpticalDdmRxPower"_s,
                                      u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.4"_s, u"rx_power"_s, OidKind::Optical));
        QVERIFY(rx.ok());
        // The same OID text under another brand is another row.
        QVERIFY(
            store().insertOid(oidOf(zteId, u"serial"_s, u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3"_s, u"serial"_s)).ok());
        QCOMPARE(store().listOids().value->size(), 3);
        QCOMPARE(store().listOids(brandId).value->size(), 2);

        stored = *store().oid(*rx.value).value;
        stored.kind = OidKind::Status;
        stored.purpose = u"run_state"_s;
        stored.oid = u"1.3.6.1.4.1.2011.6.128.1.1.2.46.1.15"_s;
        QVERIFY(!store().updateOid(stored).isError());
        QCOMPARE(toString(store().oid(*rx.value).value->kind), toString(OidKind::Status));
        QCOMPARE(store().oid(*rx.value).value->oid, u"1.3.6.1.4.1.2011.6.128.1.1.2.46.1.15"_s);

        // Moving it onto an OID its brand already has is refused, naming the OID.
        stored.oid = u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3"_s;
        const StoreError clash = store().updateOid(stored);
        QCOMPARE(clash.kind, StoreError::Kind::Duplicate);
        QCOMPARE(clash.field, u"oid"_s);

        QVERIFY(!store().deleteOid(*rx.value).isError());
        QCOMPARE(store().listOids(brandId).value->size(), 1);
    }

    void jobs_roundTrip_withOltAndOidSets()
    {
        const qint64 brandId = insertBrand(huaweiBrand());
        const qint64 a = insertOlt(v2cOlt(u"A"_s));
        const qint64 b = insertOlt(v2cOlt(u"B"_s));
        const qint64 serial = *store().insertOid(oidOf(brandId, u"sn"_s, u"1.3.6.1.4.1.2011.1"_s, u"serial"_s)).value;
        const qint64 rx = *store().insertOid(oidOf(brandId, u"rx"_s, u"1.3.6.1.4.1.2011.2"_s, u"rx_power"_s)).value;

        SnmpJob job;
        job.name = u"Polling óptico"_s;
        job.kind = JobKind::Polling;
        job.intervalS = 300;
        job.oltIds = {b, a, b}; // duplicates and order do not matter
        job.oidIds = {rx};
        const StoreResult<qint64> id = store().insertJob(job);
        QVERIFY2(id.ok(), qPrintable(id.error.message));
        SnmpJob stored = *store().job(*id.value).value;
        QCOMPARE(stored.name, u"Polling óptico"_s);
        QCOMPARE(toString(stored.kind), toString(JobKind::Polling));
        QCOMPARE(stored.intervalS, 300);
        QCOMPARE(stored.oltIds, (QList<qint64>{a, b}));
        QCOMPARE(stored.oidIds, (QList<qint64>{rx}));
        QVERIFY(!stored.lastRunAt);

        stored.oltIds = {a};
        stored.oidIds = {serial, rx};
        stored.kind = JobKind::Discovery;
        QVERIFY(!store().updateJob(stored).isError());
        QVERIFY(!store().setJobRunTimes(stored.id, t0, t0 + 300).isError());
        const SnmpJob reread = *store().job(stored.id).value;
        QCOMPARE(toString(reread.kind), toString(JobKind::Discovery));
        QCOMPARE(reread.oltIds, (QList<qint64>{a}));
        QCOMPARE(reread.oidIds, (QList<qint64>{serial, rx}));
        QCOMPARE(reread.lastRunAt, std::optional<UnixTime>(t0));
        QCOMPARE(reread.nextRunAt, std::optional<UnixTime>(t0 + 300));
        QCOMPARE(store().setJobRunTimes(9999, t0, t0).kind, StoreError::Kind::NotFound);

        const qint64 other = insertJob(u"Discovery nocturno"_s, {b});
        const QList<SnmpJob> jobs = *store().listJobs().value;
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).id, other); // by name: "Discovery..." before "Polling..."
        QCOMPARE(jobs.at(0).oltIds, (QList<qint64>{b}));
        QCOMPARE(jobs.at(1).oidIds, (QList<qint64>{serial, rx}));

        QVERIFY(!store().deleteJob(other).isError());
        QCOMPARE(count(u"snmp_job_olts"_s, u"job_id = %1"_s.arg(other)), 0);
    }

    // --- Validation: every rule, with the field and the words the form shows

    void validation_everyRuleHasItsMessage()
    {
        const qint64 brandId = insertBrand(huaweiBrand());
        const qint64 oltId = insertOlt(v2cOlt(u"Existing"_s));
        struct Case
        {
            const char *label;
            std::function<StoreError()> attempt;
            StoreError::Kind kind;
            QString field;
            QString message;
        };
        const auto brandWith = [&](std::function<void(SnmpBrand &)> change) {
            return [=, this] {
                SnmpBrand brand = huaweiBrand();
                brand.name = u"Another"_s;
                brand.enterprise = 99999;
                change(brand);
                return store().insertBrand(brand).error;
            };
        };
        const auto oltWith = [&](std::function<void(SnmpOlt &)> change) {
            return [=, this] {
                SnmpOlt olt = v2cOlt(u"New OLT"_s);
                change(olt);
                return store().insertOlt(olt).error;
            };
        };
        const auto oidWith = [&](std::function<void(SnmpOid &)> change) {
            return [=, this] {
                SnmpOid oid = oidOf(brandId, u"rx"_s, u"1.3.6.1.4.1.2011.9"_s, u"rx_power"_s);
                change(oid);
                return store().insertOid(oid).error;
            };
        };
        const auto jobWith = [&](std::function<void(SnmpJob &)> change) {
            return [=, this] {
                SnmpJob job;
                job.name = u"New job"_s;
                job.intervalS = 60;
                change(job);
                return store().insertJob(job).error;
            };
        };
        using K = StoreError::Kind;
        const QList<Case> cases{
            {"brand without name", brandWith([](SnmpBrand &b) { b.name = u"   "_s; }), K::Invalid, u"name"_s,
             u"the name is required"_s},
            {"brand name too long", brandWith([](SnmpBrand &b) { b.name = QString(101, u'x'); }), K::Invalid, u"name"_s,
             u"the name is too long: at most 100 characters"_s},
            {"enterprise 0", brandWith([](SnmpBrand &b) { b.enterprise = 0; }), K::Invalid, u"enterprise"_s,
             u"the enterprise number must be a positive number (Huawei is 2011)"_s},
            {"olt without name", oltWith([](SnmpOlt &o) { o.name.clear(); }), K::Invalid, u"name"_s,
             u"the name is required"_s},
            {"olt without host", oltWith([](SnmpOlt &o) { o.host = u"  "_s; }), K::Invalid, u"host"_s,
             u"the host is required"_s},
            {"mistyped IPv4", oltWith([](SnmpOlt &o) { o.host = u"10.0.0.300"_s; }), K::Invalid, u"host"_s,
             u"\"10.0.0.300\" is not an IP address or a host name"_s},
            {"underscore in host", oltWith([](SnmpOlt &o) { o.host = u"olt_1.example.net"_s; }), K::Invalid, u"host"_s,
             u"\"olt_1.example.net\" is not an IP address or a host name"_s},
            {"port in host", oltWith([](SnmpOlt &o) { o.host = u"10.0.0.1:161"_s; }), K::Invalid, u"host"_s,
             u"\"10.0.0.1:161\" is not an IP address or a host name"_s},
            {"bracketed IPv6", oltWith([](SnmpOlt &o) { o.host = u"[2001:db8::1]"_s; }), K::Invalid, u"host"_s,
             u"\"[2001:db8::1]\" is not an IP address or a host name"_s},
            {"label starting with '-'", oltWith([](SnmpOlt &o) { o.host = u"-olt.example.net"_s; }), K::Invalid,
             u"host"_s, u"\"-olt.example.net\" is not an IP address or a host name"_s},
            {"port 0", oltWith([](SnmpOlt &o) { o.port = 0; }), K::Invalid, u"port"_s,
             u"the port must be between 1 and 65535, not 0"_s},
            {"port 65536", oltWith([](SnmpOlt &o) { o.port = 65536; }), K::Invalid, u"port"_s,
             u"the port must be between 1 and 65535, not 65536"_s},
            {"v3 without user", oltWith([](SnmpOlt &o) { o.version = SnmpTarget::Version::V3; }), K::Invalid,
             u"v3User"_s, u"SNMP v3 needs a user name"_s},
            {"v3 user too long", oltWith([](SnmpOlt &o) {
                 o.version = SnmpTarget::Version::V3;
                 o.v3User = QString(33, u'u');
             }),
             K::Invalid, u"v3User"_s, u"the SNMP v3 user name is too long: at most 32 characters"_s},
            {"v3 context too long", oltWith([](SnmpOlt &o) {
                 o.version = SnmpTarget::Version::V3;
                 o.v3User = u"beholder"_s;
                 o.v3Context = QString(33, u'c');
             }),
             K::Invalid, u"v3Context"_s, u"the SNMP v3 context name is too long: at most 32 bytes"_s},
            {"bad profile id", oltWith([](SnmpOlt &o) { o.profileId = u"huawei ma5600"_s; }), K::Invalid,
             u"profileId"_s, u"\"huawei ma5600\" is not a vendor profile id: use letters, digits, '.', '-' or '_'"_s},
            {"olt brand 0", oltWith([](SnmpOlt &o) { o.brandId = 0; }), K::Invalid, u"brandId"_s,
             u"no brand with id 0"_s},
            {"olt brand missing", oltWith([](SnmpOlt &o) { o.brandId = 424242; }), K::NotFound, u"brandId"_s,
             u"no brand with id 424242"_s},
            {"SmartOLT OLT missing", oltWith([](SnmpOlt &o) { o.smartOltOltId = 5; }), K::NotFound, u"smartOltOltId"_s,
             u"no SmartOLT OLT with id 5 in the cache"_s},
            {"oid without name", oidWith([](SnmpOid &o) { o.name.clear(); }), K::Invalid, u"name"_s,
             u"the name is required"_s},
            {"oid without brand", oidWith([](SnmpOid &o) { o.brandId = 0; }), K::Invalid, u"brandId"_s,
             u"the OID needs a brand"_s},
            {"oid brand missing", oidWith([](SnmpOid &o) { o.brandId = 424242; }), K::NotFound, u"brandId"_s,
             u"no brand with id 424242"_s},
            {"oid empty", oidWith([](SnmpOid &o) { o.oid = u" "_s; }), K::Invalid, u"oid"_s, u"the OID is required"_s},
            {"oid with letters", oidWith([](SnmpOid &o) { o.oid = u"1.3.6.x"_s; }), K::Invalid, u"oid"_s,
             u"\"1.3.6.x\" is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2"_s},
            {"oid with empty part", oidWith([](SnmpOid &o) { o.oid = u"1.3..6"_s; }), K::Invalid, u"oid"_s,
             u"\"1.3..6\" is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2"_s},
            {"oid sub-id above 2^32-1", oidWith([](SnmpOid &o) { o.oid = u"1.3.6.4294967296"_s; }), K::Invalid,
             u"oid"_s, u"\"1.3.6.4294967296\" is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2"_s},
            {"oid of one number", oidWith([](SnmpOid &o) { o.oid = u"1"_s; }), K::Invalid, u"oid"_s,
             u"\"1\" is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2"_s},
            {"oid without purpose", oidWith([](SnmpOid &o) { o.purpose.clear(); }), K::Invalid, u"purpose"_s,
             u"the purpose is required (serial, rx_power, run_state...)"_s},
            {"oid purpose with spaces", oidWith([](SnmpOid &o) { o.purpose = u"Rx Power"_s; }), K::Invalid,
             u"purpose"_s, u"\"Rx Power\" is not a purpose: use lower-case letters, digits and '_', like rx_power"_s},
            {"job without name", jobWith([](SnmpJob &j) { j.name.clear(); }), K::Invalid, u"name"_s,
             u"the name is required"_s},
            {"job interval too short", jobWith([](SnmpJob &j) { j.intervalS = 9; }), K::Invalid, u"intervalS"_s,
             u"the interval must be between 10 s and 2592000 s (30 days), not 9 s"_s},
            {"job interval too long", jobWith([](SnmpJob &j) { j.intervalS = 2592001; }), K::Invalid, u"intervalS"_s,
             u"the interval must be between 10 s and 2592000 s (30 days), not 2592001 s"_s},
            {"job with unknown OLT", jobWith([&](SnmpJob &j) {
                 j.oltIds = {oltId, 999};
             }),
             K::NotFound, u"oltIds"_s, u"no OLT with id 999"_s},
            {"job with unknown OID", jobWith([](SnmpJob &j) { j.oidIds = {31337}; }), K::NotFound, u"oidIds"_s,
             u"no OID with id 31337"_s},
        };
        for (const Case &c : cases) {
            const StoreError error = c.attempt();
            QVERIFY2(error.kind == c.kind, c.label);
            QVERIFY2(error.field == c.field,
                     qPrintable(u"%1: field %2"_s.arg(QLatin1StringView(c.label), error.field)));
            QVERIFY2(error.message == c.message,
                     qPrintable(u"%1: message %2"_s.arg(QLatin1StringView(c.label), error.message)));
        }
        // Nothing of the refused rows was written.
        QCOMPARE(count(u"snmp_brands"_s), 1);
        QCOMPARE(count(u"snmp_olts"_s), 1);
        QCOMPARE(count(u"snmp_oids"_s), 0);
        QCOMPARE(count(u"snmp_jobs"_s), 0);
    }

    void validation_acceptsAddressesAndHostNames()
    {
        for (const QString &host : {u"10.0.0.1"_s, u"2001:db8::1"_s, u"::1"_s, u"olt1"_s, u"olt-1.example.net"_s,
                                    u"OLT.Example.NET."_s, u"1olt.example.net"_s})
            QVERIFY2(isValidHost(host), qPrintable(host));
        for (const QString &host : {u""_s, u"."_s, u"a..b"_s, u"olt-.example.net"_s, u"olt .example.net"_s,
                                    u"300.1.1.1"_s, QString(QString(64, u'a') + u".net"_s)})
            QVERIFY2(!isValidHost(host), qPrintable(host));
        QVERIFY(validateOlt(v2cOlt(u"x"_s, u"olt.example.net"_s)).kind == StoreError::Kind::None);
    }

    void uniqueness_isCaseInsensitiveAndScoped()
    {
        const qint64 huawei = insertBrand(huaweiBrand());
        StoreResult<qint64> dup = store().insertBrand(SnmpBrand{0, u"HUAWEI"_s, {}, 0, 0});
        QCOMPARE(dup.error.kind, StoreError::Kind::Duplicate);
        QCOMPARE(dup.error.field, u"name"_s);
        QCOMPARE(dup.error.message, u"the name \"HUAWEI\" is already taken"_s);
        dup = store().insertBrand(SnmpBrand{0, u"Huawei clone"_s, 2011, 0, 0});
        QCOMPARE(dup.error.kind, StoreError::Kind::Duplicate);
        QCOMPARE(dup.error.field, u"enterprise"_s);
        QCOMPARE(dup.error.message, u"the enterprise number 2011 is already Huawei's"_s);

        const qint64 a = insertOlt(v2cOlt(u"OLT Centro"_s));
        const qint64 b = insertOlt(v2cOlt(u"OLT Sur"_s));
        QCOMPARE(store().insertOlt(v2cOlt(u" olt centro"_s)).error.kind, StoreError::Kind::Duplicate);
        SnmpOlt renamed = *store().olt(b).value;
        renamed.name = u"OLT CENTRO"_s;
        const StoreError taken = store().updateOlt(renamed);
        QCOMPARE(taken.kind, StoreError::Kind::Duplicate);
        QCOMPARE(taken.field, u"name"_s);
        renamed.name = u"OLT Sur"_s; // its own name is not a clash
        renamed.port = 1161;
        QVERIFY(!store().updateOlt(renamed).isError());
        QVERIFY(a > 0);

        insertJob(u"Discovery"_s, {});
        SnmpJob job;
        job.name = u"discovery"_s;
        QCOMPARE(store().insertJob(job).error.kind, StoreError::Kind::Duplicate);

        // OID names are unique per brand only.
        const qint64 zte = insertBrand(SnmpBrand{0, u"ZTE"_s, 3902, 0, 0});
        QVERIFY(store().insertOid(oidOf(huawei, u"serial"_s, u"1.3.6.1.4.1.2011.1"_s, u"serial"_s)).ok());
        const StoreResult<qint64> sameName
            = store().insertOid(oidOf(huawei, u"Serial"_s, u"1.3.6.1.4.1.2011.2"_s, u"serial"_s));
        QCOMPARE(sameName.error.kind, StoreError::Kind::Duplicate);
        QCOMPARE(sameName.error.field, u"name"_s);
        QVERIFY(store().insertOid(oidOf(zte, u"serial"_s, u"1.3.6.1.4.1.3902.1"_s, u"serial"_s)).ok());
    }

    // --- Cascades and batch actions

    void deletingAnOlt_removesWhatItOwns()
    {
        const qint64 keep = insertOlt(v2cOlt(u"Keep"_s));
        const qint64 drop = insertOlt(v2cOlt(u"Drop"_s));
        const qint64 job = insertJob(u"Discovery"_s, {keep, drop});
        for (qint64 olt : {keep, drop}) {
            const qint64 execution = *store().createExecution(job, olt, t0).value;
            QVERIFY(!store().markRunning(execution, t0).isError());
            QVERIFY(store()
                        .recordAttempt(execution, SnmpAttempt{0, 0, 0, t0, t0 + 1, AttemptOutcome::Success, {}, {}})
                        .ok());
            QVERIFY(store()
                        .saveDiscovery(olt, {reading(ponA, 1, u"HWTC%1"_s.arg(olt, 8, 10, QChar(u'0')))},
                                       {raw(ponA, 1, u"sn"_s, u"x"_s)}, t0)
                        .ok());
        }
        QCOMPARE(count(u"snmp_execution_attempts"_s), 2);

        QVERIFY(!store().deleteOlt(drop).isError());
        const QString ofDrop = u"olt_id = %1"_s.arg(drop);
        QCOMPARE(count(u"snmp_executions"_s, ofDrop), 0);
        QCOMPARE(count(u"snmp_onus"_s, ofDrop), 0);
        QCOMPARE(count(u"snmp_onu_data"_s, ofDrop), 0);
        QCOMPARE(count(u"snmp_job_olts"_s, ofDrop), 0);
        QCOMPARE(count(u"snmp_execution_attempts"_s), 1);
        const QString ofKeep = u"olt_id = %1"_s.arg(keep);
        QCOMPARE(count(u"snmp_executions"_s, ofKeep), 1);
        QCOMPARE(count(u"snmp_onus"_s, ofKeep), 1);
        QCOMPARE(count(u"snmp_onu_data"_s, ofKeep), 1);
        QCOMPARE(store().job(job).value->oltIds, (QList<qint64>{keep}));
    }

    void deletingABrandOrJob_cascadesToWhatTheyOwnOnly()
    {
        const qint64 brand = insertBrand(huaweiBrand());
        SnmpOlt olt = v2cOlt(u"OLT"_s);
        olt.brandId = brand;
        const qint64 oltId = insertOlt(olt);
        const qint64 oid = *store().insertOid(oidOf(brand, u"sn"_s, u"1.3.6.1.4.1.2011.1"_s, u"serial"_s)).value;
        const qint64 job = insertJob(u"Discovery"_s, {oltId}, {oid});
        QVERIFY(store().createExecution(job, oltId, t0).ok());

        QVERIFY(!store().deleteBrand(brand).isError());
        QCOMPARE(count(u"snmp_oids"_s), 0);
        QCOMPARE(count(u"snmp_job_oids"_s), 0);
        QVERIFY(!store().olt(oltId).value->brandId); // back to fingerprinting, not deleted

        QVERIFY(!store().deleteJob(job).isError());
        QCOMPARE(count(u"snmp_executions"_s), 0);
        QCOMPARE(count(u"snmp_olts"_s), 1);
    }

    void smartOltOltGone_unlinksTheSnmpOlt()
    {
        QVERIFY(QSqlQuery(db()).exec(u"INSERT INTO olts (id, name, fetched_at) VALUES (5, 'SmartOLT 5', 1)"_s));
        SnmpOlt olt = v2cOlt(u"Linked"_s);
        olt.smartOltOltId = 5;
        const qint64 id = insertOlt(olt);
        QVERIFY(QSqlQuery(db()).exec(u"DELETE FROM olts WHERE id = 5"_s));
        const SnmpOlt stored = *store().olt(id).value;
        QVERIFY(!stored.smartOltOltId);
    }

    void batchEnableDisable_countsWhatChanged()
    {
        const qint64 a = insertOlt(v2cOlt(u"A"_s));
        const qint64 b = insertOlt(v2cOlt(u"B"_s));
        const qint64 c = insertOlt(v2cOlt(u"C"_s));
        m_now = t0 + 5;
        QCOMPARE(store().setOltsEnabled({a, b, 404}, false).value, std::optional<qint64>(2));
        QCOMPARE(store().setOltsEnabled({a, b}, false).value, std::optional<qint64>(0)); // already disabled
        QVERIFY(!store().olt(a).value->enabled);
        QVERIFY(!store().olt(b).value->enabled);
        QVERIFY(store().olt(c).value->enabled);
        QCOMPARE(store().olt(a).value->updatedAt, t0 + 5);
        QCOMPARE(store().olt(c).value->updatedAt, t0);
        QCOMPARE(store().setOltsEnabled({a, b, c}, true).value, std::optional<qint64>(2));

        const qint64 j1 = insertJob(u"J1"_s, {a});
        const qint64 j2 = insertJob(u"J2"_s, {b});
        QCOMPARE(store().setJobsEnabled({j1, j2}, false).value, std::optional<qint64>(2));
        QVERIFY(!store().job(j1).value->enabled);
        QCOMPARE(store().setJobsEnabled({j2}, true).value, std::optional<qint64>(1));
        QVERIFY(store().job(j2).value->enabled);
    }

    // --- Executions

    void execution_lifecycleWithAttempts()
    {
        const qint64 olt = insertOlt(v2cOlt(u"OLT"_s));
        const qint64 job = insertJob(u"Discovery"_s, {olt});
        const StoreResult<qint64> created = store().createExecution(job, olt, t0);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const qint64 id = *created.value;
        SnmpExecution execution = *store().execution(id).value;
        QCOMPARE(toString(execution.status), toString(ExecutionStatus::Pending));
        QCOMPARE(execution.queuedAt, t0);
        QVERIFY(!execution.startedAt);

        // An attempt before it runs is refused.
        StoreResult<int> early = store().recordAttempt(id, SnmpAttempt{});
        QCOMPARE(early.error.kind, StoreError::Kind::State);
        QCOMPARE(early.error.message, u"execution %1 is pending, not running"_s.arg(id));

        QVERIFY(!store().markRunning(id, t0 + 1).isError());
        QCOMPARE(store().markRunning(id, t0 + 2).kind, StoreError::Kind::State);

        SnmpAttempt timeout{0, 0, 0, t0 + 1, t0 + 301, AttemptOutcome::Timeout, u"no answer in 300 s"_s, t0 + 601};
        QCOMPARE(store().recordAttempt(id, timeout).value, std::optional<int>(1));
        SnmpAttempt success{0, 0, 0, t0 + 601, t0 + 700, AttemptOutcome::Success, {}, {}};
        QCOMPARE(store().recordAttempt(id, success).value, std::optional<int>(2));

        QCOMPARE(store().finishExecution(id, ExecutionStatus::Running, {}, {}, t0).kind, StoreError::Kind::Invalid);
        QVERIFY(!store().finishExecution(id, ExecutionStatus::Success, {}, 4096, t0 + 700).isError());
        execution = *store().execution(id).value;
        QCOMPARE(toString(execution.status), toString(ExecutionStatus::Success));
        QCOMPARE(execution.startedAt, std::optional<UnixTime>(t0 + 1));
        QCOMPARE(execution.finishedAt, std::optional<UnixTime>(t0 + 700));
        QCOMPARE(execution.onusSeen, std::optional<qint64>(4096));
        QVERIFY(execution.error.isEmpty());
        const StoreError twice = store().finishExecution(id, ExecutionStatus::Failed, u"late"_s, {}, t0 + 800);
        QCOMPARE(twice.kind, StoreError::Kind::State);
        QCOMPARE(twice.message, u"execution %1 is success, not pending or running"_s.arg(id));
        QCOMPARE(store().recordAttempt(id, success).error.kind, StoreError::Kind::State);

        const QList<SnmpAttempt> attempts = *store().attempts(id).value;
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).attempt, 1);
        QCOMPARE(toString(attempts.at(0).outcome), toString(AttemptOutcome::Timeout));
        QCOMPARE(attempts.at(0).error, u"no answer in 300 s"_s);
        QCOMPARE(attempts.at(0).nextRetryAt, std::optional<UnixTime>(t0 + 601));
        QCOMPARE(attempts.at(1).attempt, 2);
        QCOMPARE(toString(attempts.at(1).outcome), toString(AttemptOutcome::Success));
        QVERIFY(!attempts.at(1).nextRetryAt);

        // A failure straight from pending (no secrets, say) is allowed and keeps its error.
        const qint64 failed = *store().createExecution(job, olt, t0 + 900).value;
        QVERIFY(!store()
                     .finishExecution(failed, ExecutionStatus::Failed, u"no community in the keychain"_s, {}, t0 + 900)
                     .isError());
        QCOMPARE(store().execution(failed).value->error, u"no community in the keychain"_s);

        QCOMPARE(store().createExecution(job, 999, t0).error.kind, StoreError::Kind::NotFound);
        QCOMPARE(store().createExecution(999, olt, t0).error.message, u"no job with id 999"_s);
        QCOMPARE(store().markRunning(999, t0).kind, StoreError::Kind::NotFound);
        QCOMPARE(toString(attemptOutcomeFor(SnmpError::make(SnmpError::Kind::Auth, u"wrong key"_s))),
                 toString(AttemptOutcome::Auth));
    }

    void executions_filterByStatusJobOltAndTime()
    {
        const qint64 a = insertOlt(v2cOlt(u"A"_s));
        const qint64 b = insertOlt(v2cOlt(u"B"_s));
        const qint64 discovery = insertJob(u"Discovery"_s, {a, b});
        const qint64 polling = insertJob(u"Polling"_s, {a});
        const qint64 e1 = *store().createExecution(discovery, a, t0).value;
        const qint64 e2 = *store().createExecution(discovery, b, t0 + 10).value;
        const qint64 e3 = *store().createExecution(polling, a, t0 + 20).value;
        QVERIFY(!store().markRunning(e2, t0 + 11).isError());
        QVERIFY(!store().finishExecution(e1, ExecutionStatus::Failed, u"timeout"_s, {}, t0 + 5).isError());

        const auto ids = [&](const ExecutionFilter &filter) {
            const QList<SnmpExecution> executions = *store().listExecutions(filter).value;
            QList<qint64> result;
            for (const SnmpExecution &e : executions)
                result << e.id;
            return result;
        };
        QCOMPARE(ids({}), (QList<qint64>{e3, e2, e1})); // newest first
        QCOMPARE(ids({ExecutionStatus::Failed, {}, {}, {}, 0}), (QList<qint64>{e1}));
        QCOMPARE(ids({ExecutionStatus::Running, {}, {}, {}, 0}), (QList<qint64>{e2}));
        QCOMPARE(ids({{}, discovery, {}, {}, 0}), (QList<qint64>{e2, e1}));
        QCOMPARE(ids({{}, {}, a, {}, 0}), (QList<qint64>{e3, e1}));
        QCOMPARE(ids({{}, discovery, a, {}, 0}), (QList<qint64>{e1}));
        QCOMPARE(ids({{}, {}, {}, t0 + 10, 0}), (QList<qint64>{e3, e2}));
        QCOMPARE(ids({{}, {}, {}, {}, 2}), (QList<qint64>{e3, e2}));
    }

    void markInterruptedAtStartup_afterACrash()
    {
        const qint64 olt = insertOlt(v2cOlt(u"OLT"_s));
        const qint64 job = insertJob(u"Discovery"_s, {olt});
        const qint64 pending = *store().createExecution(job, olt, t0).value;
        const qint64 running = *store().createExecution(job, olt, t0 + 1).value;
        const qint64 done = *store().createExecution(job, olt, t0 + 2).value;
        QVERIFY(!store().markRunning(running, t0 + 3).isError());
        QVERIFY(!store().markRunning(done, t0 + 3).isError());
        QVERIFY(!store().finishExecution(done, ExecutionStatus::Success, {}, 10, t0 + 4).isError());

        // The process dies: no finishExecution for the others. A new one opens the same file.
        closeCache();
        m_now = t0 + 3600;
        openCache();
        const StoreResult<QList<SnmpExecution>> interrupted = store().markInterruptedAtStartup(m_now);
        QVERIFY2(interrupted.ok(), qPrintable(interrupted.error.message));
        QCOMPARE(interrupted.value->size(), 2);
        const SnmpExecution &wasPending = interrupted.value->at(0);
        const SnmpExecution &wasRunning = interrupted.value->at(1);
        QCOMPARE(wasPending.id, pending);
        QCOMPARE(toString(wasPending.status), toString(ExecutionStatus::Interrupted));
        QCOMPARE(wasPending.finishedAt, std::optional<UnixTime>(m_now));
        QCOMPARE(wasPending.error, u"the application ended before it started"_s);
        QCOMPARE(wasRunning.id, running);
        QCOMPARE(toString(wasRunning.status), toString(ExecutionStatus::Interrupted));
        QCOMPARE(wasRunning.startedAt, std::optional<UnixTime>(t0 + 3));
        QCOMPARE(wasRunning.error, u"the application ended while it ran"_s);
        QCOMPARE(toString(store().execution(done).value->status), toString(ExecutionStatus::Success));

        // Nothing left to interrupt; the scheduler queues the resumption.
        QCOMPARE(store().markInterruptedAtStartup(m_now).value->size(), 0);
        const qint64 resumed = *store().createExecution(job, olt, m_now, running).value;
        QCOMPARE(store().execution(resumed).value->resumedFrom, std::optional<qint64>(running));
        QCOMPARE(store().createExecution(job, olt, m_now, 9999).error.field, u"resumedFrom"_s);
    }

    // --- ONUs

    void saveDiscovery_upsertsRemovesVanishedAndKeepsRawValues()
    {
        const qint64 olt = insertOlt(v2cOlt(u"OLT"_s));
        const QList<OnuReading> first{reading(ponA, 1, u"HWTCA1B2C3D1"_s, u"Pérez"_s),
                                      reading(ponA, 2, u"HWTCA1B2C3D2"_s), reading(ponB, 1, u"HWTCA1B2C3D3"_s)};
        const QList<OnuDataValue> firstRaw{raw(ponA, 1, u"hwGponDeviceOntSn"_s, u"HWTCA1B2C3D1"_s),
                                           raw(ponA, 1, u"hwGponDeviceOntDespt"_s, u"Pérez"_s),
                                           raw(ponA, 2, u"hwGponDeviceOntSn"_s, u"HWTCA1B2C3D2"_s),
                                           raw(ponB, 1, u"hwGponDeviceOntSn"_s, u"HWTCA1B2C3D3"_s)};
        StoreResult<OnuSaveCounts> saved = store().saveDiscovery(olt, first, firstRaw, t0);
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        QCOMPARE(saved.value->added, 3);
        QCOMPARE(saved.value->valuesWritten, 4);

        // A poll sets the state; the next discovery (which walks no state) must keep it.
        OnuReading online = reading(ponA, 1, {});
        online.state = OnuRunState::Online;
        QVERIFY(store().saveStatus(olt, {online}, {}, t0 + 60).ok());

        // The second discovery: ponA:2 is gone, ponA:1 renamed, ponB:7 new; ponB:1 listed twice.
        const QList<OnuReading> second{reading(ponA, 1, u"HWTCA1B2C3D1"_s, u"Pérez Juan"_s),
                                       reading(ponB, 1, u"HWTCA1B2C3D3"_s), reading(ponB, 7, u"ZTEGC0FFEE01"_s),
                                       reading(ponB, 1, u"DUPLICATE"_s)};
        const QList<OnuDataValue> secondRaw{raw(ponA, 1, u"hwGponDeviceOntDespt"_s, u"Pérez Juan"_s),
                                            raw(ponB, 7, u"hwGponDeviceOntSn"_s, u"ZTEGC0FFEE01"_s),
                                            raw(ponA, 2, u"hwGponDeviceOntSn"_s, u"no longer there"_s)};
        saved = store().saveDiscovery(olt, second, secondRaw, t0 + 3600);
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        QCOMPARE(saved.value->added, 1);
        QCOMPARE(saved.value->updated, 2);
        QCOMPARE(saved.value->removed, 1);
        QCOMPARE(saved.value->valuesWritten, 2);
        QCOMPARE(saved.value->valuesSkipped, 1);

        const QList<SnmpOnu> onus = *store().onusForOlt(olt).value;
        QCOMPARE(onus.size(), 3);
        QCOMPARE(onus.at(0).reading.ponIfIndex, ponA); // above 2^31, intact
        QCOMPARE(onus.at(0).reading.onuId, 1u);
        QCOMPARE(onus.at(0).reading.description, u"Pérez Juan"_s);
        QCOMPARE(toString(onus.at(0).reading.state), toString(OnuRunState::Online));
        QCOMPARE(onus.at(0).statusAt, std::optional<UnixTime>(t0 + 60));
        QCOMPARE(onus.at(0).discoveredAt, t0 + 3600);
        QCOMPARE(onus.at(0).reading.port, (PonPort{0, 1, int(ponA & 0xff)}));
        QCOMPARE(onus.at(1).reading.serial, u"HWTCA1B2C3D3"_s); // the first of the duplicates
        QCOMPARE(onus.at(2).reading.onuId, 7u);
        QCOMPARE(toString(onus.at(2).reading.state), toString(OnuRunState::Unknown));

        const QList<OnuDataValue> data = *store().onuData(olt, ponA, 1).value;
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(0).oidName, u"hwGponDeviceOntDespt"_s);
        QCOMPARE(data.at(0).value, u"Pérez Juan"_s);
        QCOMPARE(data.at(0).collectedAt, t0 + 3600);
        QCOMPARE(data.at(1).value, u"HWTCA1B2C3D1"_s);
        QCOMPARE(data.at(1).collectedAt, t0);
        QCOMPARE(store().onuData(olt, ponA, 2).value->size(), 0);

        // A discovery that sees nothing leaves nothing.
        saved = store().saveDiscovery(olt, {}, {}, t0 + 7200);
        QCOMPARE(saved.value->removed, 3);
        QCOMPARE(count(u"snmp_onus"_s), 0);
        QCOMPARE(count(u"snmp_onu_data"_s), 0);
    }

    void saveStatusAndOptical_refreshKnownOnusOnly()
    {
        const qint64 olt = insertOlt(v2cOlt(u"OLT"_s));
        const qint64 other = insertOlt(v2cOlt(u"Other"_s));
        QVERIFY(store()
                    .saveDiscovery(olt,
                                   {reading(ponA, 1, u"HWTCA1B2C3D1"_s), reading(ponA, 2, u"HWTCA1B2C3D2"_s),
                                    reading(ponA, 3, u"HWTCA1B2C3D3"_s)},
                                   {}, t0)
                    .ok());
        QVERIFY(store().saveDiscovery(other, {reading(ponA, 1, u"HWTCFFFFFFFF"_s)}, {}, t0).ok());

        OnuReading up = reading(ponA, 1, {});
        up.state = OnuRunState::Online;
        OnuReading los = reading(ponA, 2, {});
        los.state = OnuRunState::Los;
        los.lastDownCause = u"LOS"_s;
        OnuReading gasp = reading(ponA, 3, {});
        gasp.state = OnuRunState::DyingGasp;
        OnuReading stranger = reading(ponB, 9, {});
        stranger.state = OnuRunState::Online;
        StoreResult<OnuSaveCounts> saved
            = store().saveStatus(olt, {up, los, gasp, stranger},
                                 {raw(ponA, 2, u"hwGponOntRunState"_s, u"2"_s), raw(ponB, 9, u"x"_s, u"1"_s)}, t0 + 60);
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        QCOMPARE(saved.value->updated, 3);
        QCOMPARE(saved.value->added, 0);
        QCOMPARE(saved.value->unknown, 1);
        QCOMPARE(saved.value->valuesWritten, 1);
        QCOMPARE(saved.value->valuesSkipped, 1);
        QCOMPARE(count(u"snmp_onus"_s, u"olt_id = %1"_s.arg(olt)), 3); // the stranger was not added

        const OnuStateCounts counts = *store().onuCounts(olt).value;
        QCOMPARE(counts.total, 3);
        QCOMPARE(counts.count(OnuRunState::Online), 1);
        QCOMPARE(counts.count(OnuRunState::Los), 1);
        QCOMPARE(counts.count(OnuRunState::DyingGasp), 1);
        QCOMPARE(counts.count(OnuRunState::Offline), 0);
        QCOMPARE(store().onuCounts(other).value->count(OnuRunState::Unknown), 1);

        OnuReading optical = reading(ponA, 1, {});
        optical.rxDbm = -21.5;
        optical.txDbm = 2.1;
        optical.oltRxDbm = -24.25;
        optical.distanceM = 1830; // ranging is a status value: an optical save leaves it alone
        const std::optional<int> distanceBefore = store().onuBySerial(u"HWTCA1B2C3D1"_s).value->reading.distanceM;
        QVERIFY(store().saveOptical(olt, {optical}, {}, t0 + 120).ok());
        const SnmpOnu onu = *store().onuBySerial(u"hwtca1b2c3d1"_s).value; // case-insensitive
        QCOMPARE(onu.oltId, olt);
        QCOMPARE(toString(onu.reading.state), toString(OnuRunState::Online)); // optical leaves the state alone
        QCOMPARE(onu.reading.rxDbm, std::optional<double>(-21.5));
        QCOMPARE(onu.reading.txDbm, std::optional<double>(2.1));
        QCOMPARE(onu.reading.oltRxDbm, std::optional<double>(-24.25));
        QCOMPARE(onu.reading.distanceM, distanceBefore);
        QCOMPARE(onu.opticalAt, std::optional<UnixTime>(t0 + 120));
        QCOMPARE(onu.reading.collectedAt.toSecsSinceEpoch(), t0 + 120);
        QCOMPARE(onu.reading.serial, u"HWTCA1B2C3D1"_s);

        const StoreResult<SnmpOnu> missing = store().onuBySerial(u"HWTC00000000"_s);
        QCOMPARE(missing.error.kind, StoreError::Kind::NotFound);
        QCOMPARE(store().saveStatus(424242, {up}, {}, t0).error.kind, StoreError::Kind::NotFound);
    }

    void failedSave_leavesThePreviousDataIntact()
    {
        const qint64 olt = insertOlt(v2cOlt(u"OLT"_s));
        QVERIFY(store()
                    .saveDiscovery(olt, {reading(ponA, 1, u"HWTCA1B2C3D1"_s), reading(ponA, 2, u"HWTCA1B2C3D2"_s)},
                                   {raw(ponA, 1, u"sn"_s, u"HWTCA1B2C3D1"_s)}, t0)
                    .ok());
        // The disk fills up (simulated) once the ONUs are written, while the raw values are.
        QVERIFY(QSqlQuery(db()).exec(u"CREATE TEMP TRIGGER fail_raw BEFORE INSERT ON main.snmp_onu_data "
                                     u"BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        const StoreResult<OnuSaveCounts> failed
            = store().saveDiscovery(olt, {reading(ponA, 1, u"CHANGED00000"_s), reading(ponB, 5, u"HWTCA1B2C3D5"_s)},
                                    {raw(ponA, 1, u"sn"_s, u"CHANGED00000"_s)}, t0 + 60);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error.kind, StoreError::Kind::Database);
        QVERIFY2(failed.error.message.contains(u"disk full"_s), qPrintable(failed.error.message));
        QVERIFY(QSqlQuery(db()).exec(u"DROP TRIGGER temp.fail_raw"_s));

        const QList<SnmpOnu> onus = *store().onusForOlt(olt).value;
        QCOMPARE(onus.size(), 2);
        QCOMPARE(onus.at(0).reading.serial, u"HWTCA1B2C3D1"_s);
        QCOMPARE(onus.at(1).reading.onuId, 2u);
        QCOMPARE(store().onuData(olt, ponA, 1).value->at(0).value, u"HWTCA1B2C3D1"_s);
        // And the connection is usable again (no transaction left open).
        QVERIFY(store().saveDiscovery(olt, {reading(ponA, 1, u"HWTCA1B2C3D1"_s)}, {}, t0 + 120).ok());
    }

    void writes_nestInACallersTransaction()
    {
        QSqlDatabase connection = db();
        QVERIFY(connection.transaction());
        QVERIFY(insertBrand(huaweiBrand()) > 0);
        QVERIFY(insertOlt(v2cOlt(u"Inside"_s)) > 0);
        QCOMPARE(count(u"snmp_olts"_s), 1);
        QVERIFY(connection.rollback());
        QCOMPARE(count(u"snmp_brands"_s), 0);
        QCOMPARE(count(u"snmp_olts"_s), 0);
    }

    void saveDiscovery_fiftyThousandOnus()
    {
        const qint64 olt = insertOlt(v2cOlt(u"Big OLT"_s));
        constexpr int onuCount = 50'000;
        constexpr int onusPerPon = 128;
        QList<OnuReading> readings;
        QList<OnuDataValue> rawValues;
        readings.reserve(onuCount);
        rawValues.reserve(onuCount * 2);
        for (int i = 0; i < onuCount; ++i) {
            const quint32 pon = 4194304000u + quint32(i / onusPerPon) * 256u;
            const quint32 onuId = quint32(i % onusPerPon);
            OnuReading r
                = reading(pon, onuId, u"HWTC%1"_s.arg(i, 8, 16, QChar(u'0')).toUpper(), u"Cliente %1"_s.arg(i));
            r.state = i % 10 == 0 ? OnuRunState::Los : OnuRunState::Online;
            readings << r;
            rawValues << raw(pon, onuId, u"hwGponDeviceOntSn"_s, r.serial)
                      << raw(pon, onuId, u"hwGponDeviceOntDespt"_s, r.description);
        }

        QElapsedTimer timer;
        timer.start();
        StoreResult<OnuSaveCounts> saved = store().saveDiscovery(olt, readings, rawValues, t0);
        const qint64 firstMs = timer.elapsed();
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        QCOMPARE(saved.value->added, onuCount);
        QCOMPARE(saved.value->valuesWritten, 2 * onuCount);

        // The steady state: every ONU known, one vanished, values rewritten.
        readings.removeLast();
        rawValues.resize(rawValues.size() - 2);
        timer.restart();
        saved = store().saveDiscovery(olt, readings, rawValues, t0 + 3600);
        const qint64 secondMs = timer.elapsed();
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        QCOMPARE(saved.value->updated, onuCount - 1);
        QCOMPARE(saved.value->removed, 1);

        timer.restart();
        saved = store().saveStatus(olt, readings, {}, t0 + 3660);
        const qint64 statusMs = timer.elapsed();
        QVERIFY2(saved.ok(), qPrintable(saved.error.message));
        QCOMPARE(saved.value->updated, onuCount - 1);

        qInfo("50,000 ONUs + 100,000 raw values: first discovery %lld ms, rediscovery %lld ms, status poll %lld ms",
              firstMs, secondMs, statusMs);
        QCOMPARE(count(u"snmp_onus"_s), onuCount - 1);
        QCOMPARE(count(u"snmp_onu_data"_s), 2 * (onuCount - 1));
        const OnuStateCounts counts = *store().onuCounts(olt).value;
        QCOMPARE(counts.count(OnuRunState::Los), onuCount / 10);
        QCOMPARE(store().onuBySerial(readings.at(12345).serial.toLower()).value->reading.onuId,
                 readings.at(12345).onuId);
    }

    // --- Secrets and the schema

    void secrets_haveKeychainKeysAndNoColumn()
    {
        SnmpOlt olt = v2cOlt(u"OLT"_s);
        olt.id = 12;
        QCOMPARE(requiredSecretKeys(olt), (QStringList{u"snmp/olt/12/community"_s}));
        olt.version = SnmpTarget::Version::V3;
        olt.v3User = u"beholder"_s;
        QCOMPARE(requiredSecretKeys(olt),
                 (QStringList{u"snmp/olt/12/auth-password"_s, u"snmp/olt/12/priv-password"_s}));
        olt.securityLevel = SnmpTarget::SecurityLevel::AuthNoPriv;
        QCOMPARE(requiredSecretKeys(olt), (QStringList{u"snmp/olt/12/auth-password"_s}));
        olt.securityLevel = SnmpTarget::SecurityLevel::NoAuthNoPriv;
        QVERIFY(requiredSecretKeys(olt).isEmpty());
        for (const QString &key : allSecretKeys(12))
            QVERIFY2(!CredentialStore::checkKey(key).isError(), qPrintable(key));

        olt.securityLevel = SnmpTarget::SecurityLevel::AuthPriv;
        olt.port = 1161;
        const SnmpTarget target = makeTarget(olt,
                                             {{u"snmp/olt/12/auth-password"_s, u"authpass1"_s},
                                              {u"snmp/olt/12/priv-password"_s, u"privpass1"_s},
                                              {u"snmp/olt/13/auth-password"_s, u"someone else's"_s}});
        QCOMPARE(target.host, u"10.20.0.1"_s);
        QCOMPARE(target.port, quint16(1161));
        QCOMPARE(toString(target.version), toString(SnmpTarget::Version::V3));
        QCOMPARE(target.user, QByteArray("beholder"));
        QCOMPARE(target.authPassword, QByteArray("authpass1"));
        QCOMPARE(target.privPassword, QByteArray("privpass1"));
        QVERIFY(target.community.isEmpty());

        // The cache has no place for a secret.
        QSqlQuery columns(db());
        QVERIFY(columns.exec(u"SELECT name FROM pragma_table_info('snmp_olts')"_s));
        int seen = 0;
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            QVERIFY2(!column.contains(u"community"_s) && !column.contains(u"password"_s), qPrintable(column));
            ++seen;
        }
        QVERIFY(seen > 10);
    }

    void deletedOltIds_areNeverReused()
    {
        const qint64 first = insertOlt(v2cOlt(u"First"_s));
        QVERIFY(!store().deleteOlt(first).isError());
        const qint64 second = insertOlt(v2cOlt(u"Second"_s));
        QVERIFY(second > first); // a new OLT must not inherit snmp/olt/<first>/... from the keychain
    }

    void migrationFromVersion4_keepsDataAndAddsTheSnmpModel()
    {
        closeCache();
        removeCacheFiles();
        {
            RawConnection raw(cachePath());
            QSqlDatabase rawDb = raw.db();
            const QList<Migration> upToFour = builtinMigrations().mid(0, 4);
            QCOMPARE(upToFour.constLast().version, 4);
            const MigrationResult result = migrate(rawDb, upToFour);
            QVERIFY2(result.ok, qPrintable(result.error));
            QSqlQuery insert(rawDb);
            QVERIFY(insert.exec(u"INSERT INTO olts (id, name, fetched_at) VALUES (3, 'OLT Villa María', 1)"_s));
            QVERIFY(insert.exec(u"INSERT INTO onus (external_id, serial, olt_id, board, port, onu_index, status, "
                                u"rx_power_dbm, fetched_at) VALUES ('x1', 'HWTC00000001', 3, 1, 2, 3, 'online', "
                                u"-20.5, 1)"_s));
            QCOMPARE(schemaVersion(rawDb), 4);
        }
        openCache();
        QSqlDatabase migrated = db();
        QCOMPARE(schemaVersion(migrated), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 5);
        QCOMPARE(scalar(db(), u"SELECT name FROM olts WHERE id = 3"_s).toString(), u"OLT Villa María"_s);
        QCOMPARE(scalar(db(), u"SELECT serial FROM onus WHERE external_id = 'x1'"_s).toString(), u"HWTC00000001"_s);
        QCOMPARE(count(u"onu_signal_history"_s), 1); // the v4 trigger still fed it

        SnmpOlt linked = v2cOlt(u"Villa María"_s);
        linked.smartOltOltId = 3;
        QVERIFY(insertOlt(linked) > 0);
        QCOMPARE(count(u"snmp_olts"_s, u"smartolt_olt_id = 3"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnmpStore)
#include "tst_snmpstore.moc"
