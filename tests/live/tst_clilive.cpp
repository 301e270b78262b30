// SPDX-License-Identifier: GPL-3.0-or-later
// `beholder-cli live` end to end: a real profile (settings.ini, cache.sqlite), the router's password in a real
// keychain (this test runs under scripts/with-keyring.sh), the simulated router in this process and the CLI in
// another. One line or one JSON object per run, a user the CRM does not link, nothing left on the router, and
// a non-zero exit with a clear message for each way it cannot work.
#include "cache/cachedatabase.h"
#include "profile/profilemanager.h"
#include "simulator/routeros/routerosserver.h"
#include "sources/sourcesettings.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Beholder;
using namespace Qt::Literals::StringLiterals;
using Beholder::Sim::RouterOsActiveSession;
using Beholder::Sim::RouterOsServer;

namespace {

const QString cli = u"" BEHOLDER_CLI_PATH ""_s;
const QString password = u"cl1-Pa55"_s;
const QString monitorPath = u"/interface/monitor-traffic"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI while this thread's event loop keeps serving the simulated router.
Run run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(cli, arguments);
    process.write(input);
    process.closeWriteChannel();
    loop.exec();
    Run result;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

RouterOsActiveSession activeSession(const QString &name, int n)
{
    RouterOsActiveSession s;
    s.name = name;
    s.callerId = u"AA:BB:CC:00:22:%1"_s.arg(n, 2, 10, QChar(u'0'));
    s.address = u"100.64.1.%1"_s.arg(n);
    s.sessionId = u"0x8100001%1"_s.arg(n);
    s.uptimeSeconds = 600;
    return s;
}

} // namespace

class TestCliLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RouterOsServer> m_server;

    QString data() const { return m_dir.filePath(u"data"_s); }

    RouterConfig router(qint64 nodeId) const
    {
        RouterConfig r;
        r.nodeId = nodeId;
        r.name = u"VMA-CCR-0%1"_s.arg(nodeId);
        r.host = u"127.0.0.1"_s;
        r.port = m_server->port();
        r.user = u"beholder"_s;
        r.timeoutMs = 5000;
        return r;
    }

    // A profile with the small ISP in its cache and these routers in its settings.
    bool makeProfile(const QString &name, const QList<qint64> &routers)
    {
        QString error;
        const std::optional<Profile> profile = ProfileManager(data()).openOrCreate(name, &error);
        if (!profile) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        ProfileSources sources;
        for (qint64 id : routers)
            sources.routers << router(id);
        const QStringList errors = saveProfileSources(*profile, sources);
        if (!errors.isEmpty()) {
            qWarning("%s", qPrintable(errors.join(u"; "_s)));
            return false;
        }
        std::unique_ptr<CacheDatabase> cache = Test::createCache(profile->cacheFile(), Test::smallIsp());
        if (!cache)
            return false;
        cache->closeThreadConnection();
        return true;
    }

    bool setSecret(const QString &profile, const QString &key)
    {
        const Run set = run({u"--data-dir"_s, data(), u"profile"_s, u"set-secret"_s, key, u"--profile"_s, profile},
                            password.toUtf8());
        if (set.exitCode != 0)
            qWarning("set-secret: %s", qPrintable(set.err));
        return set.exitCode == 0;
    }

    Run live(const QString &profile, const QStringList &arguments)
    {
        return run(QStringList{u"--data-dir"_s, data(), u"live"_s, u"--profile"_s, profile} + arguments);
    }

private slots:
    void initTestCase()
    {
        Beholder::Test::isolateFromUserData();
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<RouterOsServer>();
        m_server->setCredentials(u"beholder"_s, password);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        // aperalta has a secret but no session: not connected now.
        m_server->setActiveSessions({activeSession(u"mperez"_s, 1), activeSession(u"rgodoy"_s, 2)});
        m_server->setTrafficLimits({{u"mperez"_s, {300'000, 150'000}}, {u"rgodoy"_s, {50'000, 10'000}}});

        QVERIFY(makeProfile(u"isp"_s, {1, 2}));
        QVERIFY(makeProfile(u"onerouter"_s, {1}));
        QVERIFY(makeProfile(u"nopass"_s, {1, 2}));
        if (qEnvironmentVariableIsEmpty("BEHOLDER_TEST_KEYRING"))
            return; // the keychain tests skip themselves
        QVERIFY(setSecret(u"isp"_s, u"routeros/1/password"_s));
        QVERIFY(setSecret(u"isp"_s, u"routeros/2/password"_s));
        QVERIFY(setSecret(u"onerouter"_s, u"routeros/1/password"_s));
    }

    void cleanupTestCase() { m_server.reset(); }

    void json_unlinkedUserFromItsRouter()
    {
        if (qEnvironmentVariableIsEmpty("BEHOLDER_TEST_KEYRING"))
            QSKIP("needs scripts/with-keyring.sh (a private keychain)");
        const int before = m_server->commandCount(monitorPath);
        const Run result = live(u"isp"_s, {u"rgodoy"_s, u"--samples"_s, u"3"_s, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.out));
        QCOMPARE(object.value(u"user"_s).toString(), u"rgodoy"_s);
        QCOMPARE(object.value(u"router"_s).toString(), u"VMA-CCR-02"_s);
        QCOMPARE(object.value(u"node_id"_s).toInteger(), 2);
        QCOMPARE(object.value(u"linked_in_crm"_s).toBool(true), false);
        QVERIFY(object.value(u"plan_down_mbps"_s).isNull()); // the CRM does not know the user
        QVERIFY(object.value(u"plan_up_mbps"_s).isNull());
        QCOMPARE(object.value(u"saturated"_s).toBool(true), false);
        const QJsonArray samples = object.value(u"samples"_s).toArray();
        QCOMPARE(samples.size(), 3);
        for (const QJsonValue &value : samples) {
            const QJsonObject sample = value.toObject();
            const QDateTime at = QDateTime::fromString(sample.value(u"at"_s).toString(), Qt::ISODateWithMs);
            QVERIFY2(at.isValid(), qPrintable(sample.value(u"at"_s).toString()));
            QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            QVERIFY(sample.value(u"down_mbps"_s).toDouble() > 0.0);
            QVERIFY(sample.value(u"down_mbps"_s).toDouble() <= 50.0);
            QVERIFY(sample.value(u"up_mbps"_s).toDouble() <= 10.0);
        }
        QCOMPARE(m_server->commandCount(monitorPath) - before, 3);
        QTRY_VERIFY(m_server->runningCommands().isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void lines_perSampleThenASummary()
    {
        if (qEnvironmentVariableIsEmpty("BEHOLDER_TEST_KEYRING"))
            QSKIP("needs scripts/with-keyring.sh (a private keychain)");
        const Run result = live(u"isp"_s, {u"mperez"_s, u"--samples"_s, u"2"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        static const QRegularExpression sample(
            uR"(^\d\d:\d\d:\d\d  down +\d+\.\d\d Mbit/s  up +\d+\.\d\d Mbit/s  \(\d+ % of plan\)$)"_s);
        QVERIFY2(sample.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
        QVERIFY2(sample.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"mperez on VMA-CCR-01: 2 samples, down avg "_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(u"plan 300.0 / 150.0 Mbit/s; saturated: no"_s), qPrintable(lines.at(3)));
    }

    void unknownUser_exitsWithAClearMessage()
    {
        const Run result = live(u"isp"_s, {u"nobody"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith(u"beholder-cli: “nobody” is in no router's PPP secrets"_s),
                 qPrintable(result.err));
    }

    void routerNotConfigured_exitsWithAClearMessage()
    {
        const Run result = live(u"onerouter"_s, {u"rgodoy"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"VMA-CCR-02 (node 2), which is not among this profile's routers"_s),
                 qPrintable(result.err));
    }

    void noPasswordInTheKeychain_exitsWithAClearMessage()
    {
        if (qEnvironmentVariableIsEmpty("BEHOLDER_TEST_KEYRING"))
            QSKIP("needs scripts/with-keyring.sh (a private keychain)");
        const Run result = live(u"nopass"_s, {u"rgodoy"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"no password for router VMA-CCR-02 in the OS keychain"_s),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(u"profile set-secret routeros/2/password --profile nopass"_s),
                 qPrintable(result.err));
    }

    void noSample_exitsWithTheRoutersReason()
    {
        if (qEnvironmentVariableIsEmpty("BEHOLDER_TEST_KEYRING"))
            QSKIP("needs scripts/with-keyring.sh (a private keychain)");
        const Run result = live(u"isp"_s, {u"aperalta"_s, u"--samples"_s, u"3"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"no sample of aperalta from VMA-CCR-02: no session: the customer is not "
                                     u"connected"_s),
                 qPrintable(result.err));
        QTRY_VERIFY(m_server->runningCommands().isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void usageErrors()
    {
        Run result = live(u"isp"_s, {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(u"beholder-cli: live needs the PPPoE user"_s), qPrintable(result.err));
        result = live(u"isp"_s, {u"mperez"_s, u"--samples"_s, u"0"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"--samples must be a whole number from 1 to 3600"_s), qPrintable(result.err));
        result = live(u"isp"_s, {u"mperez"_s, u"jmunoz"_s});
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLive)
#include "tst_clilive.moc"
