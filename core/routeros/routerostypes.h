// SPDX-License-Identifier: GPL-3.0-or-later
// What the product reads from a MikroTik router, as typed values, and how a reply row becomes one. The
// mapping is apart from the client so it is tested without a socket, with rows as real routers send them
// (missing properties, yes/no booleans, both date formats, Latin-1 comments).
#pragma once

#include "model/entities.h"
#include "routerossentence.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

namespace Beholder::RouterOs {

// One row of /ppp/active: a PPP session the router holds now.
struct PppActiveSession
{
    QString name;              // the PPPoE user
    QString service;           // "pppoe", ...
    QString callerId;          // PPPoE: the client's MAC
    QString address;           // the IP given to the client
    qint64 uptimeSeconds = -1; // -1 when the router did not say
    QString sessionId;         // "0x81000001"
    QString encoding;          // "", "MPPE128 stateless", ...
    bool radius = false;       // authenticated by RADIUS
};

// /system/resource: the router itself.
struct SystemResource
{
    QString boardName;         // "CCR2004-1G-12S+2XS"
    QString version;           // "7.16.2 (stable)"
    QString architecture;      // "arm64"
    QString platform;          // "MikroTik"
    qint64 uptimeSeconds = -1; // -1 when unknown
    int cpuLoad = -1;          // percent, -1 when unknown
    int cpuCount = -1;
    qint64 freeMemory = -1;  // bytes
    qint64 totalMemory = -1; // bytes
};

// One sample of /interface/monitor-traffic for one interface, from the ROUTER's point of view.
struct TrafficSample
{
    QString interfaceName;
    qint64 rxBitsPerSecond = 0;
    qint64 txBitsPerSecond = 0;
    qint64 rxPacketsPerSecond = 0;
    qint64 txPacketsPerSecond = 0;

    // On a PPPoE server interface (<pppoe-USER>) the router transmits what the subscriber downloads and
    // receives what it uploads (protocols.md §1.8): tx is the DOWNLOAD.
    qint64 subscriberDownloadBitsPerSecond() const { return txBitsPerSecond; }
    qint64 subscriberUploadBitsPerSecond() const { return rxBitsPerSecond; }
};

// /system/clock: the router's own time. Its log and its dates are printed in it, without a zone.
struct RouterClock
{
    QDate date;               // local date on the router
    QTime time;               // local time on the router
    int utcOffsetSeconds = 0; // gmt-offset: -10800 for "-03:00"
    bool offsetKnown = false; // the router said its offset (else 0 is assumed)
    QString zoneName;         // "America/Argentina/Cordoba"

    bool isValid() const { return date.isValid() && time.isValid(); }
    // The router's "now" as unix time.
    UnixTime now() const;
    // This computer's clock and zone: the fallback when a router does not tell its own.
    static RouterClock local();
};

// One entry of the router's log (/log/print).
struct LogEntry
{
    UnixTime at = 0; // when, read in the router's clock; 0 when the time could not be read
    QString topics;  // "pppoe,ppp,info,account"
    QString message; // "mperez logged in, 100.64.0.10 from AA:BB:CC:DD:EE:01"
};

// The properties each command asks for (.proplist). The secret's password is never asked for.
QList<QByteArray> pppSecretProperties();
QList<QByteArray> pppActiveProperties();
QList<QByteArray> systemResourceProperties();
QList<QByteArray> trafficProperties();
QList<QByteArray> systemClockProperties();
QList<QByteArray> logProperties();

// A row without the key property (a secret or session without a name) gives nothing; every other missing
// or unreadable property keeps its default. A secret that never logged out gets an empty lastLoggedOut.
std::optional<PppSecret> toPppSecret(const Reply &row, qint64 nodeId);
std::optional<PppActiveSession> toPppActiveSession(const Reply &row);
SystemResource toSystemResource(const Reply &row);
std::optional<TrafficSample> toTrafficSample(const Reply &row);
// Nothing when the row has no readable date and time. gmt-offset "-03:00", "+0530" or seconds ("-10800").
std::optional<RouterClock> toRouterClock(const Reply &row);
LogEntry toLogEntry(const Reply &row, const RouterClock &clock);

// A log entry's time as the router prints it, read in `clock` (the router's own): "10:42:03" is today;
// "nov/25 10:42:03" (before 7.10) and "11-25 10:42:03" carry no year: this year, or last year when that would
// be more than a day ahead of the clock; "nov/25/2025 10:42:03" and "2026-11-25 10:42:03" are complete.
std::optional<UnixTime> parseLogTime(QStringView text, const RouterClock &clock);
// "-03:00", "+05:30", "-0300", "+5" (hours) or a number of seconds ("-10800").
std::optional<int> parseUtcOffset(QStringView text);
// Whether the entry carries every topic of `filter` ("ppp,account"); an empty filter matches everything.
bool hasTopics(const LogEntry &entry, QStringView filter);
// When `user`'s PPP sessions started according to the log, oldest first: "<user> logged in, <ip>[ from
// <mac>]" (topics pppoe,ppp,info,account) and "<pppoe-<user>>: connected" (pppoe,ppp,info). A router that logs
// both for one session says it twice within seconds: that counts once. Entries without a time are skipped.
QList<UnixTime> pppSessionStarts(const QList<LogEntry> &entries, const QString &user);

// The dynamic interface the PPPoE server creates for a user's session: "<pppoe-USER>".
QString pppoeInterfaceName(const QString &user);

} // namespace Beholder::RouterOs
