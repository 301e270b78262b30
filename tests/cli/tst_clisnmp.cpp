// SPDX-License-Identifier: GPL-3.0-or-later
// beholder-cli snmp test|poll --olt NAME as scripts use them: a profile whose
// cache names two OLTs (a Huawei and a ZTE recording served by snmpsimd), the
// communities in a real keychain (this test runs under scripts/with-keyring.sh),
// the usual jobs, and the JSON and exit codes of docs/cli.md.
#include "cache/cachedatabase.h"
#include "cliprocess.h"
#include "simulator/snmp/simolt.h"
#include "simulator/snmp/snmprecwriter.h"
#include "simulator/snmp/snmpsimagent.h"
#include "snmp/oltsecrets.h"
#include "snmp/snmpseed.h"
#include "snmp/snmpstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Beholder;
using namespace Beholder::Snmp;
using namespace Beholder::Sim;
using namespace Beholder::Test;
using namespace Qt::StringLiterals;

namespace {

SimOlt makeOlt(const QString &name, SimOlt::Layout layout, int onus)
{
    SimOlt olt;
    olt.name = name;
    olt.layout = layout;
    const bool zte = layout == SimOlt::Layout::ZteC320;
    for (int i = 0; i < onus; ++i) {
        SimOnu onu;
        onu.frame = zte ? 1 : 0;
        onu.slot = 1;
        onu.port = 1 + i / 16;
        onu.onuId = zte ? 1 + i % 16 : i % 16;
        onu.serial = (zte ? QByteArray("ZTEG") : QByteArray("HWTC"))
            + QByteArray::fromHex(QByteArray::number(0x20000000 + i, 16));
        onu.description = u"user%1"_s.arg(i);
        onu.state = i % 10 == 3 ? SimOnu::State::Los : SimOnu::State::Online;
        onu.lastDownCause = onu.state == SimOnu::State::Los ? u"LOS"_s : QString();
        if (onu.isOnline())
            onu.rxDbm = -20.0 - i * 0.1;
        olt.onus.append(onu);
    }
    return olt;
}

} // namespace

class TestCliSnmp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SnmpSimAgent> m_agent;

    QString data() const { return m_dir.filePath(u"data"_s); }
    QStringList global() const { return {u"--data-dir"_s, data(), u"--profile"_s, u"demo"_s}; }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        if (!SnmpSimAgent::isAvailable())
            QSKIP("snmpsimd (Debian package snmpsim) is not installed");
        if (qEnvironmentVariableIsEmpty("BEHOLDER_TEST_KEYRING"))
            QSKIP("needs scripts/with-keyring.sh (a private keychain)");
        const QString recordings = m_dir.filePath(u"recordings"_s);
        QVERIFY(QDir().mkpath(recordings));
        for (const SimOlt &olt : {makeOlt(u"olt-norte"_s, SimOlt::Layout::HuaweiMa5600, 40),
                                  makeOlt(u"olt-sur"_s, SimOlt::Layout::ZteC320, 30)}) {
            QString error;
            QVERIFY2(SnmprecWriter::write(olt, recordings + u'/' + SnmprecWriter::fileName(olt), &error),
                     qPrintable(error));
        }
        SnmpSimAgent::Options options;
        options.dataDir = recordings;
        m_agent = std::make_unique<SnmpSimAgent>(options);
        QVERIFY2(m_agent->start(), qPrintable(m_agent->errorString()));

        // A profile with a cache: the demo's, then two SNMP OLTs, the shipped OIDs and the usual jobs.
        const CliRun demo = runCli(global() + QStringList{u"demo"_s, u"init"_s, u"--customers"_s, u"50"_s});
        QVERIFY2(demo.exitCode == 0, demo.explain().constData());
        QList<qint64> ids;
        {
            CacheDatabase cache(data() + u"/profiles/demo/cache.sqlite"_s);
            QString error;
            QVERIFY2(cache.open(&error), qPrintable(error));
            SnmpStore store(cache.connection());
            QVERIFY(!seedBuiltinModel(store).isError());
            for (const QString &name : {u"OLT-NORTE"_s, u"OLT-SUR"_s, u"OLT-MUDA"_s}) {
                SnmpOlt olt;
                olt.name = name;
                olt.host = m_agent->host();
                olt.port = name == u"OLT-MUDA" ? quint16(1) : m_agent->port(); // nobody answers on port 1
                const auto id = store.insertOlt(olt);
                QVERIFY2(id.ok(), qPrintable(id.error.message));
                ids.append(*id.value);
            }
            QVERIFY(!seedUsualJobs(store, ids).isError());
        }
        const QStringList communities{u"olt-norte"_s, u"olt-sur"_s, u"olt-muda"_s};
        for (int i = 0; i < ids.size(); ++i) {
            const CliRun secret = runCli(
                global() + QStringList{u"profile"_s, u"set-secret"_s, oltSecretKey(ids[i], OltSecret::Community)},
                60000, communities[i].toUtf8());
            QVERIFY2(secret.exitCode == 0, secret.explain().constData());
        }
    }

    void cleanupTestCase() { m_agent.reset(); }

    void test_fingerprintsEachVendor_data()
    {
        QTest::addColumn<QString>("olt");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("profile");
        QTest::newRow("Huawei") << u"olt-norte"_s << u"Huawei"_s << u"huawei-ma5600"_s;
        QTest::newRow("ZTE") << u"OLT-SUR"_s << u"ZTE"_s << u"zte-c320"_s;
    }
    void test_fingerprintsEachVendor()
    {
        QFETCH(QString, olt);
        QFETCH(QString, vendor);
        QFETCH(QString, profile);
        const CliRun run = runCli(global() + QStringList{u"snmp"_s, u"test"_s, u"--olt"_s, olt, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.explain().constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"ok"_s).toBool(), true);
        QCOMPARE(json.value(u"vendor"_s).toString(), vendor);
        QCOMPARE(json.value(u"profile"_s).toString(), profile);
        QVERIFY(json.value(u"error"_s).isNull());
        QVERIFY(!json.value(u"sysDescr"_s).toString().isEmpty());

        const CliRun text = runCli(global() + QStringList{u"snmp"_s, u"test"_s, u"--olt"_s, olt});
        QVERIFY2(text.exitCode == 0, text.explain().constData());
        QVERIFY(text.out.contains(QByteArray(QByteArray("profile:    ") + profile.toUtf8())));
    }

    void test_silentOlt_failsWithTheReason()
    {
        const CliRun run = runCli(global() + QStringList{u"snmp"_s, u"test"_s, u"--olt"_s, u"OLT-MUDA"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"ok"_s).toBool(), false);
        QVERIFY(json.value(u"error"_s).toString().contains(u"no answer"_s));
        QVERIFY(run.err.contains("no answer"));
    }

    void poll_runsTheOltsJobsAndCountsItsOnus()
    {
        const CliRun run
            = runCli(global() + QStringList{u"snmp"_s, u"poll"_s, u"--olt"_s, u"olt-norte"_s, u"--json"_s}, 180000);
        QVERIFY2(run.exitCode == 0, run.explain().constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"ok"_s).toBool(), true);
        const QJsonArray executions = json.value(u"executions"_s).toArray();
        QCOMPARE(executions.size(), 3);
        QCOMPARE(executions.at(0).toObject().value(u"kind"_s).toString(), u"discovery"_s); // first
        for (const QJsonValue &e : executions) {
            QCOMPARE(e.toObject().value(u"status"_s).toString(), u"success"_s);
            QCOMPARE(e.toObject().value(u"onus"_s).toInt(), 40);
            QCOMPARE(e.toObject().value(u"attempts"_s).toInt(), 1);
        }
        QCOMPARE(json.value(u"onus"_s).toInt(), 40);
        const QJsonObject states = json.value(u"states"_s).toObject();
        QCOMPARE(states.value(u"los"_s).toInt(), 4);
        QCOMPARE(states.value(u"online"_s).toInt(), 36);

        const CliRun text = runCli(global() + QStringList{u"snmp"_s, u"poll"_s, u"--olt"_s, u"OLT-SUR"_s}, 180000);
        QVERIFY2(text.exitCode == 0, text.explain().constData());
        QVERIFY2(text.out.contains("OLT OLT-SUR: 30 ONUs (27 online, 3 los)"), text.explain().constData());
    }

    void poll_failingOlt_exitsOneWithAttemptsRecorded()
    {
        const CliRun run = runCli(
            global()
                + QStringList{u"snmp"_s, u"poll"_s, u"--olt"_s, u"OLT-MUDA"_s, u"--json"_s, u"--timeout"_s, u"5"_s},
            60000);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"ok"_s).toBool(), false);
        const QJsonArray executions = json.value(u"executions"_s).toArray();
        QVERIFY(!executions.isEmpty());
        // The first attempt timed out and waits for its retry (300 s) when --timeout gives up: interrupted.
        QCOMPARE(executions.at(0).toObject().value(u"status"_s).toString(), u"interrupted"_s);
        QCOMPARE(executions.at(0).toObject().value(u"attempts"_s).toInt(), 1);
    }

    void usage_unknownOltAndMissingOption()
    {
        const CliRun unknown = runCli(global() + QStringList{u"snmp"_s, u"test"_s, u"--olt"_s, u"nowhere"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no SNMP OLT named 'nowhere'"));
        QVERIFY(unknown.err.contains("OLT-NORTE"));
        const CliRun missing = runCli(global() + QStringList{u"snmp"_s, u"poll"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--olt NAME is required"));
    }
};

QTEST_GUILESS_MAIN(TestCliSnmp)
#include "tst_clisnmp.moc"
