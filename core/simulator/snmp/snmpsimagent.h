// SPDX-License-Identifier: GPL-3.0-or-later
// snmpsimd (Debian package snmpsim 0.4.5) serving a directory of recordings on 127.0.0.1, so the demo, the
// tests and the benchmarks poll simulated OLTs with the real SNMP engine. Each `<name>.snmprec` answers
// SNMPv2c community `<name>` and SNMPv3 context `<name>` (one USM user, SHA/AES authPriv).
#pragma once

#include "snmp/snmptypes.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Beholder::Sim {

class SnmpSimAgent : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;                                 // the *.snmprec files to serve (copied at start)
        QString executable = QStringLiteral("snmpsimd"); // a name looked up in PATH, or a path
        QByteArray v3User = "beholder";
        QByteArray v3AuthKey = "beholder-auth"; // SHA, at least 8 characters
        QByteArray v3PrivKey = "beholder-priv"; // AES, at least 8 characters
        int startTimeoutMs = 30000;             // snmpsimd indexes every file before it answers
    };

    explicit SnmpSimAgent(Options options, QObject *parent = nullptr);
    // Stops snmpsimd: terminate, then kill.
    ~SnmpSimAgent() override;

    // Whether snmpsimd can be found (a name in PATH, or an executable path).
    static bool isAvailable(const QString &executable = QStringLiteral("snmpsimd"));

    // Starts snmpsimd on a free UDP port and returns once it answers a GET of sysDescr, or on failure (see
    // errorString()). Runs a local event loop while it waits.
    bool start();
    void stop();
    bool isRunning() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QString logFilePath() const;
    qint64 processId() const; // snmpsimd's, while it runs; 0 otherwise
    // The recordings being served by name: the communities and v3 contexts that answer.
    QStringList recordings() const { return m_recordings; }

    // Targets for one recording, with the agent's address (and v3 user and keys).
    Snmp::SnmpTarget v2cTarget(const QString &recording) const;
    Snmp::SnmpTarget v3Target(const QString &recording) const;

signals:
    // snmpsimd ended on its own while serving; stop() does not emit it.
    void exited(const QString &message);

private:
    QString resolvedExecutable() const;
    QString programName() const; // for messages: "snmpsimd"
    bool prepareDirectories();
    bool launch();
    bool waitUntilAnswering();
    QString logTail() const;
    void fail(const QString &message);
    void onFinished(int exitCode, QProcess::ExitStatus status);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_workDir; // data copy, index cache, log
    QProcess *m_process = nullptr;
    QStringList m_recordings;
    quint16 m_port = 0;
    QString m_error;
    bool m_serving = false;
};

} // namespace Beholder::Sim
