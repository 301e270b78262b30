// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmpsimagent.h"

#include "snmp/snmpsession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Beholder::Sim {

namespace {

constexpr int probeTimeoutMs = 300;
constexpr int stopGraceMs = 3000;
// A free port is only free until someone binds it: try again with another if snmpsimd lost the race.
constexpr int launchAttempts = 3;

const auto readableByAll = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::ExeOther;

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

quint16 freeUdpPort()
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return 0;
    return socket.localPort();
}

} // namespace

SnmpSimAgent::SnmpSimAgent(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

SnmpSimAgent::~SnmpSimAgent()
{
    stop();
}

bool SnmpSimAgent::isAvailable(const QString &executable)
{
    if (executable.contains(u'/') || executable.contains(u'\\')) {
        const QFileInfo file(executable);
        return file.isFile() && file.isExecutable();
    }
    return !QStandardPaths::findExecutable(executable).isEmpty();
}

QString SnmpSimAgent::resolvedExecutable() const
{
    const QString &executable = m_options.executable;
    if (executable.contains(u'/') || executable.contains(u'\\'))
        return isAvailable(executable) ? executable : QString();
    return QStandardPaths::findExecutable(executable);
}

QString SnmpSimAgent::programName() const
{
    return QFileInfo(m_options.executable).fileName();
}

QString SnmpSimAgent::logFilePath() const
{
    return m_workDir ? m_workDir->filePath(u"snmpsimd.log"_s) : QString();
}

qint64 SnmpSimAgent::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool SnmpSimAgent::isRunning() const
{
    return m_serving && m_process && m_process->state() == QProcess::Running;
}

Snmp::SnmpTarget SnmpSimAgent::v2cTarget(const QString &recording) const
{
    Snmp::SnmpTarget target;
    target.host = host();
    target.port = m_port;
    target.version = Snmp::SnmpTarget::Version::V2c;
    target.community = recording.toUtf8();
    return target;
}

Snmp::SnmpTarget SnmpSimAgent::v3Target(const QString &recording) const
{
    Snmp::SnmpTarget target = v2cTarget(recording);
    target.version = Snmp::SnmpTarget::Version::V3;
    target.community.clear();
    target.user = m_options.v3User;
    target.securityLevel = Snmp::SnmpTarget::SecurityLevel::AuthPriv;
    target.authProtocol = Snmp::SnmpTarget::AuthProtocol::Sha;
    target.authPassword = m_options.v3AuthKey;
    target.privProtocol = Snmp::SnmpTarget::PrivProtocol::Aes;
    target.privPassword = m_options.v3PrivKey;
    target.contextName = recording.toUtf8();
    return target;
}

void SnmpSimAgent::fail(const QString &message)
{
    m_error = message;
    stop();
}

bool SnmpSimAgent::start()
{
    stop();
    m_error.clear();
    if (resolvedExecutable().isEmpty()) {
        m_error = m_options.executable.contains(u'/')
            ? u"snmpsimd not found at %1 (or not executable)"_s.arg(m_options.executable)
            : u"%1 is not installed (Debian package snmpsim): not found in PATH"_s.arg(m_options.executable);
        return false;
    }
    if (!prepareDirectories())
        return false;
    for (int attempt = 1; attempt <= launchAttempts; ++attempt) {
        if (!launch())
            return false;
        if (waitUntilAnswering()) {
            m_serving = true;
            return true;
        }
        const bool portTaken = logTail().contains(u"in use"_s);
        if (!portTaken || attempt == launchAttempts)
            return false;
    }
    return false;
}

// snmpsimd reads a private copy of the recordings: as root it drops to nobody, who must be able to read the
// data and write the index cache whatever the permissions of the caller's directories.
bool SnmpSimAgent::prepareDirectories()
{
    const QDir source(m_options.dataDir);
    const QStringList files = source.entryList({u"*.snmprec"_s}, QDir::Files, QDir::Name);
    if (!source.exists() || files.isEmpty()) {
        m_error = u"no recordings (*.snmprec) in %1"_s.arg(QDir::toNativeSeparators(m_options.dataDir));
        return false;
    }
    m_workDir = std::make_unique<QTemporaryDir>();
    if (!m_workDir->isValid()) {
        m_error = u"cannot create a working directory for snmpsimd: %1"_s.arg(m_workDir->errorString());
        return false;
    }
    const QDir work(m_workDir->path());
    if (!work.mkdir(u"data"_s) || !work.mkdir(u"cache"_s)) {
        m_error = u"cannot create snmpsimd's data and cache directories in %1"_s.arg(work.path());
        return false;
    }
    QFile::setPermissions(work.path(), readableByAll);
    QFile::setPermissions(work.filePath(u"data"_s), readableByAll);
    QFile::setPermissions(work.filePath(u"cache"_s), readableByAll | QFile::WriteGroup | QFile::WriteOther);
    m_recordings.clear();
    for (const QString &name : files) {
        const QString copy = work.filePath(u"data/"_s + name);
        if (!QFile::copy(source.filePath(name), copy)) {
            m_error = u"cannot copy %1 for snmpsimd"_s.arg(source.filePath(name));
            return false;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        m_recordings.append(QFileInfo(name).completeBaseName());
    }
    return true;
}

bool SnmpSimAgent::launch()
{
    delete m_process;
    m_process = new QProcess(this);
    m_port = freeUdpPort();
    if (m_port == 0) {
        m_error = u"no free UDP port on 127.0.0.1 for snmpsimd"_s;
        return false;
    }
    const QDir work(m_workDir->path());
    QStringList arguments = {
        u"--data-dir="_s + work.filePath(u"data"_s),
        u"--cache-dir="_s + work.filePath(u"cache"_s),
        u"--agent-udpv4-endpoint=%1:%2"_s.arg(host()).arg(m_port),
        u"--v3-user="_s + QString::fromUtf8(m_options.v3User),
        u"--v3-auth-key="_s + QString::fromUtf8(m_options.v3AuthKey),
        u"--v3-auth-proto=SHA"_s,
        u"--v3-priv-key="_s + QString::fromUtf8(m_options.v3PrivKey),
        u"--v3-priv-proto=AES"_s,
    };
    // As root snmpsimd refuses to run until told whom to become; as anyone else it cannot switch user.
    if (runningAsRoot())
        arguments << u"--process-user=nobody"_s << u"--process-group=nogroup"_s;
    // A file, never an unread pipe: snmpsimd logs every request and stops answering once a pipe fills up.
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logFilePath());
    m_process->start(resolvedExecutable(), arguments);
    if (!m_process->waitForStarted(5000)) {
        fail(u"cannot run %1: %2"_s.arg(resolvedExecutable(), m_process->errorString()));
        return false;
    }
    connect(m_process, &QProcess::finished, this, &SnmpSimAgent::onFinished);
    return true;
}

// Probes with GET sysDescr until snmpsimd answers, exits, or the start deadline passes.
bool SnmpSimAgent::waitUntilAnswering()
{
    Snmp::SnmpTarget probe = v2cTarget(m_recordings.constFirst());
    probe.timeoutMs = probeTimeoutMs;
    probe.retries = 0;
    const Snmp::Oid sysDescr = Snmp::Oid::fromString(u"1.3.6.1.2.1.1.1.0");
    const QDeadlineTimer deadline(m_options.startTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            fail(u"%1 exited with code %2 before answering on %3:%4; its log ends with:\n%5"_s.arg(programName())
                     .arg(m_process->exitCode())
                     .arg(host())
                     .arg(m_port)
                     .arg(logTail()));
            return false;
        }
        Snmp::SnmpSession session(probe);
        QEventLoop loop;
        bool answered = false;
        session.get({sysDescr}, [&](const Snmp::SnmpError &error, const QList<Snmp::VarBind> &) {
            answered = !error.isError();
            loop.quit();
        });
        const QMetaObject::Connection exited = connect(m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
        disconnect(exited);
        if (answered)
            return true;
        // A refused probe comes back at once while snmpsimd still indexes its files: pause rather than spin.
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    fail(u"snmpsimd did not answer on %1:%2 within %3 s; its log ends with:\n%4"_s.arg(host())
             .arg(m_port)
             .arg(m_options.startTimeoutMs / 1000.0)
             .arg(logTail()));
    return false;
}

QString SnmpSimAgent::logTail() const
{
    QFile log(logFilePath());
    if (!log.open(QIODevice::ReadOnly))
        return u"(no log)"_s;
    constexpr qint64 tailBytes = 1500;
    if (log.size() > tailBytes)
        log.seek(log.size() - tailBytes);
    return QString::fromUtf8(log.readAll()).trimmed();
}

void SnmpSimAgent::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_serving)
        return; // still starting: waitUntilAnswering() reports it
    m_serving = false;
    const QString how = status == QProcess::CrashExit ? u"crashed"_s : u"exited with code %1"_s.arg(exitCode);
    m_error
        = u"snmpsimd %1 while serving on %2:%3; its log ends with:\n%4"_s.arg(how, host()).arg(m_port).arg(logTail());
    emit exited(m_error);
}

void SnmpSimAgent::stop()
{
    m_serving = false;
    if (!m_process)
        return;
    disconnect(m_process, nullptr, this, nullptr);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(stopGraceMs)) {
            m_process->kill();
            m_process->waitForFinished(stopGraceMs);
        }
    }
    delete m_process;
    m_process = nullptr;
}

} // namespace Beholder::Sim
