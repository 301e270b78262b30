// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles are isolated as wholes: cache, settings and keychain namespace.
// Renaming moves all three, deleting removes all three, and neither touches
// another profile. Runs against the real Secret Service that
// scripts/with-keyring.sh starts (gnome-keyring), and against a memory store
// that fails on demand for the undo paths.
#include "cache/cachedatabase.h"
#include "credentials/keychaincredentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "profile/profile.h"
#include "profile/profilemanager.h"
#include "snmp/oltsecrets.h"
#include "sources/profilelifecycle.h"
#include "sources/profilesecretkeys.h"
#include "sources/sourceconfig.h"
#include "sources/sourcesettings.h"
#include "sync/synclock.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int waitMs = 30000;
constexpr qint64 routerNode = 7;

CredentialResult readNow(CredentialStore &store, const QString &key)
{
    std::optional<CredentialResult> result;
    store.read(key, nullptr, [&result](const CredentialResult &read) { result = read; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return {{}, CredentialError::make(CredentialError::Kind::Other, u"test: no callback in time"_s)};
    return *result;
}

CredentialError writeNow(CredentialStore &store, const QString &key, const QString &value)
{
    std::optional<CredentialError> result;
    store.write(key, value, nullptr, [&result](const CredentialError &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return CredentialError::make(CredentialError::Kind::Other, u"test: no callback in time"_s);
    return *result;
}

ProfileLifecycle::Outcome wait(ProfileLifecycle &lifecycle, const std::function<void(ProfileLifecycle::Done)> &start)
{
    std::optional<ProfileLifecycle::Outcome> outcome;
    start([&outcome](const ProfileLifecycle::Outcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, waitMs))
        return {u"test: the lifecycle never called back"_s, {}};
    Q_UNUSED(lifecycle)
    return *outcome;
}

// One ISP with a SmartOLT token, a router password and an SNMP OLT community.
ProfileSources sourcesWithRouter()
{
    ProfileSources sources;
    SourceConfig smartolt;
    smartolt.kind = SourceKind::SmartOlt;
    smartolt.baseUrl = QUrl(u"https://isp.smartolt.com/api/"_s);
    sources.sources << smartolt;
    RouterConfig router;
    router.nodeId = routerNode;
    router.name = u"CCR-01"_s;
    router.host = u"10.0.0.1"_s;
    router.user = u"api"_s;
    sources.routers << router;
    return sources;
}

} // namespace

class TestProfileIsolation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    qint64 m_oltId = 0;

    std::unique_ptr<CredentialStore> keychain(const QString &profile)
    {
        auto store = std::make_unique<KeychainCredentialStore>(profile);
        return store;
    }

    // A profile on disk with settings, a cache holding one SNMP OLT, and its
    // secrets (values carry the profile's name so a leak would show).
    void makeProfile(const QString &name)
    {
        const std::optional<Profile> profile = ProfileManager(m_root.path()).openOrCreate(name);
        QVERIFY(profile);
        QCOMPARE(saveProfileSources(*profile, sourcesWithRouter()), QStringList());
        CacheDatabase cache(profile->cacheFile());
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QSqlQuery insert(cache.connection());
        QVERIFY(insert.exec(u"INSERT INTO snmp_olts (name, host, created_at, updated_at) "
                            "VALUES ('OLT-1', '127.0.0.1', 0, 0)"_s));
        m_oltId = insert.lastInsertId().toLongLong();
        auto store = keychain(name);
        QVERIFY2(!writeNow(*store, SecretKeys::smartOltToken(), u"token-of-"_s + name).isError(),
                 "keychain write failed");
        QVERIFY2(!writeNow(*store, SecretKeys::routerPassword(routerNode), u"router-of-"_s + name).isError(),
                 "keychain write failed");
        QVERIFY2(!writeNow(*store, Snmp::oltSecretKey(m_oltId, Snmp::OltSecret::Community), u"community-of-"_s + name)
                      .isError(),
                 "keychain write failed");
    }

    void expectSecretsOf(const QString &profile, const QString &owner)
    {
        auto store = keychain(profile);
        QCOMPARE(readNow(*store, SecretKeys::smartOltToken()).value, u"token-of-"_s + owner);
        QCOMPARE(readNow(*store, SecretKeys::routerPassword(routerNode)).value, u"router-of-"_s + owner);
        QCOMPARE(readNow(*store, Snmp::oltSecretKey(m_oltId, Snmp::OltSecret::Community)).value,
                 u"community-of-"_s + owner);
    }

    void expectNoSecrets(const QString &profile)
    {
        auto store = keychain(profile);
        for (const QString &key : {SecretKeys::smartOltToken(), SecretKeys::routerPassword(routerNode),
                                   Snmp::oltSecretKey(m_oltId, Snmp::OltSecret::Community)})
            QVERIFY2(readNow(*store, key).error.kind == CredentialError::Kind::NotFound,
                     qPrintable(profile + u": "_s + key));
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        QVERIFY(m_root.isValid());
        // Fail loudly when the launcher did not give us a keychain, rather than skip.
        auto probe = keychain(u"probe"_s);
        const CredentialError error = writeNow(*probe, u"probe"_s, u"x"_s);
        QVERIFY2(!error.isError(), qPrintable(u"no usable keychain: "_s + error.message));
    }

    void secretKeys_coverSourcesRoutersAndOlts()
    {
        makeProfile(u"keys"_s);
        const QStringList keys = profileSecretKeys(Profile(u"keys"_s, m_root.path()));
        QVERIFY(keys.contains(SecretKeys::smartOltToken()));
        QVERIFY(keys.contains(SecretKeys::routerPassword(routerNode)));
        for (const QString &key : Snmp::allSecretKeys(m_oltId))
            QVERIFY2(keys.contains(key), qPrintable(key));
    }

    void twoProfiles_sameKeys_ownValues()
    {
        makeProfile(u"isp-a"_s);
        makeProfile(u"isp-b"_s);
        expectSecretsOf(u"isp-a"_s, u"isp-a"_s);
        expectSecretsOf(u"isp-b"_s, u"isp-b"_s);
        // Separate caches and settings files.
        const Profile a(u"isp-a"_s, m_root.path());
        const Profile b(u"isp-b"_s, m_root.path());
        QVERIFY(a.cacheFile() != b.cacheFile());
        QVERIFY(a.settingsFile() != b.settingsFile());
    }

    void rename_movesFolderAndSecrets_andNothingElse()
    {
        ProfileManager(m_root.path()).setDefaultProfileName(u"isp-a"_s);
        ProfileLifecycle lifecycle(m_root.path(), [this](const QString &p) { return keychain(p); });
        const auto outcome
            = wait(lifecycle, [&](auto done) { lifecycle.rename(u"isp-a"_s, u"isp-c"_s, std::move(done)); });
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(u"; "_s)));

        const ProfileManager manager(m_root.path());
        QVERIFY(!manager.exists(u"isp-a"_s));
        QVERIFY(manager.exists(u"isp-c"_s));
        QVERIFY(QFile::exists(Profile(u"isp-c"_s, m_root.path()).cacheFile()));
        QCOMPARE(loadProfileSources(Profile(u"isp-c"_s, m_root.path())).sources.routers.size(), 1);
        QCOMPARE(manager.defaultProfileName(), u"isp-c"_s);
        expectSecretsOf(u"isp-c"_s, u"isp-a"_s);
        expectNoSecrets(u"isp-a"_s);
        expectSecretsOf(u"isp-b"_s, u"isp-b"_s);
    }

    void remove_deletesFolderAndSecrets_only()
    {
        ProfileLifecycle lifecycle(m_root.path(), [this](const QString &p) { return keychain(p); });
        const auto outcome = wait(lifecycle, [&](auto done) { lifecycle.remove(u"isp-b"_s, std::move(done)); });
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(!ProfileManager(m_root.path()).exists(u"isp-b"_s));
        QVERIFY(!QDir(Profile(u"isp-b"_s, m_root.path()).directory()).exists());
        expectNoSecrets(u"isp-b"_s);
        expectSecretsOf(u"isp-c"_s, u"isp-a"_s);
    }

    void refusals_leaveEverythingInPlace()
    {
        ProfileLifecycle lifecycle(m_root.path(), [this](const QString &p) { return keychain(p); });
        QVERIFY(ProfileManager(m_root.path()).openOrCreate(Profile::demoName()));
        auto outcome = wait(lifecycle, [&](auto done) { lifecycle.remove(Profile::demoName(), std::move(done)); });
        QVERIFY(outcome.error.contains(u"demo"_s));
        QVERIFY(ProfileManager(m_root.path()).exists(Profile::demoName()));

        outcome = wait(lifecycle, [&](auto done) { lifecycle.rename(u"isp-c"_s, u"ISP-C"_s, std::move(done)); });
        QVERIFY2(outcome.error.contains(u"already exists"_s), qPrintable(outcome.error));
        outcome = wait(lifecycle, [&](auto done) { lifecycle.rename(u"isp-c"_s, u"-bad"_s, std::move(done)); });
        QVERIFY(!outcome.ok());
        outcome = wait(lifecycle, [&](auto done) { lifecycle.rename(u"nope"_s, u"other"_s, std::move(done)); });
        QVERIFY(outcome.error.contains(u"nope"_s));

        SyncLock lock(Profile(u"isp-c"_s, m_root.path()).directory());
        QVERIFY(lock.tryLock());
        outcome = wait(lifecycle, [&](auto done) { lifecycle.remove(u"isp-c"_s, std::move(done)); });
        QVERIFY2(outcome.error.contains(u"sync"_s), qPrintable(outcome.error));
        lock.unlock();
        QVERIFY(ProfileManager(m_root.path()).exists(u"isp-c"_s));
        expectSecretsOf(u"isp-c"_s, u"isp-a"_s);
    }

    // The new namespace refuses writes: the rename is undone, the old profile
    // keeps its folder and every secret.
    void rename_failedSecretCopy_undoesEverything()
    {
        auto secrets = std::make_shared<MemorySecrets>();
        const std::optional<Profile> old = ProfileManager(m_root.path()).openOrCreate(u"mem-old"_s);
        QVERIFY(old);
        QCOMPARE(saveProfileSources(*old, sourcesWithRouter()), QStringList());
        secrets->setValue(u"mem-old"_s, SecretKeys::smartOltToken(), u"t"_s);
        secrets->setValue(u"mem-old"_s, SecretKeys::routerPassword(routerNode), u"r"_s);
        ProfileLifecycle lifecycle(m_root.path(), [secrets](const QString &p) -> std::unique_ptr<CredentialStore> {
            auto store = std::make_unique<MemoryCredentialStore>(p, secrets);
            if (p == u"mem-new")
                store->setForcedError(CredentialError::Kind::AccessDenied);
            return store;
        });
        const auto outcome
            = wait(lifecycle, [&](auto done) { lifecycle.rename(u"mem-old"_s, u"mem-new"_s, std::move(done)); });
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(u"nothing was renamed"_s), qPrintable(outcome.error));
        QVERIFY(ProfileManager(m_root.path()).exists(u"mem-old"_s));
        QVERIFY(!ProfileManager(m_root.path()).exists(u"mem-new"_s));
        QCOMPARE(secrets->keys(u"mem-old"_s).size(), 2);
        QVERIFY(secrets->keys(u"mem-new"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileIsolation)
#include "tst_profileisolation.moc"
