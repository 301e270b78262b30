// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated OLTs' SNMP side against a real snmpsimd: recordings in the Huawei MA5600 and ZTE C320 layouts
// are served by SnmpSimAgent and read back with the product's SNMP engine (v2c and v3 authPriv) and with
// net-snmp's snmpbulkwalk, value for value; the demo ISP becomes one recording per OLT; a 4,096-ONU OLT is
// written and walked; a missing or failing snmpsimd is reported as such.
#include "demo/demogenerator.h"
#include "simulator/snmp/demorecordings.h"
#include "simulator/snmp/snmprecwriter.h"
#include "simulator/snmp/snmpsimagent.h"
#include "snmp/snmpsession.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Beholder;
using namespace Beholder::Sim;
using namespace Beholder::Snmp;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kV3User = "recorder";
const QByteArray kV3Auth = "recorder-auth-1";
const QByteArray kV3Priv = "recorder-priv-1";

// Huawei HUAWEI-XPON-MIB columns (protocols.md §2.3).
const Oid kHwSn = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3");
const Oid kHwDespt = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.9");
const Oid kHwRunStatus = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.46.1.15");
const Oid kHwRanging = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.46.1.20");
const Oid kHwDownCause = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.46.1.24");
const Oid kHwTx = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.3");
const Oid kHwRx = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.4");
const Oid kHwVoltage = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.5");
const Oid kHwOltRx = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.51.1.6");
// ZTE ZXGPON-SERVICE-MIB (protocols.md §2.4).
const Oid kZteName = Oid::fromString(u"1.3.6.1.4.1.3902.1012.3.28.1.1.2");
const Oid kZteDescription = Oid::fromString(u"1.3.6.1.4.1.3902.1012.3.28.1.1.3");
const Oid kZteSn = Oid::fromString(u"1.3.6.1.4.1.3902.1012.3.28.1.1.5");
const Oid kZtePhase = Oid::fromString(u"1.3.6.1.4.1.3902.1012.3.28.2.1.4");
const Oid kZteDistance = Oid::fromString(u"1.3.6.1.4.1.3902.1012.3.11.4.1.2");
const Oid kZteRx = Oid::fromString(u"1.3.6.1.4.1.3902.1012.3.50.12.1.1.10");
const Oid kZteTx = Oid::fromString(u"1.3.6.1.4.1.3902.1012.3.50.12.1.1.14");
const Oid kZteOltRx = Oid::fromString(u"1.3.6.1.4.1.3902.1015.1010.11.2.1.2");
// Standard objects.
const Oid kSysDescr = Oid::fromString(u"1.3.6.1.2.1.1.1.0");
const Oid kSysObjectId = Oid::fromString(u"1.3.6.1.2.1.1.2.0");
const Oid kSysUpTime = Oid::fromString(u"1.3.6.1.2.1.1.3.0");
const Oid kSysName = Oid::fromString(u"1.3.6.1.2.1.1.5.0");
const Oid kIfName = Oid::fromString(u"1.3.6.1.2.1.31.1.1.1.1");

constexpr quint32 kHuawei010 = 4194312192u;  // GPON 0/1/0
constexpr quint32 kHuawei0115 = 4194316032u; // GPON 0/1/15
constexpr quint32 kZte111 = 268501248u;      // gpon-olt_1/1/1
constexpr quint32 kZte123 = 268567296u;      // gpon-olt_1/2/3: 1<<28 | 0<<24 | 2<<16 | 3<<8

SimOnu makeOnu(int frame, int slot, int port, int id, const QByteArray &serial, SimOnu::State state)
{
    SimOnu onu;
    onu.frame = frame;
    onu.slot = slot;
    onu.port = port;
    onu.onuId = id;
    onu.serial = serial;
    onu.state = state;
    onu.description = u"cliente-%1-%2"_s.arg(port).arg(id);
    onu.equipmentId = u"HG8145V5"_s;
    onu.distanceM = 1000 + id;
    if (state == SimOnu::State::Online) {
        onu.rxDbm = -20.0 - id / 10.0;
        onu.txDbm = 2.0;
        onu.oltRxDbm = -22.5;
    }
    return onu;
}

// Ids 0..11 on one port (so that id 10 must sort after id 9), then one ONU on another port; the first few
// cover every state, an online ONU without optics and a description snmpsimd cannot take as plain text.
QList<SimOnu> sampleOnus(int frame, int slot, int port, int firstId, int otherSlot, int otherPort,
                         const QByteArray &vendor)
{
    QList<SimOnu> onus;
    for (int i = 0; i < 12; ++i) {
        const int id = firstId + i;
        const QByteArray serial = vendor + QByteArray::fromHex("A1B2C3") + char(i);
        onus.append(makeOnu(frame, slot, port, id, serial, SimOnu::State::Online));
    }
    onus[0].rxDbm = -21.34;
    onus[0].txDbm = 2.13;
    onus[0].oltRxDbm = -23.45;
    onus[0].distanceM = 1234;
    onus[0].voltageMv = 3310;
    onus[0].lastDownCause = u"dying-gasp"_s; // an earlier drop
    onus[1].state = SimOnu::State::Los;
    onus[1].rxDbm = -40.0; // a stale value the OLT cannot read from an ONU that is down
    onus[2].state = SimOnu::State::DyingGasp;
    onus[3].state = SimOnu::State::AuthFailed;
    onus[4].state = SimOnu::State::Offline;
    onus[4].lastDownCause = u"LOFi"_s;
    onus[5].rxDbm.reset(); // online, optics not read
    onus[5].txDbm.reset();
    onus[5].oltRxDbm.reset();
    onus[6].description = u"Pérez | casa "_s;
    onus[7].rxDbm = -31.0; // below the ZTE formula's -30 dBm origin
    onus.append(
        makeOnu(frame, otherSlot, otherPort, firstId, vendor + QByteArray::fromHex("00FF0102"), SimOnu::State::Online));
    return onus;
}

SimOlt huaweiOlt()
{
    SimOlt olt;
    olt.name = u"huawei-test"_s;
    olt.layout = SimOlt::Layout::HuaweiMa5600;
    olt.sysUpTimeTicks = 123456789;
    olt.onus = sampleOnus(0, 1, 0, 0, 1, 15, "HWTC");
    return olt;
}

SimOlt zteOlt()
{
    SimOlt olt;
    olt.name = u"zte-test"_s;
    olt.layout = SimOlt::Layout::ZteC320;
    olt.onus = sampleOnus(1, 1, 1, 1, 2, 3, "ZTEG");
    olt.onus[0].rxDbm = -21.5;
    olt.onus[0].txDbm = 2.0;
    olt.onus[0].oltRxDbm = -23.456;
    return olt;
}

// 32 ports x 128 ONUs on two 16-port boards: a full MA5800 pair of GPON boards.
SimOlt largeOlt()
{
    SimOlt olt;
    olt.name = u"huawei-large"_s;
    olt.layout = SimOlt::Layout::HuaweiMa5600;
    olt.onus.reserve(4096);
    for (int slot = 1; slot <= 2; ++slot) {
        for (int port = 0; port < 16; ++port) {
            for (int id = 0; id < 128; ++id) {
                const quint32 n = quint32(olt.onus.size());
                QByteArray serial = "HWTC";
                serial.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
                olt.onus.append(
                    makeOnu(0, slot, port, id, serial, n % 17 == 0 ? SimOnu::State::Los : SimOnu::State::Online));
            }
        }
    }
    return olt;
}

struct WalkResult
{
    bool done = false;
    SnmpError error;
    SnmpTable rows;
};

WalkResult walk(const SnmpTarget &target, const QList<Oid> &columns, int timeoutMs = 60000)
{
    SnmpSession session(target);
    WalkResult result;
    QEventLoop loop;
    session.walkColumns(columns, [&](const SnmpError &error, const SnmpTable &rows) {
        result.done = true;
        result.error = error;
        result.rows = rows;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

QList<VarBind> get(const SnmpTarget &target, const QList<Oid> &oids, SnmpError *error)
{
    SnmpSession session(target);
    QList<VarBind> out;
    QEventLoop loop;
    *error = SnmpError::make(SnmpError::Kind::Timeout, u"the test gave up waiting"_s);
    session.get(oids, [&](const SnmpError &e, const QList<VarBind> &varBinds) {
        *error = e;
        out = varBinds;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

// Every OID the agent serves, in the order it serves them, by chained GETBULKs from the root.
QList<Oid> dumpOids(const SnmpTarget &target, SnmpError *error)
{
    SnmpSession session(target);
    QList<Oid> out;
    Oid next = Oid::fromString(u"1.3");
    bool finished = false;
    while (!finished) {
        QEventLoop loop;
        bool answered = false;
        session.getBulk({next}, 0, 25, [&](const SnmpError &e, const QList<VarBind> &varBinds) {
            answered = true;
            *error = e;
            for (const VarBind &vb : varBinds) {
                if (vb.value.isException()) {
                    finished = true;
                    break;
                }
                out.append(vb.oid);
            }
            finished = finished || e.isError() || varBinds.isEmpty();
            if (!varBinds.isEmpty())
                next = varBinds.constLast().oid;
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!answered) {
            *error = SnmpError::make(SnmpError::Kind::Timeout, u"no answer to GETBULK"_s);
            finished = true;
        }
    }
    return out;
}

QList<Oid> oidsOfText(const QByteArray &text)
{
    QList<Oid> out;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            out.append(Oid::fromString(QString::fromLatin1(line.left(line.indexOf('|')))));
    }
    return out;
}

// snmpbulkwalk's view of one column: index suffix -> the value as it prints it with -Oq.
QHash<Oid, QString> referenceWalk(quint16 port, const QString &community, const Oid &column)
{
    QProcess process;
    process.start(u"snmpbulkwalk"_s,
                  {u"-v2c"_s, u"-c"_s, community, u"-On"_s, u"-Oq"_s, u"-Cr25"_s, u"127.0.0.1:%1"_s.arg(port),
                   column.toString()});
    process.waitForFinished(30000);
    QHash<Oid, QString> out;
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype space = line.indexOf(u' ');
        const auto oid = Oid::parse(QStringView(line).left(space));
        if (oid && oid->startsWith(column))
            out.insert(oid->mid(column.size()), line.mid(space + 1).trimmed());
    }
    return out;
}

} // namespace

class TestSnmpRecording : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SnmpSimAgent> m_agent;

    SnmpSimAgent::Options agentOptions(const QString &dataDir) const
    {
        SnmpSimAgent::Options options;
        options.dataDir = dataDir;
        options.v3User = kV3User;
        options.v3AuthKey = kV3Auth;
        options.v3PrivKey = kV3Priv;
        return options;
    }

    SnmpTarget target(const QString &recording, bool v3) const
    {
        SnmpTarget t = v3 ? m_agent->v3Target(recording) : m_agent->v2cTarget(recording);
        t.timeoutMs = 3000;
        t.retries = 1;
        t.maxRepetitions = 25;
        return t;
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        QVERIFY(m_dir.isValid());
        if (!SnmpSimAgent::isAvailable())
            QSKIP("snmpsimd (Debian package snmpsim) is not installed: no agent to test against");
        const QString data = m_dir.filePath(u"served"_s);
        QVERIFY(QDir().mkpath(data));
        QString error;
        for (const SimOlt &olt : {huaweiOlt(), zteOlt(), largeOlt()})
            QVERIFY2(SnmprecWriter::write(olt, data + u'/' + SnmprecWriter::fileName(olt), &error), qPrintable(error));
        m_agent = std::make_unique<SnmpSimAgent>(agentOptions(data));
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(m_agent->start(), qPrintable(m_agent->errorString()));
        qInfo("snmpsimd answering on port %u after %lld ms (indexing %lld recordings)", m_agent->port(),
              clock.elapsed(), qlonglong(m_agent->recordings().size()));
        QCOMPARE(m_agent->recordings(), (QStringList{u"huawei-large"_s, u"huawei-test"_s, u"zte-test"_s}));
        QVERIFY(m_agent->isRunning());
    }

    void cleanupTestCase() { m_agent.reset(); }

    void ponIfIndex_vendorEncodings()
    {
        QCOMPARE(huaweiPonIfIndex(0, 0, 0), 4194304000u);
        QCOMPARE(huaweiPonIfIndex(0, 1, 0), 4194312192u);
        QCOMPARE(huaweiPonIfIndex(0, 1, 15), 4194316032u);
        QCOMPARE(huaweiPonIfIndex(0, 0, 1), 4194304256u);
        QCOMPARE(zteC320PonIfIndex(1, 1, 1), 268501248u);
        QCOMPARE(zteC320PonIfIndex(1, 1, 2), 268501504u);
        QCOMPARE(zteC320PonIfIndex(1, 2, 3), kZte123);
        SimOnu onu;
        onu.frame = 0;
        onu.slot = 1;
        onu.port = 15;
        QCOMPARE(ponIfName(SimOlt::Layout::HuaweiMa5600, onu), u"GPON 0/1/15"_s);
        onu.frame = 1;
        QCOMPARE(ponIfName(SimOlt::Layout::ZteC320, onu), u"gpon-olt_1/1/15"_s);
    }

    void render_numericOidOrder()
    {
        for (const SimOlt &olt : {huaweiOlt(), zteOlt()}) {
            const QList<Oid> oids = oidsOfText(SnmprecWriter::render(olt));
            QVERIFY(oids.size() > 100);
            for (qsizetype i = 1; i < oids.size(); ++i)
                QVERIFY2(oids.at(i - 1) < oids.at(i),
                         qPrintable(oids.at(i - 1).toString() + u" before "_s + oids.at(i).toString()));
            // Text order would put "…43.1.3.4194312192.10" before "…43.1.3.4194312192.2".
            const qsizetype nine = oids.indexOf(kHwSn.appended(Oid({kHuawei010, 9})));
            const qsizetype ten = oids.indexOf(kHwSn.appended(Oid({kHuawei010, 10})));
            if (olt.layout == SimOlt::Layout::HuaweiMa5600) {
                QVERIFY(nine >= 0 && ten >= 0);
                QCOMPARE(ten, nine + 1);
            }
        }
    }

    void render_rejectsWhatCannotBeRecorded()
    {
        QString error;
        SimOlt badSerial = huaweiOlt();
        badSerial.onus[3].serial = "HWTC123";
        QVERIFY(SnmprecWriter::render(badSerial, &error).isEmpty());
        QVERIFY2(error.contains(u"8 bytes"_s), qPrintable(error));

        SimOlt twice = zteOlt();
        twice.onus.append(twice.onus.at(2));
        error.clear();
        QVERIFY(SnmprecWriter::render(twice, &error).isEmpty());
        QVERIFY2(error.contains(u"share a PON port and id"_s), qPrintable(error));
        QVERIFY(!SnmprecWriter::write(twice, m_dir.filePath(u"twice.snmprec"_s), &error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"twice.snmprec"_s)));
    }

    void huawei_systemAndPorts()
    {
        SnmpError error;
        const QList<VarBind> system
            = get(target(u"huawei-test"_s, false), {kSysDescr, kSysObjectId, kSysUpTime, kSysName}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(system.size(), 4);
        QCOMPARE(system[0].value.toString(), u"Huawei Integrated Access Software"_s);
        QCOMPARE(system[1].value.toOid(), Oid::fromString(u"1.3.6.1.4.1.2011.2.248"));
        QVERIFY(system[2].value.type == SnmpValue::Type::TimeTicks);
        QCOMPARE(system[2].value.toULongLong(), 123456789ull);
        QCOMPARE(system[3].value.toString(), u"huawei-test"_s);

        const WalkResult ports = walk(target(u"huawei-test"_s, false), {kIfName});
        QVERIFY2(ports.done && !ports.error.isError(), qPrintable(ports.error.message));
        QCOMPARE(ports.rows.size(), 2);
        QCOMPARE(ports.rows.value(Oid({kHuawei010})).value(0).toString(), u"GPON 0/1/0"_s);
        QCOMPARE(ports.rows.value(Oid({kHuawei0115})).value(0).toString(), u"GPON 0/1/15"_s);
    }

    void huawei_onuTable_data()
    {
        QTest::addColumn<bool>("useV3");
        QTest::newRow("v2c community") << false;
        QTest::newRow("v3 authPriv SHA/AES context") << true;
    }
    void huawei_onuTable()
    {
        QFETCH(bool, useV3);
        const WalkResult r
            = walk(target(u"huawei-test"_s, useV3),
                   {kHwSn, kHwDespt, kHwRunStatus, kHwRanging, kHwDownCause, kHwTx, kHwRx, kHwVoltage, kHwOltRx});
        QVERIFY2(r.done && !r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), 13);
        enum { Sn, Despt, Run, Ranging, Cause, Tx, Rx, Volt, OltRx };

        // Index above 2^31, read back as the same unsigned sub-identifier.
        const QList<SnmpValue> first = r.rows.value(Oid({kHuawei010, 0}));
        QCOMPARE(first.size(), 9);
        QCOMPARE(first[Sn].toBytes(), QByteArray::fromHex("48575443A1B2C300"));
        QCOMPARE(first[Despt].toBytes(), QByteArray("cliente-0-0"));
        QCOMPARE(first[Run].toLongLong(), 1);
        QCOMPARE(first[Ranging].toLongLong(), 1234);
        QCOMPARE(first[Cause].toLongLong(), 13); // the earlier dying gasp
        QCOMPARE(first[Tx].toLongLong(), 213);
        QCOMPARE(first[Rx].toLongLong(), -2134);
        QCOMPARE(first[Volt].toLongLong(), 3310);
        QCOMPARE(first[OltRx].toLongLong(), 7655); // -23.45 dBm * 100 + 10000
        for (int c = Run; c <= OltRx; ++c)
            QVERIFY2(first[c].type == SnmpValue::Type::Integer, qPrintable(toString(first[c].type)));

        // Down ONUs: run status 2, their cause, no distance, the 0x7FFFFFFF sentinel in every optical column.
        const QList<std::pair<quint32, qlonglong>> downCauses = {{1, 1}, {2, 13}, {3, 12}, {4, 3}};
        for (const auto &[ont, cause] : downCauses) {
            const QList<SnmpValue> row = r.rows.value(Oid({kHuawei010, ont}));
            QCOMPARE(row.size(), 9);
            QCOMPARE(row[Run].toLongLong(), 2);
            QCOMPARE(row[Cause].toLongLong(), cause);
            QCOMPARE(row[Ranging].toLongLong(), -1);
            for (int c = Tx; c <= OltRx; ++c)
                QCOMPARE(row[c].toLongLong(), 2147483647);
        }
        // Online without optics read: sentinels, but the voltage is there.
        const QList<SnmpValue> blind = r.rows.value(Oid({kHuawei010, 5}));
        QCOMPARE(blind[Run].toLongLong(), 1);
        QCOMPARE(blind[Cause].toLongLong(), -1);
        QCOMPARE(blind[Rx].toLongLong(), 2147483647);
        QCOMPARE(blind[OltRx].toLongLong(), 2147483647);
        QCOMPARE(blind[Volt].toLongLong(), 3300);
        // A description that needs hex in the recording comes back byte for byte.
        QCOMPARE(r.rows.value(Oid({kHuawei010, 6}))[Despt].toBytes(), u"Pérez | casa "_s.toUtf8());
        QCOMPARE(r.rows.value(Oid({kHuawei010, 7}))[Rx].toLongLong(), -3100);
        QCOMPARE(r.rows.value(Oid({kHuawei010, 11}))[Rx].toLongLong(), -2110);
        const QList<SnmpValue> other = r.rows.value(Oid({kHuawei0115, 0}));
        QCOMPARE(other.value(Sn).toBytes(), QByteArray::fromHex("4857544300FF0102"));
        QCOMPARE(other.value(Rx).toLongLong(), -2000);
    }

    void zte_onuTable_data()
    {
        QTest::addColumn<bool>("useV3");
        QTest::newRow("v2c community") << false;
        QTest::newRow("v3 authPriv SHA/AES context") << true;
    }
    void zte_onuTable()
    {
        QFETCH(bool, useV3);
        const SnmpTarget t = target(u"zte-test"_s, useV3);
        SnmpError error;
        const QList<VarBind> system = get(t, {kSysDescr, kSysObjectId}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(system.value(0).value.toString(), u"ZXA10 C320, ZTE ZXA10 Software Version: V2.1.0"_s);
        QCOMPARE(system.value(1).value.toOid(), Oid::fromString(u"1.3.6.1.4.1.3902.1082.1001.320.2.1"));

        const WalkResult r = walk(t, {kZteName, kZteDescription, kZteSn, kZtePhase, kZteDistance});
        QVERIFY2(r.done && !r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.rows.size(), 13);
        enum { Name, Description, Sn, Phase, Distance };
        const QList<SnmpValue> first = r.rows.value(Oid({kZte111, 1}));
        QCOMPARE(first.size(), 5);
        QCOMPARE(first[Name].toBytes(), QByteArray("cliente-1-1"));
        QCOMPARE(first[Description].toBytes(), QByteArray("cliente-1-1"));
        QCOMPARE(first[Sn].toBytes(), QByteArray::fromHex("5A544547A1B2C300"));
        QCOMPARE(first[Phase].toLongLong(), 3);
        QCOMPARE(first[Distance].toLongLong(), 1234);
        const QList<std::pair<quint32, qlonglong>> phases = {{2, 1}, {3, 4}, {4, 5}, {5, 6}};
        for (const auto &[onu, phase] : phases) {
            QCOMPARE(r.rows.value(Oid({kZte111, onu})).value(Phase).toLongLong(), phase);
            QCOMPARE(r.rows.value(Oid({kZte111, onu})).value(Distance).toLongLong(), -1);
        }
        QCOMPARE(r.rows.value(Oid({kZte123, 1})).value(Sn).toBytes(), QByteArray::fromHex("5A54454700FF0102"));

        // Optics: ONU Rx/Tx indexed <pon>.<onu>.1, raw = (dBm + 30) / 0.002; OLT Rx in 0.001 dBm.
        const WalkResult optics = walk(t, {kZteRx, kZteTx});
        QVERIFY2(optics.done && !optics.error.isError(), qPrintable(optics.error.message));
        QCOMPARE(optics.rows.size(), 13);
        QCOMPARE(optics.rows.value(Oid({kZte111, 1, 1})).value(0).toLongLong(), 4250);  // -21.5 dBm
        QCOMPARE(optics.rows.value(Oid({kZte111, 1, 1})).value(1).toLongLong(), 16000); // 2.0 dBm
        QCOMPARE(optics.rows.value(Oid({kZte111, 8, 1})).value(0).toLongLong(), -500);  // -31.0 dBm
        QCOMPARE(optics.rows.value(Oid({kZte111, 12, 1})).value(0).toLongLong(), 4400); // -21.2 dBm
        for (quint32 down = 2; down <= 6; ++down) { // four down ONUs and one online without optics
            QCOMPARE(optics.rows.value(Oid({kZte111, down, 1})).value(0).toLongLong(), 0);
            QCOMPARE(optics.rows.value(Oid({kZte111, down, 1})).value(1).toLongLong(), 0);
        }
        const WalkResult oltRx = walk(t, {kZteOltRx});
        QVERIFY2(oltRx.done && !oltRx.error.isError(), qPrintable(oltRx.error.message));
        QCOMPARE(oltRx.rows.size(), 13);
        QCOMPARE(oltRx.rows.value(Oid({kZte111, 1})).value(0).toLongLong(), -23456);
        QCOMPARE(oltRx.rows.value(Oid({kZte111, 2})).value(0).toLongLong(), 65535000);
        QCOMPARE(oltRx.rows.value(Oid({kZte123, 1})).value(0).toLongLong(), -22500);
    }

    void servedOids_strictlyIncreasingAndComplete_data()
    {
        QTest::addColumn<QString>("recording");
        QTest::newRow("huawei") << u"huawei-test"_s;
        QTest::newRow("zte") << u"zte-test"_s;
    }
    void servedOids_strictlyIncreasingAndComplete()
    {
        QFETCH(QString, recording);
        SnmpError error;
        const QList<Oid> served = dumpOids(target(recording, false), &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        for (qsizetype i = 1; i < served.size(); ++i)
            QVERIFY2(served.at(i - 1) < served.at(i),
                     qPrintable(served.at(i - 1).toString() + u" then "_s + served.at(i).toString()));
        const SimOlt olt = recording.startsWith(u"huawei"_s) ? huaweiOlt() : zteOlt();
        QCOMPARE(served, oidsOfText(SnmprecWriter::render(olt)));
    }

    void snmpbulkwalk_agrees()
    {
        if (QStandardPaths::findExecutable(u"snmpbulkwalk"_s).isEmpty())
            QSKIP("snmpbulkwalk (package snmp) is not installed");
        const QList<std::pair<QString, Oid>> columns = {{u"huawei-test"_s, kHwRx},
                                                        {u"huawei-test"_s, kHwRunStatus},
                                                        {u"zte-test"_s, kZtePhase},
                                                        {u"zte-test"_s, kZteRx}};
        for (const auto &[recording, column] : columns) {
            const WalkResult ours = walk(target(recording, false), {column});
            QVERIFY2(ours.done && !ours.error.isError(), qPrintable(ours.error.message));
            const QHash<Oid, QString> reference = referenceWalk(m_agent->port(), recording, column);
            QCOMPARE(reference.size(), ours.rows.size());
            QCOMPARE(reference.size(), 13);
            for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
                QVERIFY2(ours.rows.contains(it.key()), qPrintable(it.key().toString()));
                QCOMPARE(it.value(), QString::number(ours.rows.value(it.key()).value(0).toLongLong()));
            }
        }
    }

    void largeOlt_writtenQuickly()
    {
        const SimOlt olt = largeOlt();
        QCOMPARE(olt.onus.size(), 4096);
        QElapsedTimer clock;
        clock.start();
        QString error;
        const QString path = m_dir.filePath(u"large-timing.snmprec"_s);
        QVERIFY2(SnmprecWriter::write(olt, path, &error), qPrintable(error));
        const qint64 elapsed = clock.elapsed();
        qInfo("4,096-ONU recording (%lld bytes) written in %lld ms", QFileInfo(path).size(), elapsed);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    }

    void largeOlt_walked()
    {
        QElapsedTimer clock;
        clock.start();
        const WalkResult r = walk(target(u"huawei-large"_s, false), {kHwSn, kHwRunStatus}, 100000);
        QVERIFY2(r.done && !r.error.isError(), qPrintable(r.error.message));
        qInfo("4,096-ONU walk of 2 columns took %lld ms", clock.elapsed());
        QCOMPARE(r.rows.size(), 4096);
        const QList<SnmpValue> last = r.rows.value(Oid({huaweiPonIfIndex(0, 2, 15), 127}));
        QCOMPARE(last.value(0).toBytes(), QByteArray("HWTC") + QByteArray::fromHex("00000FFF"));
        QCOMPARE(last.value(1).toLongLong(), 1);
        QCOMPARE(r.rows.value(Oid({huaweiPonIfIndex(0, 1, 0), 17})).value(1).toLongLong(), 2); // 17 % 17: LOS
    }

    void demo_oneRecordingPerOlt()
    {
        Demo::DemoOptions options;
        options.customers = 1200;
        options.now = Test::fixtureNow;
        const IspDataset data = Demo::generateIsp(options);
        QVERIFY(data.olts.size() >= 2);
        const QList<SimOlt> olts = simOltsFromDataset(data);
        QCOMPARE(olts.size(), data.olts.size());
        const QString dir = m_dir.filePath(u"demo"_s);
        QString error;
        QVERIFY2(writeRecordings(dir, olts, &error), qPrintable(error));
        QCOMPARE(QDir(dir).entryList({u"*.snmprec"_s}, QDir::Files).size(), data.olts.size());

        bool sawHuawei = false;
        bool sawZte = false;
        for (qsizetype i = 0; i < data.olts.size(); ++i) {
            const Olt &olt = data.olts.at(i);
            const bool huawei = olt.vendor == u"huawei";
            sawHuawei = sawHuawei || huawei;
            sawZte = sawZte || !huawei;
            QCOMPARE(toString(olts.at(i).layout), huawei ? u"huawei-ma5600"_s : u"zte-c320"_s);
            QFile file(QDir(dir).filePath(recordingName(olt) + u".snmprec"_s));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray serialColumn = (huawei ? kHwSn : kZteSn).toString().toLatin1() + '.';
            qsizetype recorded = 0;
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray &line : lines)
                recorded += line.startsWith(serialColumn) ? 1 : 0;
            const auto demoCount = std::count_if(data.onus.cbegin(), data.onus.cend(),
                                                 [&](const Onu &onu) { return onu.oltId == olt.id; });
            QCOMPARE(recorded, qsizetype(demoCount));
            QCOMPARE(olts.at(i).onus.size(), qsizetype(demoCount));
        }
        QVERIFY(sawHuawei && sawZte);

        // Served, the recordings say what SmartOLT says: the same serials on the same ports, the same states.
        SnmpSimAgent agent(agentOptions(dir));
        QVERIFY2(agent.start(), qPrintable(agent.errorString()));
        for (qsizetype i = 0; i < data.olts.size(); ++i) {
            const Olt &olt = data.olts.at(i);
            const bool huawei = olt.vendor == u"huawei";
            const WalkResult r = walk(agent.v2cTarget(recordingName(olt)),
                                      {huawei ? kHwSn : kZteSn, huawei ? kHwRunStatus : kZtePhase});
            QVERIFY2(r.done && !r.error.isError(), qPrintable(r.error.message));
            qsizetype matched = 0;
            for (const Onu &onu : data.onus) {
                if (onu.oltId != olt.id)
                    continue;
                const quint32 pon = huawei ? 0xFA000000u | quint32(onu.board) << 13 | quint32(onu.port) << 8
                                           : 1u << 28 | quint32(onu.board) << 16 | quint32(onu.port) << 8;
                const QList<SnmpValue> row = r.rows.value(Oid({pon, quint32(onu.onuIndex)}));
                QVERIFY2(row.size() == 2, qPrintable(onu.serial));
                QCOMPARE(row[0].toBytes(),
                         onu.serial.left(4).toLatin1() + QByteArray::fromHex(onu.serial.mid(4).toLatin1()));
                qlonglong expected = 0;
                switch (onu.status) {
                case OnuStatus::Online:
                    expected = huawei ? 1 : 3;
                    break;
                case OnuStatus::Los:
                    expected = huawei ? 2 : 1;
                    break;
                case OnuStatus::PowerFail:
                    expected = huawei ? 2 : 4;
                    break;
                case OnuStatus::Offline:
                case OnuStatus::Disabled:
                    expected = huawei ? 2 : 6;
                    break;
                }
                QCOMPARE(row[1].toLongLong(), expected);
                ++matched;
            }
            QCOMPARE(r.rows.size(), matched);
        }
    }

    void agentMissing_isReported()
    {
        SnmpSimAgent::Options options = agentOptions(m_dir.filePath(u"served"_s));
        options.executable = u"/nonexistent/bin/snmpsimd"_s;
        QVERIFY(!SnmpSimAgent::isAvailable(options.executable));
        SnmpSimAgent byPath(options);
        QVERIFY(!byPath.start());
        QVERIFY2(byPath.errorString().contains(u"not found at /nonexistent/bin/snmpsimd"_s),
                 qPrintable(byPath.errorString()));
        QVERIFY(!byPath.isRunning());

        options.executable = u"snmpsimd-not-installed-here"_s;
        SnmpSimAgent byName(options);
        QVERIFY(!byName.start());
        QVERIFY2(byName.errorString().contains(u"is not installed (Debian package snmpsim)"_s),
                 qPrintable(byName.errorString()));
    }

    void agentExiting_isReported()
    {
        const QString exitsAtOnce = QStandardPaths::findExecutable(u"false"_s);
        if (exitsAtOnce.isEmpty())
            QSKIP("no `false` command to stand in for a failing snmpsimd");
        SnmpSimAgent::Options options = agentOptions(m_dir.filePath(u"served"_s));
        options.executable = exitsAtOnce;
        SnmpSimAgent agent(options);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!agent.start());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(agent.errorString().contains(u"false exited with code 1 before answering"_s),
                 qPrintable(agent.errorString()));
        QVERIFY(!agent.isRunning());
    }

    void stop_endsTheAgentQuietly()
    {
        SnmpSimAgent agent(agentOptions(m_dir.filePath(u"served"_s)));
        QVERIFY2(agent.start(), qPrintable(agent.errorString()));
        QSignalSpy exited(&agent, &SnmpSimAgent::exited);
        SnmpTarget t = agent.v2cTarget(u"zte-test"_s);
        t.timeoutMs = 300;
        t.retries = 0;
        SnmpError error;
        QCOMPARE(get(t, {kSysName}, &error).value(0).value.toString(), u"zte-test"_s);
        agent.stop();
        QVERIFY(!agent.isRunning());
        get(t, {kSysName}, &error);
        QVERIFY2(error.kind == SnmpError::Kind::Timeout, qPrintable(toString(error.kind)));
        QCOMPARE(exited.size(), 0);
    }

    void agentDying_isReported()
    {
#ifdef Q_OS_UNIX
        SnmpSimAgent agent(agentOptions(m_dir.filePath(u"served"_s)));
        QVERIFY2(agent.start(), qPrintable(agent.errorString()));
        QSignalSpy exited(&agent, &SnmpSimAgent::exited);
        QVERIFY(agent.processId() > 0);
        QCOMPARE(::kill(pid_t(agent.processId()), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 5000);
        const QString message = exited.at(0).at(0).toString();
        QVERIFY2(message.startsWith(u"snmpsimd crashed while serving on 127.0.0.1:"_s), qPrintable(message));
        QCOMPARE(agent.errorString(), message);
        QVERIFY(!agent.isRunning());
#else
        QSKIP("killing a process from outside is done with POSIX kill() here");
#endif
    }

    void agentWithoutRecordings_isReported()
    {
        const QString empty = m_dir.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        SnmpSimAgent agent(agentOptions(empty));
        QVERIFY(!agent.start());
        QVERIFY2(agent.errorString().contains(u"no recordings (*.snmprec)"_s), qPrintable(agent.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSnmpRecording)
#include "tst_snmprecording.moc"
