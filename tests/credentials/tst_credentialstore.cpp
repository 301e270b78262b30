// SPDX-License-Identifier: GPL-3.0-or-later
// The credential store contract, through the in-memory store: asynchronous
// callbacks that never outlive the store or their context, per-profile
// namespaces, refused keys and values, reading a profile's secrets at once,
// and how keys are named in the OS keychain.
#include "credentials/keychaincredentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "credentials/readsecrets.h"
#include "sources/sourceconfig.h"
#include "testsupport.h"

#include <QPointer>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;

namespace {

// What a helper returns when the store never called back: an error no store
// gives, so that the comparison that follows fails and says why.
template<typename T>
T noCallback()
{
    const CredentialError error = CredentialError::make(CredentialError::Kind::Other, u"test: no callback in time"_s);
    if constexpr (std::is_same_v<T, CredentialResult>)
        return CredentialResult{{}, error};
    else
        return error;
}

CredentialResult readNow(CredentialStore &store, const QString &key)
{
    std::optional<CredentialResult> result;
    store.read(key, nullptr, [&result](const CredentialResult &read) { result = read; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return noCallback<decltype(result)::value_type>();
    return *result;
}

CredentialError writeNow(CredentialStore &store, const QString &key, const QString &value)
{
    std::optional<CredentialError> result;
    store.write(key, value, nullptr, [&result](const CredentialError &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return noCallback<decltype(result)::value_type>();
    return *result;
}

CredentialError removeNow(CredentialStore &store, const QString &key)
{
    std::optional<CredentialError> result;
    store.remove(key, nullptr, [&result](const CredentialError &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return noCallback<decltype(result)::value_type>();
    return *result;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateFromUserData(); }

    void writeReadOverwriteRemove()
    {
        MemoryCredentialStore store(u"isp1"_s);
        const QString key = SecretKeys::smartOltToken();
        QCOMPARE(toString(writeNow(store, key, u"first"_s).kind), toString(CredentialError::Kind::None));
        QCOMPARE(readNow(store, key).value, u"first"_s);
        QCOMPARE(toString(writeNow(store, key, u"second"_s).kind), toString(CredentialError::Kind::None));
        QCOMPARE(readNow(store, key).value, u"second"_s);
        QCOMPARE(toString(removeNow(store, key).kind), toString(CredentialError::Kind::None));
        const CredentialResult gone = readNow(store, key);
        QCOMPARE(toString(gone.error.kind), toString(CredentialError::Kind::NotFound));
        QVERIFY(gone.value.isEmpty());
    }

    void notFound_namesTheKeyAndProfile()
    {
        MemoryCredentialStore store(u"isp1"_s);
        const CredentialResult read = readNow(store, SecretKeys::ispCubePassword());
        QCOMPARE(toString(read.error.kind), toString(CredentialError::Kind::NotFound));
        QVERIFY2(read.error.message.contains(u"ispcube/password"_s), qPrintable(read.error.message));
        QVERIFY2(read.error.message.contains(u"isp1"_s), qPrintable(read.error.message));
    }

    void removingAMissingKey_succeeds()
    {
        MemoryCredentialStore store(u"isp1"_s);
        QCOMPARE(toString(removeNow(store, SecretKeys::routerPassword(7)).kind), toString(CredentialError::Kind::None));
    }

    void profiles_areSeparateNamespaces()
    {
        const auto shared = std::make_shared<MemorySecrets>();
        MemoryCredentialStore norte(u"norte"_s, shared);
        MemoryCredentialStore sur(u"sur"_s, shared);
        const QString key = SecretKeys::routerPassword(12);
        QCOMPARE(toString(writeNow(norte, key, u"norte-pw"_s).kind), toString(CredentialError::Kind::None));
        QCOMPARE(toString(writeNow(sur, key, u"sur-pw"_s).kind), toString(CredentialError::Kind::None));
        QCOMPARE(readNow(norte, key).value, u"norte-pw"_s);
        QCOMPARE(readNow(sur, key).value, u"sur-pw"_s);
        QCOMPARE(toString(removeNow(norte, key).kind), toString(CredentialError::Kind::None));
        QCOMPARE(readNow(sur, key).value, u"sur-pw"_s);
        QCOMPARE(shared->keys(u"norte"_s), QStringList());
        QCOMPARE(shared->keys(u"sur"_s), QStringList{key});
    }

    void storesShareValues_onlyThroughTheSameSecrets()
    {
        MemoryCredentialStore writer(u"demo"_s, MemorySecrets::session());
        MemoryCredentialStore sameSession(u"demo"_s, MemorySecrets::session());
        MemoryCredentialStore privateStore(u"demo"_s);
        QCOMPARE(toString(writeNow(writer, SecretKeys::smartOltToken(), u"t0k3n"_s).kind),
                 toString(CredentialError::Kind::None));
        QCOMPARE(readNow(sameSession, SecretKeys::smartOltToken()).value, u"t0k3n"_s);
        QCOMPARE(toString(readNow(privateStore, SecretKeys::smartOltToken()).error.kind),
                 toString(CredentialError::Kind::NotFound));
        QCOMPARE(toString(removeNow(writer, SecretKeys::smartOltToken()).kind), toString(CredentialError::Kind::None));
    }

    void callbacks_neverRunInsideTheCall()
    {
        MemoryCredentialStore store(u"isp1"_s);
        bool called = false;
        store.write(u"a/b"_s, u"v"_s, nullptr, [&called](const CredentialError &) { called = true; });
        QVERIFY(!called);
        QCOMPARE(store.pendingCount(), 1);
        bool refusedCalled = false;
        store.read(u"not a key"_s, nullptr, [&refusedCalled](const CredentialResult &) { refusedCalled = true; });
        QVERIFY(!refusedCalled);
        QTRY_VERIFY(called && refusedCalled);
        QCOMPARE(store.pendingCount(), 0);
    }

    void destroyedContext_dropsTheCallback()
    {
        MemoryCredentialStore store(u"isp1"_s);
        auto context = std::make_unique<QObject>();
        bool called = false;
        store.read(u"a/b"_s, context.get(), [&called](const CredentialResult &) { called = true; });
        context.reset();
        // A later operation on the same store finishing means the first was delivered (or dropped).
        QCOMPARE(toString(readNow(store, u"a/b"_s).error.kind), toString(CredentialError::Kind::NotFound));
        QVERIFY(!called);
    }

    void destroyedStore_dropsTheCallback()
    {
        auto store = std::make_unique<MemoryCredentialStore>(u"isp1"_s);
        bool called = false;
        store->write(u"a/b"_s, u"v"_s, nullptr, [&called](const CredentialError &) { called = true; });
        store.reset();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!called);
    }

    void aCallbackMayDestroyTheStore()
    {
        QPointer<MemoryCredentialStore> store = new MemoryCredentialStore(u"isp1"_s);
        bool called = false;
        store->read(u"a/b"_s, nullptr, [&store, &called](const CredentialResult &) {
            called = true;
            delete store.data();
        });
        QTRY_VERIFY(called);
        QVERIFY(!store);
    }

    void invalidKeys_areRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << u"ispcube/pass word"_s;
        QTest::newRow("accent") << u"contraseña"_s;
        QTest::newRow("colon") << u"a:b"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("newline") << u"a\nb"_s;
        QTest::newRow("too long") << QString(CredentialStore::maxKeyLength + 1, u'k');
    }

    void invalidKeys_areRefused()
    {
        QFETCH(QString, key);
        MemoryCredentialStore store(u"isp1"_s);
        QCOMPARE(toString(writeNow(store, key, u"v"_s).kind), toString(CredentialError::Kind::Invalid));
        QCOMPARE(toString(readNow(store, key).error.kind), toString(CredentialError::Kind::Invalid));
        QCOMPARE(toString(removeNow(store, key).kind), toString(CredentialError::Kind::Invalid));
        QCOMPARE(store.secrets()->keys(u"isp1"_s), QStringList());
    }

    void anInvalidProfileName_isRefused()
    {
        // The name becomes the keychain namespace: "beholder/../x" must never happen.
        MemoryCredentialStore store(u"../x"_s);
        QCOMPARE(toString(writeNow(store, u"k"_s, u"v"_s).kind), toString(CredentialError::Kind::Invalid));
        QCOMPARE(store.secrets()->keys(u"../x"_s), QStringList());
    }

    void everySecretKey_isAValidKey()
    {
        for (const QString &key : {SecretKeys::ispCubePassword(), SecretKeys::ispCubeApiKey(),
                                   SecretKeys::smartOltToken(), SecretKeys::cnMaestroClientSecret(),
                                   SecretKeys::routerPassword(1), SecretKeys::routerPassword(9'007'199'254'740'991)})
            QVERIFY2(!CredentialStore::checkKey(key).isError(), qPrintable(key));
    }

    void values_areCheckedBeforeStoring_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty (RouterOS allows it)") << QString() << true;
        QTest::newRow("unicode") << u"contraseña-ñandú-日本語-🔑 \"'\\"_s << true;
        QTest::newRow("at the limit") << QString(CredentialStore::maxValueBytes, u'x') << true;
        QTest::newRow("one byte over") << QString(CredentialStore::maxValueBytes + 1, u'x') << false;
        // 3 bytes each in UTF-8: the limit is in bytes, not characters.
        QTest::newRow("over in UTF-8 bytes") << QString(CredentialStore::maxValueBytes / 3 + 1, u'€') << false;
        QTest::newRow("NUL inside") << u"abc"_s + QChar(u'\0') + u"def"_s << false;
    }

    void values_areCheckedBeforeStoring()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        MemoryCredentialStore store(u"isp1"_s);
        const CredentialError written = writeNow(store, u"k"_s, value);
        if (accepted) {
            QCOMPARE(toString(written.kind), toString(CredentialError::Kind::None));
            QCOMPARE(readNow(store, u"k"_s).value, value);
        } else {
            QCOMPARE(toString(written.kind), toString(CredentialError::Kind::Invalid));
            QCOMPARE(toString(readNow(store, u"k"_s).error.kind), toString(CredentialError::Kind::NotFound));
        }
    }

    void forcedErrors_readLikeARealKeychain()
    {
        MemoryCredentialStore store(u"isp-norte"_s);
        store.setForcedError(CredentialError::Kind::NoBackend);
        const CredentialResult read = readNow(store, SecretKeys::smartOltToken());
        QCOMPARE(toString(read.error.kind), toString(CredentialError::Kind::NoBackend));
        QVERIFY2(read.error.message.startsWith(u"No OS keychain is available"_s), qPrintable(read.error.message));
        QVERIFY(read.error.message.contains(u"isp-norte"_s));
        store.setForcedError(CredentialError::Kind::AccessDenied);
        QCOMPARE(toString(writeNow(store, u"k"_s, u"v"_s).kind), toString(CredentialError::Kind::AccessDenied));
        store.setForcedError(std::nullopt);
        QCOMPARE(toString(writeNow(store, u"k"_s, u"v"_s).kind), toString(CredentialError::Kind::None));
    }

    void readSecrets_reportsFoundAndMissing()
    {
        MemoryCredentialStore store(u"isp1"_s);
        QCOMPARE(toString(writeNow(store, SecretKeys::ispCubePassword(), u"pw"_s).kind),
                 toString(CredentialError::Kind::None));
        QCOMPARE(toString(writeNow(store, SecretKeys::routerPassword(3), u"router-pw"_s).kind),
                 toString(CredentialError::Kind::None));
        const QStringList keys{SecretKeys::ispCubePassword(), SecretKeys::ispCubeApiKey(),
                               SecretKeys::routerPassword(3), SecretKeys::smartOltToken(),
                               SecretKeys::ispCubePassword()};
        std::optional<SecretsResult> result;
        readSecrets(&store, keys, this, [&result](const SecretsResult &read) { result = read; });
        QVERIFY(!result);
        QTRY_VERIFY(result);
        QVERIFY(!result->error.isError());
        QVERIFY(!result->complete());
        QCOMPARE(result->found.size(), 2);
        QCOMPARE(result->found.value(SecretKeys::ispCubePassword()), u"pw"_s);
        QCOMPARE(result->found.value(SecretKeys::routerPassword(3)), u"router-pw"_s);
        QCOMPARE(result->missing, (QStringList{SecretKeys::ispCubeApiKey(), SecretKeys::smartOltToken()}));
    }

    void readSecrets_stopsAtTheFirstRealError()
    {
        MemoryCredentialStore store(u"isp1"_s);
        store.setForcedError(CredentialError::Kind::NoBackend);
        std::optional<SecretsResult> result;
        readSecrets(&store, {u"a"_s, u"b"_s, u"c"_s}, this, [&result](const SecretsResult &read) { result = read; });
        QTRY_VERIFY(result);
        QCOMPARE(toString(result->error.kind), toString(CredentialError::Kind::NoBackend));
        QVERIFY(result->found.isEmpty());
        QVERIFY(result->missing.isEmpty());
        QCOMPARE(store.pendingCount(), 0); // "b" and "c" were never asked for
    }

    void readSecrets_ofNothing_answersLater()
    {
        MemoryCredentialStore store(u"isp1"_s);
        std::optional<SecretsResult> result;
        readSecrets(&store, {}, this, [&result](const SecretsResult &read) { result = read; });
        QVERIFY(!result);
        QTRY_VERIFY(result);
        QVERIFY(result->complete());
    }

    void readSecrets_dropsTheAnswer_whenTheContextGoes()
    {
        MemoryCredentialStore store(u"isp1"_s);
        auto context = std::make_unique<QObject>();
        bool called = false;
        readSecrets(&store, {u"a"_s, u"b"_s}, context.get(), [&called](const SecretsResult &) { called = true; });
        context.reset();
        QTRY_COMPARE(store.pendingCount(), 0);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void keychainNames_areNamespacedPerProfile()
    {
        using Platform = KeychainCredentialStore::Platform;
        QCOMPARE(KeychainCredentialStore::serviceName(u"isp-norte"_s), u"beholder/isp-norte"_s);
        QCOMPARE(KeychainCredentialStore::platformKey(u"isp-norte"_s, u"ispcube/password"_s, Platform::Unix),
                 u"ispcube/password"_s);
        QCOMPARE(KeychainCredentialStore::platformKey(u"isp-norte"_s, u"ispcube/password"_s, Platform::Apple),
                 u"ispcube/password"_s);
        // Windows ignores the service: the key carries the profile.
        QCOMPARE(KeychainCredentialStore::platformKey(u"isp-norte"_s, u"ispcube/password"_s, Platform::Windows),
                 u"beholder/isp-norte/ispcube/password"_s);
        QVERIFY(KeychainCredentialStore::platformKey(u"a"_s, u"k"_s, Platform::Windows)
                != KeychainCredentialStore::platformKey(u"b"_s, u"k"_s, Platform::Windows));
    }

    void errorKinds_haveStableNames()
    {
        QCOMPARE(toString(CredentialError::Kind::NotFound), u"not-found"_s);
        QCOMPARE(toString(CredentialError::Kind::NoBackend), u"no-backend"_s);
        QCOMPARE(toString(CredentialError::Kind::AccessDenied), u"access-denied"_s);
        QCOMPARE(toString(CredentialError::Kind::Timeout), u"timeout"_s);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
