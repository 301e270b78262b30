// SPDX-License-Identifier: GPL-3.0-or-later
// SNMP monitoring end to end against a real agent: recordings in the Huawei and
// ZTE layouts served by snmpsimd, OLTs and jobs in a real cache file, secrets in
// a credential store, and the monitor's scheduler, poller and store on their
// thread. Discovery and polling over v2c and v3 decode to the recorded ONUs; an
// agent that does not answer gives retries on the backoff schedule and a failed
// execution with its attempts; an interrupted execution is resumed at the next start.
#include "access/accesspolicy.h"
#include "cache/cachedatabase.h"
#include "credentials/memorycredentialstore.h"
#include "simulator/snmp/simolt.h"
#include "simulator/snmp/snmprecwriter.h"
#include "simulator/snmp/snmpsimagent.h"
#include "snmp/oltsecrets.h"
#include "snmp/snmpmonitor.h"
#include "snmp/snmpseed.h"
#include "snmp/snmpstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QUdpSocket>

using namespace Beholder;
using namespace Beholder::Snmp;
using namespace Beholder::Sim;
using namespace Qt::StringLiterals;

namespace {

SimOlt makeOlt(const QString &name, SimOlt::Layout layout, int ports = 3)
{
    SimOlt olt;
    olt.name = name;
    olt.layout = layout;
    const bool zte = layout != SimOlt::Layout::HuaweiMa5600;
    int n = 0;
    for (int port = 1; port <= ports; ++port) {
        for (int id = 1; id <= 12; ++id, ++n) {
            SimOnu onu;
            onu.frame = zte ? 1 : 0;
            onu.slot = 1;
            onu.port = port;
            onu.onuId = id;
            onu.serial = (zte ? QByteArray("ZTEG") : QByteArray("HWTC"))
                + QByteArray::fromHex(QByteArray::number(0x10000000 + n * 7919, 16).right(8));
            onu.description = u"cliente-%1-%2"_s.arg(port).arg(id);
            const int kind = n % 6;
            onu.state = kind == 4 ? SimOnu::State::Los : kind == 5 ? SimOnu::State::DyingGasp : SimOnu::State::Online;
            onu.lastDownCause = kind == 4 ? u"LOS"_s : kind == 5 ? u"dying-gasp"_s : QString();
            if (onu.isOnline()) {
                onu.rxDbm = -18.0 - n * 0.25;
                onu.txDbm = 2.1;
                onu.oltRxDbm = -21.5;
            }
            onu.distanceM = 1200 + n * 10;
            olt.onus.append(onu);
        }
    }
    return olt;
}

quint16 deadUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort(); // closed again when `socket` goes: nobody answers there
}

} // namespace

class TestSnmpMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SnmpSimAgent> m_agent;
    QList<SimOlt> m_olts;
    int m_cacheCount = 0;

    struct Rig
    {
        QString cacheFile;
        std::unique_ptr<CacheDatabase> cache;
        std::unique_ptr<SnmpStore> store;
        std::unique_ptr<MemoryCredentialStore> secrets;
    };

    std::unique_ptr<Rig> makeRig()
    {
        auto rig = std::make_unique<Rig>();
        rig->cacheFile = m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_cacheCount));
        rig->cache = std::make_unique<CacheDatabase>(rig->cacheFile);
        QString error;
        if (!rig->cache->open(&error))
            qFatal("cache: %s", qPrintable(error));
        rig->store = std::make_unique<SnmpStore>(rig->cache->connection());
        rig->secrets = std::make_unique<MemoryCredentialStore>(u"test"_s);
        return rig;
    }

    qint64 addOlt(Rig &rig, const QString &recording, bool v3, quint16 port = 0)
    {
        SnmpOlt olt;
        olt.name = recording.toUpper() + (v3 ? u"-V3"_s : u"-V2C"_s);
        olt.host = u"127.0.0.1"_s;
        olt.port = port ? port : m_agent->port();
        olt.version = v3 ? SnmpTarget::Version::V3 : SnmpTarget::Version::V2c;
        if (v3) {
            olt.v3User = u"beholder"_s;
            olt.v3Context = recording;
        }
        const auto id = rig.store->insertOlt(olt);
        if (!id.ok())
            qFatal("olt: %s", qPrintable(id.error.message));
        const auto secrets = rig.secrets->secrets();
        if (v3) {
            secrets->setValue(u"test"_s, oltSecretKey(*id.value, OltSecret::AuthPassword), u"beholder-auth"_s);
            secrets->setValue(u"test"_s, oltSecretKey(*id.value, OltSecret::PrivPassword), u"beholder-priv"_s);
        } else {
            secrets->setValue(u"test"_s, oltSecretKey(*id.value, OltSecret::Community), recording);
        }
        return *id.value;
    }

    static SnmpMonitorOptions quickOptions()
    {
        SnmpMonitorOptions options;
        options.runJobClock = false;
        options.backoffDivisor = 1000.0; // 300/600/1200 s -> 300/600/1200 ms
        options.snmpTimeoutMs = 300;
        options.snmpRetries = 0;
        return options;
    }

    // Every execution that ended (success, failed or interrupted), recorded from the monitor's creation on:
    // a quick execution may end before its id is even known.
    struct EndRecorder
    {
        QHash<qint64, ExecutionStatus> ended;
        QObject guard;

        explicit EndRecorder(SnmpMonitor &monitor)
        {
            QObject::connect(&monitor, &SnmpMonitor::executionChanged, &guard,
                             [this](qint64 id, ExecutionStatus status, const QString &) {
                                 if (status != ExecutionStatus::Pending && status != ExecutionStatus::Running)
                                     ended.insert(id, status);
                             });
        }
        // Waits until every id has ended; returns their statuses.
        QHash<qint64, ExecutionStatus> waitFor(const QList<qint64> &ids, int timeoutMs)
        {
            const auto allEnded
                = [&] { return std::all_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return ended.contains(id); }); };
            QElapsedTimer clock;
            clock.start();
            while (!allEnded() && clock.elapsed() < timeoutMs)
                QTest::qWait(10);
            QHash<qint64, ExecutionStatus> mine;
            for (const qint64 id : ids)
                if (ended.contains(id))
                    mine.insert(id, ended.value(id));
            return mine;
        }
    };

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        if (!SnmpSimAgent::isAvailable())
            QSKIP("snmpsimd (Debian package snmpsim) is not installed: no agent to test against");
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(u"recordings"_s);
        QVERIFY(QDir().mkpath(data));
        m_olts = {makeOlt(u"olt-huawei"_s, SimOlt::Layout::HuaweiMa5600),
                  makeOlt(u"olt-zte"_s, SimOlt::Layout::ZteC320), makeOlt(u"olt-c600"_s, SimOlt::Layout::ZteC600),
                  // Big enough that walks last a while, so that a burst of jobs overlaps.
                  makeOlt(u"olt-big"_s, SimOlt::Layout::HuaweiMa5600, 30)};
        for (const SimOlt &olt : std::as_const(m_olts)) {
            QString error;
            QVERIFY2(SnmprecWriter::write(olt, data + u'/' + SnmprecWriter::fileName(olt), &error), qPrintable(error));
        }
        SnmpSimAgent::Options options;
        options.dataDir = data;
        m_agent = std::make_unique<SnmpSimAgent>(options);
        QVERIFY2(m_agent->start(), qPrintable(m_agent->errorString()));
    }

    void cleanupTestCase() { m_agent.reset(); }

    void discoveryAndPolling_decodeTheRecordedOnus_data()
    {
        QTest::addColumn<int>("oltIndex");
        QTest::addColumn<bool>("v3");
        QTest::newRow("Huawei MA5600, v2c") << 0 << false;
        QTest::newRow("Huawei MA5600, v3 authPriv SHA/AES") << 0 << true;
        QTest::newRow("ZTE C320, v2c") << 1 << false;
        QTest::newRow("ZTE C320, v3 authPriv SHA/AES") << 1 << true;
        QTest::newRow("ZTE C600, v2c") << 2 << false;
        QTest::newRow("ZTE C600, v3 authPriv SHA/AES") << 2 << true;
    }
    void discoveryAndPolling_decodeTheRecordedOnus()
    {
        QFETCH(int, oltIndex);
        QFETCH(bool, v3);
        const SimOlt &sim = m_olts.at(oltIndex);
        auto rig = makeRig();
        SnmpMonitor monitor(rig->cacheFile, rig->secrets.get(), quickOptions());
        monitor.setPrincipal(Access::singleUserPrincipal(u"snmptest"_s));
        EndRecorder recorder(monitor);
        QSignalSpy started(&monitor, &SnmpMonitor::started);
        monitor.start();
        QVERIFY(started.wait(10000));
        const qint64 oltId = addOlt(*rig, sim.name, v3);
        QVERIFY(!seedUsualJobs(*rig->store, {oltId}).isError());

        QList<qint64> ids;
        QString error;
        bool queued = false;
        monitor.runOlt(oltId, [&](const QList<qint64> &executionIds, const QString &why) {
            ids = executionIds;
            error = why;
            queued = true;
        });
        QTRY_VERIFY(queued);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids.size(), 3); // inventory, status, optical
        const auto ended = recorder.waitFor(ids, 30000);
        QCOMPARE(ended.size(), 3);
        for (const qint64 id : std::as_const(ids)) {
            const auto e = rig->store->execution(id);
            QVERIFY(e.ok());
            QVERIFY2(e.value->status == ExecutionStatus::Success, qPrintable(e.value->error));
            QCOMPARE(e.value->onusSeen.value_or(-1), qint64(sim.onus.size()));
        }

        const auto onus = rig->store->onusForOlt(oltId);
        QVERIFY(onus.ok());
        QCOMPARE(onus.value->size(), sim.onus.size());
        for (const SimOnu &expected : sim.onus) {
            const QString serial = QString::fromLatin1(expected.serial.left(4))
                + QString::fromLatin1(expected.serial.mid(4).toHex()).toUpper();
            const auto found = rig->store->onuBySerial(serial);
            QVERIFY2(found.ok(), qPrintable(serial));
            const OnuReading &r = found.value->reading;
            QCOMPARE(r.onuId, quint32(expected.onuId));
            QCOMPARE(r.port.slot, expected.slot);
            QCOMPARE(r.port.port, expected.port);
            QCOMPARE(r.description, expected.description);
            // The C600 tree only says online or offline.
            const bool twoStates = sim.layout == SimOlt::Layout::ZteC600;
            const OnuRunState state = expected.isOnline() ? OnuRunState::Online
                : twoStates                               ? OnuRunState::Offline
                : expected.state == SimOnu::State::Los    ? OnuRunState::Los
                                                          : OnuRunState::DyingGasp;
            QCOMPARE(toString(r.state), toString(state));
            QCOMPARE(r.rxDbm.has_value(), expected.rxDbm.has_value());
            if (expected.rxDbm)
                QVERIFY2(qAbs(*r.rxDbm - *expected.rxDbm) < 0.011,
                         qPrintable(u"%1: %2 vs %3"_s.arg(serial).arg(*r.rxDbm).arg(*expected.rxDbm)));
        }
        const auto counts = rig->store->onuCounts(oltId);
        QVERIFY(counts.ok());
        const bool twoStates = sim.layout == SimOlt::Layout::ZteC600;
        QCOMPARE(counts.value->count(OnuRunState::Online), qint64(24));
        QCOMPARE(counts.value->count(OnuRunState::Los), qint64(twoStates ? 0 : 6));
        QCOMPARE(counts.value->count(OnuRunState::DyingGasp), qint64(twoStates ? 0 : 6));
        QCOMPARE(counts.value->count(OnuRunState::Offline), qint64(twoStates ? 12 : 0));
    }

    void wrongCommunity_failsWithAttemptsOnTheBackoffSchedule()
    {
        auto rig = makeRig();
        SnmpMonitorOptions options = quickOptions();
        QueuePolicy polling = QueuePolicy::forKind(JobKind::Polling); // 2 retries, 300/600 s -> 300/600 ms
        options.pollingPolicy = polling;
        SnmpMonitor monitor(rig->cacheFile, rig->secrets.get(), options);
        monitor.setPrincipal(Access::singleUserPrincipal(u"snmptest"_s));
        EndRecorder recorder(monitor);
        QSignalSpy started(&monitor, &SnmpMonitor::started);
        monitor.start();
        QVERIFY(started.wait(10000));
        const qint64 oltId = addOlt(*rig, u"olt-huawei"_s, false);
        rig->secrets->secrets()->setValue(u"test"_s, oltSecretKey(oltId, OltSecret::Community), u"wrong"_s);
        SnmpOlt olt = *rig->store->olt(oltId).value;
        olt.profileId = u"huawei-ma5600"_s; // straight to the walk
        QVERIFY(!rig->store->updateOlt(olt).isError());
        SnmpJob job;
        job.name = u"status"_s;
        job.kind = JobKind::Polling;
        job.oltIds = {oltId};
        const auto jobId = rig->store->insertJob(job);
        QVERIFY(jobId.ok());
        QList<qint64> ids;
        monitor.runOlt(oltId, [&](const QList<qint64> &executionIds, const QString &) { ids = executionIds; });
        QTRY_COMPARE(ids.size(), 1);
        const auto ended = recorder.waitFor(ids, 20000);
        QCOMPARE(toString(ended.value(ids.first(), ExecutionStatus::Pending)), u"failed"_s);
        const auto e = rig->store->execution(ids.first());
        QVERIFY(e.value->error.contains(u"wrong community"_s));
        const auto attempts = rig->store->attempts(ids.first());
        QVERIFY(attempts.ok());
        QCOMPARE(attempts.value->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attempts.value->at(i).attempt, i + 1);
            QCOMPARE(toString(attempts.value->at(i).outcome), u"timeout"_s);
            QCOMPARE(attempts.value->at(i).nextRetryAt.has_value(), i < 2);
        }
    }

    void interruptedExecution_isResumedAtTheNextStart()
    {
        auto rig = makeRig();
        SnmpMonitorOptions options = quickOptions();
        options.snmpTimeoutMs = 5000; // the walk is still waiting when the app closes
        qint64 interrupted = 0;
        const qint64 oltId = addOlt(*rig, u"olt-huawei"_s, false, deadUdpPort());
        SnmpOlt olt = *rig->store->olt(oltId).value;
        olt.profileId = u"huawei-ma5600"_s;
        QVERIFY(!rig->store->updateOlt(olt).isError());
        SnmpJob job;
        job.name = u"inventory"_s;
        job.kind = JobKind::Discovery;
        job.oltIds = {oltId};
        QVERIFY(rig->store->insertJob(job).ok());
        {
            SnmpMonitor monitor(rig->cacheFile, rig->secrets.get(), options);
            monitor.setPrincipal(Access::singleUserPrincipal(u"snmptest"_s));
            QSignalSpy started(&monitor, &SnmpMonitor::started);
            monitor.start();
            QVERIFY(started.wait(10000));
            QList<qint64> ids;
            monitor.runOlt(oltId, [&](const QList<qint64> &executionIds, const QString &) { ids = executionIds; });
            QTRY_COMPARE(ids.size(), 1);
            interrupted = ids.first();
            QTRY_COMPARE(toString(rig->store->execution(interrupted).value->status), u"running"_s);
        } // the app exits mid-walk
        QCOMPARE(toString(rig->store->execution(interrupted).value->status), u"interrupted"_s);

        SnmpMonitor again(rig->cacheFile, rig->secrets.get(), options);
        QSignalSpy started(&again, &SnmpMonitor::started);
        again.start();
        QVERIFY(started.wait(10000));
        ExecutionFilter filter;
        filter.oltId = oltId;
        const auto executions = rig->store->listExecutions(filter);
        QVERIFY(executions.ok());
        QCOMPARE(executions.value->size(), 2);
        const SnmpExecution &resumed = executions.value->first(); // newest first
        QCOMPARE(resumed.resumedFrom.value_or(0), interrupted);
        QVERIFY(resumed.status == ExecutionStatus::Pending || resumed.status == ExecutionStatus::Running);
    }

    void burstOfTwentyJobs_keepsThePerOltLockAndTheQueueLimits()
    {
        auto rig = makeRig();
        SnmpMonitor monitor(rig->cacheFile, rig->secrets.get(), quickOptions());
        monitor.setPrincipal(Access::singleUserPrincipal(u"snmptest"_s));
        // Who runs when, in the order the monitor says it: a start is the first "running" of an execution.
        QList<std::pair<qint64, bool>> events; // (execution, started: true / ended: false)
        QSet<qint64> started;
        QHash<qint64, ExecutionStatus> ended;
        QObject guard;
        connect(&monitor, &SnmpMonitor::executionChanged, &guard,
                [&](qint64 id, ExecutionStatus status, const QString &) {
                    if (status == ExecutionStatus::Running && !started.contains(id)) {
                        started.insert(id);
                        events.append({id, true});
                    } else if (status != ExecutionStatus::Pending && status != ExecutionStatus::Running) {
                        ended.insert(id, status);
                        events.append({id, false});
                    }
                });
        QSignalSpy up(&monitor, &SnmpMonitor::started);
        monitor.start();
        QVERIFY(up.wait(10000));
        QList<qint64> olts;
        for (int i = 0; i < 6; ++i) {
            const qint64 id = addOlt(*rig, u"olt-big"_s, false);
            SnmpOlt olt = *rig->store->olt(id).value;
            olt.name = u"OLT-BIG-%1"_s.arg(i);
            olt.profileId = u"huawei-ma5600"_s;
            QVERIFY(!rig->store->updateOlt(olt).isError());
            olts.append(id);
        }
        // 20 jobs, 7 of them discovery, over 6 OLTs: each OLT is wanted by several jobs at once.
        QList<qint64> jobs;
        for (int i = 0; i < 20; ++i) {
            SnmpJob job;
            job.name = u"burst %1"_s.arg(i);
            job.kind = i % 3 == 0 ? JobKind::Discovery : JobKind::Polling;
            job.oltIds = {olts[i % 6]};
            const auto id = rig->store->insertJob(job);
            QVERIFY2(id.ok(), qPrintable(id.error.message));
            jobs.append(*id.value);
        }
        monitor.runJobs(jobs);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 20, 60000);

        // Replay the events with each execution's OLT and queue.
        int most[2] = {0, 0};
        int running[2] = {0, 0};
        QHash<qint64, int> busy;
        int overlapsOnOneOlt = 0;
        for (const auto &[id, start] : std::as_const(events)) {
            const auto e = rig->store->execution(id);
            QVERIFY(e.ok());
            const int queue = rig->store->job(e.value->jobId).value->kind == JobKind::Discovery ? 0 : 1;
            if (start) {
                if (busy.value(e.value->oltId) > 0)
                    ++overlapsOnOneOlt;
                ++busy[e.value->oltId];
                most[queue] = qMax(most[queue], ++running[queue]);
            } else if (started.contains(id)) {
                --busy[e.value->oltId];
                --running[queue];
            }
        }
        for (auto it = ended.cbegin(); it != ended.cend(); ++it)
            QVERIFY2(it.value() == ExecutionStatus::Success, qPrintable(rig->store->execution(it.key()).value->error));
        QCOMPARE(overlapsOnOneOlt, 0);
        QVERIFY2(most[0] <= 2, qPrintable(QString::number(most[0])));
        QVERIFY2(most[1] <= 5, qPrintable(QString::number(most[1])));
        // Six OLTs and a burst: the queues did run jobs side by side (on different OLTs).
        QVERIFY2(most[0] + most[1] >= 3, qPrintable(u"%1 + %2"_s.arg(most[0]).arg(most[1])));
        qInfo("at most %d discovery and %d polling jobs ran at once", most[0], most[1]);
    }

    void testOlt_fingerprintsTheVendor()
    {
        auto rig = makeRig();
        SnmpMonitor monitor(rig->cacheFile, rig->secrets.get(), quickOptions());
        monitor.setPrincipal(Access::singleUserPrincipal(u"snmptest"_s));
        QSignalSpy started(&monitor, &SnmpMonitor::started);
        monitor.start();
        QVERIFY(started.wait(10000));
        const qint64 huawei = addOlt(*rig, u"olt-huawei"_s, false);
        const qint64 zte = addOlt(*rig, u"olt-zte"_s, true);
        const qint64 dead = addOlt(*rig, u"olt-gone"_s, false, deadUdpPort());
        QHash<qint64, OltTestResult> results;
        for (const qint64 id : {huawei, zte, dead})
            monitor.testOlt(id, [&](const OltTestResult &r) { results.insert(r.oltId, r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 10000);
        QVERIFY2(results[huawei].error.isEmpty(), qPrintable(results[huawei].error));
        QCOMPARE(results[huawei].vendor, u"Huawei"_s);
        QCOMPARE(results[huawei].profileId, u"huawei-ma5600"_s);
        QVERIFY(results[huawei].sysDescr.contains(u"Huawei Integrated Access Software"_s));
        QVERIFY2(results[zte].error.isEmpty(), qPrintable(results[zte].error));
        QCOMPARE(results[zte].vendor, u"ZTE"_s);
        QCOMPARE(results[zte].profileId, u"zte-c320"_s);
        QVERIFY(results[dead].error.contains(u"no answer"_s));
    }
};

QTEST_GUILESS_MAIN(TestSnmpMonitor)
#include "tst_snmpmonitor.moc"
