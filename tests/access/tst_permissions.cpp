// SPDX-License-Identifier: GPL-3.0-or-later
// Permissions are checked by the core services, per role (issue 6): without the permission a service refuses,
// changes nothing (no sync starts or writes, the thresholds and sources files stay as they were, the SNMP model
// is untouched, no diagnosis runs) and the refusal is in the audit log; with it, the service acts and audits.
#include "access/accesspolicy.h"
#include "access/auditlog.h"
#include "access/role.h"
#include "cache/cachedatabase.h"
#include "diagnosis/diagnosisservice.h"
#include "snmp/snmpstore.h"
#include "sources/sourcesettings.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "triage/thresholds.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Beholder::Access;
using namespace Qt::Literals::StringLiterals;

namespace {

// Fails at once: enough to see a sync start and end without a network.
class FailingFetcher final : public SourceFetcher
{
public:
    explicit FailingFetcher(FetchProgress *progress)
        : SourceFetcher(progress)
    { }
    void start(Done done) override
    {
        FetchResult result;
        result.error = ApiError::make(ApiError::Kind::Connection, u"no network in this test"_s);
        done(std::move(result));
    }
    void cancel() override { }
};

SyncContext oneSource()
{
    SyncContext context;
    context.profileName = u"norte"_s;
    SourceConfig config;
    config.kind = SourceKind::IspCube;
    config.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
    config.user = u"api"_s;
    config.clientId = u"42"_s;
    context.sources.sources << config;
    return context;
}

// The principals a role test runs as; "nobody" is the not-signed-in case.
Principal as(const QString &who)
{
    if (who == u"nobody")
        return Principal::nobody();
    return Principal(u"user-%1"_s.arg(who), *roleFromId(who), u"norte"_s);
}

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_cacheNumber = 0;

    std::unique_ptr<CacheDatabase> newCache(bool withData = false)
    {
        const QString file = m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_cacheNumber));
        if (withData)
            return Test::createCache(file, Test::smallIsp());
        auto cache = std::make_unique<CacheDatabase>(file);
        return cache->open() ? std::move(cache) : nullptr;
    }

    static qint64 countRows(CacheDatabase &cache, const QString &sql)
    {
        return Test::scalar(cache.connection(), sql).toLongLong();
    }

    static void roles_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("expected");
    }

    static void addRows(std::initializer_list<const char *> allowed)
    {
        for (const QString &who :
             {u"global-admin"_s, u"profile-admin"_s, u"operator"_s, u"technician"_s, u"viewer"_s, u"nobody"_s}) {
            bool yes = false;
            for (const char *a : allowed)
                yes = yes || who == QLatin1StringView(a);
            QTest::newRow(qPrintable(who)) << who << yes;
        }
    }

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void matrix_isTheOneOfTheIssue()
    {
        for (const Permission p : allPermissions()) {
            QVERIFY(roleHas(Role::GlobalAdmin, p));
            QVERIFY(roleHas(Role::ProfileAdmin, p));
        }
        using P = Permission;
        QCOMPARE(permissionsOf(Role::Operator),
                 (QList<P>{P::ViewCustomers, P::Diagnose, P::LiveTraffic, P::RunSync, P::RebootCpe}));
        QCOMPARE(permissionsOf(Role::Technician),
                 (QList<P>{P::ViewCustomers, P::Diagnose, P::LiveTraffic, P::RunSync}));
        QCOMPARE(permissionsOf(Role::Viewer), (QList<P>{P::ViewCustomers, P::Diagnose}));
        for (const Permission p : allPermissions())
            QVERIFY(!Principal::nobody().may(p));
        QCOMPARE(leastRoleWith(P::RunSync), Role::Technician);
        QCOMPARE(leastRoleWith(P::EditThresholds), Role::ProfileAdmin);
        // Ids are stable and round-trip.
        QCOMPARE(roleId(Role::Operator), u"operator"_s);
        QCOMPARE(permissionId(P::EditProfileSettings), u"edit-profile-settings"_s);
        for (const Role r : allRoles())
            QCOMPARE(roleFromId(roleId(r)), r);
        for (const Permission p : allPermissions())
            QCOMPARE(permissionFromId(permissionId(p)), p);
        QVERIFY(!roleFromId(u"root"_s));
    }

    void singleUser_isTheOsUserAsProfileAdmin()
    {
        qputenv("USERNAME", "");
        qputenv("USER", "ana");
        const Principal local = singleUserPrincipal(u"norte"_s);
        QCOMPARE(local.userName(), u"ana"_s);
        QCOMPARE(local.role(), Role::ProfileAdmin);
        QVERIFY(local.isSingleUser());
        qputenv("USER", "");
        QCOMPARE(singleUserPrincipal(u"norte"_s).userName(), u"local"_s);
    }

    void sync_data()
    {
        roles_data();
        addRows({"global-admin", "profile-admin", "operator", "technician"});
    }

    void sync()
    {
        QFETCH(QString, who);
        QFETCH(bool, expected);
        auto cache = newCache();
        QVERIFY(cache);
        int fetchersMade = 0;
        auto engine = std::make_unique<SyncEngine>(cache.get(), m_dir.path(),
                                                   [&](SourceKind, const SyncContext &, FetchProgress *progress) {
                                                       ++fetchersMade;
                                                       return std::make_unique<FailingFetcher>(progress);
                                                   });
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        SyncRequest request;
        request.principal = as(who);
        QString error;
        const bool started = engine->start(request, oneSource(), &error);
        QCOMPARE(started, expected);
        if (started) {
            QVERIFY(finished.wait(20000));
        } else {
            QVERIFY(error.contains(u"running a sync needs the technician role"_s));
            QVERIFY(!engine->isRunning());
        }
        engine.reset(); // its runner has written what it queued
        QCOMPARE(fetchersMade, expected ? 1 : 0);
        QCOMPARE(countRows(*cache, u"SELECT COUNT(*) FROM sync_runs"_s), expected ? 1 : 0);
        QCOMPARE(countRows(*cache, u"SELECT COUNT(*) FROM audit_log WHERE action = 'sync.start'"_s), 1);
        const QString outcome
            = Test::scalar(cache->connection(), u"SELECT outcome FROM audit_log WHERE action = 'sync.start'"_s)
                  .toString();
        QCOMPARE(outcome, expected ? u"ok"_s : u"denied"_s);
        if (expected)
            QCOMPARE(Test::scalar(cache->connection(), u"SELECT target FROM audit_log"_s).toString(), u"ispcube"_s);
    }

    void thresholds_data()
    {
        roles_data();
        addRows({"global-admin", "profile-admin"});
    }

    void thresholds()
    {
        QFETCH(QString, who);
        QFETCH(bool, expected);
        auto cache = newCache();
        QVERIFY(cache);
        const AuditLog audit(cache.get());
        const QString file = m_dir.filePath(u"thresholds-%1.ini"_s.arg(who));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[thresholds]\nrx_warning_dbm=-25\n");
        }
        const QByteArray before = contents(file);
        Triage::Thresholds t = Triage::Thresholds::load(file);
        QVERIFY(t.set(u"rx_warning_dbm"_s, -26));
        QString error;
        QCOMPARE(t.save(file, as(who), &audit, &error), expected);
        if (expected) {
            QCOMPARE(Triage::Thresholds::load(file).value(u"rx_warning_dbm"_s), -26.0);
        } else {
            QCOMPARE(contents(file), before);
            QVERIFY2(error.contains(u"editing the triage thresholds needs the profile admin role"_s),
                     qPrintable(error));
        }
        QCOMPARE(Test::scalar(cache->connection(), u"SELECT outcome FROM audit_log WHERE action = 'thresholds.save'"_s)
                     .toString(),
                 expected ? u"ok"_s : u"denied"_s);
    }

    void sources_data()
    {
        roles_data();
        addRows({"global-admin", "profile-admin"});
    }

    void sources()
    {
        QFETCH(QString, who);
        QFETCH(bool, expected);
        auto cache = newCache();
        QVERIFY(cache);
        const AuditLog audit(cache.get());
        const QString file = m_dir.filePath(u"sources-%1.ini"_s.arg(who));
        const QStringList setUp = saveProfileSources(file, oneSource().sources, singleUserPrincipal(u"norte"_s));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp.join(u"; "_s)));
        const QByteArray before = contents(file);
        ProfileSources changed = oneSource().sources;
        changed.sources.first().baseUrl = QUrl(u"https://crm.example.net/"_s);
        const QStringList errors = saveProfileSources(file, changed, as(who), &audit);
        QCOMPARE(errors.isEmpty(), expected);
        if (expected) {
            QCOMPARE(loadProfileSources(file).sources.source(SourceKind::IspCube)->baseUrl,
                     QUrl(u"https://crm.example.net/"_s));
        } else {
            QCOMPARE(contents(file), before);
            QVERIFY(errors.constFirst().contains(u"editing the profile's settings needs the profile admin role"_s));
        }
        QCOMPARE(
            Test::scalar(cache->connection(), u"SELECT outcome FROM audit_log WHERE action = 'profile-settings.save'"_s)
                .toString(),
            expected ? u"ok"_s : u"denied"_s);
    }

    void sources_withoutPrincipal_followTheProfilesSignIn()
    {
        // The two-argument save acts for the profile's default principal: the OS user, or nobody.
        QTemporaryDir root;
        const QString dir = QDir(root.path()).filePath(u"profiles/norte"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(u"settings.ini"_s);
        QVERIFY(saveProfileSources(file, oneSource().sources).isEmpty());
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QLatin1StringView(signInRequiredKey), true);
        }
        const QByteArray before = contents(file);
        ProfileSources changed = oneSource().sources;
        changed.sources.first().enabled = false;
        QVERIFY(saveProfileSources(file, changed).constFirst().contains(u"Nobody is signed in"_s));
        QCOMPARE(contents(file), before);
        QVERIFY(!Triage::Thresholds::defaults().save(file));
        QCOMPARE(contents(file), before);
    }

    void snmpAdministration_data()
    {
        roles_data();
        addRows({"global-admin", "profile-admin"});
    }

    void snmpAdministration()
    {
        QFETCH(QString, who);
        QFETCH(bool, expected);
        auto cache = newCache();
        QVERIFY(cache);
        Snmp::SnmpStore store(cache->connection());
        store.setActor(as(who));
        Snmp::SnmpOlt olt;
        olt.name = u"OLT Centro"_s;
        olt.host = u"10.0.0.2"_s;
        const auto inserted = store.insertOlt(olt);
        QCOMPARE(inserted.ok(), expected);
        QCOMPARE(countRows(*cache, u"SELECT COUNT(*) FROM snmp_olts"_s), expected ? 1 : 0);
        if (!expected) {
            QCOMPARE(inserted.error.kind, Snmp::StoreError::Kind::Denied);
            QVERIFY(inserted.error.message.contains(u"administering SNMP monitoring"_s));
            // Nor any other admin write.
            QCOMPARE(store.setOltsEnabled({1}, false).error.kind, Snmp::StoreError::Kind::Denied);
            QCOMPARE(store.deleteJob(1).kind, Snmp::StoreError::Kind::Denied);
        } else {
            QVERIFY(!store.deleteOlt(*inserted.value).isError());
        }
        QCOMPARE(Test::scalar(cache->connection(), u"SELECT outcome FROM audit_log WHERE action = 'snmp.olt.insert'"_s)
                     .toString(),
                 expected ? u"ok"_s : u"denied"_s);
        // The monitor's own writes (no actor) are not the admin's and need no one.
        Snmp::SnmpStore internal(cache->connection());
        Snmp::SnmpBrand brand;
        brand.name = u"Huawei"_s;
        brand.enterprise = 2011;
        QVERIFY(internal.insertBrand(brand).ok());
    }

    void diagnosis_data()
    {
        roles_data();
        addRows({"global-admin", "profile-admin", "operator", "technician", "viewer"});
    }

    void diagnosis()
    {
        QFETCH(QString, who);
        QFETCH(bool, expected);
        auto cache = newCache(true);
        QVERIFY(cache);
        Diagnosis::DiagnosisReport last;
        {
            Diagnosis::DiagnosisService service(cache.get(), u"norte"_s, {}, nullptr);
            Diagnosis::DiagnosisOptions options;
            options.offline = true;
            service.setOptions(options);
            service.setPrincipal(as(who));
            QSignalSpy reports(&service, &Diagnosis::DiagnosisService::reportUpdated);
            service.diagnose(u"mperez"_s);
            QVERIFY(reports.wait(20000));
            while (!reports.constLast().at(1).value<Diagnosis::DiagnosisReport>().final)
                QVERIFY(reports.wait(20000));
            last = reports.constLast().at(1).value<Diagnosis::DiagnosisReport>();
        } // the service has written its audit rows when it is gone
        QVERIFY(last.final);
        if (expected) {
            QVERIFY2(last.error.isEmpty(), qPrintable(last.error));
            QVERIFY(!last.cached.secrets.isEmpty() || last.cached.connection.has_value());
        } else {
            QVERIFY(last.error.contains(u"Nobody is signed in"_s));
            QVERIFY(last.cached.secrets.isEmpty()); // nothing was read for a refused principal
        }
        QCOMPARE(countRows(*cache, u"SELECT COUNT(*) FROM audit_log WHERE action = 'diagnosis'"_s), 1);
        const QString outcome
            = Test::scalar(cache->connection(), u"SELECT outcome FROM audit_log WHERE action = 'diagnosis'"_s)
                  .toString();
        QCOMPARE(outcome, expected ? u"ok"_s : u"denied"_s);
        QCOMPARE(Test::scalar(cache->connection(), u"SELECT target FROM audit_log"_s).toString(), u"mperez"_s);
        if (expected)
            QCOMPARE(Test::scalar(cache->connection(), u"SELECT details FROM audit_log"_s).toString(),
                     Triage::verdictId(last.assessment.headline));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
