// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainCredentialStore against a real Secret Service: the private, unlocked
// gnome-keyring that scripts/with-keyring.sh starts (CTest runs this test
// through it). Also, in child processes: a machine without any keychain gives
// the plain "no keychain" error, and a keychain that never answers times out.
#include "credentials/keychaincredentialstore.h"
#include "credentials/readsecrets.h"
#include "sources/sourceconfig.h"
#include "testsupport.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

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

constexpr char childVariable[] = "BEHOLDER_KEYCHAIN_TEST_CHILD";
constexpr int waitMs = 30000;

CredentialResult readNow(CredentialStore &store, const QString &key, int timeoutMs = waitMs)
{
    std::optional<CredentialResult> result;
    store.read(key, nullptr, [&result](const CredentialResult &read) { result = read; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return noCallback<decltype(result)::value_type>();
    return *result;
}

CredentialError writeNow(CredentialStore &store, const QString &key, const QString &value, int timeoutMs = waitMs)
{
    std::optional<CredentialError> result;
    store.write(key, value, nullptr, [&result](const CredentialError &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return noCallback<decltype(result)::value_type>();
    return *result;
}

CredentialError removeNow(CredentialStore &store, const QString &key)
{
    std::optional<CredentialError> result;
    store.remove(key, nullptr, [&result](const CredentialError &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return noCallback<decltype(result)::value_type>();
    return *result;
}

bool isChild(const char *mode)
{
    return qgetenv(childVariable) == mode;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        // Never the developer's own keyring: only the launcher's private one.
        if (qEnvironmentVariableIsEmpty("BEHOLDER_TEST_KEYRING") && qEnvironmentVariableIsEmpty(childVariable))
            QFAIL("run through scripts/with-keyring.sh (CTest does), which starts a private keyring");
    }

    void writeReadOverwriteRemove()
    {
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("child process");
        KeychainCredentialStore store(u"tst-a"_s);
        const QString key = SecretKeys::smartOltToken();
        QCOMPARE(toString(writeNow(store, key, u"first-token"_s).kind), toString(CredentialError::Kind::None));
        QCOMPARE(readNow(store, key).value, u"first-token"_s);
        QCOMPARE(toString(writeNow(store, key, u"second-token"_s).kind), toString(CredentialError::Kind::None));
        QCOMPARE(readNow(store, key).value, u"second-token"_s);
        QCOMPARE(toString(removeNow(store, key).kind), toString(CredentialError::Kind::None));
        const CredentialResult gone = readNow(store, key);
        QCOMPARE(toString(gone.error.kind), toString(CredentialError::Kind::NotFound));
        QVERIFY2(gone.error.message.contains(key), qPrintable(gone.error.message));
    }

    void missingKey_isNotFound_andRemovingItSucceeds()
    {
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("child process");
        KeychainCredentialStore store(u"tst-a"_s);
        const CredentialResult read = readNow(store, u"never/written"_s);
        QCOMPARE(toString(read.error.kind), toString(CredentialError::Kind::NotFound));
        QCOMPARE(toString(removeNow(store, u"never/written"_s).kind), toString(CredentialError::Kind::None));
    }

    void profiles_areIsolated()
    {
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("child process");
        KeychainCredentialStore norte(u"tst-norte"_s);
        KeychainCredentialStore sur(u"tst-sur"_s);
        const QString key = SecretKeys::routerPassword(12);
        QCOMPARE(toString(writeNow(norte, key, u"norte-pw"_s).kind), toString(CredentialError::Kind::None));
        QCOMPARE(toString(writeNow(sur, key, u"sur-pw"_s).kind), toString(CredentialError::Kind::None));
        QCOMPARE(readNow(norte, key).value, u"norte-pw"_s);
        QCOMPARE(readNow(sur, key).value, u"sur-pw"_s);
        QCOMPARE(toString(removeNow(norte, key).kind), toString(CredentialError::Kind::None));
        QCOMPARE(toString(readNow(norte, key).error.kind), toString(CredentialError::Kind::NotFound));
        QCOMPARE(readNow(sur, key).value, u"sur-pw"_s);
        QCOMPARE(toString(removeNow(sur, key).kind), toString(CredentialError::Kind::None));
    }

    void unicodeAndLongSecrets_roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("accents and emoji") << u"contraseña-ñandú-日本語-🔑"_s;
        QTest::newRow("quotes and spaces") << u" a \"b\" 'c' \\d "_s;
        QTest::newRow("empty (RouterOS allows it)") << QString();
        QTest::newRow("the longest allowed") << QString(CredentialStore::maxValueBytes, u'z');
    }

    void unicodeAndLongSecrets_roundTrip()
    {
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("child process");
        QFETCH(QString, value);
        KeychainCredentialStore store(u"tst-unicode"_s);
        QCOMPARE(toString(writeNow(store, SecretKeys::cnMaestroClientSecret(), value).kind),
                 toString(CredentialError::Kind::None));
        const CredentialResult read = readNow(store, SecretKeys::cnMaestroClientSecret());
        QCOMPARE(toString(read.error.kind), toString(CredentialError::Kind::None));
        QCOMPARE(read.value, value);
        QCOMPARE(toString(removeNow(store, SecretKeys::cnMaestroClientSecret()).kind),
                 toString(CredentialError::Kind::None));
    }

    void readSecrets_readsAProfileAtOnce()
    {
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("child process");
        KeychainCredentialStore store(u"tst-batch"_s);
        QCOMPARE(toString(writeNow(store, SecretKeys::ispCubePassword(), u"pw"_s).kind),
                 toString(CredentialError::Kind::None));
        QCOMPARE(toString(writeNow(store, SecretKeys::ispCubeApiKey(), u"key"_s).kind),
                 toString(CredentialError::Kind::None));
        std::optional<SecretsResult> result;
        readSecrets(&store, {SecretKeys::ispCubePassword(), SecretKeys::ispCubeApiKey(), SecretKeys::smartOltToken()},
                    this, [&result](const SecretsResult &read) { result = read; });
        QTRY_VERIFY_WITH_TIMEOUT(result, waitMs);
        QVERIFY2(!result->error.isError(), qPrintable(result->error.message));
        QCOMPARE(result->found.value(SecretKeys::ispCubePassword()), u"pw"_s);
        QCOMPARE(result->found.value(SecretKeys::ispCubeApiKey()), u"key"_s);
        QCOMPARE(result->missing, QStringList{SecretKeys::smartOltToken()});
        QCOMPARE(toString(removeNow(store, SecretKeys::ispCubePassword()).kind), toString(CredentialError::Kind::None));
        QCOMPARE(toString(removeNow(store, SecretKeys::ispCubeApiKey()).kind), toString(CredentialError::Kind::None));
    }

    // A store destroyed while its job runs drops the callback; the job itself
    // finishes safely on the keychain thread (ASan would see a freed job).
    void destroyedStore_dropsItsCallback()
    {
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("child process");
        bool called = false;
        auto doomed = std::make_unique<KeychainCredentialStore>(u"tst-doomed"_s);
        doomed->write(u"doomed/key"_s, u"v"_s, nullptr, [&called](const CredentialError &) { called = true; });
        doomed.reset();
        // Jobs run one after another: once this one is done, the first is too.
        KeychainCredentialStore other(u"tst-doomed"_s);
        QCOMPARE(readNow(other, u"doomed/key"_s).value, u"v"_s);
        QCOMPARE(toString(removeNow(other, u"doomed/key"_s).kind), toString(CredentialError::Kind::None));
        QVERIFY(!called);
    }

    // QtKeychain's job queue lives in the thread that first used it. A store on
    // a worker thread that then ends must not leave the keychain dead for
    // everybody else.
    void aStoreOnAWorkerThread_thenOneOnTheMainThread()
    {
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("child process");
        QThread worker;
        worker.setObjectName(u"tst-worker"_s);
        worker.start();
        std::optional<CredentialError> workerWrite;
        QObject inWorker;
        inWorker.moveToThread(&worker);
        QMetaObject::invokeMethod(&inWorker, [&workerWrite] {
            // Lives and dies on the worker thread.
            auto *store = new KeychainCredentialStore(u"tst-thread"_s);
            store->write(u"thread/key"_s, u"from-worker"_s, store, [store, &workerWrite](const CredentialError &e) {
                workerWrite = e;
                store->deleteLater();
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(workerWrite.has_value(), waitMs);
        worker.quit();
        QVERIFY(worker.wait(10000));
        QCOMPARE(toString(workerWrite->kind), toString(CredentialError::Kind::None));

        KeychainCredentialStore mainStore(u"tst-thread"_s);
        QCOMPARE(readNow(mainStore, u"thread/key"_s).value, u"from-worker"_s);
        QCOMPARE(toString(removeNow(mainStore, u"thread/key"_s).kind), toString(CredentialError::Kind::None));
    }

    // No keychain at all (no session bus): the plain message, quickly, after
    // the one retry; never a hang.
    void noKeychain_givesThePlainError()
    {
        if (isChild("no-backend")) {
            KeychainCredentialStore store(u"isp-sin-llavero"_s);
            store.setRetryDelay(50ms);
            store.setTimeout(20s);
            // One retry per operation (the keyring may be starting), then the verdict; both logged.
            const auto expectLogs = [] {
                QTest::ignoreMessage(
                    QtInfoMsg,
                    QRegularExpression(u"^Keychain, profile isp-sin-llavero: not ready .*; retrying in "
                                       "50 ms$"_s));
                QTest::ignoreMessage(QtWarningMsg,
                                     QRegularExpression(u"^Keychain, profile isp-sin-llavero: no backend .*no D-Bus "
                                                        "session bus"_s));
            };
            expectLogs();
            const CredentialResult read = readNow(store, SecretKeys::smartOltToken());
            QCOMPARE(toString(read.error.kind), toString(CredentialError::Kind::NoBackend));
            QCOMPARE(read.error.message,
                     u"No OS keychain is available (Secret Service / KWallet not running): Beholder cannot store or "
                     "read passwords for profile isp-sin-llavero."_s);
            expectLogs();
            const CredentialError written = writeNow(store, SecretKeys::smartOltToken(), u"s3cr3t"_s);
            QCOMPARE(toString(written.kind), toString(CredentialError::Kind::NoBackend));
            QVERIFY(!written.message.contains(u"s3cr3t"_s));
            return;
        }
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("another child");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        runChild(u"no-backend"_s, u"unix:path="_s + dir.filePath(u"no-bus-here"_s));
    }

    // A bus that accepts the connection and never says a word: the store's
    // own timeout answers.
    void silentKeychain_timesOut()
    {
        if (isChild("silent")) {
            QLocalServer silent;
            QVERIFY(silent.listen(qEnvironmentVariable("BEHOLDER_SILENT_SOCKET")));
            KeychainCredentialStore store(u"isp-mudo"_s);
            store.setTimeout(1500ms);
            store.setRetryDelay(50ms);
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"^Keychain, profile isp-mudo: no answer for smartolt/token "
                                                    "within 2 s$"_s));
            const CredentialResult read = readNow(store, SecretKeys::smartOltToken());
            QCOMPARE(toString(read.error.kind), toString(CredentialError::Kind::Timeout));
            QVERIFY2(read.error.message.contains(u"isp-mudo"_s), qPrintable(read.error.message));
            QCOMPARE(store.pendingCount(), 0);
            return;
        }
        if (!qEnvironmentVariableIsEmpty(childVariable))
            QSKIP("another child");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString socket = dir.filePath(u"silent-bus"_s);
        runChild(u"silent"_s, u"unix:path="_s + socket, {{u"BEHOLDER_SILENT_SOCKET"_s, socket}});
    }

private:
    // Runs this test function again in a child process with another session bus.
    void runChild(const QString &mode, const QString &busAddress, const QList<std::pair<QString, QString>> &extra = {})
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), mode);
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
        for (const auto &[name, value] : extra)
            environment.insert(name, value);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(QTest::currentTestFunction())});
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"PASS   : TestKeychain::"_s + QString::fromLatin1(QTest::currentTestFunction())),
                 qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
