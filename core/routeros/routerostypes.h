// SPDX-License-Identifier: GPL-3.0-or-later
// What the product reads from a MikroTik router, as typed values, and how a reply row becomes one. The
// mapping is apart from the client so it is tested without a socket, with rows as real routers send them
// (missing properties, yes/no booleans, both date formats, Latin-1 comments).
#pragma once

#include "model/entities.h"
#include "routerossentence.h"

#include <QList>
#include <QString>

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

// The properties each command asks for (.proplist). The secret's password is never asked for.
QList<QByteArray> pppSecretProperties();
QList<QByteArray> pppActiveProperties();
QList<QByteArray> systemResourceProperties();
QList<QByteArray> trafficProperties();

// A row without the key property (a secret or session without a name) gives nothing; every other missing
// or unreadable property keeps its default. A secret that never logged out gets an empty lastLoggedOut.
std::optional<PppSecret> toPppSecret(const Reply &row, qint64 nodeId);
std::optional<PppActiveSession> toPppActiveSession(const Reply &row);
SystemResource toSystemResource(const Reply &row);
std::optional<TrafficSample> toTrafficSample(const Reply &row);

// The dynamic interface the PPPoE server creates for a user's session: "<pppoe-USER>".
QString pppoeInterfaceName(const QString &user);

} // namespace Beholder::RouterOs
