// SPDX-License-Identifier: GPL-3.0-or-later
// The SNMP engine against a real agent: snmpsimd on 127.0.0.1 serving a small
// Huawei-like OLT (sysDescr, sysObjectID, a 3-column table of 300 rows whose
// indexes exceed 2^31), v2c and v3 authPriv, timeouts, auth errors, cancel.
#include "snmp/snmpsession.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <QUdpSocket>

#include <algorithm>

using namespace Beholder;
using namespace Beholder::Snmp;
using namespace Qt::StringLiterals;

namespace {

const QString kSysDescr = u"Huawei Integrated Access Software"_s;
const Oid kSysDescrOid = Oid::fromString(u"1.3.6.1.2.1.1.1.0");
const Oid kTable = Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1");
const QList<quint32> kColumns = {3, 9, 15};
const QList<quint32> kPorts = {4194312192u, 4194312448u, 4194312704u};
constexpr int kOnusPerPort = 100;
const QByteArray kV3User = "beholder";
const QByteArray kV3Auth = "authpass123";
const QByteArray kV3Priv = "privpass123";

Oid column(int i)
{
    return kTable.appended(Oid({kColumns[i]}));
}

QByteArray serialOf(quint32 port, quint32 onu)
{
    return QByteArray::fromHex("48575443")
        + QByteArray::number(port % 1000 * 1000 + onu).rightJustified(4, '0').right(4);
}
QByteArray descOf(quint32 port, quint32 onu)
{
    return "cliente-" + QByteArray::number(port) + '-' + QByteArray::number(onu);
}
qlonglong stateOf(quint32 port, quint32 onu)
{
    return qlonglong((port + onu) % 3) - 1; // includes a negative value
}

struct Result
{
    bool done = false;
    int calls = 0;
    SnmpError error;
    QList<VarBind> varBinds;
    SnmpTable rows;
};

SnmpSession::ResponseCallback into(Result &r)
{
    return [&r](const SnmpError &e, const QList<VarBind> &v) {
        ++r.calls;
        r.done = true;
        r.error = e;
        r.varBinds = v;
    };
}
SnmpSession::TableCallback intoTable(Result &r)
{
    return [&r](const SnmpError &e, const SnmpTable &rows) {
        ++r.calls;
        r.done = true;
        r.error = e;
        r.rows = rows;
    };
}

quint16 freeUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

} // namespace

class TestSnmpSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_agent;
    quint16 m_port = 0;

    SnmpTarget v2c(const QByteArray &community = "olt") const
    {
        SnmpTarget t;
        t.host = u"127.0.0.1"_s;
        t.port = m_port;
        t.community = community;
        t.timeoutMs = 1000;
        t.retries = 1;
        t.maxRepetitions = 20;
        return t;
    }
    SnmpTarget v3(const QByteArray &auth = kV3Auth) const
    {
        SnmpTarget t = v2c();
        t.version = SnmpTarget::Version::V3;
        t.community.clear();
        t.user = kV3User;
        t.authPassword = auth;
        t.privPassword = kV3Priv;
        t.contextName = "olt";
        return t;
    }

    void writeData(const QString &path)
    {
        QList<std::pair<Oid, QByteArray>> records;
        records.append({kSysDescrOid, "4|" + kSysDescr.toUtf8()});
        records.append({Oid::fromString(u"1.3.6.1.2.1.1.2.0"), "6|1.3.6.1.4.1.2011.2.248"});
        for (quint32 port : kPorts) {
            for (quint32 onu = 0; onu < kOnusPerPort; ++onu) {
                const Oid index({port, onu});
                records.append({column(0).appended(index), "4x|" + serialOf(port, onu).toHex()});
                records.append({column(1).appended(index), "4|" + descOf(port, onu)});
                records.append({column(2).appended(index), "2|" + QByteArray::number(stateOf(port, onu))});
            }
        }
        // A neighbour after the table so that the walk must notice leaving it.
        records.append({Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.44.1.1.1"), "2|7"});
        std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const auto &[oid, rest] : records)
            file.write(oid.toString().toUtf8() + '|' + rest + '\n');
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup);
    }

    // snmpbulkwalk's view of one column: index suffix -> printed value.
    QHash<Oid, QString> referenceWalk(const Oid &col)
    {
        QProcess p;
        p.start(u"snmpbulkwalk"_s,
                {u"-v2c"_s, u"-c"_s, u"olt"_s, u"-On"_s, u"-Oq"_s, u"-Cr25"_s, u"127.0.0.1:%1"_s.arg(m_port),
                 col.toString()});
        p.waitForFinished(20000);
        const QByteArray errors = p.readAllStandardError();
        if (!errors.isEmpty())
            qWarning("snmpbulkwalk: %s", errors.constData());
        QHash<Oid, QString> out;
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const qsizetype space = line.indexOf(u' ');
            const auto oid = Oid::parse(QStringView(line).left(space));
            if (oid && oid->startsWith(col))
                out.insert(oid->mid(col.size()), line.mid(space + 1).trimmed());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        Test::isolateFromUserData();
        if (QStandardPaths::findExecutable(u"snmpsimd"_s).isEmpty())
            QSKIP("snmpsimd (Debian package snmpsim) is not installed: no agent to test against");
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(u"data"_s);
        const QString cache = m_dir.filePath(u"cache"_s);
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QDir().mkpath(cache));
        const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
        // snmpsimd drops privileges to nobody: it must read the data and write the cache.
        QFile::setPermissions(m_dir.path(), all);
        QFile::setPermissions(data, all);
        QFile::setPermissions(cache, all | QFile::WriteGroup | QFile::WriteOther);
        writeData(data + u"/olt.snmprec"_s);
        m_port = freeUdpPort();
        QVERIFY(m_port != 0);
        // To a file, never an unread pipe: snmpsimd logs every request and stops answering once a pipe is full.
        m_agent.setProcessChannelMode(QProcess::MergedChannels);
        m_agent.setStandardOutputFile(m_dir.filePath(u"snmpsimd.log"_s));
        m_agent.start(u"snmpsimd"_s,
                      {u"--data-dir="_s + data, u"--cache-dir="_s + cache,
                       u"--agent-udpv4-endpoint=127.0.0.1:%1"_s.arg(m_port), u"--process-user=nobody"_s,
                       u"--process-group=nogroup"_s, u"--v3-user="_s + QString::fromUtf8(kV3User),
                       u"--v3-auth-key="_s + QString::fromUtf8(kV3Auth), u"--v3-auth-proto=SHA"_s,
                       u"--v3-priv-key="_s + QString::fromUtf8(kV3Priv), u"--v3-priv-proto=AES"_s});
        QVERIFY(m_agent.waitForStarted(5000));
        // Ready when it answers.
        SnmpTarget probe = v2c();
        probe.timeoutMs = 300;
        probe.retries = 0;
        QElapsedTimer clock;
        clock.start();
        bool up = false;
        while (!up && clock.elapsed() < 15000 && m_agent.state() == QProcess::Running) {
            SnmpSession session(probe);
            Result r;
            session.get({kSysDescrOid}, into(r));
            QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
            up = !r.error.isError();
        }
        QFile log(m_dir.filePath(u"snmpsimd.log"_s));
        QVERIFY2(up, log.open(QIODevice::ReadOnly) ? log.readAll().right(2000).constData() : "snmpsimd did not answer");
    }

    void cleanupTestCase()
    {
        if (m_agent.state() != QProcess::NotRunning) {
            m_agent.terminate();
            if (!m_agent.waitForFinished(3000))
                m_agent.kill();
            m_agent.waitForFinished(3000);
        }
    }

    void oid_parseFormatCompare()
    {
        QCOMPARE(Oid::parse(u".1.3.6.1.4294967295")->ids(), (QList<quint32>{1, 3, 6, 1, 4294967295u}));
        QVERIFY(!Oid::parse(u"1.3.4294967296"));
        QVERIFY(!Oid::parse(u"1..3"));
        QVERIFY(!Oid::parse(u"1.3.x"));
        QVERIFY(!Oid::parse(u"1.+3"));
        QCOMPARE(Oid::fromString(u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3.4194312192.0").toString(),
                 u"1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3.4194312192.0"_s);
        QVERIFY(Oid::fromString(u"1.3.6.1.9") < Oid::fromString(u"1.3.6.1.10"));
        QVERIFY(Oid::fromString(u"1.3.6") < Oid::fromString(u"1.3.6.0"));
        QVERIFY(Oid::fromString(u"1.3.2147483648") > Oid::fromString(u"1.3.2147483647"));
        QVERIFY(Oid::fromString(u"1.3.6.1").startsWith(Oid::fromString(u"1.3.6")));
        QVERIFY(!Oid::fromString(u"1.3.61").startsWith(Oid::fromString(u"1.3.6")));
    }

    void v2c_getSysDescr()
    {
        SnmpSession session(v2c());
        Result r;
        session.get({kSysDescrOid, Oid::fromString(u"1.3.6.1.2.1.1.99.0")}, into(r));
        QVERIFY(!r.done); // never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.varBinds.size(), 2);
        QCOMPARE(r.varBinds[0].oid, kSysDescrOid);
        QVERIFY2(r.varBinds[0].value.type == SnmpValue::Type::OctetString,
                 qPrintable(toString(r.varBinds[0].value.type)));
        QCOMPARE(r.varBinds[0].value.toString(), kSysDescr);
        QVERIFY(r.varBinds[1].value.isException());
    }

    void v2c_getNextAndBulk()
    {
        SnmpSession session(v2c());
        Result next;
        session.getNext({Oid::fromString(u"1.3.6.1.2.1.1.1.0")}, into(next));
        QTRY_VERIFY_WITH_TIMEOUT(next.done, 5000);
        QVERIFY2(!next.error.isError(), qPrintable(next.error.message));
        QCOMPARE(next.varBinds.size(), 1);
        QVERIFY2(next.varBinds[0].value.type == SnmpValue::Type::ObjectId,
                 qPrintable(toString(next.varBinds[0].value.type)));
        QCOMPARE(next.varBinds[0].value.toOid(), Oid::fromString(u"1.3.6.1.4.1.2011.2.248"));

        Result bulk;
        session.getBulk({kSysDescrOid, column(0)}, 1, 5, into(bulk));
        QTRY_VERIFY_WITH_TIMEOUT(bulk.done, 5000);
        QVERIFY2(!bulk.error.isError(), qPrintable(bulk.error.message));
        QCOMPARE(bulk.varBinds.size(), 6); // 1 non-repeater + 5 repetitions
        QCOMPARE(bulk.varBinds[0].oid, Oid::fromString(u"1.3.6.1.2.1.1.2.0"));
        QCOMPARE(bulk.varBinds[1].oid, column(0).appended(Oid({kPorts[0], 0})));
        QCOMPARE(bulk.varBinds[1].value.toBytes(), serialOf(kPorts[0], 0));
        QCOMPARE(bulk.varBinds[5].oid, column(0).appended(Oid({kPorts[0], 4})));
    }

    void walk_data()
    {
        QTest::addColumn<bool>("useV3");
        QTest::newRow("v2c") << false;
        QTest::newRow("v3 authPriv SHA/AES") << true;
    }
    void walk()
    {
        QFETCH(bool, useV3);
        SnmpSession session(useV3 ? v3() : v2c());
        Result r;
        QElapsedTimer clock;
        clock.start();
        session.walkColumns({column(0), column(1), column(2)}, intoTable(r));
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        qInfo("walk of 3 x 300 cells took %lld ms", clock.elapsed());
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.rows.size(), qsizetype(kPorts.size() * kOnusPerPort));
        for (quint32 port : kPorts) {
            for (quint32 onu = 0; onu < kOnusPerPort; ++onu) {
                const QList<SnmpValue> row = r.rows.value(Oid({port, onu}));
                QCOMPARE(row.size(), 3);
                QCOMPARE(row[0].toBytes(), serialOf(port, onu));
                QCOMPARE(row[1].toBytes(), descOf(port, onu));
                QVERIFY2(row[2].type == SnmpValue::Type::Integer, qPrintable(toString(row[2].type)));
                QCOMPARE(row[2].toLongLong(), stateOf(port, onu));
            }
        }
        // Indexes above 2^31 come back as the same unsigned numbers.
        const Oid huawei({4194312192u, 0});
        QVERIFY(r.rows.contains(huawei));
        QCOMPARE(huawei.ids().first(), 4194312192u);
    }

    void walk_equalsSnmpBulkWalk()
    {
        if (QStandardPaths::findExecutable(u"snmpbulkwalk"_s).isEmpty())
            QSKIP("snmpbulkwalk (package snmp) is not installed");
        SnmpSession session(v2c());
        Result r;
        session.walkColumns({column(0), column(1), column(2)}, intoTable(r));
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        for (int c = 0; c < 3; ++c) {
            const QHash<Oid, QString> reference = referenceWalk(column(c));
            // Every row snmpbulkwalk prints must be ours, with the same value.
            QVERIFY2(reference.size() >= 100, qPrintable(QString::number(reference.size())));
            QVERIFY(reference.size() <= r.rows.size());
            for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
                QVERIFY2(r.rows.contains(it.key()), qPrintable(it.key().toString()));
                const SnmpValue v = r.rows.value(it.key()).value(c); // a copy: value() returns a temporary list
                const QString ours = v.toString();
                QCOMPARE(QString(it.value()).remove(u'"').trimmed(), ours);
            }
        }
    }

    void v3WrongAuthKey_isAuth()
    {
        SnmpSession session(v3("not-the-auth-key"));
        Result r;
        session.get({kSysDescrOid}, into(r));
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 8000);
        QVERIFY2(r.error.kind == SnmpError::Kind::Auth
                     || (r.error.kind == SnmpError::Kind::Timeout
                         && r.error.message.contains(u"wrong SNMPv3 user or keys"_s)),
                 qPrintable(toString(r.error.kind) + u": "_s + r.error.message));
        qInfo("%s", qPrintable(r.error.message));

        // net-snmp caches one USM user per engine for the whole process: the right keys must work again at once.
        SnmpSession fixed(v3());
        Result again;
        fixed.get({kSysDescrOid}, into(again));
        QTRY_VERIFY_WITH_TIMEOUT(again.done, 8000);
        QVERIFY2(!again.error.isError(), qPrintable(again.error.message));
        QCOMPARE(again.varBinds.value(0).value.toString(), kSysDescr);
    }

    void walks_takeTurnsPerAgent_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("one walk at a time (Huawei)") << 1;
        QTest::newRow("two at a time") << 2;
    }
    void walks_takeTurnsPerAgent()
    {
        QFETCH(int, concurrency);
        SnmpTarget t = v2c();
        t.walkConcurrency = concurrency;
        t.maxRepetitions = 10;
        SnmpSession session(t);
        QList<int> finished;
        int mostAtOnce = 0;
        for (int i = 0; i < 4; ++i)
            session.walkColumns({column(0), column(1)}, [&, i](const SnmpError &e, const SnmpTable &rows) {
                QVERIFY2(!e.isError(), qPrintable(e.message));
                QCOMPARE(rows.size(), qsizetype(kPorts.size() * kOnusPerPort));
                finished.append(i);
            });
        QCOMPARE(session.runningWalks(), 0); // nothing starts inside the call
        QElapsedTimer clock;
        clock.start();
        while (finished.size() < 4 && clock.elapsed() < 20000) {
            QTest::qWait(1);
            mostAtOnce = qMax(mostAtOnce, session.runningWalks());
        }
        QCOMPARE(finished.size(), 4);
        QCOMPARE(mostAtOnce, concurrency);
        if (concurrency == 1)
            QCOMPARE(finished, (QList<int>{0, 1, 2, 3})); // in arrival order
        QCOMPARE(session.pendingCount(), 0);
    }

    void v3UnknownUser_isAuth()
    {
        SnmpTarget t = v3();
        t.user = "nobody-here";
        SnmpSession session(t);
        Result r;
        session.get({kSysDescrOid}, into(r));
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 8000);
        QVERIFY2(r.error.kind == SnmpError::Kind::Auth
                     || (r.error.kind == SnmpError::Kind::Timeout
                         && r.error.message.contains(u"wrong SNMPv3 user or keys"_s)),
                 qPrintable(toString(r.error.kind) + u": "_s + r.error.message));
        qInfo("%s", qPrintable(r.error.message));
    }

    void wrongCommunity_isTimeoutWithClearMessage()
    {
        SnmpTarget t = v2c("not-the-community");
        t.timeoutMs = 400;
        t.retries = 1;
        SnmpSession session(t);
        Result r;
        QElapsedTimer clock;
        clock.start();
        session.get({kSysDescrOid}, into(r));
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(r.error.kind == SnmpError::Kind::Timeout,
                 qPrintable(toString(r.error.kind) + u": "_s + r.error.message));
        QVERIFY2(r.error.message.contains(u"no answer"_s)
                     && r.error.message.contains(u"wrong community, or the agent is down"_s),
                 qPrintable(r.error.message));
        QVERIFY2(elapsed >= 700 && elapsed <= 800 + 500, qPrintable(QString::number(elapsed)));
    }

    void deadPort_isTimeout()
    {
        SnmpTarget t = v2c();
        t.port = freeUdpPort();
        t.timeoutMs = 200;
        t.retries = 0;
        SnmpSession session(t);
        Result r;
        session.get({kSysDescrOid}, into(r));
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        // On 127.0.0.1 a closed port may also answer ICMP unreachable; it is still "no answer".
        QVERIFY2(r.error.kind == SnmpError::Kind::Timeout,
                 qPrintable(toString(r.error.kind) + u": "_s + r.error.message));
    }

    void destroyingASessionDuringV3Discovery_doesNotWaitForIt()
    {
        // An SNMPv3 session's first message discovers the agent's engine id synchronously on the poller
        // thread: against a silent agent that lasts timeout x attempts (2.1 s here). Closing the owner (a
        // window, the app) must not wait for it.
        SnmpTarget t = v3();
        t.port = freeUdpPort();
        t.timeoutMs = 700;
        t.retries = 2;
        auto session = std::make_unique<SnmpSession>(t);
        bool called = false;
        session->get({kSysDescrOid}, [&](const SnmpError &, const QList<VarBind> &) { called = true; });
        QTest::qWait(200); // the discovery is under way
        QElapsedTimer clock;
        clock.start();
        session.reset();
        const qint64 closing = clock.elapsed();
        QVERIFY2(closing < 1000, qPrintable(u"the destructor waited %1 ms"_s.arg(closing)));
        // The discovery still holds net-snmp's process lock (docs/snmp.md, "Known limits"): let it end, so
        // that the next cases do not wait behind it.
        QTest::qWait(2500);
        QVERIFY(!called); // a session that is gone calls nobody back
    }

    void cancelMidWalk_givesCanceledAndNothingLater()
    {
        SnmpTarget t = v2c();
        t.maxRepetitions = 2; // many PDUs
        SnmpSession session(t);
        Result walk;
        Result get;
        session.walkColumns({column(0), column(1), column(2)}, intoTable(walk));
        QTest::qWait(30); // some PDUs of the walk have been answered
        QVERIFY(!walk.done);
        session.get({kSysDescrOid}, into(get));
        session.cancel();
        QCOMPARE(walk.calls, 1);
        QVERIFY2(walk.error.kind == SnmpError::Kind::Canceled, qPrintable(toString(walk.error.kind)));
        QCOMPARE(get.calls, 1);
        QVERIFY2(get.error.kind == SnmpError::Kind::Canceled, qPrintable(toString(get.error.kind)));
        QCOMPARE(session.pendingCount(), 0);
        QTest::qWait(500);
        QCOMPARE(walk.calls, 1);
        QCOMPARE(get.calls, 1);
        // The session is still usable.
        Result after;
        session.get({kSysDescrOid}, into(after));
        QTRY_VERIFY_WITH_TIMEOUT(after.done, 5000);
        QVERIFY2(!after.error.isError(), qPrintable(after.error.message));
    }
};

QTEST_GUILESS_MAIN(TestSnmpSession)
#include "tst_snmpsession.moc"
