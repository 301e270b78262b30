// SPDX-License-Identifier: GPL-3.0-or-later
// SNMP at OLT scale: a Huawei MA5600-layout OLT with 4,096 ONUs served by a real snmpsimd, walked for the six
// columns the console polls (serial, description, run status, last down cause, Rx, OLT Rx) by Beholder's
// engine (one multi-column GETBULK walk) and by net-snmp's `snmpbulkwalk` with its default settings (one
// walk per column), in the same run, on the same OIDs:
//   (1) on plain loopback, where snmpsimd's own speed bounds both;
//   (2) through a UDP relay in this process that holds every datagram rtt/2 in each direction, like an OLT
//       across the ISP's network, where the number of round trips decides;
//   (3) 20 such OLTs polled through SnmpScheduler (the polling queue's limit of 5 concurrent jobs) with a
//       runner that walks and decodes each OLT as production does.
// Figures only, no assertions on time; the exit code is non-zero only when an answer is wrong (row counts).
// The last line:
//   RESULT walk_s=… snmpbulkwalk_s=… ratio=… rtt10_walk_s=… rtt10_snmpbulkwalk_s=… rtt10_ratio=… olts20_s=…
#include "simulator/snmp/simolt.h"
#include "simulator/snmp/snmprecwriter.h"
#include "simulator/snmp/snmpsimagent.h"
#include "snmp/executionjournal.h"
#include "snmp/onudecoder.h"
#include "snmp/snmprunner.h"
#include "snmp/snmpscheduler.h"
#include "snmp/snmpsession.h"
#include "snmp/vendorprofile.h"
#include "util/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkDatagram>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <atomic>
#include <deque>
#include <memory>

using namespace Beholder;
using namespace Beholder::Snmp;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

constexpr int onusPerPort = 128; // Huawei ontId 0..127
constexpr int portsPerSlot = 16; // a 16-port GPON board

QString seconds(double s, int decimals = 2)
{
    return QString::number(s, 'f', decimals);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

// An OLT with `onus` ONUs on full ports of 128, 16 ports per board: 4,096 ONUs are two boards, as on an MA5800
// with a pair of 16-port GPON boards. Every 17th ONU is down (LOS), so the optics columns carry the vendor's
// "no value" sentinel as on a real OLT; serials differ between OLTs (`oltNumber`).
Sim::SimOlt makeOlt(const QString &name, int onus, int oltNumber)
{
    Sim::SimOlt olt;
    olt.name = name;
    olt.layout = Sim::SimOlt::Layout::HuaweiMa5600;
    olt.onus.reserve(onus);
    for (int n = 0; n < onus; ++n) {
        Sim::SimOnu onu;
        onu.frame = 0;
        onu.slot = 1 + n / (onusPerPort * portsPerSlot);
        onu.port = (n / onusPerPort) % portsPerSlot;
        onu.onuId = n % onusPerPort;
        onu.serial = "HWTC";
        onu.serial.append(char(oltNumber)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
        onu.description = u"cliente-%1-%2"_s.arg(oltNumber).arg(n);
        onu.equipmentId = u"HG8145V5"_s;
        onu.distanceM = 500 + n % 9000;
        if (n % 17 == 0) {
            onu.state = Sim::SimOnu::State::Los;
            onu.lastDownCause = u"LOS"_s;
        } else {
            onu.rxDbm = -18.0 - (n % 90) / 10.0;
            onu.txDbm = 2.1;
            onu.oltRxDbm = -20.0 - (n % 80) / 10.0;
            if (n % 5 == 0)
                onu.lastDownCause = u"dying-gasp"_s; // an earlier power cut
        }
        olt.onus.append(onu);
    }
    return olt;
}

// The six columns the console polls, as the huawei-ma5600 profile names them.
QList<ProfileColumn> benchColumns(const VendorProfile &profile)
{
    const QList<OidPurpose> wanted = {OidPurpose::Serial,        OidPurpose::Description, OidPurpose::RunState,
                                      OidPurpose::LastDownCause, OidPurpose::RxPower,     OidPurpose::OltRxPower};
    QList<ProfileColumn> columns;
    for (const OidPurpose purpose : wanted)
        for (const ProfileColumn &column : profile.columns)
            if (column.purpose == purpose) {
                columns.append(column);
                break;
            }
    return columns;
}

// --- The relay -------------------------------------------------------------------------------------------

// Forwards datagrams between clients on 127.0.0.1 and one agent, holding each one half of `roundTripMs` in
// each direction. Every client address:port gets its own upstream socket, so that the agent's replies go back to
// the client that asked, however many talk at once. All delays are equal, so one FIFO in arrival order is
// also in due order: nothing is reordered, nothing dropped (a datagram waits, it never expires). It lives on
// a thread of its own: the bench's event loop (the engine's replies, QProcess pipes) never delays a datagram.
class UdpRelay final : public QObject
{
public:
    UdpRelay(QHostAddress agentHost, quint16 agentPort, int roundTripMs)
        : m_agentHost(std::move(agentHost))
        , m_agentPort(agentPort)
        , m_delayNs(qint64(roundTripMs) * 500'000) // half of it each way
    { }

    // On the relay's thread: binds the client-facing socket; its port, or 0.
    quint16 listen()
    {
        m_clock.start();
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may be 5 % late: half a millisecond per hop
        connect(m_timer, &QTimer::timeout, this, &UdpRelay::flush);
        m_listener = new QUdpSocket(this);
        if (!m_listener->bind(QHostAddress::LocalHost, 0))
            return 0;
        // Several clients' pages may arrive while one is read: room for them rather than loss.
        m_listener->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 << 20);
        connect(m_listener, &QUdpSocket::readyRead, this, &UdpRelay::readClients);
        return m_listener->localPort();
    }

    quint64 forwarded() const { return m_forwarded.load(); }
    int clients() const { return m_clients.load(); }
    // How long a datagram stayed in the relay on average, in milliseconds.
    double meanHoldMs() const
    {
        const quint64 n = m_forwarded.load();
        return n ? double(m_heldNs.load()) / double(n) / 1e6 : 0.0;
    }

private:
    struct Packet
    {
        qint64 dueNs = 0;
        QUdpSocket *via = nullptr;
        QHostAddress to;
        quint16 toPort = 0;
        QByteArray data;
    };

    void readClients()
    {
        while (m_listener->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_listener->receiveDatagram();
            if (!datagram.isValid())
                continue;
            QUdpSocket *upstream = upstreamFor(datagram.senderAddress(), quint16(datagram.senderPort()));
            if (upstream)
                enqueue({0, upstream, m_agentHost, m_agentPort, datagram.data()});
        }
    }

    QUdpSocket *upstreamFor(const QHostAddress &client, quint16 clientPort)
    {
        const quint64 key = quint64(client.toIPv4Address()) << 16 | clientPort;
        if (QUdpSocket *known = m_upstream.value(key))
            return known;
        auto *upstream = new QUdpSocket(this);
        if (!upstream->bind(QHostAddress::LocalHost, 0)) {
            delete upstream;
            return nullptr;
        }
        upstream->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 << 20);
        connect(upstream, &QUdpSocket::readyRead, this, [this, upstream, client, clientPort] {
            while (upstream->hasPendingDatagrams()) {
                const QNetworkDatagram datagram = upstream->receiveDatagram();
                if (datagram.isValid())
                    enqueue({0, m_listener, client, clientPort, datagram.data()});
            }
        });
        m_upstream.insert(key, upstream);
        m_clients.store(int(m_upstream.size()));
        return upstream;
    }

    static constexpr qint64 halfMs = 500'000;

    void enqueue(Packet packet)
    {
        packet.dueNs = m_clock.nsecsElapsed() + m_delayNs;
        m_queue.push_back(std::move(packet));
        if (m_queue.size() == 1)
            arm();
    }

    void flush()
    {
        // Qt's timers count whole milliseconds: a datagram leaves within half a millisecond of its due time,
        // early or late, so that the delay is right on average (always rounding up added ~1 ms per round trip).
        const qint64 now = m_clock.nsecsElapsed() + halfMs;
        while (!m_queue.empty() && m_queue.front().dueNs <= now) {
            const Packet &p = m_queue.front();
            p.via->writeDatagram(p.data, p.to, p.toPort);
            m_heldNs += m_clock.nsecsElapsed() - (p.dueNs - m_delayNs);
            ++m_forwarded;
            m_queue.pop_front();
        }
        arm();
    }

    void arm()
    {
        if (m_queue.empty())
            return;
        const qint64 waitNs = m_queue.front().dueNs - m_clock.nsecsElapsed();
        m_timer->start(int(std::max<qint64>(0, (waitNs + halfMs) / 1'000'000)));
    }

    QHostAddress m_agentHost;
    quint16 m_agentPort;
    qint64 m_delayNs;
    QElapsedTimer m_clock;
    QTimer *m_timer = nullptr;
    QUdpSocket *m_listener = nullptr;
    QHash<quint64, QUdpSocket *> m_upstream; // client IPv4 << 16 | port
    std::deque<Packet> m_queue;
    std::atomic<quint64> m_forwarded{0};
    std::atomic<qint64> m_heldNs{0};
    std::atomic<int> m_clients{0};
};

// A UdpRelay with its thread.
class RelayThread
{
public:
    RelayThread(const QHostAddress &agentHost, quint16 agentPort, int roundTripMs)
        : m_relay(new UdpRelay(agentHost, agentPort, roundTripMs))
    {
        m_thread.setObjectName(u"udp relay"_s);
        m_relay->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_relay, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(m_relay, &UdpRelay::listen, Qt::BlockingQueuedConnection, &m_port);
    }
    ~RelayThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    RelayThread(const RelayThread &) = delete;
    RelayThread &operator=(const RelayThread &) = delete;

    quint16 port() const { return m_port; }
    quint64 forwarded() const { return m_relay->forwarded(); }
    int clients() const { return m_relay->clients(); }
    double meanHoldMs() const { return m_relay->meanHoldMs(); }

private:
    QThread m_thread;
    UdpRelay *m_relay;
    quint16 m_port = 0;
};

// --- Walks -----------------------------------------------------------------------------------------------

struct WalkRun
{
    double seconds = 0;
    SnmpError error;
    SnmpTable rows;
    qsizetype cells = 0; // values that are not Null
};

// One walk of `columns` by the engine, from opening the session (its thread, the socket) to the table.
WalkRun engineWalk(const SnmpTarget &target, const QList<Oid> &columns)
{
    WalkRun run;
    QElapsedTimer clock;
    clock.start();
    {
        SnmpSession session(target);
        QEventLoop loop;
        session.walkColumns(columns, [&](const SnmpError &error, const SnmpTable &rows) {
            run.error = error;
            run.rows = rows;
            loop.quit();
        });
        loop.exec();
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (const QList<SnmpValue> &row : std::as_const(run.rows))
        run.cells += std::count_if(row.cbegin(), row.cend(),
                                   [](const SnmpValue &v) { return v.type != SnmpValue::Type::Null; });
    return run;
}

// The same columns walked one at a time by the engine: what multi-column GETBULK saves.
WalkRun engineWalkPerColumn(const SnmpTarget &target, const QList<Oid> &columns)
{
    WalkRun total;
    for (const Oid &column : columns) {
        const WalkRun one = engineWalk(target, {column});
        total.seconds += one.seconds;
        total.cells += one.cells;
        if (one.error.isError() && !total.error.isError())
            total.error = one.error;
    }
    return total;
}

struct ToolRun
{
    double seconds = 0;
    qsizetype cells = 0;
    QString error;
};

// `snmpbulkwalk -v2c -c COMMUNITY -On -Oq HOST:PORT COLUMN`, once per column, one after the other: its
// defaults otherwise (-Cr10, timeout 1 s, 5 retries). Wall time includes each process's start, as an
// operator's script pays it. `environment` is the one the bench started with: the engine clears MIBS for
// itself, and snmpbulkwalk should load whatever MIBs it loads by default.
ToolRun snmpbulkwalk(const QString &program, const QProcessEnvironment &environment, const QString &community,
                     quint16 port, const QList<Oid> &columns)
{
    ToolRun run;
    QElapsedTimer clock;
    clock.start();
    for (const Oid &column : columns) {
        const QString oid = u"."_s + column.toString();
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, {u"-v2c"_s, u"-c"_s, community, u"-On"_s, u"-Oq"_s, u"127.0.0.1:%1"_s.arg(port), oid});
        if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            run.error = u"snmpbulkwalk %1: %2 %3"_s.arg(oid, process.errorString(),
                                                        QString::fromLocal8Bit(process.readAllStandardError()));
            break;
        }
        // A cell is a line in the column with a value: snmpsimd pads the last page past the end of its data with
        // endOfMibView, which snmpbulkwalk prints as "No more variables left in this MIB View" under the last OID.
        const QByteArray prefix = (oid + u'.').toLatin1();
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        run.cells += std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
            return line.startsWith(prefix) && !line.contains(" No more variables left")
                && !line.contains(" No Such Object") && !line.contains(" No Such Instance");
        });
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    return run;
}

// Median round trip of a GET of sysDescr, in milliseconds: what the relay really adds.
double measureRttMs(const SnmpTarget &target, int samples = 15)
{
    SnmpSession session(target);
    const Oid sysDescr = Oid::fromString(u"1.3.6.1.2.1.1.1.0");
    QList<double> ms;
    for (int i = 0; i < samples; ++i) {
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        session.get({sysDescr}, [&](const SnmpError &, const QList<VarBind> &) { loop.quit(); });
        loop.exec();
        ms << double(clock.nsecsElapsed()) / 1e6;
    }
    return median(ms);
}

struct PhaseResult
{
    double walkSeconds = 0;
    double toolSeconds = 0;
    bool ok = true;
};

// One phase, all against the same agent address: the engine at other max-repetitions and one column per walk
// (once each, to show what each choice costs), then the RESULT pair, `repeat` times in alternation so that
// the load of a shared machine falls on both alike: the engine at the chosen max-repetitions, and
// snmpbulkwalk. The medians are the phase's figures.
PhaseResult runPhase(const QString &title, SnmpTarget target, const QList<Oid> &columns, int expectedRows,
                     const QList<int> &maxRepetitions, int chosenMaxRep, const QString &chosenBy, int repeat,
                     const QString &tool, const QProcessEnvironment &toolEnvironment)
{
    PhaseResult result;
    const qsizetype expectedCells = qsizetype(expectedRows) * columns.size();
    out << "\n== " << title << " (" << target.displayName() << ")\n";
    const auto engineLine = [&](int maxRep, const WalkRun &run, const QString &suffix) {
        const bool rowsOk = !run.error.isError() && run.rows.size() == expectedRows;
        result.ok = result.ok && rowsOk;
        out << "  engine, " << columns.size() << " columns per GETBULK, max-repetitions " << maxRep << ": "
            << seconds(run.seconds) << " s, " << run.rows.size() << " rows, " << run.cells << " cells" << suffix
            << (run.error.isError() ? u"  ERROR: "_s + run.error.message : QString())
            << (rowsOk ? QString() : u"  WRONG ROW COUNT (expected %1)"_s.arg(expectedRows)) << "\n";
        out.flush();
    };
    for (const int maxRep : maxRepetitions) {
        if (maxRep == chosenMaxRep)
            continue;
        target.maxRepetitions = maxRep;
        engineLine(maxRep, engineWalk(target, columns), QString());
    }
    SnmpTarget perColumnTarget = target;
    perColumnTarget.maxRepetitions = 10; // snmpbulkwalk's default: the same pages, fetched as it fetches them
    const WalkRun perColumn = engineWalkPerColumn(perColumnTarget, columns);
    out << "  engine, one column per walk, max-repetitions 10: " << seconds(perColumn.seconds) << " s, "
        << perColumn.cells << " cells"
        << (perColumn.error.isError() ? u"  ERROR: "_s + perColumn.error.message : QString()) << "\n";
    out.flush();

    target.maxRepetitions = chosenMaxRep;
    QList<double> engineSeconds;
    QList<double> toolSeconds;
    for (int i = 1; i <= repeat; ++i) {
        const WalkRun run = engineWalk(target, columns);
        engineSeconds << run.seconds;
        engineLine(chosenMaxRep, run, u"  (%1, run %2/%3)"_s.arg(chosenBy).arg(i).arg(repeat));
        const ToolRun bulk
            = snmpbulkwalk(tool, toolEnvironment, QString::fromUtf8(target.community), target.port, columns);
        toolSeconds << bulk.seconds;
        out << "  snmpbulkwalk (defaults, -Cr10), " << columns.size() << " walks in a row: " << seconds(bulk.seconds)
            << " s, " << bulk.cells << " cells  (run " << i << "/" << repeat << ")"
            << (bulk.error.isEmpty() ? QString() : u"  ERROR: "_s + bulk.error)
            << (bulk.cells == expectedCells ? QString() : u"  (expected %1 cells)"_s.arg(expectedCells)) << "\n";
        out.flush();
    }
    result.walkSeconds = median(engineSeconds);
    result.toolSeconds = median(toolSeconds);
    out << "  median of " << repeat << ": engine " << seconds(result.walkSeconds) << " s, snmpbulkwalk "
        << seconds(result.toolSeconds) << " s, ratio "
        << seconds(result.toolSeconds > 0 ? result.walkSeconds / result.toolSeconds : 0) << "\n";
    out.flush();
    return result;
}

// --- Scheduler -------------------------------------------------------------------------------------------

// The journal in memory: the scheduler needs one; the bench reads when each execution ran.
class MemoryJournal final : public ExecutionJournal
{
public:
    struct Entry
    {
        int oltId = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
        ExecutionStatus status = ExecutionStatus::Pending;
        QString error;
        int onus = 0;
        int attempts = 0;
    };
    QHash<qint64, Entry> entries;

    qint64 createExecution(int, int oltId, JobKind, qint64) override
    {
        const qint64 id = m_nextId++;
        entries[id].oltId = oltId;
        return id;
    }
    void markRunning(qint64 id, const QDateTime &startedAt) override
    {
        entries[id].status = ExecutionStatus::Running;
        entries[id].startedAt = startedAt;
    }
    void recordAttempt(qint64 id, int, const QDateTime &, const QDateTime &, const RunOutcome &,
                       const QDateTime &) override
    {
        ++entries[id].attempts;
    }
    void finishExecution(qint64 id, ExecutionStatus status, const QString &error, int onus,
                         const QDateTime &finishedAt) override
    {
        Entry &e = entries[id];
        e.status = status;
        e.error = error;
        e.onus = onus;
        e.finishedAt = finishedAt;
    }

private:
    qint64 m_nextId = 1;
};

// What the OLT poller does for a polling job: a session per OLT with the profile's engine settings, one walk
// of the columns, the ONUs decoded.
class WalkRunner final : public SnmpRunner
{
public:
    WalkRunner(const VendorProfile &profile, QList<ProfileColumn> columns, QHash<int, SnmpTarget> targets)
        : m_profile(profile)
        , m_columns(std::move(columns))
        , m_targets(std::move(targets))
    { }

    void start(const ScheduledRun &run, Done done) override
    {
        auto *session = new SnmpSession(m_targets.value(run.oltId));
        m_sessions.insert(run.executionId, session);
        const qint64 id = run.executionId;
        session->walkColumns(
            columnOids(m_columns), [this, id, session, done](const SnmpError &error, const SnmpTable &rows) {
                m_sessions.remove(id);
                session->deleteLater(); // not from inside its own callback
                if (error.isError()) {
                    done(RunOutcome::failure(error.kind == SnmpError::Kind::Timeout ? RunOutcome::Kind::Timeout
                                                                                    : RunOutcome::Kind::Error,
                                             error.message));
                    return;
                }
                const QList<OnuReading> onus = decodeOnus(m_profile, m_columns, rows, QDateTime::currentDateTimeUtc());
                done(RunOutcome::success(int(onus.size())));
            });
    }

    void cancel(qint64 executionId) override
    {
        // Destroying the session drops its walk without calling back: `done` must not come after a cancel.
        delete m_sessions.take(executionId);
    }

private:
    const VendorProfile &m_profile;
    QList<ProfileColumn> m_columns;
    QHash<int, SnmpTarget> m_targets;
    QHash<qint64, SnmpSession *> m_sessions;
};

} // namespace

int main(int argc, char *argv[])
{
    // Before anything touches net-snmp (which clears MIBS for the engine): snmpbulkwalk gets the environment
    // an operator's shell would give it.
    const QProcessEnvironment toolEnvironment = QProcessEnvironment::systemEnvironment();
    QCoreApplication app(argc, argv);
    initApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"SNMP walk timings against snmpsimd: Beholder's engine vs snmpbulkwalk"_s);
    parser.addHelpOption();
    const QCommandLineOption onusOption(u"onus"_s, u"ONUs per OLT (default 4096)."_s, u"N"_s, u"4096"_s);
    const QCommandLineOption oltsOption(u"olts"_s, u"OLTs polled through the scheduler (default 20)."_s, u"N"_s,
                                        u"20"_s);
    const QCommandLineOption rttOption(
        u"rtt-ms"_s, u"Round trip the relay adds (default 10; the RESULT keys keep their rtt10_ names)."_s, u"ms"_s,
        u"10"_s);
    const QCommandLineOption maxRepOption(
        u"max-repetitions"_s, u"The engine's max-repetitions for the RESULT (default: the profile's)."_s, u"N"_s);
    const QCommandLineOption agentsOption(
        u"agents"_s, u"snmpsimd processes serving the scheduler's OLTs (default 5, the polling queue's limit)."_s,
        u"N"_s, u"5"_s);
    const QCommandLineOption oltsRttOption(u"olts-rtt"_s,
                                           u"Poll the scheduler's OLTs through relays with the round trip too."_s);
    const QCommandLineOption repeatOption(
        u"repeat"_s, u"Runs of the RESULT pair (engine, snmpbulkwalk) per phase; the median counts (default 3)."_s,
        u"N"_s, u"3"_s);
    parser.addOptions({onusOption, oltsOption, rttOption, maxRepOption, agentsOption, oltsRttOption, repeatOption});
    parser.process(app);
    const int onuCount = std::max(1, parser.value(onusOption).toInt());
    const int oltCount = std::max(0, parser.value(oltsOption).toInt());
    const int rttMs = std::max(0, parser.value(rttOption).toInt());
    const int agentCount = std::clamp(parser.value(agentsOption).toInt(), 1, std::max(1, oltCount));
    const bool oltsThroughRelay = parser.isSet(oltsRttOption);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    if (!Sim::SnmpSimAgent::isAvailable()) {
        out << "snmpsimd not found in PATH: install the Debian package snmpsim\n";
        return 2;
    }
    const QString tool = QStandardPaths::findExecutable(u"snmpbulkwalk"_s);
    if (tool.isEmpty()) {
        out << "snmpbulkwalk not found in PATH: install the Debian package snmp\n";
        return 2;
    }

    const VendorProfile *profile = profileById(u"huawei-ma5600");
    const QList<ProfileColumn> columns = profile ? benchColumns(*profile) : QList<ProfileColumn>();
    if (columns.size() != 6) {
        out << "the huawei-ma5600 profile lacks one of the six benchmark columns\n";
        return 1;
    }
    const QList<Oid> oids = columnOids(columns);
    const QString chosenBy = parser.isSet(maxRepOption) ? u"--max-repetitions"_s : u"the profile's"_s;
    const int chosenMaxRep
        = parser.isSet(maxRepOption) ? std::max(1, parser.value(maxRepOption).toInt()) : profile->maxRepetitions;
    QList<int> maxReps = {10, 25, 50, chosenMaxRep};
    std::sort(maxReps.begin(), maxReps.end());
    maxReps.erase(std::unique(maxReps.begin(), maxReps.end()), maxReps.end());

    out << "OLT: Huawei MA5600 layout, " << onuCount << " ONUs (" << (onuCount + onusPerPort - 1) / onusPerPort
        << " PON ports of up to " << onusPerPort << "), columns:";
    for (const ProfileColumn &c : columns)
        out << " " << c.name;
    out << "\nprofile " << profile->id << ": max-repetitions " << profile->maxRepetitions << ", timeout "
        << profile->timeoutMs << " ms, retries " << profile->retries << ", walk concurrency "
        << profile->walkConcurrency << "\n";
    out.flush();

    // --- (1) and (2): one OLT, one snmpsimd.
    QTemporaryDir dir;
    const QString singleDir = dir.filePath(u"single"_s);
    QDir().mkpath(singleDir);
    const Sim::SimOlt olt = makeOlt(u"olt-bench"_s, onuCount, 0);
    QString error;
    if (!Sim::SnmprecWriter::write(olt, singleDir + u'/' + Sim::SnmprecWriter::fileName(olt), &error)) {
        out << "recording: " << error << "\n";
        return 1;
    }
    PhaseResult loopback;
    PhaseResult relayed;
    {
        Sim::SnmpSimAgent::Options options;
        options.dataDir = singleDir;
        options.startTimeoutMs = 300'000;
        Sim::SnmpSimAgent agent(options);
        QElapsedTimer startClock;
        startClock.start();
        if (!agent.start()) {
            out << "snmpsimd: " << agent.errorString() << "\n";
            return 1;
        }
        out << "snmpsimd (pid " << agent.processId() << ") answering on " << agent.host() << ":" << agent.port()
            << " after " << seconds(startClock.elapsed() / 1000.0, 1) << " s\n";
        SnmpTarget target = agent.v2cTarget(olt.name);
        profile->applyTo(target);
        // One walk before any timing: snmpsimd opens the data file and its index at the first request for it,
        // which neither side should pay.
        const WalkRun warmUp = engineWalk(target, oids);
        out << "warm-up walk: " << seconds(warmUp.seconds) << " s, " << warmUp.rows.size() << " rows\n";
        out << "snmpsimd answers at most 64 varbinds per GETBULK (--max-varbinds default): with " << oids.size()
            << " columns that is " << 64 / oids.size() << " rows per page whatever max-repetitions\n";
        out.flush();

        loopback = runPhase(u"loopback"_s, target, oids, onuCount, maxReps, chosenMaxRep, chosenBy, repeat, tool,
                            toolEnvironment);

        RelayThread relay(QHostAddress::LocalHost, agent.port(), rttMs);
        if (relay.port() == 0) {
            out << "relay: cannot bind a UDP port on 127.0.0.1\n";
            return 1;
        }
        SnmpTarget relayedTarget = target;
        relayedTarget.port = relay.port();
        out << "\nrelay on 127.0.0.1:" << relay.port() << ", " << rttMs / 2.0 << " ms each way; GET round trip: direct "
            << seconds(measureRttMs(target)) << " ms, relayed " << seconds(measureRttMs(relayedTarget)) << " ms\n";
        relayed = runPhase(u"round trip +%1 ms"_s.arg(rttMs), relayedTarget, oids, onuCount, maxReps, chosenMaxRep,
                           chosenBy, repeat, tool, toolEnvironment);
        out << "  relay forwarded " << relay.forwarded() << " datagrams for " << relay.clients()
            << " clients, holding each " << seconds(relay.meanHoldMs()) << " ms on average\n";
        out.flush();
    }

    // --- (3): the scheduler polls `oltCount` OLTs spread over `agentCount` snmpsimd processes.
    double oltsSeconds = 0;
    bool oltsOk = true;
    if (oltCount > 0) {
        out << "\n== " << oltCount << " OLTs of " << onuCount << " ONUs through SnmpScheduler (polling queue, "
            << QueuePolicy::forKind(JobKind::Polling).maxConcurrent << " concurrent), " << agentCount
            << " snmpsimd processes" << (oltsThroughRelay ? u", round trip +%1 ms"_s.arg(rttMs) : QString()) << "\n";
        out.flush();
        QList<QString> agentDirs;
        for (int a = 0; a < agentCount; ++a) {
            agentDirs << dir.filePath(u"agent-%1"_s.arg(a));
            QDir().mkpath(agentDirs.constLast());
        }
        QList<QString> names;
        for (int i = 0; i < oltCount; ++i) {
            const Sim::SimOlt one = makeOlt(u"olt-%1"_s.arg(i + 1, 2, 10, QChar(u'0')), onuCount, i + 1);
            if (!Sim::SnmprecWriter::write(one, agentDirs.at(i % agentCount) + u'/' + Sim::SnmprecWriter::fileName(one),
                                           &error)) {
                out << "recording: " << error << "\n";
                return 1;
            }
            names << one.name;
        }
        std::vector<std::unique_ptr<Sim::SnmpSimAgent>> agents;
        std::vector<std::unique_ptr<RelayThread>> relays;
        QElapsedTimer startClock;
        startClock.start();
        for (int a = 0; a < agentCount; ++a) {
            Sim::SnmpSimAgent::Options options;
            options.dataDir = agentDirs.at(a);
            options.startTimeoutMs = 600'000;
            agents.push_back(std::make_unique<Sim::SnmpSimAgent>(options));
            if (!agents.back()->start()) {
                out << "snmpsimd: " << agents.back()->errorString() << "\n";
                return 1;
            }
            if (oltsThroughRelay)
                relays.push_back(std::make_unique<RelayThread>(QHostAddress::LocalHost, agents.back()->port(), rttMs));
        }
        out << "  " << agentCount << " snmpsimd processes answering after " << seconds(startClock.elapsed() / 1000.0, 1)
            << " s\n";
        QHash<int, SnmpTarget> targets;
        for (int i = 0; i < oltCount; ++i) {
            SnmpTarget target = agents.at(size_t(i % agentCount))->v2cTarget(names.at(i));
            profile->applyTo(target);
            target.maxRepetitions = chosenMaxRep;
            if (oltsThroughRelay)
                target.port = relays.at(size_t(i % agentCount))->port();
            targets.insert(i + 1, target);
        }
        // As for the single OLT: snmpsimd opens a data file and its index at the first request for it, not at start.
        for (const SnmpTarget &target : std::as_const(targets))
            measureRttMs(target, 1);

        MemoryJournal journal;
        WalkRunner runner(*profile, columns, targets);
        SnmpScheduler scheduler(&runner, &journal);
        QueuePolicy polling = QueuePolicy::forKind(JobKind::Polling);
        // A failure is a finding to report, not something to wait 300 s and retry.
        polling.retries = 0;
        scheduler.setPolicy(JobKind::Polling, polling);
        QEventLoop loop;
        int finished = 0;
        QObject::connect(&scheduler, &SnmpScheduler::executionFinished, &loop,
                         [&](qint64, ExecutionStatus, const QString &) {
                             if (++finished == oltCount)
                                 loop.quit();
                         });
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < oltCount; ++i)
            scheduler.enqueue(1, i + 1, JobKind::Polling);
        loop.exec();
        oltsSeconds = double(clock.nsecsElapsed()) / 1e9;

        QList<double> perOlt;
        int succeeded = 0;
        for (const MemoryJournal::Entry &e : std::as_const(journal.entries)) {
            perOlt << double(e.startedAt.msecsTo(e.finishedAt)) / 1000.0;
            if (e.status == ExecutionStatus::Success && e.onus == onuCount) {
                ++succeeded;
            } else {
                oltsOk = false;
                out << "  OLT " << e.oltId << ": " << toString(e.status) << ", " << e.onus << " ONUs (expected "
                    << onuCount << ")" << (e.error.isEmpty() ? QString() : u": "_s + e.error) << "\n";
            }
        }
        out << "  " << succeeded << "/" << oltCount << " executions succeeded with " << onuCount << " ONUs each, in "
            << seconds(oltsSeconds) << " s; per OLT median " << seconds(median(perOlt)) << " s, max "
            << seconds(perOlt.isEmpty() ? 0 : *std::max_element(perOlt.cbegin(), perOlt.cend())) << " s\n";
        out.flush();
    }

    const auto ratio = [](const PhaseResult &p) { return p.toolSeconds > 0 ? p.walkSeconds / p.toolSeconds : 0.0; };
    out << "\nRESULT walk_s=" << seconds(loopback.walkSeconds) << " snmpbulkwalk_s=" << seconds(loopback.toolSeconds)
        << " ratio=" << seconds(ratio(loopback)) << " rtt10_walk_s=" << seconds(relayed.walkSeconds)
        << " rtt10_snmpbulkwalk_s=" << seconds(relayed.toolSeconds) << " rtt10_ratio=" << seconds(ratio(relayed))
        << " olts20_s=" << seconds(oltsSeconds) << "\n";
    out.flush();
    return loopback.ok && relayed.ok && oltsOk ? 0 : 1;
}
