// SPDX-License-Identifier: GPL-3.0-or-later
// One simulated MikroTik router speaking the RouterOS API (protocols.md Part 1) on 127.0.0.1, built on the
// product's own codec: it serves the node's PPP secrets, active sessions, system resource and clock, its log
// and live traffic, behaves like the RouterOS version it is told to be (login style, date format, !empty),
// and misbehaves on request (latency, refused login, !trap, !fatal, reset, dripped bytes, silence), so the
// demo, the tests and the benchmarks exercise the real client against what real routers do.
#pragma once

#include "model/entities.h"
#include "routeros/routerossentence.h"
#include "routerostraffic.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Beholder::Sim {

// One row of /ppp/active the simulated router holds.
struct RouterOsActiveSession
{
    QString name; // the PPPoE user
    QString callerId;
    QString address;
    QString sessionId;        // "0x81000001"
    qint64 uptimeSeconds = 0; // at the moment the data is given; it grows from there
    QString service = QStringLiteral("pppoe");
    QString encoding;
};

// /system/resource.
struct RouterOsResource
{
    QString boardName = QStringLiteral("CCR2004-1G-12S+2XS");
    QString architecture = QStringLiteral("arm64");
    QString platform = QStringLiteral("MikroTik");
    QString cpu = QStringLiteral("ARM64");
    int cpuCount = 4;
    int cpuLoad = 7; // percent; the served value wanders a little around it
    qint64 totalMemory = 4LL * 1024 * 1024 * 1024;
    qint64 freeMemory = 3LL * 1024 * 1024 * 1024;
    qint64 uptimeSeconds = 3 * 86400; // grows from here
};

// One entry of the router's memory log (/log/print).
struct RouterOsLogEntry
{
    UnixTime at = 0;
    QString topics = QStringLiteral("pppoe,ppp,info,account");
    QString message; // "mperez logged in, 100.64.0.10 from AA:BB:CC:DD:EE:01"
};

// Misbehaviour for the commands whose path matches (see setFault()).
struct RouterOsFault
{
    int latencyMs = 0;        // wait before answering (the command counts as running meanwhile)
    bool refuseLogin = false; // /login: refuse whatever the credentials
    QString trapMessage;      // answer !trap =message= (and =category= when >= 0), then !done
    int trapCategory = -1;
    QString fatalReason;          // answer "!fatal <reason>" (a bare word, as RouterOS does) and close
    bool resetConnection = false; // abort the TCP connection when the command arrives
    bool dripBytes = false;       // send the replies one byte at a time
    int dripIntervalMs = 1;
    bool neverAnswer = false; // keep the command running, silent, until /cancel
    int remaining = -1;       // how many matching commands it applies to; -1 = all
};

class RouterOsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterOsServer)

public:
    explicit RouterOsServer(QObject *parent = nullptr);
    ~RouterOsServer() override;

    // API-SSL: call before listen(). Without it the server speaks plain TCP (port 8728 style).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    // 127.0.0.1 and an ephemeral port by default.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    bool isTls() const { return !m_certificate.isNull(); }
    QString errorString() const;
    // Stops listening and drops every session.
    void close();

    void setCredentials(const QString &user, const QString &password);
    // Pre-6.43 routers answer /login with a challenge (=ret=) and want the MD5 response.
    void setLegacyLogin(bool legacy) { m_legacyLogin = legacy; }
    // "7.18.1", "7.9", "6.48.6": 7.10+ prints ISO dates, older "jan/02/2006 15:04:05"; 7.18+ answers a print
    // without rows with !empty; before 7, booleans are yes/no.
    void setVersion(const QString &version);
    QString version() const { return m_versionText; }
    // Comments go out in Latin-1 (as routers with a legacy code page send them) instead of UTF-8.
    void setLatin1Comments(bool latin1) { m_latin1Comments = latin1; }
    // Time between samples of a streaming monitor-traffic (1 s on a real router).
    void setMonitorIntervalMs(int ms) { m_monitorIntervalMs = ms; }

    void setPppSecrets(QList<PppSecret> secrets);
    void setActiveSessions(QList<RouterOsActiveSession> sessions);
    void setResource(const RouterOsResource &resource) { m_resource = resource; }
    // Per PPPoE user: the plan whose limits the simulated traffic stays below.
    void setTrafficLimits(QHash<QString, TrafficLimit> limits) { m_trafficLimits = std::move(limits); }
    // Per PPPoE user: a download running at this share of the plan (0.97: a saturated line). Everybody else
    // stays well below the plan (TrafficGenerator::maxOrdinaryLoad).
    void setTrafficLoads(QHash<QString, double> loads) { m_trafficLoads = std::move(loads); }
    // /system/clock: the router's time now (it runs on from here) and its zone, in which it prints its log.
    // By default the computer's clock, in UTC.
    void setClock(UnixTime now, int utcOffsetSeconds, const QString &zoneName = {});
    // /log/print (and getall): the memory log, oldest first. Times go out as this version prints them: only
    // the time for today's entries, else "nov/25 10:42:03" before 7.10 ("nov/25/2025 ..." for another year)
    // and "2026-11-25 10:42:03" from 7.10. ?topics= and ?message= queries match whole values, as on a router.
    void setLog(QList<RouterOsLogEntry> entries) { m_log = std::move(entries); }
    // The router's clock now, as unix time.
    UnixTime clockNow() const;

    // `command` is a command path ("/ppp/secret/print", "/login") or "*" for every command; an exact path
    // wins over "*".
    void setFault(const QString &command, const RouterOsFault &fault);
    void clearFaults();

    // What is running now on any session ("/interface/monitor-traffic .tag=3"): streams, commands waiting
    // out their latency and commands that never answer, until they end or are canceled.
    QStringList runningCommands() const;
    // Commands received with this path since the start (any session).
    int commandCount(const QString &path) const { return m_commandCounts.value(path); }
    int connectionCount() const;                           // open now
    int acceptedConnections() const { return m_accepted; } // since the start
    // The router closes every session (a reboot, an admin kicking API users): the clients see the close.
    void disconnectClients();

signals:
    void commandReceived(const QString &path);

private:
    class Session;
    friend class Session;

    void acceptPending();
    const RouterOsFault *takeFault(const QString &path);
    bool checkLogin(const QByteArray &user, const QByteArray &password) const;
    bool checkLegacyResponse(const QByteArray &user, const QByteArray &response, const QByteArray &challenge) const;

    // Rows, as this version of RouterOS would print them.
    QList<RouterOs::Attribute> secretRow(const PppSecret &secret, qsizetype index) const;
    QList<RouterOs::Attribute> activeRow(const RouterOsActiveSession &session, qsizetype index) const;
    QList<RouterOs::Attribute> resourceRow();
    std::optional<QList<RouterOs::Attribute>> trafficRow(const QByteArray &interfaceName);
    QList<RouterOs::Attribute> clockRow() const;
    QList<RouterOs::Attribute> logRow(const RouterOsLogEntry &entry, qsizetype index) const;
    QString logTimeText(UnixTime at) const;
    bool knownInterface(const QByteArray &interfaceName) const;

    QString dateText(const QString &routerText) const;
    QByteArray boolText(bool value) const;
    bool printsEmpty() const;

    QTcpServer *m_server = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<Session *> m_sessions;
    int m_accepted = 0;

    QString m_user = QStringLiteral("admin");
    QString m_password;
    bool m_legacyLogin = false;
    QString m_versionText;
    QVersionNumber m_version;
    bool m_latin1Comments = false;
    int m_monitorIntervalMs = 1000;

    QList<PppSecret> m_secrets;
    QList<RouterOsActiveSession> m_active;
    QHash<QString, qsizetype> m_activeByName;
    RouterOsResource m_resource;
    QHash<QString, TrafficLimit> m_trafficLimits;
    QHash<QString, double> m_trafficLoads;
    TrafficGenerator m_traffic;
    UnixTime m_clockAtStart = 0; // the router's clock when m_clock started
    int m_utcOffsetSeconds = 0;
    QString m_zoneName = QStringLiteral("UTC");
    QList<RouterOsLogEntry> m_log;
    QElapsedTimer m_clock; // uptimes grow with it

    QHash<QString, RouterOsFault> m_faults;
    QHash<QString, int> m_commandCounts;
};

} // namespace Beholder::Sim
